#!/usr/bin/env bash
# Benchmark: the verify API's GET /api/v1/certificates/{n} against nginx serving the same JSON bodies as static files,
# with the same wrk settings, alternately in one run. Not a test; it prints figures to compare, and exits 1 when the run
# is invalid (any answer other than 200, or any socket error).
#
#   tests/SkillCert.Benchmarks/api-vs-nginx.sh [WORK_DIR]      (default /dev/shm/skillcert-bench-api)
#   ROUNDS=5 DURATION=15s CONNECTIONS=64 SAMPLE=20000 tests/SkillCert.Benchmarks/api-vs-nginx.sh   (DURATION in seconds)
#   API_DIR=/path/to/another/build tests/SkillCert.Benchmarks/api-vs-nginx.sh    (the service from another output folder,
#                                                                                 e.g. an earlier commit's, for before/after;
#                                                                                 by default it is published into WORK_DIR/api)
#
# 1. data: gen_content.py --institutions 2000 --certificates 1000000 --batches, and `skillcert export` of it with
#    fresh keys (both kept in WORK_DIR between runs);
# 2. readiness: the API is started on the 1M export and timed from launch to its first 200 on /readyz, once with the
#    other core kept busy (a shell loop) and once without; the second start serves the rest of the run;
# 3. SAMPLE real numbers drawn at random; the Lua script picks among them at random per request; the API's own answers
#    for them are saved as nginx's static files, so both peers send the same bodies;
# 4. wrk -t2 -cCONNECTIONS -dDURATION, ROUNDS rounds, the API and nginx alternately (which goes first alternates too);
#    per run: requests/s, p50, p99, answers other than 200 (counted by wrk's response callback, on both peers alike),
#    socket errors, the server's CPU time (user+sys) and the load average when it started;
# 5. medians over the rounds, the ratio of the medians and the median of the rounds' ratios, and the API's p99;
# 6. the API's peak private memory, sampled every 0.2 s through the whole run from /proc/PID/smaps_rollup: Anonymous
#    (the goal's measure; pages mapped from the export file are the OS page cache's, shared by any replica) and
#    Private_Dirty (which counts the export's mapped pages too when WORK_DIR is on tmpfs), beside VmHWM (which counts
#    them once for each connection that touched them);
# 7. for reference, the same wrk on the API's /healthz: what this Kestrel pipeline serves with no work at all, and its CPU
#    time per answer, beside the most an answer may cost for 0.8x nginx (about nginx's CPU per answer / 0.8).
# The API runs as an operator publishes it (Release, ReadyToRun for linux-x64), workstation GC (the project's setting) under a 64 MB managed-heap cap (API_ENV, default
# DOTNET_GCHeapHardLimit=0x4000000), with the rate limiter set far above the load (SkillCert:RateLimit:* = 1e9).
# Goals (issue 17): API >= 0.8x nginx requests/s; p99 <= 5 ms at full load; <= 150 MB anonymous; ready in <= 2 s.
set -euo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
work=${1:-/dev/shm/skillcert-bench-api}
connections=${CONNECTIONS:-64}
duration=${DURATION:-15s}
rounds=${ROUNDS:-5}
sample=${SAMPLE:-20000}
api_port=${API_PORT:-5182}
nginx_port=${NGINX_PORT:-5183}
mkdir -p "$work"

source "$repo/tests/SkillCert.Benchmarks/bench-setup.sh"
need wrk wrk
need nginx nginx
generate "$work/data" 2000 1000000

dotnet build -c Release "$repo/tests/SkillCert.Benchmarks" -v q -nologo >/dev/null
bench() { dotnet "$repo/tests/SkillCert.Benchmarks/bin/Release/net10.0/SkillCert.Benchmarks.dll" "$@"; }

dotnet build -c Release "$repo/generator" -v q -nologo >/dev/null
skillcert() { dotnet "$repo/generator/bin/Release/net10.0/skillcert.dll" "$@"; }
if [ ! -f "$work/certificates.db" ]; then
  [ -f "$work/signing.pem" ] || skillcert keys new --out "$work/signing.pem" >/dev/null
  [ -f "$work/id.key" ] || skillcert keys new --id-key --out "$work/id.key" >/dev/null
  skillcert export --rosters "$work/data/rosters" --content "$work/data/content" --out "$work/certificates.db" \
    --signing-key "$work/signing.pem" --id-key "$work/id.key" --as-of 2026-11-01 >/dev/null
fi
[ -f "$work/numbers.txt" ] || bench api sample "$work/certificates.db" "$sample" "$work/numbers.txt"

