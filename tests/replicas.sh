#!/usr/bin/env bash
# The long form of Deploy/ReplicasTests: three replicas of the verification service as containers of the image that
# deploy/Dockerfile builds (FLAVOUR=local), behind Debian's nginx, under wrk's load. Not part of ./test.sh; run it by
# hand (as root, or as a user who may sudo):
#
#   tests/replicas.sh [WORK_DIR]          (default /tmp/skillcert-replicas; data, exports and the base image are kept)
#
# 1. installs what is missing from Debian (nginx, wrk, docker.io, debootstrap) and starts dockerd when none runs
#    (and stops it again at the end);
# 2. the base image skillcert-debian:bookworm, once: debootstrap's minimal bookworm with libicu72, tzdata and
#    ca-certificates, made an image by `docker import`; skipped when the image exists;
# 3. the service published self-contained into deploy/out/verify-api, and the image built from it;
# 4. data: gen_content.py --institutions 200 --certificates 100000 --batches; export A, and export B with one
#    revocation more (another version); the site built over A;
# 5. three containers, --network host on loopback ports 5191-5193, a read-only root filesystem, the export folder,
#    the site and the ID key mounted read-only; nginx on 5190 with tests/replicas/nginx.conf;
# 6. under wrk (-t2 -c$CONNECTIONS, on random real numbers, stopped once the scenario is done, at most $CEILING s):
#    B renamed into each replica's folder in turn, each replica waited for until its /readyz names B; a truncated copy
#    of A renamed into every folder, each waited for until it refuses it and still names B; replica 2 killed
#    (docker kill) and started again over the truncated file, waited for until it answers /readyz 503; B put back in
#    every folder, each waited for until it names B;
# 7. prints the counts (requests, 2xx, 5xx, socket errors, swaps, refusals) and exits 1 unless every request was
#    answered 2xx and every replica names B at the end;
# 8. requests/s through nginx with 1, 2 and 3 replicas behind it (wrk -t2 -c$CONNECTIONS for $DURATION each), and
#    one replica asked directly without nginx, for reference.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-/tmp/skillcert-replicas}
connections=${CONNECTIONS:-64}
duration=${DURATION:-20s}
ceiling=${CEILING:-180}
nginx_port=${PORT:-5190}
ports=($((nginx_port + 1)) $((nginx_port + 2)) $((nginx_port + 3)))
base_image=skillcert-debian:bookworm
image=skillcert-verify:replicas
# The user deploy/Dockerfile runs the service as: it must be able to read the export and the ID key.
service_user=10001
as_of=2026-11-26
mkdir -p "$work"
work=$(cd "$work" && pwd)

source "$repo/tests/SkillCert.Benchmarks/bench-setup.sh"
need wrk wrk
need nginx nginx
need dockerd docker.io
need debootstrap debootstrap
nginx_bin=$(command -v nginx || echo /usr/sbin/nginx)
# Debian's docker.io client builds with BuildKit built in; a newer docker CLI earlier on PATH needs the buildx plugin,
# which Debian does not package, so Debian's own client is the one used.
docker() { if [ -x /usr/bin/docker ]; then /usr/bin/docker "$@"; else command docker "$@"; fi; }

dockerd_pid=""
nginx_pid=""
cleanup() {
  for i in 1 2 3; do docker rm -f "skillcert-replica-$i" >/dev/null 2>&1 || true; done
  [ -n "$nginx_pid" ] && kill "$nginx_pid" 2>/dev/null || true
  [ -n "$dockerd_pid" ] && as_root kill "$dockerd_pid" 2>/dev/null || true
  return 0
}
trap cleanup EXIT
if ! docker info >/dev/null 2>&1; then
  echo "starting dockerd (log: $work/dockerd.log)"
  # dockerd itself (or sudo, which passes signals on) in the background, not a function's subshell, so that the pid
  # kept is the one to stop at the end.
  if [ "$(id -u)" -eq 0 ]; then dockerd >"$work/dockerd.log" 2>&1 & else sudo dockerd >"$work/dockerd.log" 2>&1 & fi
  dockerd_pid=$!
  timeout 60 bash -c 'until docker info >/dev/null 2>&1; do sleep 0.5; done'
fi

if ! docker image inspect "$base_image" >/dev/null 2>&1; then
  echo "making the base image $base_image with debootstrap (once)"
  rootfs=$(mktemp -d "$work/rootfs.XXXXXX")
  as_root debootstrap --variant=minbase --include=libicu72,tzdata,ca-certificates bookworm "$rootfs" http://deb.debian.org/debian >"$work/debootstrap.log"
  as_root tar -C "$rootfs" -c . | docker import - "$base_image" >/dev/null
  as_root rm -rf "$rootfs"
fi

