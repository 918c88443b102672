#!/usr/bin/env bash
# The whole test suite. Installs what the tests need (Debian's chromium and PostgreSQL) when missing,
# starts a throwaway PostgreSQL cluster, then runs the test projects one after the other (-m:1), so the
# browser tests are not starved of CPU by another project's load tests.
set -euo pipefail
cd "$(dirname "$0")"

# Each script under tools/deps installs and starts one thing the tests need (and exports its settings).
for dep in tools/deps/*.sh; do
  [ -e "$dep" ] || continue
  # shellcheck source=/dev/null
  source "$dep"
done

log=$(mktemp)
set +e
dotnet test Ladder.slnx -c Release -m:1 --logger "console;verbosity=normal" --results-directory artifacts/test-results "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
set -e
# One closing line for the whole suite, summed over the test projects' "Passed: N" summaries.
passed=$(grep -E '^ +Passed: +[0-9]+$' "$log" | awk '{s+=$2} END {print s+0}' || true)
failed=$(grep -E '^ +Failed: +[0-9]+$' "$log" | awk '{s+=$2} END {print s+0}' || true)
skipped=$(grep -E '^ +Skipped: +[0-9]+$' "$log" | awk '{s+=$2} END {print s+0}' || true)
rm -f "$log"
echo "${passed} passed, ${failed} failed, ${skipped} skipped"
exit "$status"
