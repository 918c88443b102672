#!/usr/bin/env bash
# Content audit: reads every guide and every role's transitions through the JSON API a user gets (a real
# `ladder serve`), and prints counts per defect class plus a sample of the worst sentences.
# Usage: bench/content-audit/run.sh [--db PATH] [--port N] [--sample N]
# The catalog defaults to .tmp/content-audit.db (imported from the shipped data when missing).
set -euo pipefail
cd "$(dirname "$0")/../.."
db=.tmp/content-audit.db; port=56543; extra=()
while [[ $# -gt 0 ]]; do
  case "$1" in
    --db) db="$2"; shift 2 ;;
    --port) port="$2"; shift 2 ;;
    *) extra+=("$1"); shift ;;
  esac
done
mkdir -p "$(dirname "$db")"
dotnet build -c Release src/Ladder/Ladder.csproj -nologo -v q >/dev/null
dotnet build -c Release bench/content-audit/ContentAudit.csproj -nologo -v q >/dev/null
ladder=(dotnet artifacts/bin/Ladder/release/ladder.dll)
[[ -f "$db" ]] || "${ladder[@]}" import --db "$db" >/dev/null
"${ladder[@]}" serve --db "$db" --urls "http://127.0.0.1:$port" >/dev/null 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
  sleep 0.5
done
# The Handbook text (not shipped with the product) says which occupations are dangerous, independently of content/hazards.
# It lives outside the repository, so the caller names it: the BLS Handbook pages as JSON lines (ooh_pages.jsonl).
ooh="${LADDER_OOH_PAGES:?set LADDER_OOH_PAGES to the Handbook pages file ooh_pages.jsonl (one page a line, with work_environment)}"
dotnet artifacts/bin/ContentAudit/release/content-audit.dll --url "http://127.0.0.1:$port" --ooh "$ooh" --families content/families --onet data/onet "${extra[@]}"
