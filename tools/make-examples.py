#!/usr/bin/env python3
"""Write the example proposals of data/examples/ (deterministic, stdlib only).

    python3 tools/make-examples.py [OUTPUT_DIR]

The record kinds, field order, types, enum codes and ranges are read from
src/core/sk-schema.c, so a file that this script writes is ordered as the
exporter writes it and would pass the importer.  Each example is then run
through a small re-implementation of the checks of DOMAIN.md, and the script
fails unless exactly the findings the example was designed for come out.

All people and figures are invented; every ranking entry is sample data.
"""
import collections
import datetime
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCHEMA_C = os.path.join(ROOT, "src", "core", "sk-schema.c")
RANKING_FRESH_FROM = 2025  # the rule set's freshness window: 2 years
SAMPLE_NOTE = "Sample data for the example, not the publisher's table"
KZ_MAX, FOREIGN_MAX = 0.70, 0.30
BASES = ("headcount", "fte", "fte_apportioned", "hours")


# ---- the schema, read from sk-schema.c ----------------------------------

def load_schema(path=SCHEMA_C):
    src = open(path, encoding="utf-8").read()
    enums = {m.group(1): re.findall(r'\{ "(\w+)", N_', m.group(2))
             for m in re.finditer(r"SkEnumValue (\w+)\[\] = \{(.*?)\n\};", src, re.S)}
    fieldsets = {}
    for m in re.finditer(r"static const SkField (\w+)\[\] = \{(.*?)\n\};", src, re.S):
        fields = []
        for line in m.group(2).strip().splitlines():
            fm = re.match(r'\s*(\w+) \("(\w+)"(.*)\),\s*$', line)
            macro, name, rest = fm.groups()
            args = [a.strip() for a in re.sub(r'N_\("[^"]*"\)', "L", rest).split(",")][1:]
            f = {"name": name, "group": None, "required": "REQ" in args[:1],
                 "min": None, "max": None, "enum": None, "ref": None, "para": False}
            if macro in ("TEXT3", "PARA3"):
                f.update(type="text3", group=name, para=macro == "PARA3")
            elif macro in ("TEXT", "PARA_"):
                f.update(type="text", para=macro == "PARA_")
            elif macro == "INT":
                f.update(type="int", min=int(args[2]),
                         max=2**63 - 1 if args[3] == "G_MAXINT64" else int(args[3]))
            elif macro == "YEAR":
                f.update(type="int", min=1900, max=2200)
            elif macro == "BOOL":
                f.update(type="bool", required=True)
            elif macro == "MONEY":
                f.update(type="money", min=0, max=10**15)
            elif macro in ("REAL", "DATE"):
                f.update(type=macro.lower())
            elif macro == "ENUM":
                f.update(type="enum", enum=enums[args[2]])
            elif macro in ("REF", "OWNER"):
                f.update(type="ref", ref=args[-1].strip('"'), required=macro == "OWNER" or f["required"])
            else:
                raise SystemExit(f"sk-schema.c: unknown field macro {macro}")
            fields.append(f)
        fieldsets[m.group(1)] = fields
    kinds = [{"name": n, "json": j, "singleton": s == "TRUE", "fields": fieldsets[fs]}
             for n, j, s, fs in re.findall(
                 r'KIND \("(\w+)", "(\w+)", N_\("[^"]*"\), (TRUE|FALSE), (\w+)\)', src)]
    assert kinds and kinds[0]["name"] == "proposal", "no kinds table in sk-schema.c"
    return kinds


def encode(kind, rec, ids):
    """Order one record as the exporter does and validate it against the schema."""
    where = f"{kind['name']} {rec.get('id', '')}"
    out = {} if kind["singleton"] else {"id": rec["id"]}
    for f in kind["fields"]:
        key = f["group"] or f["name"]
        if key in out:
            continue
        if key not in rec:
            assert not f["required"], f"{where}: required {key} missing"
            continue
        v, t = rec[key], f["type"]
        if t == "text3":
            assert isinstance(v, dict) and v and set(v) <= {"kk", "ru", "en"}, f"{where}: {key}"
            assert all(isinstance(s, str) and s and len(s) <= (20000 if f["para"] else 1000)
                       for s in v.values()), f"{where}: {key}"
        elif t == "text":
            assert isinstance(v, str) and v and len(v) <= (20000 if f["para"] else 1000), f"{where}: {key}"
        elif t in ("int", "money"):
            assert type(v) is int and f["min"] <= v <= f["max"], f"{where}: {key}={v!r}"
        elif t == "bool":
            assert type(v) is bool, f"{where}: {key}"
        elif t == "real":
            assert type(v) in (int, float), f"{where}: {key}"
        elif t == "date":
            assert re.fullmatch(r"\d{4}-\d\d-\d\d", v) and datetime.date.fromisoformat(v), f"{where}: {key}"
        elif t == "enum":
            assert v in f["enum"], f"{where}: {key}={v!r} not in {f['enum']}"
        elif t == "ref":
            assert type(v) is int and v in ids[f["ref"]], f"{where}: {key}={v!r} dangles"
        out[key] = v
    unknown = set(rec) - set(out)
    assert not unknown, f"{where}: unknown keys {unknown}"
    return out


