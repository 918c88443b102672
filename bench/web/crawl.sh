#!/usr/bin/env bash
# Memory of `ladder serve` across a crawl of every page of the site (the 15,806 pages of the static export: guides,
# domains, comparisons, transitions), sent with `Accept-Encoding: br, gzip` as a search engine would.
# Reports RSS at idle after start-up, the peak and the final RSS after two passes, and requests/s of each pass
# (pass 1 renders, pass 2 is the warm site). With a git ref it first runs the same crawl on that version, so the
# before and after figures come from one invocation on the same machine state.
# Then, with a baseline, both versions serve at once and take turns at warm passes (ROUNDS each) for a fair speed ratio.
# Usage: bench/web/crawl.sh [baseline-git-ref] [connections] [accept-encoding] [rounds]
source "$(dirname "$0")/common.sh"
BASE_REF="${1:-}"
CONNECTIONS="${2:-8}"
ENCODING="${3:-br, gzip}"
ROUNDS="${4:-3}"
PORT=18541
build_ladder

site_urls
awk -v root="http://127.0.0.1:$PORT" '{ printf "url = \"%s%s\"\noutput = \"/dev/null\"\n", root, $0 }' "$WORK/urls" >"$WORK/curl.config"


crawl_pass() { # crawl_pass [port] -> requests/s; one curl process, CONNECTIONS transfers at a time over kept-alive connections
  local start end port="${1:-$PORT}"
  sed "s|127.0.0.1:$PORT/|127.0.0.1:$port/|" "$WORK/curl.config" >"$WORK/curl.$port.config"
  start=$(date +%s.%N)
  curl -s --no-progress-meter --parallel --parallel-max "$CONNECTIONS" -H "Accept-Encoding: $ENCODING" -w '%{http_code}\n' -K "$WORK/curl.$port.config" >"$WORK/codes"
  end=$(date +%s.%N)
  if grep -qv '^200$' "$WORK/codes" || [ "$(wc -l <"$WORK/codes")" -ne "$PAGES" ]; then
    echo "the crawl got answers other than 200:" >&2; sort "$WORK/codes" | uniq -c >&2; exit 1
  fi
  awk -v n="$PAGES" -v a="$start" -v b="$end" 'BEGIN { printf "%.0f", n / (b - a) }'
}

measure() { # measure <label> <ladder command...>: one server, idle RSS, two crawl passes
  local label="$1"; shift
  local db="$WORK/$label.db"
  "$@" --db "$db" import >/dev/null
  "$@" --db "$db" serve --urls "http://127.0.0.1:$PORT" >"$WORK/$label.log" 2>&1 &
  local pid=$!
  PIDS+=("$pid")
  for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
  sleep 5
  local idle first second final peak
  idle=$(rss_mb "$pid" VmRSS)
  first=$(crawl_pass)
  second=$(crawl_pass)
  # Final means idle after the crawl: two of MemoryTrimmer's 5 s checks, so a version that has one has run it.
  sleep 12
  final=$(rss_mb "$pid" VmRSS)
  peak=$(rss_mb "$pid" VmHWM)
  kill -TERM "$pid"; wait "$pid" 2>/dev/null || true
  printf "%-10s %9s %9s %10s %14s %14s\n" "$label" "$idle" "$peak" "$final" "$first" "$second" >>"$WORK/table"
}

: >"$WORK/table"
if [ -n "$BASE_REF" ]; then
  BASE="$WORK/base"
  mkdir -p "$BASE"
  git -C "$REPO" archive "$BASE_REF" | tar -x -C "$BASE"
  (cd "$BASE" && dotnet build -c Release src/Ladder/Ladder.csproj -v quiet -nologo >/dev/null)
  measure "before" dotnet "$BASE/artifacts/bin/Ladder/release/ladder.dll"
fi
measure "after" "${LADDER[@]}"

# Warm speed, fairly: both versions up at once, warmed by one pass each, then ROUNDS alternating passes, so drift in
# this shared machine's speed hits both alike. Almost all of these pages (comparisons, transitions) render per request.
if [ -n "$BASE_REF" ]; then
  start_server() { # start_server <port> <db> <ladder command...> -> pid
    local port="$1" db="$2"; shift 2
    "$@" --db "$db" serve --urls "http://127.0.0.1:$port" >>"$WORK/warm.log" 2>&1 &
    echo $!
  }
  B_PID=$(start_server "$PORT" "$WORK/before.db" dotnet "$BASE/artifacts/bin/Ladder/release/ladder.dll"); PIDS+=("$B_PID")
  A_PID=$(start_server $((PORT + 1)) "$WORK/after.db" "${LADDER[@]}"); PIDS+=("$A_PID")
  for port in "$PORT" $((PORT + 1)); do
    for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.1; done
    crawl_pass "$port" >/dev/null
  done
  : >"$WORK/warm"
  for _ in $(seq 1 "$ROUNDS"); do echo "$(crawl_pass "$PORT") $(crawl_pass $((PORT + 1)))" >>"$WORK/warm"; done
  kill -TERM "$B_PID" "$A_PID"; wait "$B_PID" "$A_PID" 2>/dev/null || true
  median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.0f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
  WARM_BEFORE=$(awk '{ print $1 }' "$WORK/warm" | median)
  WARM_AFTER=$(awk '{ print $2 }' "$WORK/warm" | median)
fi

echo "Crawl of all $PAGES pages, twice, Accept-Encoding '$ENCODING', curl with $CONNECTIONS parallel transfers, $(nproc) cores${BASE_REF:+; before = $BASE_REF}"
printf "%-10s %9s %9s %10s %14s %14s\n" "version" "idle MB" "peak MB" "final MB" "pass 1 req/s" "pass 2 req/s"
cat "$WORK/table"
echo "targets: idle < 150 MB, final after the crawl < 200 MB"
if [ -n "$BASE_REF" ]; then
  echo "warm passes, alternating, req/s before/after: $(tr '\n' ';' <"$WORK/warm")"
  echo "warm medians: before $WARM_BEFORE, after $WARM_AFTER req/s; ratio after/before $(ratio "$WARM_AFTER" "$WARM_BEFORE")  (target >= 0.95)"
fi
