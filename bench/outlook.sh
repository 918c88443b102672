#!/usr/bin/env bash
# BenchmarkDotNet: reading the Employment Projections workbook and the CIP crosswalk, against reading the OEWS
# table every import already reads (the baseline, same run).
exec "$(dirname "$0")/bdn.sh" OutlookImportBenchmarks "$@"