class Proposal:
    def __init__(self, kinds, fname):
        self.kinds, self.fname = kinds, fname
        self.head = {}
        self.rows = {k["name"]: [] for k in kinds if not k["singleton"]}

    def add(self, kind, **fields):
        rec = {"id": len(self.rows[kind]) + 1}
        rec.update((k, v) for k, v in fields.items() if v is not None)
        self.rows[kind].append(rec)
        return rec["id"]

    def get(self, kind, rid):
        return self.rows[kind][rid - 1]

    def document(self):
        ids = {k: {r["id"] for r in rows} for k, rows in self.rows.items()}
        ids["proposal"] = {1}
        doc = {"format": "seriktes-proposal", "version": 1}
        for k in self.kinds:
            if k["singleton"]:
                doc[k["json"]] = encode(k, self.head, ids)
            else:
                doc[k["json"]] = [encode(k, r, ids) for r in self.rows[k["name"]]]
        return doc


def T(kk, ru, en):
    return {"kk": kk, "ru": ru, "en": en}


# ---- people --------------------------------------------------------------

KZ_M = ("Нұрлан Ерлан Асқар Дәулет Бауыржан Серік Ғалым Мұрат Қайрат Ержан Талғат Әділет "
        "Жандос Ерболат Айдос Нұржан Бақытжан Өмірзақ Санжар Мағжан Арман Ілияс").split()
KZ_F = ("Әйгерім Гүлнар Мәдина Айгүл Динара Жанар Салтанат Ақмарал Құралай Гүлмира Сәуле "
        "Ботагөз Аружан Іңкәр Нұргүл Жұлдыз Ләззат Райхан Ұлжан Меруерт").split()
KZ_SUR = ("Тоқтаров Жұмабаев Әбдірахманов Қасымов Нұрпейісов Омаров Бекетов Серікбаев Жақсылықов "
          "Төлеуов Ізбасаров Мұқанов Сәрсенбаев Оспанов Құдайбергенов Байжанов Темірбеков Ғабдуллин "
          "Шәріпов Үсенов Әлімжанов Сейітқалиев Дүйсенбаев Қалиев Ахметов Нұрғалиев Ермеков").split()
RU_M = "Алексей Сергей Дмитрий Андрей Михаил Николай Владимир Игорь Павел Евгений Артём Константин".split()
RU_F = "Елена Ольга Наталья Татьяна Ирина Марина Светлана Анна Юлия Екатерина Мария Ксения".split()
RU_SUR = ("Иванов Смирнов Кузнецов Попов Соколов Лебедев Новиков Морозов Волков Алексеев Павлов "
          "Семёнов Голубев Виноградов Богданов Воробьёв Фёдоров Михайлов Беляев Тарасов Никитин "
          "Зайцев Ершов Громов").split()
RU_PAT = [(f"{b}ович", f"{b}овна") for b in "Александр Виктор Петр Владимир Борис Олег".split()] + \
         [(f"{b}евич", f"{b}евна") for b in "Никола Серге Андре Юрь".split()]
DE_FIRST = ("Thomas Andreas Michael Stefan Jan Matthias Katrin Julia Anna Sabine Claudia Felix "
            "Lukas Johannes Christina Miriam Tobias Carsten Heike Annika").split()
DE_SUR = ("Müller Schmidt Schneider Fischer Weber Meyer Wagner Becker Schulz Hoffmann Koch Richter "
          "Klein Wolf Schröder Neumann Schwarz Zimmermann Braun Krüger Hartmann Lange Werner Krause").split()
US_FIRST = ("James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth Sarah Daniel "
            "Emily Maria Kevin Laura Brian Rachel").split()
US_SUR = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Anderson Taylor "
          "Thomas Moore Jackson Martin Lee Thompson White Harris Clark Lewis").split()
