#!/usr/bin/env python3
"""Two processes on one proposal file: editors (sk-editor shell, which holds
the proposal open as the window does), the CLI and a plain SQLite reader.
Every scenario ends in a clear refusal or a consistent result: never a lost
update, never an edit answered "saved" that is not in the file.

  concurrency-test.py EDITOR CLI EXAMPLES_DIR     (prints TAP)
"""
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

EDITOR, CLI, EXAMPLES = sys.argv[1:4]
ENV = dict(os.environ, LANGUAGE='en', LC_ALL='C.UTF-8')
work = tempfile.mkdtemp(prefix='seriktes-conc-')
results = []


def check(ok, name, detail=''):
    results.append(bool(ok))
    print('%s %d - %s' % ('ok' if ok else 'not ok', len(results), name), flush=True)
    if not ok and detail:
        print('# ' + str(detail).replace('\n', '\n# '), flush=True)


class Editor:
    """A proposal held open by another process."""

    def __init__(self):
        self.p = subprocess.Popen([EDITOR, 'shell'], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                  text=True, env=ENV)
        self.seconds = 0.0

    def __call__(self, command):
        start = time.monotonic()
        self.p.stdin.write(command + '\n')
        self.p.stdin.flush()
        answer = self.p.stdout.readline().strip()
        self.seconds = time.monotonic() - start
        return answer

    def close(self):
        self.p.stdin.close()
        self.p.wait()


def cli(*argv):
    p = subprocess.run([CLI] + list(argv), capture_output=True, text=True, env=ENV)
    return p.returncode, (p.stdout + p.stderr).strip()


def sql(path, query):
    c = sqlite3.connect(path, timeout=5)
    try:
        return c.execute(query).fetchall()
    finally:
        c.close()


def fresh(name):
    path = os.path.join(work, name)
    shutil.copyfile(os.path.join(EXAMPLES, 'caspian-tu-berlin.seriktes'), path)
    return path


# The window open while the CLI submits: its next edit must not bring the
# proposal back to a draft or erase the fingerprint.
f = fresh('submit.seriktes')
a = Editor()
check(a('open ' + f) == 'ok', 'the window opens the proposal')
rc, out = cli('submit', '--by', 'Rector', f)
check(rc == 0, 'the CLI submits it meanwhile', out)
answer = a('title Changed after submission')
check(answer.startswith('err CHANGED'), 'the window\'s edit is refused: the file changed', answer)
check(a('status') == 'ok submitted', 'the window now shows it submitted')
answer = a('title Changed after submission')
check(answer.startswith('err FROZEN'), 'and the edit again is refused: submitted', answer)
a.close()
status = sql(f, 'SELECT status, fingerprint IS NOT NULL FROM proposal')
check(status == [('submitted', 1)], 'the file is still submitted, with its fingerprint', status)
rc, out = cli('fingerprint', f)
check(rc == 0, 'the fingerprint matches the content', out)
rc, out = cli('review', '--by', 'Ministry', '--decision', 'approve', '--note', 'Good', f)
check(rc == 0, 'the Ministry can decide on it', out)

# Two windows insert a record each: no id taken twice, nothing overwritten.
f = fresh('two.seriktes')
a, b = Editor(), Editor()
a('open ' + f)
b('open ' + f)
first = a('staff Alice')
answer = b('staff Bob')
check(answer.startswith('err CHANGED'), 'the second window\'s insert is refused: its view was old', answer)
second = b('staff Bob')
check(first.startswith('ok ') and second.startswith('ok ') and int(second[3:]) == int(first[3:]) + 1,
      'inserted again, it gets the next id in the file', (first, second))
answer = a('undo')
check(answer.startswith('err CHANGED'), 'the first window\'s undo is refused (it would undo on an old view)', answer)
names = sql(f, "SELECT name FROM staff_member WHERE name IN ('Alice', 'Bob') ORDER BY id")
check(names == [('Alice',), ('Bob',)], 'both are in the file', names)
a.close()
b.close()

# A reader holds the file (the PDF of another program, a reviewer's check):
# an edit is refused at once and clearly; nothing stays open behind it.
f = fresh('busy.seriktes')
a = Editor()
a('open ' + f)
reader = sqlite3.connect(f, isolation_level=None)
reader.execute('BEGIN')
reader.execute('SELECT count(*) FROM staff_member').fetchall()
answer = a('title While another program reads')
print('# the refused edit answered after %.2f s' % a.seconds)
check(answer.startswith('err BUSY'), 'an edit while another program reads is refused as "in use"', answer)
reader.execute('COMMIT')
reader.close()
check(a('title After the reader') == 'ok', 'the next edit, once the reader is done, is saved')
check(a('staff After the reader').startswith('ok '), 'and the next')
seen = sql(f, "SELECT title_en, (SELECT count(*) FROM staff_member WHERE name = 'After the reader') FROM proposal")
check(seen == [('After the reader', 1)], 'another process sees both at once', seen)
check(not os.path.exists(f + '-journal'), 'no journal stays beside the file')
rc, out = cli('info', f)
check(rc == 0, 'the CLI reads it while the window has it open', out)
a.close()
check(sql(f, 'SELECT title_en FROM proposal') == [('After the reader',)], 'closing the window loses nothing')

# A window in the middle of a group (a transaction): the other window and
# the CLI are refused at once, and after the group they see it.
f = fresh('group.seriktes')
a, b = Editor(), Editor()
a('open ' + f)
b('open ' + f)
a('begin')
a('staff In the group')
answer = b('staff From the other window')
check(answer.startswith('err BUSY'), 'another window\'s edit during a group is refused as "in use"', answer)
rc, out = cli('submit', '--by', 'Rector', f)
check(rc != 0 and 'in use' in out, 'the CLI\'s submit during a group is refused as "in use"', out)
check(a('end') == 'ok', 'the group is saved')
answer = b('staff From the other window')
check(answer.startswith('err CHANGED'), 'the other window then sees that the file changed', answer)
check(b('staff From the other window').startswith('ok '), 'and its edit again is saved')
count = sql(f, "SELECT count(*) FROM staff_member WHERE name IN ('In the group', 'From the other window')")
check(count == [(2,)], 'both are in the file', count)
a.close()
b.close()

# A viewer reads the file again when asked, and sees what was saved.
f = fresh('view.seriktes')
a, v = Editor(), Editor()
a('open ' + f)
v('view ' + f)
a('title Seen by the viewer')
check(v('refresh') == 'ok' and v('digest') == a('digest'), 'a viewer that refreshes shows what the editor saved')
a.close()
v.close()

print('1..%d' % len(results))
if all(results):
    shutil.rmtree(work)
else:
    print('# files kept in %s' % work)
sys.exit(0 if all(results) else 1)
