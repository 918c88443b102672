#!/usr/bin/env bash
# BenchmarkDotNet: one list of moves (ten out, ten in, each analysed) as every surface builds it, beside the baseline
# of ranking by the similarity score alone, same run. The issue's limit: one list under 50 ms.
exec "$(dirname "$0")/bdn.sh" MoveListBenchmarks "$@"
