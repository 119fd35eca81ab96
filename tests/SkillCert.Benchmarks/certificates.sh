#!/usr/bin/env bash
# Times `skillcert certificates` rendering 1,000 printable certificates to HTML: reading the rosters, matching every
# row to the export, signing each QR code's claims, encoding the QR codes (the main cost) and rendering the pages.
#
#   tests/SkillCert.Benchmarks/certificates.sh [RUNS]        (default 5 runs)
#
# Goal: a few seconds (at most 5 s wall) for 1,000 certificates. Prints every run (wall, CPU, peak memory from GNU
# time -v), then the median wall time and the certificates per second.
# Environment: BENCH_DIR (work folder, default /tmp/skillcert-certificates-bench), INSTITUTIONS (default 20),
# CERTIFICATES (default 1000), SKILLCERT_SHARED (the folder with bench/gen_content.py, default ../shared).
set -euo pipefail
runs=${1:-5}
repo=$(cd "$(dirname "$0")/../.." && pwd)
source "$repo/tests/SkillCert.Benchmarks/bench-setup.sh"
work=${BENCH_DIR:-/tmp/skillcert-certificates-bench}
institutions=${INSTITUTIONS:-20}
certificates=${CERTIFICATES:-1000}
as_of=2026-11-26

need_gnu_time

mkdir -p "$work"
data="$work/data-$institutions-$certificates"
generate "$data" "$institutions" "$certificates"
# Attachment 6 prints both national query addresses; the synthetic site.yml leaves them out.
grep -q '^certificate_query_url:' "$data/content/site.yml" \
  || printf 'certificate_query_url: "http://jndj.osta.org.cn/"\ninstitution_query_url: "http://pjjg.osta.org.cn/"\n' >> "$data/content/site.yml"

publish_skillcert "$work/skillcert"
skillcert() { "$work/skillcert/skillcert" "$@"; }

rm -rf "$work/keys" "$work/certificates.db"
skillcert keys new --out "$work/keys/signing.pem" >/dev/null
skillcert keys new --id-key --out "$work/keys/id.key" >/dev/null
skillcert export --rosters "$data/rosters" --content "$data/content" --out "$work/certificates.db" \
  --signing-key "$work/keys/signing.pem" --id-key "$work/keys/id.key" --as-of "$as_of" | tail -n 1

walls=()
for run in $(seq 1 "$runs"); do
  rm -rf "$work/out"
  /usr/bin/time -v -o "$work/time.txt" "$work/skillcert/skillcert" certificates --rosters "$data/rosters" \
    --content "$data/content" --templates "$repo/site-templates" --export "$work/certificates.db" \
    --signing-key "$work/keys/signing.pem" --id-key "$work/keys/id.key" --out "$work/out" --as-of "$as_of" >/dev/null
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): \(.*\)/\1/p' "$work/time.txt" | awk -F: '{ print ($1 * 60) + $2 }')
  cpu=$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$work/time.txt")
  rss=$(awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$work/time.txt")
  files=$(find "$work/out" -name '*.html' | wc -l)
  echo "run $run: $files certificates in ${wall} s wall, ${cpu} s CPU, peak ${rss} MB"
  walls+=("$wall")
done
median=$(printf '%s\n' "${walls[@]}" | sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }')
echo "median: ${median} s for $certificates certificates ($(awk -v n="$certificates" -v t="$median" 'BEGIN { printf "%d", n / t }') per second); goal: at most 5 s"
