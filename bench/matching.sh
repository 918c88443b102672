#!/usr/bin/env bash
# BenchmarkDotNet figures for matching: SkillSpace build (< 1 s), all pairs over every role (< 1 s, one core),
# one gap query with extraction from a ~2-page résumé (< 5 ms).
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release bench/Ladder.Benchmarks/Ladder.Benchmarks.csproj -nologo -v q
# One core, as the targets are stated.
taskset -c 0 dotnet artifacts/bin/Ladder.Benchmarks/release/Ladder.Benchmarks.dll \
  --filter '*MatchingBenchmarks*' --job short --exporters markdown "$@"
cat BenchmarkDotNet.Artifacts/results/*MatchingBenchmarks*-report-github.md
