#!/usr/bin/env bash
# Times `skillcert export` against the sqlite3 shell importing the same roster CSV files into one table with no
# checks (the floor), alternating the two so that both see the same machine.
#
#   tests/SkillCert.Benchmarks/export-vs-sqlite.sh [RUNS]        (default 5 runs of each)
#
# Goals: at least 250,000 rows/s end to end, at most 2x the floor's wall time, peak memory at most 500 MB.
# Prints every run, the medians, rows/s, the ratio and the peak resident memory (GNU time -v).
# Environment: BENCH_DIR (work folder, default /tmp/skillcert-export-bench), INSTITUTIONS (default 2000),
# CERTIFICATES (default 1000000), SKILLCERT_SHARED (the folder with bench/gen_content.py, default ../shared).
set -euo pipefail
runs=${1:-5}
root=$(cd "$(dirname "$0")/../.." && pwd)
shared=${SKILLCERT_SHARED:-$root/../shared}
work=${BENCH_DIR:-/tmp/skillcert-export-bench}
institutions=${INSTITUTIONS:-2000}
certificates=${CERTIFICATES:-1000000}

need() { command -v "$1" >/dev/null 2>&1 || { echo "installing $2"; apt-get install -y -qq "$2" >/dev/null; }; }
need sqlite3 sqlite3
[ -x /usr/bin/time ] || { echo "installing time"; apt-get install -y -qq time >/dev/null; }

mkdir -p "$work"
stamp="$work/data/.generated-$institutions-$certificates"
if [ ! -f "$stamp" ]; then
  rm -rf "$work/data"
  echo "generating $institutions institutions and $certificates certificates"
  python3 "$shared/bench/gen_content.py" --institutions "$institutions" --certificates "$certificates" --out "$work/data" >/dev/null
  touch "$stamp"
fi

echo "publishing skillcert (Release, ReadyToRun)"
dotnet publish "$root/generator" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
  -o "$work/skillcert" -nologo -v q >/dev/null

dotnet run -c Release --project "$root/tests/SkillCert.Benchmarks" -- export \
  --data "$work/data" --skillcert "$work/skillcert/skillcert.dll" --runs "$runs" --work "$work/runs"
