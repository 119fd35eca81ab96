#!/usr/bin/env bash
# Times `skillcert serve` from a saved one-field edit to the changed page showing in the browser, on a synthetic
# catalogue: the institution's page is open in Chromium, its file's address line is rewritten in place, and the time runs
# from the end of the write to the reloaded page's DOMContentLoaded.
#
#   tests/SkillCert.Benchmarks/serve-edit.sh [RUNS]        (default 10 edits)
#
# Goal: at most 100 ms (median) at 10,000 institutions. Prints every run, the median, and how long the preview itself
# took to make the edited page. The content is written to /dev/shm, so that the disk is not what is measured.
# Environment: BENCH_DIR (work folder, default /dev/shm/skillcert-serve-bench), INSTITUTIONS (default 10000),
# SKILLCERT_SHARED (the folder with bench/gen_content.py, default ../shared), SKILLCERT_PUBLISHED (a folder with a
# skillcert published before, to time instead of publishing this checkout).
set -euo pipefail
runs=${1:-10}
repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$repo/tests/SkillCert.Benchmarks/bench-setup.sh"
work=${BENCH_DIR:-/dev/shm/skillcert-serve-bench}
institutions=${INSTITUTIONS:-10000}

mkdir -p "$work"
generate "$work/data" "$institutions" 0
bin=$(skillcert_published "$work")
echo "building the benchmark runner (Release)"
dotnet build "$repo/tests/SkillCert.Benchmarks" -c Release -nologo -v q >/dev/null
dotnet "$repo/tests/SkillCert.Benchmarks/bin/Release/net10.0/SkillCert.Benchmarks.dll" serve --skillcert "$bin/skillcert" \
  --content "$work/data/content" --templates "$repo/site-templates" --runs "$runs"
