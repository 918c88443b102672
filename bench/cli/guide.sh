#!/usr/bin/env bash
# One-shot CLI cost: `ladder import` and `ladder guide <role>` (wall seconds, user CPU seconds, peak RSS), this
# checkout against a baseline git ref built and measured in the same run. The two versions take turns, run by run,
# so drift in a shared machine's load hits both alike; medians are reported with ratios after/before. It also checks
# that both versions print the same guides and store the same ways in (table way_in, every occupation).
# Usage: bench/cli/guide.sh <baseline-git-ref> [runs] [role...]   (default 5 runs; roles: registered-nurses data-scientist electricians)
source "$(dirname "$0")/../web/common.sh"
BASE_REF="${1:?usage: bench/cli/guide.sh <baseline-git-ref> [runs] [role...]}"
RUNS="${2:-5}"
shift $(($# >= 2 ? 2 : 1))
ROLES=("${@:-registered-nurses data-scientist electricians}")
read -r -a ROLES <<<"${ROLES[*]}"
need_time

(cd "$REPO" && dotnet build -c Release src/Ladder/Ladder.csproj -v quiet -nologo >/dev/null)
AFTER=(dotnet "$REPO/artifacts/bin/Ladder/release/ladder.dll")
BASE="$WORK/base"
mkdir -p "$BASE"
git -C "$REPO" archive "$BASE_REF" | tar -x -C "$BASE"
(cd "$BASE" && dotnet build -c Release src/Ladder/Ladder.csproj -v quiet -nologo >/dev/null)
BEFORE=(dotnet "$BASE/artifacts/bin/Ladder/release/ladder.dll")

run() { # run <label> <what> <command...>: appends "label what seconds user-seconds kilobytes" to the results
  local label="$1" what="$2"; shift 2
  /usr/bin/time -o "$WORK/time" -f "%e %U %M" "$@" >"$WORK/out.$label" 2>/dev/null
  echo "$label $what $(cat "$WORK/time")" >>"$WORK/results"
}

: >"$WORK/results"
for i in $(seq 1 "$RUNS"); do
  for side in before after; do
    if [ "$side" = before ]; then cmd=("${BEFORE[@]}"); else cmd=("${AFTER[@]}"); fi
    rm -f "$WORK/$side.db"
    run "$side" import "${cmd[@]}" --db "$WORK/$side.db" import
    for role in "${ROLES[@]}"; do
      run "$side" guide "${cmd[@]}" --db "$WORK/$side.db" guide "$role"
      cp "$WORK/out.$side" "$WORK/guide.$side.$role"
    done
  done
done
for role in "${ROLES[@]}"; do
  cmp -s "$WORK/guide.before.$role" "$WORK/guide.after.$role" || echo "note: the guide for $role differs between the versions"
done
# Every occupation's stored ways in, in order, from the last run of each version: a faster ranking must store the same.
need sqlite3 sqlite3
for side in before after; do
  sqlite3 "$WORK/$side.db" "SELECT code, ord, slug, relation FROM way_in ORDER BY code, ord" >"$WORK/waysin.$side" 2>/dev/null || echo "(no way_in table)" >"$WORK/waysin.$side"
done
if cmp -s "$WORK/waysin.before" "$WORK/waysin.after"; then
  echo "stored ways in: identical ($(wc -l <"$WORK/waysin.after") rows over $(cut -d'|' -f1 "$WORK/waysin.after" | sort -u | wc -l) occupations)"
else echo "note: the stored ways in differ between the versions"; fi

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
stat() { awk -v s="$1" -v w="$2" -v c="$3" '$1 == s && $2 == w { print $c }' "$WORK/results" | median; }
echo "ladder import and ladder guide (${ROLES[*]}), $RUNS alternating runs, $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); before = $BASE_REF"
printf "%-7s %-8s %10s %10s %10s\n" what version "wall s" "user s" "peak MB"
for what in import guide; do
  for side in before after; do
    printf "%-7s %-8s %10s %10s %10.0f\n" "$what" "$side" "$(stat $side $what 3)" "$(stat $side $what 4)" "$(echo "$(stat $side $what 5)" | awk '{ print $1 / 1024 }')"
  done
  echo "$what ratios after/before: wall $(ratio "$(stat after $what 3)" "$(stat before $what 3)"), user $(ratio "$(stat after $what 4)" "$(stat before $what 4)"), peak $(ratio "$(stat after $what 5)" "$(stat before $what 5)")"
done
