#!/usr/bin/env bash
# Scores TitleIndex against an SQLite FTS5/BM25 baseline on the held-out O*NET reported titles and on
# messy-titles.tsv; dev sets given as arguments (h1b-dev.tsv, census-dev.tsv) are scored on their report-only
# part and, cross-validated, on their tuning part (docs/title-search.md). --sweep compares Sweeps.cs weightings.
set -euo pipefail
# File arguments are resolved from the caller's directory, before moving to this one.
args=()
for a in "$@"; do
  if [ -f "$a" ]; then args+=("$(realpath "$a")"); else args+=("$a"); fi
done
cd "$(dirname "$0")"
dotnet build -c Release TitleEval.csproj -nologo -v quiet -clp:ErrorsOnly
exe=$(find ../../artifacts/bin/TitleEval/release -name 'title-eval.dll' | head -n1)
dotnet "$exe" "${args[@]}"
