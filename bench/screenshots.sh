#!/usr/bin/env bash
# Full-page screenshots of every page type at 390 and 1280 px, taken with Debian's chromium, into
# artifacts/screenshots/ (gitignored). Serves the product itself: a Release build of ladder on its own catalog
# and applications database in a temporary folder, on its own port, stopped on exit.
# Usage: bench/screenshots.sh [port]   (default port 56492)
set -euo pipefail
REPO="$(cd "$(dirname "$0")/.." && pwd)"
PORT="${1:-56492}"
OUT="$REPO/artifacts/screenshots"
WORK="$(mktemp -d /tmp/ladder-screenshots.XXXXXX)"
SERVER=""
cleanup() {
  [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT

# shellcheck source=/dev/null
source "$REPO/tools/deps/chromium.sh"
cd "$REPO"
dotnet build -c Release src/Ladder/Ladder.csproj -v quiet -nologo >/dev/null
dotnet build -c Release bench/screenshots/Screenshots.csproj -v quiet -nologo >/dev/null
LADDER=(dotnet "$REPO/artifacts/bin/Ladder/release/ladder.dll")

"${LADDER[@]}" --db "$WORK/ladder.db" import >/dev/null
"${LADDER[@]}" --db "$WORK/ladder.db" serve --urls "http://127.0.0.1:$PORT" --applications-db "$WORK/applications.db" >"$WORK/serve.log" 2>&1 &
SERVER=$!
for _ in $(seq 1 120); do
  curl -fsS "http://127.0.0.1:$PORT/healthz" >/dev/null 2>&1 && break
  kill -0 "$SERVER" 2>/dev/null || { cat "$WORK/serve.log" >&2; exit 1; }
  sleep 0.5
done

mkdir -p "$OUT"
dotnet "$REPO/artifacts/bin/Screenshots/release/screenshots.dll" "http://127.0.0.1:$PORT" "$OUT"
