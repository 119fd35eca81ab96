#!/usr/bin/env bash
# The long flood: the verification service in its own process, its managed heap capped at 64 MB
# (DOTNET_GCHeapHardLimit=0x4000000), takes 200,000 distinct client addresses through a trusted proxy's
# X-Forwarded-For and 1,000,000 distinct wrong names (name checks and lookups, half each). It must stay up, answer
# every request without a 5xx, and keep its peak resident memory under 200 MB. ./test.sh runs the same test,
# Faults/FloodTests, at a tenth of the volume; SKILLCERT_FLOOD_SCALE sets the multiple (default here 10).
set -euo pipefail
cd "$(dirname "$0")/.."
export SKILLCERT_FLOOD_SCALE="${SKILLCERT_FLOOD_SCALE:-10}"
echo "flooding with $((SKILLCERT_FLOOD_SCALE * 20000)) addresses and $((SKILLCERT_FLOOD_SCALE * 100000)) wrong names"
dotnet test tests/SkillCert.Tests.Integration -c Release --filter "FullyQualifiedName~Faults.FloodTests" --logger "console;verbosity=detailed"
