#!/usr/bin/env bash
# Whole-process title-search figures for issue 14, each beside a baseline measured in the same run:
#   - batch coding: `ladder search --batch` over real titles (test samples + messy set, cycled to N lines),
#     titles/s including process start and index build, against `ladder --version` (bare start-up);
#   - `ladder guide "data scientist"` cold start (database built), against `ladder --version`;
#   - `ladder serve` resident memory (VmRSS, VmHWM) after 300 search API calls and a guide page.
# Usage: bench/title-search.sh [runs] [batch-lines]   (defaults 5 and 20000; medians)
# In-process p50/p99 latency and the no-classifier baseline: bench/search.sh --figures-only.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
lines=${2:-20000}
port=${LADDER_BENCH_PORT:-56441}
command -v /usr/bin/time >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }

work=$(mktemp -d)
server=""
cleanup() { [ -n "$server" ] && kill "$server" 2>/dev/null; rm -rf "$work"; }
trap cleanup EXIT
echo "Publishing ladder (Release, ReadyToRun) ..."
dotnet publish src/Ladder -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/bin" >/dev/null
ladder="$work/bin/ladder"
db="$work/ladder.db"
"$ladder" --db "$db" import >/dev/null

cut -f1 tests/data/titles/*.tsv bench/title-eval/messy-titles.tsv > "$work/titles.txt"
awk -v n="$lines" '{a[NR]=$0} END {for (i = 0; i < n; i++) print a[i % NR + 1]}' "$work/titles.txt" > "$work/batch.txt"

measure() { /usr/bin/time -f "%e %M" "$@" 2>&1 >/dev/null | tail -n 1; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }

version_s=(); guide_s=(); guide_kb=(); batch_s=(); batch_kb=()
for i in $(seq "$runs"); do
  read -r s _ < <(measure "$ladder" --version); version_s+=("$s")
  read -r s kb < <(measure "$ladder" --db "$db" guide "data scientist"); guide_s+=("$s"); guide_kb+=("$kb")
  read -r s kb < <(measure "$ladder" --db "$db" search --batch "$work/batch.txt"); batch_s+=("$s"); batch_kb+=("$kb")
done
of() { printf '%s\n' "$@" | median; }
vs=$(of "${version_s[@]}"); gs=$(of "${guide_s[@]}"); gk=$(of "${guide_kb[@]}"); bs=$(of "${batch_s[@]}"); bk=$(of "${batch_kb[@]}")

"$ladder" --db "$db" serve --urls "http://127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 100); do curl -fsS "http://127.0.0.1:$port/api/search?q=nurse" >/dev/null 2>&1 && break; sleep 0.2; done
head -n 300 "$work/titles.txt" | while IFS= read -r t; do
  curl -fsS -G "http://127.0.0.1:$port/api/search" --data-urlencode "q=$t" >/dev/null || true
done
curl -fsS "http://127.0.0.1:$port/" >/dev/null || true
rss=$(awk '/VmRSS/ {print $2}' "/proc/$server/status")
hwm=$(awk '/VmHWM/ {print $2}' "/proc/$server/status")
kill "$server"; wait "$server" 2>/dev/null || true; server=""

echo
echo "runs: $runs (medians), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
awk -v bs="$bs" -v bk="$bk" -v n="$lines" -v vs="$vs" 'BEGIN { printf "batch: %d titles in %5.2f s = %6.0f titles/s whole process, peak %5.1f MB   baseline ladder --version %5.3f s   (target >= 500/s)\n", n, bs, n/bs, bk/1024, vs }'
awk -v gs="$gs" -v gk="$gk" -v vs="$vs" 'BEGIN { printf "guide \"data scientist\" cold start: %5.3f s, peak %5.1f MB   baseline ladder --version %5.3f s   ratio %4.1fx   (target < 0.6 s)\n", gs, gk/1024, vs, gs/vs }'
awk -v r="$rss" -v h="$hwm" 'BEGIN { printf "serve after 300 searches: RSS %5.1f MB, peak %5.1f MB   (target < 300 MB)\n", r/1024, h/1024 }'
