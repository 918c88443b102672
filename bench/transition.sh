#!/usr/bin/env bash
# BenchmarkDotNet: the level-pay comparison of one transition, read alone vs from two composed guides (the baseline,
# how transitions did it before), and one whole transition analysis. Ratios are against the baseline, same run.
exec "$(dirname "$0")/bdn.sh" TransitionBenchmarks "$@"
