#!/usr/bin/env bash
# Benchmark: the verify API's GET /api/v1/certificates/{n} against nginx serving the same JSON bodies as
# static files, with the same wrk settings, in the same run. Not a test; it prints figures to compare.
#
#   tests/SkillCert.Benchmarks/api-vs-nginx.sh [WORK_DIR]      (default /tmp/skillcert-bench)
#
# 1. data: gen_content.py --institutions 2000 --certificates 1000000 --batches (kept in WORK_DIR between runs);
# 2. export: `skillcert export` of those rosters, with fresh keys (kept in WORK_DIR between runs);
# 3. SAMPLE (20,000) real numbers drawn at random; the Lua script picks among them at random per request;
# 4. the API runs in Release with the rate limiter set far above the load (SkillCert:RateLimit:* = 1e9),
#    workstation GC (the project's setting) under a 64 MB managed-heap cap (API_ENV, default
#    DOTNET_GCHeapHardLimit=0x4000000), and its own answers for the sample are saved as nginx's static files;
# 5. wrk -t2 -cCONNECTIONS -dDURATION on each peer, alternately, ROUNDS times: max requests/s and latency;
# 6. "half load": the same wrk, with every connection pausing between requests (wrk's Lua delay()) so that
#    the offered rate is about half of the API's maximum. wrk has no fixed-rate mode (wrk2 is not packaged
#    here); pacing closed-loop connections is the nearest honest substitute, and wrk's latency excludes
#    the pause;
# 7. resident memory of the API: peak (VmHWM) and at the end (VmRSS);
# 8. for reference, the same wrk on the API's /healthz: what this Kestrel pipeline (headers, logging,
#    routing) serves with no work at all on this machine, the ceiling for any endpoint of the API.
# Goals: API >= 0.8x nginx requests/s; p99 <= 5 ms at half load; RSS <= 150 MB.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/tmp/skillcert-bench}
connections=${CONNECTIONS:-64}
duration=${DURATION:-20s}
rounds=${ROUNDS:-3}
sample=${SAMPLE:-20000}
api_port=5182
nginx_port=5183
mkdir -p "$work"

source "$repo/tests/SkillCert.Benchmarks/bench-setup.sh"
need wrk wrk
need nginx nginx
generate "$work/data" 2000 1000000

dotnet build -c Release "$repo/tests/SkillCert.Benchmarks" -v q -nologo >/dev/null
dotnet build -c Release "$repo/verify-api" -v q -nologo >/dev/null
bench() { dotnet "$repo/tests/SkillCert.Benchmarks/bin/Release/net10.0/SkillCert.Benchmarks.dll" "$@"; }

dotnet build -c Release "$repo/generator" -v q -nologo >/dev/null
skillcert() { dotnet "$repo/generator/bin/Release/net10.0/skillcert.dll" "$@"; }
if [ ! -f "$work/certificates.db" ]; then
  [ -f "$work/signing.pem" ] || skillcert keys new --out "$work/signing.pem" >/dev/null
  [ -f "$work/id.key" ] || skillcert keys new --id-key --out "$work/id.key" >/dev/null
  skillcert export --rosters "$work/data/rosters" --content "$work/data/content" --out "$work/certificates.db" \
    --signing-key "$work/signing.pem" --id-key "$work/id.key" --as-of 2026-11-01 >/dev/null
fi
bench api sample "$work/certificates.db" "$sample" "$work/numbers.txt"

# Run from the output folder: appsettings.json there keeps framework request logs at Warning.
env -C "$repo/verify-api/bin/Release/net10.0" ASPNETCORE_ENVIRONMENT=Production ${API_ENV:-DOTNET_GCHeapHardLimit=0x4000000} \
  dotnet SkillCert.VerifyApi.dll --urls "http://127.0.0.1:$api_port" \
  --SkillCert:Export="$work/certificates.db" --SkillCert:IdKey="$work/id.key" \
  --SkillCert:RateLimit:PermitsPerMinute=1000000000 --SkillCert:RateLimit:LookupPermitsPerMinute=1000000000 \
  > "$work/api.log" 2>&1 &
api_pid=$!
nginx_pid=""
cleanup() { kill "$api_pid" 2>/dev/null || true; [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true; }
trap cleanup EXIT
until curl -sf "http://127.0.0.1:$api_port/readyz" >/dev/null; do sleep 0.5; done

rm -rf "$work/nginx-root"
bench api bodies "http://127.0.0.1:$api_port/" "$work/numbers.txt" "$work/nginx-root"
cat > "$work/nginx.conf" <<CONF
worker_processes auto;
daemon off;
pid $work/nginx.pid;
error_log $work/nginx-error.log;
events { worker_connections 1024; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$nginx_port;
    root $work/nginx-root;
    location /api/v1/certificates/ { default_type application/json; }
  }
}
CONF
nginx -c "$work/nginx.conf" &
nginx_pid=$!
sleep 1

cat > "$work/draw.lua" <<'LUA'
local numbers = {}
for line in io.lines(os.getenv("NUMBERS")) do numbers[#numbers + 1] = line end
math.randomseed(os.time() + math.floor(os.clock() * 1000000))
local pause = tonumber(os.getenv("PAUSE_MS") or "0")
request = function()
  return wrk.format("GET", "/api/v1/certificates/" .. numbers[math.random(#numbers)])
end
if pause > 0 then delay = function() return pause end end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f errors=%d non2xx=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, errors, summary.errors.status))
end
LUA
run() { NUMBERS="$work/numbers.txt" PAUSE_MS="${3:-0}" wrk -t2 -c"$2" -d"$duration" -s "$work/draw.lua" "http://127.0.0.1:$1" | grep RESULT; }

echo "warm-up"; run "$api_port" "$connections" >/dev/null; run "$nginx_port" "$connections" >/dev/null
api_best=0
for round in $(seq "$rounds"); do
  a=$(run "$api_port" "$connections"); n=$(run "$nginx_port" "$connections")
  echo "round $round  api:   $a"; echo "round $round  nginx: $n"
  ar=$(sed 's/.*rps=\([0-9]*\).*/\1/' <<<"$a"); nr=$(sed 's/.*rps=\([0-9]*\).*/\1/' <<<"$n")
  echo "round $round  ratio api/nginx = $(awk -v a="$ar" -v n="$nr" 'BEGIN { printf "%.2f", a / n }')"
  [ "$ar" -gt "$api_best" ] && api_best=$ar
done

# Half load: C paced connections offer about C / (pause + service time) requests/s.
half=$((api_best / 2)); paced=32
pause=$(awk -v c="$paced" -v r="$half" 'BEGIN { p = c * 1000 / r - 0.3; if (p < 0) p = 0; printf "%d", p + 0.5 }')
echo "half load: target ~$half req/s with $paced connections pausing ${pause} ms"
echo "half api:   $(run "$api_port" "$paced" "$pause")"
echo "half nginx: $(run "$nginx_port" "$paced" "$pause")"

grep -E 'VmHWM|VmRSS' "/proc/$api_pid/status" | sed 's/^/api memory after the certificate runs: /'
echo "ceiling api /healthz: $(wrk -t2 -c"$connections" -d"$duration" "http://127.0.0.1:$api_port/healthz" | awk '/Requests\/sec/ { printf "rps=%.0f", $2 }')"
