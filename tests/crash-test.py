#!/usr/bin/env python3
"""Crash consistency: programs writing a proposal are killed with SIGKILL
at random moments; after each kill the file must open, pass SQLite's
integrity check and hold every edit reported committed (the edit in flight
may or may not be there); a Save As, an import-json or an export-pdf killed
leaves at the target the old file or the complete new one, never a part.
Temporary files left by the kills are removed by the next save.

  crash-test.py EDITOR CLI EXAMPLES_DIR [--kills N] [--seed S]

Prints TAP. N (default 50) kills of the edit loop, and N / 5 of each of
the three file writers. The benchmark runs it with --kills 1000.
"""
import argparse
import glob
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time

ENV = dict(os.environ, LANGUAGE='en', LC_ALL='C.UTF-8')

parser = argparse.ArgumentParser()
parser.add_argument('editor')
parser.add_argument('cli')
parser.add_argument('examples')
parser.add_argument('--kills', type=int, default=50)
parser.add_argument('--seed', type=int, default=int(time.time()))
args = parser.parse_args()
rng = random.Random(args.seed)
# A process killed loses nothing that it wrote, wherever the file is: on
# a file system in memory each commit is quicker, so more of them are hit.
shm = '/dev/shm' if os.access('/dev/shm', os.W_OK) else None
work = tempfile.mkdtemp(prefix='seriktes-crash-', dir=shm)
example = os.path.join(args.examples, 'caspian-tu-berlin.seriktes')
other = os.path.join(args.examples, 'taraz-mendeleev.seriktes')
results = []


def report(ok, name, detail=''):
    results.append(ok)
    print('%s %d - %s%s' % ('ok' if ok else 'not ok', len(results), name,
                            '' if ok or not detail else '\n# ' + detail.replace('\n', '\n# ')),
          flush=True)


def run(*argv):
    p = subprocess.run(argv, capture_output=True, text=True, env=env_for(argv))
    return p.returncode, p.stdout.strip(), p.stderr.strip()


def state(path):
    """The digest of the file as a user opens it, or None with why not."""
    rc, out, err = run(args.editor, 'state', path)
    return (out, '') if rc == 0 else (None, err)


# The PDF export under the sanitizers needs the PDF tests' settings.
PDF_ENV = dict(ENV)
for name in ('ASAN_OPTIONS', 'LSAN_OPTIONS'):
    if os.environ.get('SK_PDF_' + name):
        PDF_ENV[name] = os.environ['SK_PDF_' + name]


def env_for(argv):
    return PDF_ENV if 'export-pdf' in argv else ENV


def kill_after(argv, delay):
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env_for(argv))
    time.sleep(delay)
    p.send_signal(signal.SIGKILL)
    out, err = p.communicate()
    return p.returncode, out, err


def fresh(name, source):
    path = os.path.join(work, name)
    for f in glob.glob(path + '*'):
        os.unlink(f)
    shutil.copyfile(source, path)
    return path


print('# seed %d, %d kills of the edit loop, %d of each file writer' % (args.seed, args.kills, max(1, args.kills // 5)))

# 1. The edit loop. Ten kills per seed; then one run of the same edits
# without a kill gives the state after each number of edits needed.
failures = []
counts = []
for first in range(0, args.kills, 10):
    seed = args.seed + first // 10
    outcomes = []
    for i in range(first, min(first + 10, args.kills)):
        path = fresh('edits.seriktes', example)
        rc, out, err = kill_after([args.editor, 'edit', path, str(seed)], rng.uniform(0.003, 0.3))
        lines = out.split('\n')
        if lines and not out.endswith('\n'):
            lines = lines[:-1]  # a line cut by the kill
        done = [int(x) for x in lines if x.strip()]
        n = done[-1] if done else 0
        counts.append(n)
        if err.strip():
            failures.append('kill %d: an edit was refused: %s' % (i, err.strip()))
            continue
        have, why = state(path)
        if have is None:
            failures.append('kill %d after %d edits: %s' % (i, n, why))
            continue
        outcomes.append((i, n, have))
    if not outcomes:
        continue
    steps = sorted({m for _, n, _ in outcomes for m in (n, n + 1)})
    expect_path = fresh('expect.seriktes', example)
    rc, out, err = run(args.editor, 'expect', expect_path, str(seed), ','.join(map(str, steps)))
    expected = dict(line.split() for line in out.split('\n') if line.strip())
    for i, n, have in outcomes:
        if have not in (expected.get(str(n)), expected.get(str(n + 1))):
            failures.append('kill %d (seed %d): the file is not the state after edit %d or %d' % (i, seed, n, n + 1))
# One line per kill would drown the log: the failures, and a summary.
report(not failures,
       'edit loop: %d kills, %d to %d edits committed per run (mean %.0f); the file opens, is whole '
       'and holds every edit reported' % (args.kills, min(counts), max(counts), sum(counts) / len(counts)),
       '\n'.join(failures))

# 2. The file writers: the target is the old file or the complete new one.
writers = max(1, args.kills // 5)
old_digest, _ = state(other)
new_digest, _ = state(example)
json_path = os.path.join(work, 'new.json')
run(args.cli, 'export-json', example, '-o', json_path)


def writer_kills(name, argv_of, target_name, check):
    bad = []
    for i in range(writers):
        target = fresh(target_name, other) if target_name.endswith('.seriktes') else os.path.join(work, target_name)
        kill_after(argv_of(target), rng.uniform(0.0, 0.25))
        why = check(target)
        if why:
            bad.append('kill %d: %s' % (i, why))
    report(not bad, '%s: %d kills, never a partial file at the target' % (name, writers), '\n'.join(bad))


def proposal_check(target):
    have, why = state(target)
    if have is None:
        return why
    if have not in (old_digest, new_digest):
        return 'the target is neither the old nor the new proposal'
    return None


def pdf_check(target):
    if not os.path.exists(target):
        return None
    with open(target, 'rb') as f:
        data = f.read()
    if not data.startswith(b'%PDF-') or not data.rstrip().endswith(b'%%EOF'):
        return 'a partial PDF (%d bytes)' % len(data)
    return None


source = fresh('source.seriktes', example)
writer_kills('Save As', lambda t: [args.editor, 'saveas', source, t], 'saved.seriktes', proposal_check)
writer_kills('import-json --force', lambda t: [args.cli, 'import-json', json_path, '-o', t, '--force'],
             'imported.seriktes', proposal_check)
writer_kills('export-pdf', lambda t: [args.cli, 'export-pdf', source, '-o', t], 'out.pdf', pdf_check)

# 3. What the kills left beside the targets goes at the next save (the
# cleaning leaves temporary files alone for two seconds: they may be
# another process's, just made).
time.sleep(2.5)
rc1 = run(args.editor, 'saveas', source, os.path.join(work, 'saved.seriktes'))[0]
rc2 = run(args.cli, 'import-json', json_path, '-o', os.path.join(work, 'imported.seriktes'), '--force')[0]
rc3 = run(args.cli, 'export-pdf', source, '-o', os.path.join(work, 'out.pdf'))[0]
litter = [os.path.basename(f) for f in glob.glob(os.path.join(work, '.*'))]
report(rc1 == rc2 == rc3 == 0 and not litter, 'temporary files left by the kills are removed by the next save',
       'exit statuses %d %d %d, left: %s' % (rc1, rc2, rc3, ' '.join(sorted(litter))))

print('1..%d' % len(results))
if all(results):
    shutil.rmtree(work)
else:
    print('# files kept in %s' % work)
sys.exit(0 if all(results) else 1)
