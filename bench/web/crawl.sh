#!/usr/bin/env bash
# Memory of `ladder serve` across a crawl of every page of the site (the 15,806 pages of the static export: guides,
# domains, comparisons, transitions), sent with `Accept-Encoding: br, gzip` as a search engine would.
# Reports RSS at idle after start-up, the peak and the final RSS after two passes, and requests/s of each pass
# (pass 1 renders, pass 2 is the warm site). With a git ref it first runs the same crawl on that version, so the
# before and after figures come from one invocation on the same machine state.
# Usage: bench/web/crawl.sh [baseline-git-ref] [connections] [accept-encoding]
source "$(dirname "$0")/common.sh"
BASE_REF="${1:-}"
CONNECTIONS="${2:-8}"
ENCODING="${3:-br, gzip}"
PORT=18541
build_ladder

# The URL list: every page the static export writes, as the server's path.
SITE="$WORK/site"
"${LADDER[@]}" --db "$DB" build "$SITE" >/dev/null
(cd "$SITE" && find . -name index.html -printf '%h\n' | sed -e 's|^\.||' -e 's|^$|/|' | sort) >"$WORK/urls"
rm -rf "$SITE"
PAGES=$(wc -l <"$WORK/urls")
awk -v root="http://127.0.0.1:$PORT" '{ printf "url = \"%s%s\"\noutput = \"/dev/null\"\n", root, $0 }' "$WORK/urls" >"$WORK/curl.config"

rss_mb() { awk -v k="$2:" '$1 == k { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

crawl_pass() { # crawl_pass -> requests/s; one curl process, CONNECTIONS transfers at a time over kept-alive connections
  local start end
  start=$(date +%s.%N)
  curl -s --no-progress-meter --parallel --parallel-max "$CONNECTIONS" -H "Accept-Encoding: $ENCODING" -w '%{http_code}\n' -K "$WORK/curl.config" >"$WORK/codes"
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

echo "Crawl of all $PAGES pages, twice, Accept-Encoding '$ENCODING', curl with $CONNECTIONS parallel transfers, $(nproc) cores${BASE_REF:+; before = $BASE_REF}"
printf "%-10s %9s %9s %10s %14s %14s\n" "version" "idle MB" "peak MB" "final MB" "pass 1 req/s" "pass 2 req/s"
cat "$WORK/table"
echo "targets: idle < 150 MB, final after the crawl < 200 MB"