echo "publishing the service self-contained, and building $image"
dotnet publish "$repo/verify-api" -c Release -r linux-x64 --self-contained -o "$repo/deploy/out/verify-api" -nologo -v q >/dev/null
DOCKER_BUILDKIT=1 docker build -q -f "$repo/deploy/Dockerfile" --build-arg FLAVOUR=local --build-arg LOCAL_BASE="$base_image" \
  -t "$image" "$repo" >/dev/null

generate "$work/data" 200 100000
for project in generator tests/SkillCert.Benchmarks; do dotnet build -c Release "$repo/$project" -v q -nologo >/dev/null; done
skillcert() { dotnet "$repo/generator/bin/Release/net10.0/skillcert.dll" "$@"; }
bench() { dotnet "$repo/tests/SkillCert.Benchmarks/bin/Release/net10.0/SkillCert.Benchmarks.dll" "$@"; }
two_exports "$work" "$as_of"
bench api sample "$work/a.db" 10000 "$work/numbers.txt" >/dev/null
version_a=$(export_version "$work/a.db"); version_b=$(export_version "$work/b.db")

# Each replica has a folder of its own, as each pod has its own copy; a file arrives by a rename within it, which the
# read-only bind mount shows to the container at once. The service's user owns the copies (mode 0400).
publish() { as_root install -o "$service_user" -g "$service_user" -m 0400 "$2" "$work/replica-$1/.incoming.db"; as_root mv "$work/replica-$1/.incoming.db" "$work/replica-$1/certificates.db"; }
truncated() { head -c $(($(stat -c %s "$work/a.db") / 2)) "$work/a.db" > "$work/truncated.db"; }
as_root rm -rf "$work/secrets" "$work/replica-1" "$work/replica-2" "$work/replica-3"
mkdir -p "$work/secrets" "$work/replica-1" "$work/replica-2" "$work/replica-3"
as_root install -o "$service_user" -g "$service_user" -m 0400 "$work/id.key" "$work/secrets/id.key"
for i in 1 2 3; do publish "$i" "$work/a.db"; done
truncated

for i in 1 2 3; do
  docker rm -f "skillcert-replica-$i" >/dev/null 2>&1 || true
  # The image's HEALTHCHECK, every 5 s instead of 30 so that the run sees it pass.
  docker run -d --name "skillcert-replica-$i" --network host --read-only --tmpfs /tmp --health-interval 5s \
    -e ASPNETCORE_URLS="http://127.0.0.1:${ports[$((i - 1))]}" \
    -v "$work/replica-$i:/export:ro" -v "$work/site:/site:ro" -v "$work/secrets:/secrets/id-key:ro" \
    "$image" --SkillCert:RateLimit:PermitsPerMinute=1000000000 --SkillCert:RateLimit:LookupPermitsPerMinute=1000000000 \
    --Logging:LogLevel:Default=Warning >/dev/null
done
ready() { curl -s "http://127.0.0.1:${ports[$(($1 - 1))]}/readyz" || true; }
# wait_for WHAT COMMAND...: until the command succeeds, at most a minute.
wait_for() {
  local what=$1; shift
  local deadline=$((SECONDS + 60))
  until "$@"; do
    [ "$SECONDS" -lt "$deadline" ] || { echo "FAIL  within 60 s: $what" >&2; return 1; }
    sleep 0.2
  done
}
names() { ready "$1" | grep -q "\"exportVersion\":\"$2\""; }
refuses() { ready "$1" | grep -q '"lastRefusal":{' && names "$1" "$version_b"; }
unready() { [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:${ports[$(($1 - 1))]}/readyz")" = 503 ]; }
for i in 1 2 3; do wait_for "replica $i serves A" names "$i" "$version_a"; done