api_dir=${API_DIR:-}
if [ -z "$api_dir" ]; then api_dir="$work/api"; rm -rf "$api_dir"; publish_service "$api_dir"; fi
api_pid="" nginx_pid="" busy_pid="" sampler_pid=""
cleanup() {
  for pid in "$api_pid" "$nginx_pid" "$busy_pid" "$sampler_pid"; do [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; done
}
trap cleanup EXIT

# start_api: launches the API (run from its output folder, where appsettings.json keeps framework logs at Warning) and
# sets ready_ms to the milliseconds from launch to the first 200 on /readyz.
start_api() {
  local started
  started=$(date +%s%N)
  env -C "$api_dir" ASPNETCORE_ENVIRONMENT=Production ${API_ENV:-DOTNET_GCHeapHardLimit=0x4000000} \
    dotnet SkillCert.VerifyApi.dll --urls "http://127.0.0.1:$api_port" \
    --SkillCert:Export="$work/certificates.db" --SkillCert:IdKey="$work/id.key" \
    --SkillCert:RateLimit:PermitsPerMinute=1000000000 --SkillCert:RateLimit:LookupPermitsPerMinute=1000000000 \
    > "$work/api.log" 2>&1 &
  api_pid=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$api_port/readyz"; do
    kill -0 "$api_pid" 2>/dev/null || { echo "the API stopped; see $work/api.log" >&2; exit 1; }
    sleep 0.02
  done
  ready_ms=$(( ($(date +%s%N) - started) / 1000000 ))
}
stop_api() { kill "$api_pid"; wait "$api_pid" 2>/dev/null || true; api_pid=""; }

( while :; do :; done ) &
busy_pid=$!
start_api
ready_busy=$ready_ms
kill "$busy_pid"; busy_pid=""
stop_api
start_api
ready_quiet=$ready_ms
echo "ready (first 200 on /readyz after launch, 1M export): ${ready_busy} ms with the other core busy, ${ready_quiet} ms without (load $(cut -d' ' -f1-3 /proc/loadavg))"

# Peak memory of the API, sampled until the end of the run.
: > "$work/memory.txt"
( while kill -0 "$api_pid" 2>/dev/null; do
    awk '/^Anonymous:/ { a = $2 } /^Private_Dirty:/ { p = $2 } END { print a, p }' "/proc/$api_pid/smaps_rollup" >> "$work/memory.txt" 2>/dev/null || true
    sleep 0.2
  done ) &
sampler_pid=$!

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
until curl -sf -o /dev/null "http://127.0.0.1:$nginx_port/api/v1/certificates/$(head -1 "$work/numbers.txt")"; do sleep 0.1; done

cat > "$work/draw.lua" <<'LUA'
local numbers = {}
for line in io.lines(os.getenv("NUMBERS")) do numbers[#numbers + 1] = line end
local threads = {}
function setup(thread) threads[#threads + 1] = thread end
function init(args)
  math.randomseed(os.time() + math.floor(os.clock() * 1000000) + #threads)
  other = 0
end
request = function()
  return wrk.format("GET", "/api/v1/certificates/" .. numbers[math.random(#numbers)])
end
-- Any status but 200 makes the run invalid (a 429 from the limiter, a 304, a 404 …), not only wrk's own >= 400 count.
response = function(status, headers, body)
  if status ~= 200 then other = other + 1 end
end
done = function(summary, latency, requests)
  local others = 0
  for _, t in ipairs(threads) do others = others + t:get("other") end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("rps=%.0f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f non200=%d errors=%d\n",
    summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    latency.max / 1000, others, errors))
end
LUA

# cpu_ticks PID: user+sys clock ticks of the process and its threads, plus those of its children (nginx's workers).
cpu_ticks() {
  local total=0 pid
  for pid in "$1" $(cat "/proc/$1/task/"*/children 2>/dev/null); do
    total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
ticks_per_second=$(getconf CLK_TCK)
# run NAME PORT PID: one wrk run, printed as one line; the figures also go to WORK/runs.txt.
run() {
  local load before after line
  load=$(cut -d' ' -f1 /proc/loadavg)
  before=$(cpu_ticks "$3")
  line=$(NUMBERS="$work/numbers.txt" wrk -t2 -c"$connections" -d"$duration" -s "$work/draw.lua" "http://127.0.0.1:$2" | grep '^rps=')
  after=$(cpu_ticks "$3")
  line="$line cpu_s=$(awk -v t=$((after - before)) -v h="$ticks_per_second" 'BEGIN { printf "%.1f", t / h }') load=$load"
  echo "$1 $line" >> "$work/runs.txt"
  echo "$line"
}

echo "warm-up (not counted)"
run warm "$api_port" "$api_pid" >/dev/null; run warm "$nginx_port" "$nginx_pid" >/dev/null
: > "$work/runs.txt"
for round in $(seq "$rounds"); do
  if [ $((round % 2)) -eq 1 ]; then
    echo "round $round  api:   $(run api "$api_port" "$api_pid")"; echo "round $round  nginx: $(run nginx "$nginx_port" "$nginx_pid")"
  else
    echo "round $round  nginx: $(run nginx "$nginx_port" "$nginx_pid")"; echo "round $round  api:   $(run api "$api_port" "$api_pid")"
  fi
done
healthz_before=$(cpu_ticks "$api_pid")
healthz=$(wrk -t2 -c"$connections" -d"$duration" "http://127.0.0.1:$api_port/healthz" | awk '/Requests\/sec/ { printf "%.0f", $2 }')
healthz_ticks=$(( $(cpu_ticks "$api_pid") - healthz_before ))
kill "$sampler_pid" 2>/dev/null || true; sampler_pid=""
hwm=$(awk '/VmHWM/ { print $2 }' "/proc/$api_pid/status")

python3 - "$work/runs.txt" "$work/memory.txt" "$ready_busy" "$ready_quiet" "$healthz" "$hwm" "${duration%s}" "$healthz_ticks" "$ticks_per_second" <<'PY'
import statistics, sys
runs = {"api": [], "nginx": []}
for line in open(sys.argv[1]):
    name, *pairs = line.split()
    runs[name].append({k: float(v) for k, v in (p.split("=") for p in pairs)})
memory = [tuple(int(x) for x in line.split()) for line in open(sys.argv[2]) if len(line.split()) == 2]
ready_busy, ready_quiet, healthz, hwm, seconds, healthz_ticks, ticks_per_second = (int(x) for x in sys.argv[3:10])
med = lambda name, key: statistics.median(r[key] for r in runs[name])
# CPU time per answer moves far less with the machine's load than requests/s do: the figure to compare between runs.
per_request = lambda name: statistics.median(r["cpu_s"] * 1e6 / (r["rps"] * seconds) for r in runs[name])
ratios = [a["rps"] / n["rps"] for a, n in zip(runs["api"], runs["nginx"])]
invalid = [(name, i + 1) for name in runs for i, r in enumerate(runs[name]) if r["non200"] or r["errors"]]
anon = max(m[0] for m in memory) / 1024 if memory else float("nan")
dirty = max(m[1] for m in memory) / 1024 if memory else float("nan")
ratio = med("api", "rps") / med("nginx", "rps")
p99 = med("api", "p99_ms")
print()
print(f"medians of {len(ratios)} rounds: api {med('api', 'rps'):.0f} req/s (CPU {med('api', 'cpu_s'):.1f} s a run), "
      f"nginx {med('nginx', 'rps'):.0f} req/s (CPU {med('nginx', 'cpu_s'):.1f} s a run); load average {min(r['load'] for v in runs.values() for r in v):.1f}"
      f"–{max(r['load'] for v in runs.values() for r in v):.1f}")
print(f"CPU time per answer: api {per_request('api'):.1f} µs, nginx {per_request('nginx'):.1f} µs (medians; user+sys over the run / answers)")
print(f"ratio api/nginx: {ratio:.2f} of the medians, {statistics.median(ratios):.2f} median of the rounds "
      f"({min(ratios):.2f}–{max(ratios):.2f}); goal >= 0.80")
print(f"api p99 at full load: median {p99:.2f} ms ({min(r['p99_ms'] for r in runs['api']):.2f}–{max(r['p99_ms'] for r in runs['api']):.2f}); "
      f"nginx {med('nginx', 'p99_ms'):.2f} ms; goal <= 5 ms")
print(f"api peak memory: {anon:.0f} MB anonymous, {dirty:.0f} MB private dirty (which counts the mapped export's pages when it is on tmpfs), VmHWM {hwm / 1024:.0f} MB (the mapped export once per connection); goal <= 150 MB anonymous")
print(f"ready: {ready_busy} ms with the other core busy, {ready_quiet} ms without; goal <= 2000 ms")
# The pipeline's own floor: an answer at 0.8x nginx's rate may cost about nginx's CPU per answer / 0.8, and /healthz,
# with no lookup and no JSON, is what every answer pays before the certificate's work (issue 17's analysis, 2026-12-07).
healthz_us = healthz_ticks / ticks_per_second * 1e6 / (healthz * seconds) if healthz else float("nan")
print(f"for reference, api /healthz: {healthz} req/s, CPU {healthz_us:.1f} µs per answer (the pipeline's floor); "
      f"0.8x nginx needs about {per_request('nginx') / 0.8:.1f} µs per answer at most (wrk's share of the cores allows a little more)")
if invalid:
    print("INVALID: answers other than 200, or socket errors, in " + ", ".join(f"{n} round {i}" for n, i in invalid))
    sys.exit(1)
print("valid: every answer in every counted run was 200")
PY
