#!/usr/bin/env bash
# Sustained application submissions per second and p99 latency, SQLite then PostgreSQL, through `ladder serve` over
# loopback with wrk. Every request is a new application (unique Idempotency-Key), acknowledged only once durable.
#   bench/apply/run.sh [SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/../.."
duration="${1:-15}"
connections="${2:-32}"

command -v wrk >/dev/null || { apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
dotnet build -c Release src/Ladder/Ladder.csproj -v quiet -nologo >/dev/null
ladder="$PWD/artifacts/bin/Ladder/release/ladder"
work="$(mktemp -d /tmp/ladder-bench-apply.XXXXXX)"
server_pid=""
cleanup() {
  if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

"$ladder" import --db "$work/ladder.db" >/dev/null

port=5391
start_server() { # extra args...
  Logging__LogLevel__Default=Warning Ladder__Applications__SubmissionsPerMinute=100000000 \
    "$ladder" serve --db "$work/ladder.db" --urls "http://127.0.0.1:$port" "$@" >"$work/serve.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "ladder serve did not start:" >&2; cat "$work/serve.log" >&2; return 1
}
stop_server() { kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""; }

declare -A rps p99 non2xx
measure() { # label
  # A short warm-up lets the JIT and connection pools settle before the measured run.
  wrk -t2 -c"$connections" -d3s -s bench/apply/submit.lua "http://127.0.0.1:$port" >/dev/null
  wrk -t2 -c"$connections" -d"${duration}s" --latency -s bench/apply/submit.lua "http://127.0.0.1:$port" >"$work/$1.txt"
  rps[$1]=$(awk '/^Requests\/sec:/ {print $2}' "$work/$1.txt")
  p99[$1]=$(awk '$1 == "99%" {print $2}' "$work/$1.txt")
  non2xx[$1]=$(awk '/Non-2xx or 3xx responses:/ {print $5}' "$work/$1.txt")
  non2xx[$1]=${non2xx[$1]:-0}
  sed 's/^/  /' "$work/$1.txt"
}

echo "== SQLite (WAL, synchronous=FULL): $connections connections, ${duration}s"
start_server --applications-db "$work/applications.db"
measure sqlite
stop_server
sqlite_rows=$(( $("$ladder" apply-export --applications-db "$work/applications.db" | wc -l) - 1 ))

echo "== PostgreSQL: $connections connections, ${duration}s"
# shellcheck source=/dev/null
source tools/deps/postgres.sh
schema="bench_$(date +%s)"
export Ladder__Applications__ConnectionString="$LADDER_TEST_POSTGRES;Search Path=$schema"
start_server
measure postgres
stop_server
pg_rows=$(( $("$ladder" apply-export | wc -l) - 1 ))
PGOPTIONS="-c client_min_messages=warning" PGPASSWORD="$(sed 's/.*Password=\([^;]*\).*/\1/' <<<"$LADDER_TEST_POSTGRES")" psql -h 127.0.0.1 -p "${LADDER_PG_PORT:-55432}" -U ladder_test -d ladder_test -qc "DROP SCHEMA \"$schema\" CASCADE" >/dev/null
unset Ladder__Applications__ConnectionString

echo
printf '%-12s %14s %10s %10s %14s\n' backend "submissions/s" p99 non-2xx "rows (+warm-up)"
printf '%-12s %14s %10s %10s %14s\n' SQLite "${rps[sqlite]}" "${p99[sqlite]}" "${non2xx[sqlite]}" "$sqlite_rows"
printf '%-12s %14s %10s %10s %14s\n' PostgreSQL "${rps[postgres]}" "${p99[postgres]}" "${non2xx[postgres]}" "$pg_rows"
awk -v s="${rps[sqlite]}" -v p="${rps[postgres]}" 'BEGIN { if (s > 0) printf "PostgreSQL / SQLite throughput: %.2fx\n", p / s }'
