#!/usr/bin/env bash
# wrk against `ladder serve` for one guide page vs nginx serving the same page from the static export.
# The two servers take turns for ROUNDS rounds, so drift in this VM's speed hits both alike; prints every round,
# the medians of requests/s and p99 latency, their ratios, and ladder serve's peak memory under the load.
# Usage: bench/web/serve-vs-nginx.sh [seconds-per-turn] [connections] [rounds]
source "$(dirname "$0")/common.sh"
DURATION="${1:-8}"
CONNECTIONS="${2:-64}"
ROUNDS="${3:-5}"
THREADS=2
SLUG=machine-learning-engineer
need wrk wrk
need nginx nginx
need_time
descendant() { # descendant <pid> <text in command line> -> pid
  local pid
  for pid in $(ps -o pid= --ppid "$1"); do
    if ps -o args= -p "$pid" | grep -q -- "$2" && ! ps -o args= -p "$pid" | grep -q '^/usr/bin/time'; then echo "$pid"; return; fi
    descendant "$pid" "$2" && return
  done
  return 1
}

build_ladder

SITE="$WORK/site"
"${LADDER[@]}" --db "$DB" build "$SITE" >/dev/null

LADDER_PORT=18531
NGINX_PORT=18532
/usr/bin/time -v -o "$WORK/serve.time" "${LADDER[@]}" --db "$DB" serve --urls "http://127.0.0.1:$LADDER_PORT" >"$WORK/serve.log" 2>&1 &
TIME_PID=$!
PIDS+=("$TIME_PID")

mkdir -p "$WORK/nginx"
cat >"$WORK/nginx/nginx.conf" <<CONF
worker_processes auto;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
daemon off;
events { worker_connections 1024; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $SITE;
    index index.html;
  }
}
CONF
nginx -c "$WORK/nginx/nginx.conf" -p "$WORK/nginx" &
PIDS+=("$!")

for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$LADDER_PORT/healthz" >/dev/null 2>&1 && curl -fs "http://127.0.0.1:$NGINX_PORT/" >/dev/null 2>&1 && break
  sleep 0.2
done
# The ladder process is a descendant of the /usr/bin/time we started: remember it so cleanup can stop it too.
CHILD=$(descendant "$TIME_PID" ladder.dll) || { echo "ladder serve did not start; its log:" >&2; cat "$WORK/serve.log" >&2; exit 1; }
PIDS+=("$CHILD")
LADDER_URL="http://127.0.0.1:$LADDER_PORT/careers/$SLUG"
NGINX_URL="http://127.0.0.1:$NGINX_PORT/careers/$SLUG/"
LADDER_BYTES=$(curl -fs "$LADDER_URL" | wc -c)
NGINX_BYTES=$(curl -fs "$NGINX_URL" | wc -c)

run_wrk() { # run_wrk <url> -> "rps p99ms"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"${DURATION}s" --latency "$1" | awk '
    /Requests\/sec/ { rps = $2 }
    /^ +99%/ { v = $2; if (v ~ /us$/) { sub(/us/, "", v); v = v / 1000 } else if (v ~ /ms$/) { sub(/ms/, "", v) } else if (v ~ /s$/) { sub(/s/, "", v); v = v * 1000 } p99 = v }
    END { printf "%.0f %.2f\n", rps, p99 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# Warm-up (JIT tiering, page cache), then the turns.
wrk -t"$THREADS" -c"$CONNECTIONS" -d3s "$NGINX_URL" >/dev/null 2>&1
wrk -t"$THREADS" -c"$CONNECTIONS" -d5s "$LADDER_URL" >/dev/null 2>&1
: >"$WORK/rounds"
for round in $(seq 1 "$ROUNDS"); do
  read -r n_rps n_p99 < <(run_wrk "$NGINX_URL")
  read -r l_rps l_p99 < <(run_wrk "$LADDER_URL")
  echo "$round $n_rps $n_p99 $l_rps $l_p99" >>"$WORK/rounds"
done
NGINX_RPS=$(awk '{ print $2 }' "$WORK/rounds" | median)
NGINX_P99=$(awk '{ print $3 }' "$WORK/rounds" | median)
LADDER_RPS=$(awk '{ print $4 }' "$WORK/rounds" | median)
LADDER_P99=$(awk '{ print $5 }' "$WORK/rounds" | median)

# Stop ladder gently (SIGTERM: background jobs ignore SIGINT) so /usr/bin/time reports its peak memory.
kill -TERM "$CHILD"
wait "$TIME_PID" 2>/dev/null || true
SERVE_MB=$(peak_mb "$WORK/serve.time")

echo "Guide page /careers/$SLUG: ladder ${LADDER_BYTES} bytes, nginx (static export) ${NGINX_BYTES} bytes; wrk ${THREADS} threads, ${CONNECTIONS} connections, ${ROUNDS} rounds of ${DURATION}s each, $(nproc) cores"
printf "%-6s %14s %10s %14s %10s %8s\n" "round" "nginx req/s" "p99 ms" "ladder req/s" "p99 ms" "ratio"
awk '{ printf "%-6s %14s %10s %14s %10s %8.2f\n", $1, $2, $3, $4, $5, $4 / $2 }' "$WORK/rounds"
printf "%-6s %14s %10s %14s %10s\n" "median" "$NGINX_RPS" "$NGINX_P99" "$LADDER_RPS" "$LADDER_P99"
echo "ratio requests/s ladder/nginx (medians): $(ratio "$LADDER_RPS" "$NGINX_RPS")  (target >= 0.8)"
echo "ratio p99 ladder/nginx (medians):        $(ratio "$LADDER_P99" "$NGINX_P99")  (target <= 2)"
echo "ladder serve peak memory under load: ${SERVE_MB} MB  (target < 300)"
