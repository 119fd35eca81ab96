#!/usr/bin/env bash
# Times `skillcert build` against Hugo on the same synthetic catalogue, alternating the two so that both see
# the same machine, then times incremental rebuilds after editing one institution.
#
#   tests/SkillCert.Benchmarks/site-vs-hugo.sh [RUNS]        (default 5 runs of each)
#
# Goals: a cold build (--no-cache) takes at most 0.25x Hugo's wall time; an incremental rebuild after
# editing one institution at most 0.05x the cold build. Prints medians, ratios and peak memory. The cold runs
# republish over the existing site (Hugo over its existing public/), as an administrator does; one first build
# of each into an empty folder is timed separately, since creating 20,000 files from nothing is a cost of the
# file system more than of either generator.
# Environment: BENCH_DIR (work folder, default /tmp/skillcert-site-bench), INSTITUTIONS (default 10000),
# SKILLCERT_SHARED (the shared folder with bench/gen_content.py and bench/hugo_peer.py, default ../shared).
set -euo pipefail
runs=${1:-5}
repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$repo/tests/SkillCert.Benchmarks/bench-setup.sh"
work=${BENCH_DIR:-/tmp/skillcert-site-bench}
institutions=${INSTITUTIONS:-10000}
as_of=2025-06-01

need hugo hugo
need_gnu_time

mkdir -p "$work"
generate "$work/data" "$institutions" 0
python3 "$shared/bench/hugo_peer.py" --content "$work/data/content" --out "$work/hugo"

publish_skillcert "$work/skillcert"
skillcert=("dotnet" "$work/skillcert/skillcert.dll" build --lang en --content "$work/data/content" --templates "$repo/site-templates"
  --out "$work/site" --as-of "$as_of")

# One timed run: appends "seconds peak-kilobytes" to the named list.
timed() {
  local list=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }
  cat "$work/time.txt" >>"$work/$list"
}

rm -f "$work"/cold.txt "$work"/hugo.txt "$work"/incremental.txt "$work"/first.txt "$work"/hugo-first.txt
# First builds into empty folders, once each: every file and folder is created from nothing.
rm -rf "$work/site" "$work/.skillcert" "$work/hugo/public"
timed first.txt "${skillcert[@]}" --no-cache
timed hugo-first.txt hugo --source "$work/hugo" --destination "$work/hugo/public" --quiet
echo "first build into an empty folder: skillcert $(cut -d' ' -f1 "$work/first.txt") s, hugo $(cut -d' ' -f1 "$work/hugo-first.txt") s"
# Cold builds as an administrator republishes: every page rendered again (--no-cache), over the published site,
# as Hugo renders every page again over its public/ folder.
for i in $(seq "$runs"); do
  timed cold.txt "${skillcert[@]}" --no-cache
  timed hugo.txt hugo --source "$work/hugo" --destination "$work/hugo/public" --quiet
  echo "run $i: skillcert $(tail -n1 "$work/cold.txt" | cut -d' ' -f1) s, hugo $(tail -n1 "$work/hugo.txt" | cut -d' ' -f1) s"
done

edited="$work/data/content/institutions/000123.yml"
cp "$edited" "$work/edited.orig"
trap 'cp "$work/edited.orig" "$edited"' EXIT
for i in $(seq "$runs"); do
  sed -i "s/^name: \"/name: \"改$i/" "$edited"
  timed incremental.txt "${skillcert[@]}"
  echo "incremental $i: $(tail -n1 "$work/incremental.txt" | cut -d' ' -f1) s, $(grep '^render:' "$work/last.log")"
done

python3 - "$work" <<'PY'
import statistics, sys
work = sys.argv[1]
def load(name):
    rows = [line.split() for line in open(f"{work}/{name}") if line.strip()]
    return [float(r[0]) for r in rows], max(int(r[1]) for r in rows)
cold, cold_kb = load("cold.txt")
hugo, hugo_kb = load("hugo.txt")
inc, inc_kb = load("incremental.txt")
c, h, i = (statistics.median(x) for x in (cold, hugo, inc))
print(f"skillcert cold (--no-cache): median {c:6.2f} s  runs {cold}  peak {cold_kb / 1024:.0f} MiB")
print(f"hugo:                        median {h:6.2f} s  runs {hugo}  peak {hugo_kb / 1024:.0f} MiB")
print(f"skillcert incremental:       median {i:6.2f} s  runs {inc}  peak {inc_kb / 1024:.0f} MiB")
print(f"cold / hugo        = {c / h:.3f}  (goal <= 0.25: {'met' if c / h <= 0.25 else 'not met'})")
print(f"incremental / cold = {i / c:.3f}  (goal <= 0.05: {'met' if i / c <= 0.05 else 'not met'})")
PY
