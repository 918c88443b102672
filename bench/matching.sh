#!/usr/bin/env bash
# BenchmarkDotNet figures for matching: SkillSpace build (< 1 s), all pairs over every role (< 1 s, one core),
# one gap query with extraction from a ~2-page résumé (< 5 ms).
exec "$(dirname "$0")/bdn.sh" MatchingBenchmarks "$@"
