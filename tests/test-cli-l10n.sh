#!/usr/bin/env bash
# test-cli-l10n.sh: the messages of seriktes-cli in Kazakh and Russian read
# right for every number (TAP output). The numbers 1, 2, 5, 21 and 22 take
# the three Russian plural forms and their exceptions (1 год, 2 года,
# 5 лет, 21 год, 22 года).
# Usage: test-cli-l10n.sh CLI RULES_FILE EXAMPLES_BUILD_DIR
set -u
cli=$1
builtin_rules=$2
examples=$3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
n=0
failures=0

ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() {
  n=$((n + 1)); failures=$((failures + 1)); echo "not ok $n - $1"; shift
  for l in "$@"; do echo "# $l"; done
}

# A rule set: the built-in one with KEY=VALUE changed.
rules() {
  local out=$1; shift
  cp "$builtin_rules" "$out"
  for kv in "$@"; do sed -i "s/^${kv%%=*}=.*/$kv/" "$out"; done
}

# A proposal from JSON: rules of the check, then the JSON of the records.
proposal() {
  local name=$1 body=$2
  printf '{"format":"seriktes-proposal","version":1,%s}' "$body" >"$tmp/$name.json"
  "$cli" import-json "$tmp/$name.json" -o "$tmp/$name.seriktes" >/dev/null 2>"$tmp/err" ||
    not_ok "the proposal $name is imported" "$(cat "$tmp/err")"
}

# has LANG FILE RULES TEXT: `check --lang LANG` on FILE prints TEXT on a line of its own.
has() {
  local lang=$1 file=$2 rules=$3 want=$4 name=$5
  "$cli" check --year 2026 --lang "$lang" --rules "$rules" "$tmp/$file.seriktes" >"$tmp/out" 2>&1
  if grep -qxF -- "    $want" "$tmp/out"; then
    ok "$name"
  else
    not_ok "$name" "want: $want" "have:" "$(grep '^    \[' "$tmp/out")"
  fi
}

# contains LANG FILE RULES TEXT: a finding of `check --lang LANG` begins with TEXT.
contains() {
  local lang=$1 file=$2 rules=$3 want=$4 name=$5
  "$cli" check --year 2026 --lang "$lang" --rules "$rules" "$tmp/$file.seriktes" >"$tmp/out" 2>&1
  if grep -qF -- "    $want" "$tmp/out"; then
    ok "$name"
  else
    not_ok "$name" "want: $want…" "have:" "$(grep '^    \[' "$tmp/out")"
  fi
}

mobility() {
  printf '"mobility":[{"id":1,"year":2028,"direction":"incoming","category":"students","count":%d},' "$1"
  printf '{"id":2,"year":2028,"direction":"outgoing","category":"students","count":%d}]' "$1"
}
term='"term_start":"2027-09-01","term_end":"2033-08-31"'

# ---- the busiest year (001 item 4): two numbers, each after its label ----
rules "$tmp/default.ini"
rules "$tmp/service.ini" MinimumForeigners=1 MinimumSentAbroad=1
for k in 1 2 5 21 22; do
  proposal "busy$k" "\"proposal\":{\"status\":\"draft\",$term},$(mobility $k)"
  proposal "busy-agreement$k" "\"proposal\":{\"status\":\"draft\",$term},$(mobility $k),\"agreements\":[{\"id\":1,\"kind\":\"cooperation\",\"valid_until\":\"2031-08-31\"}]"
  has ru "busy$k" "$tmp/default.ini" \
    "[cooperation-service] В наиболее активный год: иностранцев — $k, граждан, направленных за рубеж, — $k; служба международного сотрудничества не требуется, должно быть назначено ответственное лицо за международное сотрудничество." \
    "ru: the busiest year with $k people, a responsible person"
  has kk "busy$k" "$tmp/default.ini" \
    "[cooperation-service] Ең белсенді жылы шетелдіктер саны — $k, шетелге жіберілген азаматтар саны — $k; халықаралық ынтымақтастық қызметі талап етілмейді, халықаралық ынтымақтастыққа жауапты тұлға тағайындалуы тиіс." \
    "kk: the busiest year with $k people, a responsible person"
  has ru "busy-agreement$k" "$tmp/service.ini" \
    "[cooperation-service] В наиболее активный год: иностранцев — $k, граждан, направленных за рубеж, — $k; соглашения действуют: у заявителя должна быть создана служба международного сотрудничества." \
    "ru: the busiest year with $k people, a service"
  has kk "busy-agreement$k" "$tmp/service.ini" \
    "[cooperation-service] Ең белсенді жылы шетелдіктер саны — $k, шетелге жіберілген азаматтар саны — $k; келісімдер іске асырылуда: өтініш берушіде халықаралық ынтымақтастық қызметі құрылуы тиіс." \
    "kk: the busiest year with $k people, a service"
