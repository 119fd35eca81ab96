#!/usr/bin/env bash
# Soak: the verification service at 80% of its maximum rate for 60 s while its export is replaced twice by an
# atomic rename and once by a corrupt file. Not part of ./test.sh (its short twin is
# tests/SkillCert.Tests.Integration/Faults/LoadAndSwapTests); run it by hand or in a nightly job:
#
#   tests/soak.sh [WORK_DIR]          (default /tmp/skillcert-soak; data and exports are kept between runs)
#
# 1. data: gen_content.py --institutions 200 --certificates 100000 --batches; export A from its rosters; export B from the
#    same rosters plus a revocations.csv (another version, so that replacing A with B is a real switch);
# 2. the service in Release (workstation GC, the project's setting), rate limits far above the load, logs at Warning;
# 3. the maximum: wrk -t2 -c$CONNECTIONS for $PROBE on random real numbers, without pauses;
# 4. pacing: every connection pauses between requests (wrk's delay(); wrk2's fixed-rate mode is not packaged here),
#    calibrated in two short runs so that the offered rate is $LOAD_PERCENT% of the maximum;
# 5. the soak: $DURATION at that rate; at 1/4 of it export B is renamed over the export, at 1/2 a truncated copy of
#    A is, at 3/4 A is again. Resident memory (VmRSS) is read at the start, every 5 s, and at the end;
# 6. verdict: no 5xx, no socket errors, the corrupt file refused (/readyz lastRefusal) while B kept serving, A in
#    service at the end, and RSS at the middle and the end within 10% of the start. Exit 1 otherwise.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-/tmp/skillcert-soak}
connections=${CONNECTIONS:-32}
probe=${PROBE:-10s}
duration=${DURATION:-60}
load_percent=${LOAD_PERCENT:-80}
port=${PORT:-5187}
as_of=2026-11-26
mkdir -p "$work"
source "$repo/tests/SkillCert.Benchmarks/bench-setup.sh"
need wrk wrk
generate "$work/data" 200 100000
echo "building (Release)"
for project in generator verify-api tests/SkillCert.Benchmarks; do dotnet build -c Release "$repo/$project" -v q -nologo >/dev/null; done
skillcert() { dotnet "$repo/generator/bin/Release/net10.0/skillcert.dll" "$@"; }
bench() { dotnet "$repo/tests/SkillCert.Benchmarks/bin/Release/net10.0/SkillCert.Benchmarks.dll" "$@"; }

two_exports "$work" "$as_of"
bench api sample "$work/a.db" 10000 "$work/numbers.txt"
version_a=$(export_version "$work/a.db"); version_b=$(export_version "$work/b.db")

live="$work/live"; rm -rf "$live" "$work/refused.txt"; mkdir -p "$live"
cp "$work/a.db" "$live/certificates.db"
# Run from the output folder: its appsettings.json keeps the framework's request logs at Warning.
env -C "$repo/verify-api/bin/Release/net10.0" ASPNETCORE_ENVIRONMENT=Production \
  dotnet SkillCert.VerifyApi.dll --urls "http://127.0.0.1:$port" --SkillCert:Export="$live/certificates.db" \
  --SkillCert:Site="$work/site" --SkillCert:IdKey="$work/id.key" --Logging:LogLevel:Default=Warning \
  --SkillCert:RateLimit:PermitsPerMinute=1000000000 --SkillCert:RateLimit:LookupPermitsPerMinute=1000000000 \
  > "$work/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$port/readyz" >/dev/null; do sleep 0.5; done

run() { NUMBERS="$work/numbers.txt" PAUSE_MS="$2" wrk -t2 -c"$connections" -d"$1" -s "$repo/tests/soak/paced.lua" "http://127.0.0.1:$port" | grep RESULT; }
field() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$2"; }
rss() { awk '/VmRSS/ { print $2 }' "/proc/$pid/status"; }

