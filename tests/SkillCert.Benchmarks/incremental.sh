#!/usr/bin/env bash
# Times `skillcert build` after one edit against a cold build of the same catalogue, each as a whole process, as an
# administrator runs it: the incremental goal of issue 16 is at most 0.05x the cold build, or 300 ms, whichever is larger.
#
#   tests/SkillCert.Benchmarks/incremental.sh [RUNS]        (default 5 runs of each)
#
# Generates 10,000 institutions with ../shared/bench/gen_content.py into a RAM disk (/dev/shm when there is one, so that
# the disk is not what is measured), publishes skillcert (as docs/deploying.md does: one native executable), then alternates, RUNS times: a cold
# build (--no-cache, every file rendered again over the published site), an edit of one institution's address (shown
# on its own page and in the catalogue's data files, on no list) and a build, an edit of its name (shown on every list
# that holds it, and in the search index) and a build, and a build with no change. Prints each run, the medians of
# wall and CPU time (user + system: on a shared machine the CPU time says more), and each median's ratio to the cold
# build's against the goal.
# Environment: BENCH_DIR (work folder, default /dev/shm/skillcert-incremental-bench), INSTITUTIONS (default 10000),
# SKILLCERT (an existing native skillcert or a skillcert.dll to time instead of publishing this checkout's, to compare two versions),
# SKILLCERT_PUBLISHED (a folder with a skillcert published before, as the other scripts take it), SKILLCERT_SHARED (the
# shared folder with bench/gen_content.py, default ../shared).
set -euo pipefail
runs=${1:-5}
repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$repo/tests/SkillCert.Benchmarks/bench-setup.sh"
ram=/dev/shm; [ -d "$ram" ] || ram=/tmp
work=${BENCH_DIR:-$ram/skillcert-incremental-bench}
institutions=${INSTITUTIONS:-10000}
as_of=2025-06-01

need_gnu_time
mkdir -p "$work"
generate "$work/data" "$institutions" 0
dll=${SKILLCERT:-}
[ -n "$dll" ] || dll="$(skillcert_published "$work")/skillcert"
read -ra run <<<"$(skillcert_at "$dll")"
build=("${run[@]}" build --lang en --content "$work/data/content" --templates "$repo/site-templates" --out "$work/site" --as-of "$as_of")

# One timed run: appends "wall user system" to the named list, and prints the load stage's and render stage's lines.
timed() {
  local list=$1; shift
  /usr/bin/time -f "%e %U %S" -o "$work/time.txt" "$@" >"$work/last.log" 2>"$work/last.err" || { cat "$work/last.log" "$work/last.err"; exit 1; }
  cat "$work/time.txt" >>"$work/$list"
  printf '  %-12s %s s  (%s)\n' "$list" "$(cut -d' ' -f1 "$work/time.txt")" "$(grep -E '^(render|write):' "$work/last.log" | tr '\n' ' ')"
}

edited="$work/data/content/institutions/000123.yml"
cp "$edited" "$work/edited.orig"
trap 'cp "$work/edited.orig" "$edited"' EXIT
rm -f "$work"/cold.txt "$work"/address.txt "$work"/name.txt "$work"/unchanged.txt
# The first build publishes the site and its caches; every run below starts from a published site.
"${build[@]}" >/dev/null 2>&1
for i in $(seq "$runs"); do
  echo "run $i"
  timed cold.txt "${build[@]}" --no-cache
  sed -i "s/^address: \"/address: \"改$i/" "$edited"
  timed address.txt "${build[@]}"
  sed -i "s/^name: \"/name: \"改$i/" "$edited"
  timed name.txt "${build[@]}"
  timed unchanged.txt "${build[@]}"
done

python3 - "$work" <<'PY'
import statistics, sys
work = sys.argv[1]
def load(name):
    rows = [line.split() for line in open(f"{work}/{name}.txt") if line.strip()]
    return [float(r[0]) for r in rows], [float(r[1]) + float(r[2]) for r in rows]
cold_wall, cold_cpu = load("cold")
cw, cc = statistics.median(cold_wall), statistics.median(cold_cpu)
goal = max(0.05 * cw, 0.3)
print(f"cold (--no-cache):   median {cw:6.2f} s wall, {cc:6.2f} s CPU   runs {cold_wall}")
for name, what in (("address", "one address edited"), ("name", "one name edited"), ("unchanged", "no change")):
    wall, cpu = load(name)
    w, c = statistics.median(wall), statistics.median(cpu)
    print(f"{what + ':':20} median {w:6.2f} s wall, {c:6.2f} s CPU   runs {wall}"
          f"   incremental/cold = {w / cw:.3f} wall, {c / cc:.3f} CPU  (goal <= {goal:.2f} s wall: {'met' if w <= goal else 'not met'})")
PY