# start_nginx N: nginx in front of the first N replicas.
start_nginx() {
  [ -n "$nginx_pid" ] && { kill "$nginx_pid"; wait "$nginx_pid" 2>/dev/null || true; }
  local dir="$work/nginx" servers="" conf
  mkdir -p "$dir"
  for port in "${ports[@]:0:$1}"; do servers+="        server 127.0.0.1:$port;"$'\n'; done
  conf=$(<"$repo/tests/replicas/nginx.conf")
  conf=${conf//@DIR@/$dir}; conf=${conf//@PORT@/$nginx_port}; conf=${conf//@SERVERS@/$servers}
  printf '%s\n' "$conf" > "$dir/nginx.conf"
  "$nginx_bin" -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log" &
  nginx_pid=$!
  wait_for "nginx listens on $nginx_port" curl -sf -o /dev/null "http://127.0.0.1:$nginx_port/healthz"
}
start_nginx 3

# wrk gives up on an answer after --timeout and counts it as an error. The default, 2 s, is less than a busy machine
# (other builds beside this one) sometimes takes for an answer through nginx; 10 s counts a late answer as late, which
# p99 shows, and still counts a request that is never answered.
run() { NUMBERS="$work/numbers.txt" PAUSE_MS=0 wrk -t2 -c"$connections" -d"$1" --timeout 10s -s "$repo/tests/soak/paced.lua" "http://127.0.0.1:$2" | grep RESULT; }
field() { sed -n "s/.* $1=\([0-9.]*\).*/\1/p" <<<"$2"; }

echo "scenario under load: wrk -t2 -c$connections through nginx, at most ${ceiling}s"
# wrk itself in the background (not through a function or a pipe), so that SIGINT reaches it: it then stops and reports.
NUMBERS="$work/numbers.txt" PAUSE_MS=0 wrk -t2 -c"$connections" -d"${ceiling}s" --timeout 10s -s "$repo/tests/soak/paced.lua" "http://127.0.0.1:$nginx_port" > "$work/scenario.txt" &
wrk_pid=$!
begin=$SECONDS
: > "$work/counts.txt"
# The steps in a subshell of their own, in the background so that set -e holds in it and ends them at the first
# condition not met.
(
  say() { echo "  t=$((SECONDS - begin))s: $*"; }
  sleep 3
  for i in 1 2 3; do
    publish "$i" "$work/b.db"; wait_for "replica $i serves B" names "$i" "$version_b"; echo swap >> "$work/counts.txt"; say "replica $i serves B"
  done
  for i in 1 2 3; do publish "$i" "$work/truncated.db"; done
  for i in 1 2 3; do wait_for "replica $i refuses the truncated export" refuses "$i"; echo refusal >> "$work/counts.txt"; done
  say "the truncated export refused by all three; each still serves B"
  docker kill skillcert-replica-2 >/dev/null; say "replica 2 killed"
  sleep 3
  docker start skillcert-replica-2 >/dev/null
  wait_for "replica 2 answers /readyz 503 over the truncated file" unready 2; say "replica 2 started again over the truncated file: not ready (503)"
  for i in 1 2 3; do publish "$i" "$work/b.db"; done
  for i in 1 2 3; do wait_for "replica $i serves B at the end" names "$i" "$version_b"; done
  echo swap >> "$work/counts.txt"; say "B put back over the truncated file: every replica serves it"
  sleep 3
) &
steps_pid=$!
scenario=ok
wait "$steps_pid" || scenario=failed
elapsed=$((SECONDS - begin))
kill -INT "$wrk_pid" 2>/dev/null || true
wait "$wrk_pid" || true
result=$(grep RESULT "$work/scenario.txt" || true)
echo "scenario: $result"
swaps=$(grep -c swap "$work/counts.txt" || true); refusals=$(grep -c refusal "$work/counts.txt" || true)

failed=0
check() { if eval "$2"; then echo "ok    $1"; else echo "FAIL  $1"; failed=1; fi; }
check "the scenario ran to its end (${elapsed}s) before wrk's ceiling" '[ "$scenario" = ok ] && [ "$elapsed" -lt "$ceiling" ]'
check "requests: $(field requests "$result"), every one 2xx ($(field 2xx "$result"))" '[ "$(field requests "$result")" -gt 0 ] && [ "$(field 2xx "$result")" -eq "$(field requests "$result")" ]'
check "failures seen by the client: 5xx $(field 5xx "$result"), 4xx $(field 4xx "$result"), socket errors connect $(field connect "$result"), read $(field read "$result"), write $(field write "$result"), timeout $(field timeout "$result")" \
  '[ $(( $(field 5xx "$result") + $(field 4xx "$result") + $(field connect "$result") + $(field read "$result") + $(field write "$result") + $(field timeout "$result") )) -eq 0 ]'
check "swaps: $swaps (B into each of 3 replicas, then B back over the truncated file)" '[ "$swaps" -eq 4 ]'
check "the truncated export refused by $refusals of 3 replicas" '[ "$refusals" -eq 3 ]'
for i in 1 2 3; do check "replica $i serves B at the end" 'names "$i" "$version_b"'; done
healthy() { [ "$(docker inspect -f '{{.State.Health.Status}}' "skillcert-replica-$1")" = healthy ]; }
for i in 1 2 3; do check "docker reports replica $i healthy (the image's HEALTHCHECK on /healthz)" 'wait_for "replica $i healthy" healthy "$i"'; done

echo "requests/s through nginx, wrk -t2 -c$connections -d$duration on random real numbers:"
for n in 1 2 3; do
  start_nginx "$n"
  run 3s "$nginx_port" >/dev/null
  r=$(run "$duration" "$nginx_port")
  echo "  $n replica(s): $(field rps "$r") requests/s, p99 $(field p99_ms "$r") ms, 2xx $(field 2xx "$r") of $(field requests "$r")"
done
r=$(run "$duration" "${ports[0]}")
echo "  1 replica without nginx: $(field rps "$r") requests/s, p99 $(field p99_ms "$r") ms"
echo "machine: $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%F)"
exit "$failed"
