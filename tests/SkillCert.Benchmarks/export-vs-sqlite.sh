#!/usr/bin/env bash
# Times `skillcert export` against the sqlite3 shell importing the same roster CSV files into one table with no
# checks (the floor), alternating the two so that both see the same machine.
#
#   tests/SkillCert.Benchmarks/export-vs-sqlite.sh [RUNS]        (default 5 runs of each)
#
# Goals: at least 250,000 rows/s end to end, at most the floor's wall time (1.0x), peak memory at most 500 MB.
# Prints every run with its CPU time and the load average, the medians, rows/s, the ratio and the peak resident
# memory (GNU time -v). On a shared machine put BENCH_DIR under /dev/shm and read the ratio and the CPU times.
# Beside them, for comparison only, the same import with the three indexes the export's file has for the service's
# lookups built after it: the floor of a file that can answer a lookup.
# Environment: BENCH_DIR (work folder, default /tmp/skillcert-export-bench), INSTITUTIONS (default 2000),
# CERTIFICATES (default 1000000), SKILLCERT_SHARED (the folder with bench/gen_content.py, default ../shared),
# SKILLCERT_PUBLISHED (a folder with a skillcert published before, to time instead of publishing this checkout).
set -euo pipefail
runs=${1:-5}
repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$repo/tests/SkillCert.Benchmarks/bench-setup.sh"
work=${BENCH_DIR:-/tmp/skillcert-export-bench}
institutions=${INSTITUTIONS:-2000}
certificates=${CERTIFICATES:-1000000}

need sqlite3 sqlite3
need_gnu_time

mkdir -p "$work"
generate "$work/data" "$institutions" "$certificates"

bin=$(skillcert_published "$work")

dotnet run -c Release --project "$repo/tests/SkillCert.Benchmarks" -- export \
  --data "$work/data" --skillcert "$bin/skillcert" --runs "$runs" --work "$work/runs"
