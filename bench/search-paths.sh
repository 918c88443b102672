#!/usr/bin/env bash
# The paths where a reader waits on search (issue 24), before and after, in one run: builds BASE (a git ref, default
# the commit before the title index became the one ranker) in a throwaway worktree beside this tree, imports the
# shipped data once for each, and times with both builds, alternating rounds:
#   - `ladder guide "sr ml eng"` (free text) against `ladder guide machine-learning-engineer` (a slug), whole process;
#   - `ladder serve`: the first request after it listens, then (12 s later, as a reader might) the first and later
#     404 pages with suggestions, and
#     POST /api/v1/gap with a typed target against the same request with the slug.
# Prints medians and the ratios (typed/slug within a build; after/before across builds).
# Both refs are built in throwaway worktrees, so editing this tree meanwhile changes nothing.
# Usage: bench/search-paths.sh [BASE] [ROUNDS] [AFTER]
set -euo pipefail
cd "$(dirname "$0")/.."
base=${1:-a8c66c4}
rounds=${2:-5}
after=${3:-HEAD}
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; for s in before after; do git worktree remove --force "$work/$s" >/dev/null 2>&1 || true; done; rm -rf "$work"' EXIT
declare -A ref=([before]="$base" [after]="$after")
for side in before after; do
  git worktree add --detach "$work/$side" "${ref[$side]}" >/dev/null 2>&1
  (cd "$work/$side" && dotnet build -c Release src/Ladder -nologo -v quiet -clp:ErrorsOnly >/dev/null)
done
declare -A exe=([before]="$work/before/artifacts/bin/Ladder/release/ladder.dll" [after]="$work/after/artifacts/bin/Ladder/release/ladder.dll")
for side in before after; do dotnet "${exe[$side]}" import --db "$work/$side.db" >/dev/null; done

now() { date +%s.%N; }
secs() { python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.4f}')" "$1" "$2"; }
median() { sort -g | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
record() { echo "$3" >> "$work/$1.$2"; }

curl_time() { curl -s -o /dev/null -w '%{time_total}\n' "$@"; }

for round in $(seq "$rounds"); do
  for side in before after; do
    db="$work/$side.db"
    t0=$(now); dotnet "${exe[$side]}" guide "sr ml eng" --db "$db" >/dev/null 2>&1 || true; t1=$(now)
    record "$side" cli-typed "$(secs "$t0" "$t1")"
    t0=$(now); dotnet "${exe[$side]}" guide machine-learning-engineer --db "$db" >/dev/null 2>&1; t1=$(now)
    record "$side" cli-slug "$(secs "$t0" "$t1")"

    port=$((5300 + round))
    dotnet "${exe[$side]}" serve --db "$db" --urls "http://127.0.0.1:$port" >"$work/$side.serve.log" 2>&1 &
    pid=$!
    until curl -s -o /dev/null "http://127.0.0.1:$port/robots.txt"; do sleep 0.05; done
    url="http://127.0.0.1:$port"
    record "$side" first-page "$(curl_time "$url/domains")"
    # A reader's first mistyped address comes a little after start-up: long enough for a background build to finish.
    sleep 12
    record "$side" first-404 "$(curl_time -H 'Accept: text/html' "$url/careers/machine-lerning-enginer")"
    for i in 1 2 3 4 5; do record "$side" later-404 "$(curl_time -H 'Accept: text/html' "$url/careers/registerd-nurse-$i")"; done
    for i in 1 2 3 4 5; do
      record "$side" gap-typed "$(curl_time -H 'Content-Type: application/json' -d '{"target":"sr ml eng","skills":["python","sql"]}' "$url/api/v1/gap")"
      record "$side" gap-slug "$(curl_time -H 'Content-Type: application/json' -d '{"target":"machine-learning-engineer","skills":["python","sql"]}' "$url/api/v1/gap")"
    done
    kill "$pid"; wait "$pid" 2>/dev/null || true
  done
done

printf '%-12s %10s %10s %8s\n' path before after after/before
for path in cli-typed cli-slug first-page first-404 later-404 gap-typed gap-slug; do
  b=$(median < "$work/before.$path"); a=$(median < "$work/after.$path")
  printf '%-12s %9.3fs %9.3fs %7.2fx\n' "$path" "$b" "$a" "$(python3 -c "print($a / $b)")"
done
for side in before after; do
  printf '%s: typed/slug  guide %.2fx  gap %.2fx\n' "$side" \
    "$(python3 -c "print($(median < "$work/$side.cli-typed") / $(median < "$work/$side.cli-slug"))")" \
    "$(python3 -c "print($(median < "$work/$side.gap-typed") / $(median < "$work/$side.gap-slug"))")"
done
