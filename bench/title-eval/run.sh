#!/usr/bin/env bash
# Scores TitleIndex against an SQLite FTS5/BM25 baseline on the held-out O*NET reported titles and on
# messy-titles.tsv (or the title<TAB>soc files given as arguments), and prints accuracies and ratios.
set -euo pipefail
cd "$(dirname "$0")"
dotnet build -c Release TitleEval.csproj -nologo -v quiet -clp:ErrorsOnly
exe=$(find ../../artifacts/bin/TitleEval/release -name 'title-eval.dll' | head -n1)
args=()
for a in "$@"; do
  if [ -f "$a" ]; then args+=("$(realpath "$a")"); else args+=("$a"); fi
done
dotnet "$exe" "${args[@]}"
