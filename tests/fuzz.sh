#!/usr/bin/env bash
# The long fuzz run: every fuzz target (tests in the "Fuzz" category) with a million inputs each, or
# SKILLCERT_FUZZ_INPUTS if set. The normal test suite runs the same targets with a short budget.
# A failure prints the input and the CsCheck seed; keep it as a regression test before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."
export SKILLCERT_FUZZ_INPUTS="${SKILLCERT_FUZZ_INPUTS:-1000000}"
echo "fuzzing with $SKILLCERT_FUZZ_INPUTS inputs per target"
dotnet test SkillCert.sln -c Release --filter "Category=Fuzz" --logger "console;verbosity=normal"
