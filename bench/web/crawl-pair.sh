#!/usr/bin/env bash
# Serve memory after a crawl, before and after, side by side: the baseline git ref and this checkout serve at once
# (each its own catalog), each run starts both afresh, reads their idle RSS, crawls every page of the static export
# once on each (the render pass), then ROUNDS warm passes taking turns, waits for MemoryTrimmer (12 s) and reads
# the RSS after the crawl and the peak. Both see the same load at the same time, which a shared machine needs: a
# one-at-a-time run (crawl.sh) drifts by more than the difference being measured.
# Usage: bench/web/crawl-pair.sh <baseline-git-ref> [runs] [rounds] [connections]   (defaults 5, 2, 8; Accept-Encoding br, gzip)
source "$(dirname "$0")/common.sh"
BASE_REF="${1:?usage: bench/web/crawl-pair.sh <baseline-git-ref> [runs] [rounds] [connections]}"
RUNS="${2:-5}"; ROUNDS="${3:-2}"; CONNECTIONS="${4:-8}"
PORT=18551
build_ladder
site_urls
BASE="$WORK/base"
mkdir -p "$BASE"
git -C "$REPO" archive "$BASE_REF" | tar -x -C "$BASE"
(cd "$BASE" && dotnet build -c Release src/Ladder/Ladder.csproj -v quiet -nologo >/dev/null)
BEFORE=(dotnet "$BASE/artifacts/bin/Ladder/release/ladder.dll")
"${BEFORE[@]}" --db "$WORK/before.db" import >/dev/null

pass() { # pass <port> -> requests/s over every page
  awk -v root="http://127.0.0.1:$1" '{ printf "url = \"%s%s\"\noutput = \"/dev/null\"\n", root, $0 }' "$WORK/urls" >"$WORK/curl.$1"
  local a b
  a=$(date +%s.%N)
  curl -s --no-progress-meter --parallel --parallel-max "$CONNECTIONS" -H "Accept-Encoding: br, gzip" -w '%{http_code}\n' -K "$WORK/curl.$1" >"$WORK/codes"
  b=$(date +%s.%N)
  if grep -qv '^200$' "$WORK/codes" || [ "$(wc -l <"$WORK/codes")" -ne "$PAGES" ]; then echo "answers other than 200:" >&2; sort "$WORK/codes" | uniq -c >&2; exit 1; fi
  awk -v n="$PAGES" -v a="$a" -v b="$b" 'BEGIN { printf "%.0f", n / (b - a) }'
}
serve() { "${@:3}" --db "$2" serve --urls "http://127.0.0.1:$1" >>"$WORK/serve.log" 2>&1 & echo $!; }

echo "Crawl of all $PAGES pages, Accept-Encoding 'br, gzip', $CONNECTIONS parallel transfers, $(nproc) cores; before = $BASE_REF"
printf "%-4s %-7s %8s %8s %8s %9s %s\n" run version "idle MB" "peak MB" "after MB" "warm r/s" "load"
: >"$WORK/results"
for run in $(seq 1 "$RUNS"); do
  B=$(serve "$PORT" "$WORK/before.db" "${BEFORE[@]}"); A=$(serve $((PORT + 1)) "$DB" "${LADDER[@]}"); PIDS+=("$B" "$A")
  for port in "$PORT" $((PORT + 1)); do for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done; done
  sleep 6
  idle_b=$(rss_mb "$B" VmRSS); idle_a=$(rss_mb "$A" VmRSS)
  pass "$PORT" >/dev/null; pass $((PORT + 1)) >/dev/null
  warm_b=(); warm_a=()
  for _ in $(seq 1 "$ROUNDS"); do warm_b+=("$(pass "$PORT")"); warm_a+=("$(pass $((PORT + 1)))"); done
  sleep 12
  load=$(cut -d' ' -f1-3 /proc/loadavg)
  printf "%-4s %-7s %8s %8s %8s %9s %s\n" "$run" before "$idle_b" "$(rss_mb "$B" VmHWM)" "$(rss_mb "$B" VmRSS)" "$(IFS=/; echo "${warm_b[*]}")" "$load"
  printf "%-4s %-7s %8s %8s %8s %9s\n" "$run" after "$idle_a" "$(rss_mb "$A" VmHWM)" "$(rss_mb "$A" VmRSS)" "$(IFS=/; echo "${warm_a[*]}")"
  echo "$(rss_mb "$B" VmRSS) $(rss_mb "$A" VmRSS) ${warm_b[*]} ${warm_a[*]}" >>"$WORK/results"
  kill -TERM "$B" "$A"; wait "$B" "$A" 2>/dev/null || true
done
awk -v r="$ROUNDS" '{ for (i = 3; i < 3 + r; i++) { wb += $i; wa += $(i + r) } } END { printf "warm requests/s after/before, all passes: %.2f\n", wa / wb }' "$WORK/results"
echo "targets: idle < 150 MB, after the crawl < 200 MB"
