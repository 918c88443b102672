#!/usr/bin/env bash
# Runs one BenchmarkDotNet class on one core (short job) and prints its Markdown report.
# Usage: bench/bdn.sh <ClassName> [BenchmarkDotNet options]
set -euo pipefail
cd "$(dirname "$0")/.."
class="$1"; shift
dotnet build -c Release bench/Ladder.Benchmarks/Ladder.Benchmarks.csproj -nologo -v q
taskset -c 0 dotnet artifacts/bin/Ladder.Benchmarks/release/Ladder.Benchmarks.dll \
  --filter "*${class}*" --job short --exporters markdown "$@"
cat BenchmarkDotNet.Artifacts/results/*"${class}"*-report-github.md
