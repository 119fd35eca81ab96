#!/usr/bin/env bash
# Times `skillcert build` against Hugo on the same synthetic catalogue, alternating the two so that both see
# the same machine, then times incremental rebuilds after editing one institution.
#
#   tests/SkillCert.Benchmarks/site-vs-hugo.sh [RUNS]        (default 5 runs of each)
#
# Goals: a cold build (--no-cache) takes at most 0.5x Hugo's wall time with no more peak memory than Hugo; an
# incremental rebuild after editing one institution at most 0.05x the cold build. Prints medians, CPU time
# (user+sys), ratios and peak memory. The cold build is timed with everything a publish writes, and again without
# its compressed twins (.gz), which Hugo's peer does not write: that figure is the same run less the time its
# compress stage reports. The cold runs republish over the existing site (Hugo over its existing public/), as an
# administrator does; one first build of each into an empty folder is timed separately, since creating 20,000 files
# from nothing is a cost of the file system more than of either generator. The work folder is on tmpfs, so that
# the disk is not what is measured.
# Environment: BENCH_DIR (work folder, default /dev/shm/skillcert-site-bench), INSTITUTIONS (default 10000),
# SKILLCERT_SHARED (the shared folder with bench/gen_content.py and bench/hugo_peer.py, default ../shared),
# SKILLCERT_PUBLISHED (a folder with an already published native skillcert, such as an earlier commit's, to time instead of
# publishing this working copy; for before-and-after figures in one sitting).
set -euo pipefail
runs=${1:-5}
repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$repo/tests/SkillCert.Benchmarks/bench-setup.sh"
work=${BENCH_DIR:-/dev/shm/skillcert-site-bench}
institutions=${INSTITUTIONS:-10000}
as_of=2025-06-01

need hugo hugo
need_gnu_time

mkdir -p "$work"
generate "$work/data" "$institutions" 0
python3 "$shared/bench/hugo_peer.py" --content "$work/data/content" --out "$work/hugo"

bin=$(skillcert_published "$work")
skillcert=("$bin/skillcert" build --lang en --content "$work/data/content" --templates "$repo/site-templates"
  --out "$work/site" --as-of "$as_of")

# One timed run: appends "seconds peak-kilobytes cpu-seconds compress-seconds" to the named list; the last is the time
# skillcert's compress stage reports (0 for Hugo).
timed() {
  local list=$1; shift
  /usr/bin/time -f "%e %M %U %S" -o "$work/time.txt" "$@" >"$work/last.log" 2>&1 || { cat "$work/last.log"; exit 1; }
  local compress
  compress=$(sed -n 's/^compress: .*(\([0-9]*\) ms)$/\1/p' "$work/last.log")
  awk -v c="${compress:-0}" '{ printf "%s %s %.2f %.3f\n", $1, $2, $3 + $4, c / 1000 }' "$work/time.txt" >>"$work/$list"
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
  read -r s_wall _ s_cpu s_compress <<<"$(tail -n1 "$work/cold.txt")"
  read -r h_wall _ h_cpu _ <<<"$(tail -n1 "$work/hugo.txt")"
  echo "run $i: skillcert $s_wall s (cpu $s_cpu s, compress stage $s_compress s), hugo $h_wall s (cpu $h_cpu s), load $(cut -d' ' -f1 /proc/loadavg)"
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
    rows = [[float(x) for x in line.split()] for line in open(f"{work}/{name}") if line.strip()]
    return rows, max(r[1] for r in rows) / 1024
def median(rows, f): return statistics.median(f(r) for r in rows)
cold, cold_mib = load("cold.txt")
hugo, hugo_mib = load("hugo.txt")
inc, inc_mib = load("incremental.txt")
c, h, i = (median(x, lambda r: r[0]) for x in (cold, hugo, inc))
bare = median(cold, lambda r: r[0] - r[3])
# Alternating runs see the same load, so each run's ratio to the Hugo run beside it counts more than the medians' ratio.
pairs = [s[0] / g[0] for s, g in zip(cold, hugo)]
bare_pairs = [(s[0] - s[3]) / g[0] for s, g in zip(cold, hugo)]
print(f"skillcert cold (--no-cache):       median {c:6.2f} s  cpu {median(cold, lambda r: r[2]):6.2f} s  peak {cold_mib:.0f} MiB  runs {[r[0] for r in cold]}")
print(f"  without its compressed twins:    median {bare:6.2f} s  (compress stage median {median(cold, lambda r: r[3]):.2f} s)")
print(f"hugo:                              median {h:6.2f} s  cpu {median(hugo, lambda r: r[2]):6.2f} s  peak {hugo_mib:.0f} MiB  runs {[r[0] for r in hugo]}")
print(f"skillcert incremental:             median {i:6.2f} s  cpu {median(inc, lambda r: r[2]):6.2f} s  peak {inc_mib:.0f} MiB")
def verdict(ratio): return "met" if ratio <= 0.5 and cold_mib <= hugo_mib else "not met"
print(f"cold / hugo               = {c / h:.3f} (median of alternating pairs {statistics.median(pairs):.3f})  (goal <= 0.5 with peak <= hugo's: {verdict(statistics.median(pairs))})")
print(f"cold without twins / hugo = {bare / h:.3f} (median of alternating pairs {statistics.median(bare_pairs):.3f})  (goal <= 0.5 with peak <= hugo's: {verdict(statistics.median(bare_pairs))})")
print(f"peak memory skillcert / hugo = {cold_mib / hugo_mib:.2f}")
print(f"incremental / cold        = {i / c:.3f}  (goal <= 0.05: {'met' if i / c <= 0.05 else 'not met'})")
PY