KR_SUR = "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Shin".split()
KR_GIVEN = "Min-jun Seo-yeon Ji-hoon Ha-eun Do-yoon Ji-woo Hyun-woo Soo-ah Jae-won Eun-ji Sung-min Yu-na".split()
CITIZENSHIP = {"kz": "KZ", "ru": "KZ", "RU": "RU", "de": "DE", "us": "US", "kr": "KR"}


def person(rng, culture, used):
    """A unique plausible name; culture kz, ru (Russian-named Kazakhstani), RU, de, us, kr."""
    while True:
        female = rng.random() < 0.45
        if culture == "kz":
            sur = rng.choice(KZ_SUR) + ("а" if female else "")
            name = f"{sur} {rng.choice(KZ_F if female else KZ_M)} {rng.choice(KZ_M)}{'қызы' if female else 'ұлы'}"
        elif culture in ("ru", "RU"):
            sur = rng.choice(RU_SUR) + ("а" if female else "")
            name = f"{sur} {rng.choice(RU_F if female else RU_M)} {rng.choice(RU_PAT)[female]}"
        elif culture == "de":
            name = f"{rng.choice(DE_FIRST)} {rng.choice(DE_SUR)}"
        elif culture == "us":
            name = f"{rng.choice(US_FIRST)} {rng.choice(US_SUR)}"
        else:
            name = f"{rng.choice(KR_SUR)} {rng.choice(KR_GIVEN)}"
        if name not in used:
            used.add(name)
            return name


def qualification(rng, profile):
    """degree, title, teaching years, practice years: all qualified (002 item 15)."""
    if profile == "industry":
        deg = rng.choice(["master", "master", "master", "candidate", "phd"])
        return deg, "none", rng.randint(0, 4), rng.randint(6, 25)
    if profile == "RU":
        deg, title = rng.choice([("candidate", "associate_professor"), ("candidate", "associate_professor"),
                                 ("doctor", "professor"), ("candidate", "none"), ("phd", "none")])
    elif profile == "academic":
        deg, title = rng.choice([("candidate", "associate_professor"), ("phd", "none"), ("phd", "none"),
                                 ("phd", "associate_professor"), ("doctor", "professor"),
                                 ("candidate", "none"), ("master", "none"), ("master", "none")])
    else:  # German, American, Korean faculty
        deg, title = "phd", rng.choice(["professor", "professor", "associate_professor", "none"])
    teaching = rng.randint(3, 12) if deg == "master" else rng.randint(4, 35)
    return deg, title, teaching, rng.randint(0, 12)


def add_staff(p, rng, spec):
    """Staff per programme and their assignments; two shared Kazakh-side lecturers teach
    the Kazakh-language disciplines and the History of Kazakhstan across programmes."""
    used = set()
    host, other_inst = spec["host"], spec["other_inst"]
    for (code, prog) in spec["programmes"]:
        counts = prog["staff"]
        for side, n in zip(("kazakh", "foreign", "other"), counts):
            for _ in range(n):
                if side == "kazakh":
                    culture, inst, profile = ("ru" if rng.random() < 0.15 else "kz"), host, "academic"
                elif side == "foreign":
                    culture, inst = prog["culture"], prog["partner"]
                    profile = "RU" if culture == "RU" else "foreign"
                else:
                    culture, profile = ("ru" if rng.random() < 0.3 else "kz"), "industry"
                    inst = rng.choice(other_inst)
                    culture = spec.get("other_culture", {}).get(inst, culture)
                deg, title, ty, py = qualification(rng, profile)
                fte = rng.choice((500, 750) if side == "other" else (500, 750, 1000))
                sid = p.add("staff_member", name=person(rng, culture, used), side=side,
                            institution_id=inst, citizenship=CITIZENSHIP[culture], degree=deg,
                            academic_title=title, teaching_years=ty, practice_years=py, fte_milli=fte)
                p.add("assignment", staff_id=sid, programme_id=code,
                      hours=int(round(fte * rng.uniform(0.55, 0.65), -1)))
    for what in ("kazakh_language_discipline", "history_discipline"):
        sid = p.add("staff_member", name=person(rng, "kz", used), side="kazakh", institution_id=host,
                    citizenship="KZ", degree="candidate", academic_title="associate_professor",
                    teaching_years=rng.randint(12, 30), practice_years=0, fte_milli=500)
        for code, prog in spec["programmes"]:
            if prog.get(what, True):
                p.add("assignment", staff_id=sid, programme_id=code, hours=rng.choice((60, 75, 90)))
    return used


# ---- shared record builders ---------------------------------------------