done

# ---- the term: the rule set's minimum in a plural message ----
proposal noterm '"proposal":{"status":"draft"}'
proposal short '"proposal":{"status":"draft","term_start":"2027-09-01","term_end":"2027-12-31"}'
declare -A ru_years=([1]="1 года" [2]="2 лет" [5]="5 лет" [21]="21 года" [22]="22 лет")
for k in 1 2 5 21 22; do
  rules "$tmp/term$k.ini" MinimumYears=$k
  has ru noterm "$tmp/term$k.ini" \
    "[term] Не указан срок партнерства (даты начала и окончания); срок должен составлять не менее ${ru_years[$k]}." \
    "ru: no term, at least $k years"
  has kk noterm "$tmp/term$k.ini" \
    "[term] Әріптестік мерзімі (басталу және аяқталу күндері) көрсетілмеген; мерзім кемінде $k жыл болуы тиіс." \
    "kk: no term, at least $k years"
  # The term's dates as each language writes them (sk-format.h; a no-break
  # space before "г.").
  has ru short "$tmp/term$k.ini" \
    "[term] Срок партнерства должен составлять не менее ${ru_years[$k]}; указанный срок (1 сентября 2027 г. – 31 декабря 2027 г.) короче (число полных лет: 0)." \
    "ru: a term too short, at least $k years"
  has kk short "$tmp/term$k.ini" \
    "[term] Әріптестік мерзімі кемінде $k жыл болуы тиіс; көрсетілген мерзім (2027 жылғы 1 қыркүйек – 2027 жылғы 31 желтоқсан) одан қысқа (толық жылдар саны: 0)." \
    "kk: a term too short, at least $k years"
done

# ---- a master's degree: four numbers, each after its label ----
staff='"staff":[{"id":1,"name":"A","side":"kazakh","degree":"master","academic_title":"none","teaching_years":1,"practice_years":2,"fte_milli":250},{"id":2,"name":"B","side":"foreign","degree":"phd","academic_title":"none","fte_milli":750}]'
proposal master "\"proposal\":{\"status\":\"draft\",$term},$staff"
rules "$tmp/master.ini" MasterTeachingYears=21 MasterPracticeYears=22
has ru master "$tmp/master.ini" \
  "[staff-qualification] A: степень магистра, но недостаточный стаж. Стаж преподавания, лет: 1 (требуется не менее 21); стаж практической работы, лет: 2 (требуется не менее 22)." \
  "ru: a master's degree, years of experience after their labels"
has kk master "$tmp/master.ini" \
  "[staff-qualification] A: магистр дәрежесі бар, бірақ өтілі жеткіліксіз. Оқытушылық өтілі, жыл: 1 (кемінде 21 қажет); практикалық жұмыс өтілі, жыл: 2 (кемінде 22 қажет)." \
  "kk: a master's degree, years of experience after their labels"

# ---- the staffing ratio: a whole message for each basis ----
rules "$tmp/headcount.ini" Basis=headcount
rules "$tmp/fte.ini" Basis=fte
rules "$tmp/hours.ini" Basis=hours
contains ru master "$tmp/headcount.ini" \
  "[staff-ratio] Доля зарубежного ППС превышает рекомендуемое предельное значение. Доли (основа расчета: общая численность): казахстанская сторона — 50 %" \
  "ru: the ratio counted in the headcount"
contains kk master "$tmp/headcount.ini" \
  "[staff-ratio] Шетелдік ПОҚ үлесі ұсынылған шекті мәннен жоғары. Үлестер (есептеу негізі: адам саны): қазақстандық тарап — 50 %" \
  "kk: the ratio counted in the headcount"
