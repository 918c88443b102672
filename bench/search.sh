#!/usr/bin/env bash
# Title search figures: BenchmarkDotNet (short job) for build, single query and the 100k batch with allocations,
# then a direct measurement of p50/p99 latency, batch throughput and index memory against the issue 4 targets.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build -c Release bench/Ladder.Benchmarks/Ladder.Benchmarks.csproj -nologo -v quiet -clp:ErrorsOnly
dll=artifacts/bin/Ladder.Benchmarks/release/Ladder.Benchmarks.dll
if [ "${1:-}" != "--figures-only" ]; then
  dotnet "$dll" --filter '*SearchBenchmarks*' --job short --artifacts artifacts/benchmarks "$@"
fi
dotnet "$dll" search-figures