COMMITTEES = {
    "teaching_learning": T("Оқыту және білім алу жөніндегі бірлескен комитет",
                           "Совместный комитет по преподаванию и обучению",
                           "Joint Committee on Teaching and Learning"),
    "admission": T("Қабылдау жөніндегі бірлескен комитет", "Совместный комитет по приёму",
                   "Joint Admission Committee"),
    "innovation": T("Білім беру инновациялары жөніндегі бірлескен комитет",
                    "Совместный комитет по образовательным инновациям",
                    "Joint Committee on Educational Innovation"),
    "student_experience": T("Студенттік тәжірибе жөніндегі бірлескен комитет",
                            "Совместный комитет по студенческому опыту",
                            "Joint Committee on Student Experience"),
    "other": T("Салалық консультативтік кеңес", "Отраслевой консультативный совет",
               "Industrial Advisory Council"),
}


def add_committees(p, rng, kinds):
    by_side = collections.defaultdict(list)
    for s in p.rows["staff_member"]:
        by_side[s["side"]].append(s["name"])
    for kind in kinds:
        cid = p.add("committee", kind=kind, name=COMMITTEES[kind])
        sides = ["kazakh", "foreign", "kazakh", "foreign", "kazakh"]
        if kind == "other":
            sides += ["other", "other"]
        for i, side in enumerate(sides):
            role = "chair" if i == 0 else "secretary" if i == 4 else "member"
            p.add("committee_member", committee_id=cid, name=rng.choice(by_side[side]), side=side, role=role)


def add_board(p, rng, branch, members):
    used = set()
    for side, culture, role, position in members:
        p.add("board_member", branch_id=branch, name=person(rng, culture, used), side=side,
              role=role, position=position)


def add_pd(p, rng, years, host, partners, extra=()):
    for i, (inst, short) in enumerate(partners):
        p.add("professional_development", place="abroad", host_id=inst, year=years[i % 3],
              participants=rng.randint(8, 15), hours=72,
              title=T(f"{short} базасында оқыту әдістемесі және білім беру бағдарламаларын әзірлеу бойынша тағылымдама",
                      f"Стажировка по методике преподавания и разработке образовательных программ на базе {short}",
                      f"Internship in teaching methods and curriculum design at {short}"))
    local = [(T("Белсенді оқыту және бағалау бойынша семинарлар циклі",
                "Цикл семинаров по активному обучению и оцениванию",
                "Workshop series on active learning and assessment"), 36),
             (T("Академиялық мақсаттарға арналған ағылшын тілі (B2–C1)",
                "Английский язык для академических целей (B2–C1)",
                "English for academic purposes (B2–C1)"), 144),
             (T("Шетелдік ПОҚ-қа арналған қазақ тілі курсы",
                "Курс казахского языка для иностранного ППС",
                "Kazakh language course for foreign teaching staff"), 72)] + list(extra)
    for i, (title, hours) in enumerate(local):
        p.add("professional_development", title=title, place="kazakhstan", host_id=host,
              year=years[i % len(years)], participants=rng.randint(15, 40), hours=hours)


def add_financing(p, rng, years, table):
    for source, base, step, first, last, note in table:
        for i, y in enumerate(years):
            if first <= i <= (last if last is not None else len(years)):
                mln = (base + step * i) * rng.uniform(0.97, 1.03)
                p.add("financing_line", source=source, year=y, amount_kzt=int(round(mln * 10)) * 100000, note=note)


def programme_years(p, y):
    """Students and graduates of calendar year y, from intakes and durations."""
    enrolled = graduates = 0
    for prog in p.rows["programme"]:
        dur = {"bachelor": 4, "master": 2, "doctoral": 3}[prog["level"]]
        k = y - prog["start_year"]
        if k >= 0:
            enrolled += prog["intake_per_year"] * min(k + 1, dur)
        if k >= dur:
            graduates += int(prog["intake_per_year"] * 0.9)
    return enrolled, graduates


def add_mobility(p, rng, years, partners, start):
    totals = collections.Counter()
    for y in years:
        for inst, scale in partners:
            for direction, category, lo, hi in (("outgoing", "students", 8, 25), ("incoming", "students", 3, 12),
                                                ("outgoing", "staff", 3, 8), ("incoming", "staff", 4, 12)):
                if category == "students" and y <= start:
                    continue
                n = int(rng.randint(lo, hi) * scale)
                p.add("mobility_figure", year=y, direction=direction, category=category, count=n, partner_id=inst)
                totals[y, direction] += n
    return totals