contains ru master "$tmp/fte.ini" \
  "[staff-ratio] Доля зарубежного ППС превышает рекомендуемое предельное значение. Доли (основа расчета: ставки): казахстанская сторона — 25 %" \
  "ru: the ratio counted in the full-time equivalents"
contains kk master "$tmp/fte.ini" \
  "[staff-ratio] Шетелдік ПОҚ үлесі ұсынылған шекті мәннен жоғары. Үлестер (есептеу негізі: штаттық бірліктер): қазақстандық тарап — 25 %" \
  "kk: the ratio counted in the full-time equivalents"
has ru master "$tmp/hours.ini" \
  "[staff-ratio] В расчете по учебным часам не учтен ни один преподаватель, поэтому проверить соотношение ППС невозможно." \
  "ru: no teaching hours to count"
has kk master "$tmp/hours.ini" \
  "[staff-ratio] Оқу сағаттары бойынша есепке алынған ПОҚ жоқ, сондықтан ПОҚ арақатынасын тексеру мүмкін емес." \
  "kk: no teaching hours to count"

# ---- the CLI's own help says "option" as GLib's help of each command does ----
LANGUAGE=kk "$cli" >"$tmp/usage" 2>&1
LANGUAGE=kk "$cli" check --help >"$tmp/help" 2>&1
if grep -qF "[ОПЦИЯ…]" "$tmp/usage" && grep -qF "опцияларын" "$tmp/usage" && ! grep -qi "параметр" "$tmp/usage"; then
  ok "kk: the usage says «ОПЦИЯ», as GLib's Kazakh catalogue does"
else
  not_ok "kk: the usage says «ОПЦИЯ», as GLib's Kazakh catalogue does" "$(cat "$tmp/usage")"
fi
if grep -qF "[OPTION…]" "$tmp/help"; then
  ok "kk: GLib's help untranslated here (no glib20.mo for kk): nothing to compare # SKIP"
elif grep -qF "[ОПЦИЯ…]" "$tmp/help"; then
  ok "kk: the usage and a command's --help use the same word"
else
  not_ok "kk: the usage and a command's --help use the same word" "$(head -3 "$tmp/help")"
fi

# ---- the PDF: the staff of a programme in one sentence, the two "Years" ----
pdf_has() {
  local lang=$1 want=$2 name=$3
  if grep -qF -- "$want" "$tmp/pdf-$lang.txt"; then ok "$name"; else not_ok "$name" "want: $want"; fi
}
if command -v pdftotext >/dev/null; then
  for lang in ru kk; do
    "$cli" export-pdf --year 2026 --lang $lang -o "$tmp/$lang.pdf" "$examples/taraz-mendeleev.seriktes" >/dev/null 2>&1
    # The text of the document on one line: a sentence may wrap anywhere.
    pdftotext "$tmp/$lang.pdf" - 2>/dev/null | tr '\n' ' ' | tr -s ' ' >"$tmp/pdf-$lang.txt"
  done
  pdf_has ru "Профессорско-преподавательский состав: 12 человек. Доли по учебным часам: казахстанская сторона — 41,6 %, зарубежная сторона — 51,9 %, третья сторона — 6,5 %." \
    "ru PDF: a programme's staff and shares in one sentence"
  pdf_has kk "Профессор-оқытушылар құрамы: 12 адам. Оқу сағаттары бойынша үлестер: қазақстандық тарап — 41,6 %, шетелдік тарап — 51,9 %, үшінші тарап — 6,5 %." \
    "kk PDF: a programme's staff and shares in one sentence"
  pdf_has ru "Доли сторон в ППС по учебным часам — по всему ППС и по каждой программе двудипломного образования." \
    "ru PDF: the basis of the shares in the sentence, the official term"
  pdf_has ru "Стаж, лет" "ru PDF: the staff list's years are years of experience"
  pdf_has kk "Өтілі, жыл" "kk PDF: the staff list's years are years of experience"
else
  ok "no pdftotext: the PDF's sentences are not read # SKIP"
fi

echo "1..$n"
[ "$failures" = 0 ]
