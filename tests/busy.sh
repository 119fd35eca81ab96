#!/usr/bin/env bash
# The browser suite on a busy machine: runs tests/SkillCert.Tests.Browser RUNS times (default 3) while Debian's
# stress-ng keeps one core busy, and prints each run's counts and wall time. A test that waits on time instead of on a
# condition shows up here as a failure that a quiet run hides. Not part of ./test.sh, which must not depend on how
# busy the machine is; run it by hand after changing how a test waits:
#
#   tests/busy.sh                 (three runs; about 5 to 15 minutes each on the 2-core build machine)
#   RUNS=1 FILTER=NewcomerJourney tests/busy.sh
#
# Exits 1 when any run has a failure. Each run has its own TMPDIR, checked for leftovers like ./test.sh does.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
source "$repo/tests/SkillCert.Benchmarks/bench-setup.sh"
need stress-ng stress-ng
[ -x /usr/bin/chromium ] || { echo "busy.sh: /usr/bin/chromium is missing; run ./test.sh once, which installs it" >&2; exit 2; }
runs=${RUNS:-3}
filter=${FILTER:+--filter "FullyQualifiedName~$FILTER"}

cd "$repo"
[ -d tests/SkillCert.Tests.Browser/node_modules ] || npm ci --prefix tests/SkillCert.Tests.Browser --ignore-scripts --no-audit --no-fund >/dev/null
dotnet build tests/SkillCert.Tests.Browser -nologo -v q >/dev/null

stress-ng --cpu 1 --quiet &
stress=$!
work=$(mktemp -d "${TMPDIR:-/tmp}/skillcert-busy-XXXXXX")
trap 'kill "$stress" 2>/dev/null || true; rm -rf "$work"' EXIT

failed=0
for run in $(seq 1 "$runs"); do
  mkdir -p "$work/$run/tmp"
  start=$(date +%s)
  # shellcheck disable=SC2086 # the filter is two words when given
  TMPDIR="$work/$run/tmp" dotnet test tests/SkillCert.Tests.Browser --no-build -nologo $filter \
    --logger "trx;LogFileName=run.trx" --results-directory "$work/$run" >"$work/$run/log" 2>&1 || true
  seconds=$(( $(date +%s) - start ))
  counts=$(python3 - "$work/$run/run.trx" <<'EOF'
import sys, xml.etree.ElementTree as ET
try:
    c = ET.parse(sys.argv[1]).getroot().find('.//{*}Counters').attrib
    print(c['passed'], c['failed'], int(c['total']) - int(c['executed']))
except Exception:
    print('0 1 0')
EOF
)
  read -r passed failures skipped <<<"$counts"
  left=$(find "$work/$run/tmp" -mindepth 1 -maxdepth 1 \( -name 'skillcert-*' -o -name 'playwright*' \) | wc -l)
  echo "run $run: $passed passed, $failures failed, $skipped skipped, $left left in TMPDIR, ${seconds} s"
  if [ "$failures" != 0 ] || [ "$left" != 0 ]; then
    failed=1
    grep -E '^\s+Failed ' "$work/$run/log" | sed 's/^/  /' || true
  fi
done
exit $failed