def add_indicators(p, rng, years, mobility, pubs, projects):
    rows = [
        ("enrolment", T("Қос дипломды бағдарламалар бойынша білім алушылар контингенті",
                        "Контингент обучающихся по двудипломным программам",
                        "Students enrolled in dual degree programmes"), "people", 0.0,
         lambda i, y: programme_years(p, y)[0]),
        ("graduates", T("Қос дипломды бағдарламалардың түлектері", "Выпускники двудипломных программ",
                        "Graduates of dual degree programmes"), "people", 0.0,
         lambda i, y: programme_years(p, y)[1]),
        ("employment", T("Бітірген жылы жұмысқа орналасқан түлектердің үлесі",
                         "Доля выпускников, трудоустроенных в год выпуска",
                         "Graduates employed in the year of graduation"), "%", 68.0,
         lambda i, y: min(70.0 + 2.5 * i, 85.0)),
        ("publications", T("Scopus/Web of Science журналдарындағы бірлескен жарияланымдар",
                           "Совместные публикации в журналах Scopus/Web of Science",
                           "Joint publications in Scopus/Web of Science journals"), "papers", 0.0,
         lambda i, y: pubs[0] + pubs[1] * i),
        ("research_projects", T("Бірлескен ғылыми жобалар", "Совместные научные проекты",
                                "Joint research projects"), "projects", 0.0,
         lambda i, y: projects[0] + (i + 1) // 2),
        ("mobility_incoming", T("Кіріс академиялық ұтқырлық (білім алушылар және ПОҚ)",
                                "Входящая академическая мобильность (обучающиеся и ППС)",
                                "Incoming academic mobility (students and staff)"), "people", 0.0,
         lambda i, y: mobility[y, "incoming"]),
        ("mobility_outgoing", T("Шығыс академиялық ұтқырлық (білім алушылар және ПОҚ)",
                                "Исходящая академическая мобильность (обучающиеся и ППС)",
                                "Outgoing academic mobility (students and staff)"), "people", 0.0,
         lambda i, y: mobility[y, "outgoing"]),
        ("staff_trained", T("Біліктілігін арттырған ПОҚ", "ППС, прошедшие повышение квалификации",
                            "Teaching staff who completed professional development"), "people", 0.0,
         lambda i, y: 20 + 5 * i),
    ]
    for kind, name, unit, base, f in rows:
        iid = p.add("indicator", kind=kind, name=name, unit=unit, baseline=base)
        for i, y in enumerate(years):
            p.add("indicator_target", indicator_id=iid, year=y, value=float(f(i, y)))


def rank(p, inst, publisher, scope, year, text, lo, hi, subject=None):
    p.add("ranking_entry", institution_id=inst, publisher=publisher, scope=scope, subject=subject,
          year=year, rank_text=text, rank_lower=lo, rank_upper=hi, source_note=SAMPLE_NOTE)


def qa_text(agency):
    return T("Сапаны қамтамасыз етудің ішкі жүйесі ESG стандарттары мен екі университеттің рәсімдеріне негізделген: "
             "бағдарламаларды оқыту және білім алу жөніндегі бірлескен комитет әзірлейді, екі тараптың ғылыми "
             "кеңестері бекітеді, олар жыл сайын жұмыс берушілер мен білім алушылардың қатысуымен қайта "
             f"қаралады және {agency} агенттігінде мамандандырылған аккредиттеуден өтеді.",
             "Внутренняя система обеспечения качества основана на ESG и процедурах обоих университетов: "
             "программы разрабатываются совместным комитетом по преподаванию и обучению, утверждаются учёными "
             "советами обеих сторон, ежегодно пересматриваются с участием работодателей и обучающихся и "
             f"проходят специализированную аккредитацию в агентстве {agency}.",
             "Internal quality assurance follows the ESG and the procedures of both universities: programmes "
             "are developed by the joint committee on teaching and learning, approved by the academic councils "
             "of both sides, reviewed every year with employers and students, and accredited by "
             f"{agency}, an agency listed in the Kazakhstani register.")


def make_bin(reg_date, entity, unit, serial):
    while True:
        d11 = f"{reg_date[2:4]}{reg_date[5:7]}{entity}{unit}{serial:05d}"
        if bin_check_digit(d11) is not None:
            return d11 + str(bin_check_digit(d11))
        serial += 1


def bin_check_digit(d11):
    s = sum(int(c) * w for c, w in zip(d11, range(1, 12))) % 11
    if s == 10:
        s = sum(int(c) * w for c, w in zip(d11, (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2))) % 11
    return None if s == 10 else s


def bin_valid(b):
    return bool(re.fullmatch(r"\d{12}", b or "")) and bin_check_digit(b[:11]) == int(b[11])


def term_years(p):
    return list(range(int(p.head["term_start"][:4]), int(p.head["term_end"][:4]) + 1))