echo "maximum: $(run "$probe" 0 | tee "$work/max.txt")"
max=$(field rps "$(cat "$work/max.txt")")
target=$(awk -v m="$max" -v p="$load_percent" 'BEGIN { printf "%d", m * p / 100 }')
# C closed-loop connections offer C / (latency + pause) requests/s; solve for the pause, measure, solve again.
pause=$(awk -v c="$connections" -v t="$target" 'BEGIN { printf "%.3f", c * 1000 / t }')
for step in 1 2; do
  got=$(run 5s "$pause"); rate=$(field rps "$got")
  pause=$(awk -v c="$connections" -v t="$target" -v r="$rate" -v p="$pause" 'BEGIN { l = c * 1000 / r - p; if (l < 0) l = 0; q = c * 1000 / t - l; if (q < 0) q = 0; printf "%.3f", q }')
  echo "calibration $step: $rate req/s; pause now $pause ms for a target of $target req/s"
done

swap() { cp "$1" "$live/.incoming.db"; mv "$live/.incoming.db" "$live/certificates.db"; }
corrupt() { head -c $(($(stat -c %s "$work/a.db") / 2)) "$work/a.db" > "$live/.incoming.db"; mv "$live/.incoming.db" "$live/certificates.db"; }
echo "soak: ${duration}s at ${load_percent}% of $max req/s"
: > "$work/rss.txt"
( for t in $(seq 0 5 "$duration"); do echo "$t $(rss)" >> "$work/rss.txt"; sleep 5; done ) &
sampler=$!
(
  q=$((duration / 4)); begin=$SECONDS
  at() { local wait=$(($1 - (SECONDS - begin))); [ "$wait" -gt 0 ] && sleep "$wait"; return 0; }
  ready() { curl -s "http://127.0.0.1:$port/readyz"; }
  at "$q"; swap "$work/b.db"; echo "  t=${q}s: export B renamed into place" >&2
  until ready | grep -q "\"exportVersion\":\"$version_b\""; do sleep 0.2; done; echo "  t=$((SECONDS - begin))s: B in service" >&2
  at $((2 * q)); corrupt; echo "  t=$((2 * q))s: a truncated copy of A renamed into place" >&2
  until ready | grep -q '"lastRefusal":{'; do sleep 0.2; done
  ready | grep -q "\"exportVersion\":\"$version_b\"" && echo "  t=$((SECONDS - begin))s: the truncated file refused; B still in service" | tee "$work/refused.txt" >&2
  at $((3 * q)); swap "$work/a.db"; echo "  t=$((3 * q))s: export A renamed into place" >&2
) &
swapper=$!
result=$(run "${duration}s" "$pause")
wait "$swapper" || true; wait "$sampler" || true
echo "soak:    $result"
ready=$(curl -s "http://127.0.0.1:$port/readyz")

start=$(awk 'NR == 1 { print $2 }' "$work/rss.txt")
middle=$(awk -v h=$((duration / 2)) '$1 == h { print $2 }' "$work/rss.txt")
end=$(rss)
echo "RSS (MB) every 5 s: $(awk '{ printf "%s:%.1f ", $1, $2 / 1024 }' "$work/rss.txt")end:$(awk -v e="$end" 'BEGIN { printf "%.1f", e / 1024 }')"

failed=0
check() { if eval "$2"; then echo "ok    $1"; else echo "FAIL  $1"; failed=1; fi; }
check "no 5xx ($(field 5xx "$result"))" '[ "$(field 5xx "$result")" -eq 0 ]'
check "no socket errors (connect $(field connect "$result"), read $(field read "$result"), write $(field write "$result"), timeout $(field timeout "$result"))" \
  '[ $(( $(field connect "$result") + $(field read "$result") + $(field write "$result") + $(field timeout "$result") )) -eq 0 ]'
check "only 2xx answers ($(field 2xx "$result") of $(field requests "$result"))" '[ "$(field 4xx "$result")" -eq 0 ] && [ "$(field 3xx "$result")" -eq 0 ]'
check "export A in service at the end" 'grep -q "\"exportVersion\":\"$version_a\"" <<<"$ready"'
check "the truncated file was refused while B kept serving" '[ -s "$work/refused.txt" ]'
check "RSS flat within 10%: start $((start / 1024)) MB, middle $((middle / 1024)) MB, end $((end / 1024)) MB" \
  'awk -v s="$start" -v m="$middle" -v e="$end" "BEGIN { exit !(m <= s * 1.1 && m >= s * 0.9 && e <= s * 1.1 && e >= s * 0.9) }"'
echo "rate: $(field rps "$result") req/s at ${load_percent}% of a $max req/s maximum"
exit "$failed"
