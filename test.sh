#!/usr/bin/env bash
# Runs every test of SkillCert, after installing what the tests need on a fresh machine.
# Ends with one plain line, "N passed, N failed, N skipped", summed over every test project.
set -uo pipefail
cd "$(dirname "$0")"

results=TestResults
rm -rf "$results"

dotnet test SkillCert.sln --logger trx --results-directory "$results" "$@"
status=$?

passed=0 failed=0 skipped=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or the runner failed before any test could report; count that as one failure.
  failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
