#!/usr/bin/env bash
# BenchmarkDotNet: the level-pay comparison of one transition, read alone vs from two composed guides (the baseline,
# how transitions did it before), and one whole transition analysis. Ratios are against the baseline, same run.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release bench/Ladder.Benchmarks/Ladder.Benchmarks.csproj -nologo -v q
taskset -c 0 dotnet artifacts/bin/Ladder.Benchmarks/release/Ladder.Benchmarks.dll \
  --filter '*TransitionBenchmarks*' --job short --exporters markdown "$@"
cat BenchmarkDotNet.Artifacts/results/*TransitionBenchmarks*-report-github.md
