#!/usr/bin/env bash
# Runs every test of SkillCert, after installing what the tests need on a fresh machine.
# Ends with one plain line, "N passed, N failed, N skipped", summed over every test project.
set -uo pipefail
cd "$(dirname "$0")"

# The browser tests drive Debian's Chromium, and pages and printed certificates need a CJK font (Noto Serif/Sans CJK):
# without it Chinese renders as empty boxes. The Nu Html Checker (vnu.jar) runs on Java. The replicas' test puts
# Debian's nginx in front of three service processes. The camera test films a certificate's QR code into Chromium's fake
# camera with Debian's ffmpeg. Install what is missing, when we may.
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/ffmpeg ] || missing+=(ffmpeg)
# grep reads all of fc-list's output: with -q it would stop at the first match, fc-list would die of SIGPIPE, and under
# pipefail the installed fonts would count as missing.
fc-list : family 2>/dev/null | grep -i "Noto Serif CJK" >/dev/null || missing+=(fonts-noto-cjk)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
# The 电子证书's test reads the printed PDF as others would: poppler-utils turns it into pixels and reads its metadata
# and fonts, and zbar-tools decodes its QR code a second way, beside ZXing.
command -v pdftoppm >/dev/null 2>&1 || missing+=(poppler-utils)
command -v zbarimg >/dev/null 2>&1 || missing+=(zbar-tools)
# systemd-analyze checks the daily rebuild's units in deploy/systemd.
command -v systemd-analyze >/dev/null 2>&1 || missing+=(systemd)
# skillcert is published as one native executable (docs/deploying.md); .NET's native compiler links it with clang.
command -v clang >/dev/null 2>&1 || missing+=(clang)
[ -x /usr/sbin/nginx ] || command -v nginx >/dev/null 2>&1 || missing+=(nginx)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -eq 0 ]; then apt_get="apt-get"; elif sudo -n true 2>/dev/null; then apt_get="sudo apt-get"; else apt_get=""; fi
  if [ -z "$apt_get" ]; then
    echo "test.sh: ${missing[*]} missing; install with: sudo apt-get install -y ${missing[*]}" >&2
    exit 2
  fi
  echo "test.sh: installing ${missing[*]} from Debian"
  $apt_get install -y "${missing[@]}" >/dev/null 2>&1 || { $apt_get update -qq && $apt_get install -y -qq "${missing[@]}" >/dev/null; } || {
    echo "test.sh: could not install ${missing[*]}; install with: sudo apt-get install -y ${missing[*]}" >&2
    exit 2
  }
fi

# axe-core and the Nu Html Checker (vnu-jar), at the versions pinned in the lock file, into a git-ignored node_modules.
# Install scripts are skipped: vnu-jar's would fetch a Java runtime, and the machine's own Java runs it.
browser_tests=tests/SkillCert.Tests.Browser
if [ ! -f "$browser_tests/node_modules/axe-core/axe.min.js" ] || [ ! -f "$browser_tests/node_modules/vnu-jar/build/dist/vnu.jar" ]; then
  echo "test.sh: installing axe-core and vnu-jar with npm ci"
  npm ci --prefix "$browser_tests" --ignore-scripts --no-audit --no-fund >/dev/null || { echo "test.sh: npm ci failed in $browser_tests" >&2; exit 2; }
fi

# The schemas that the Kubernetes manifests are checked against, offline (kubernetes-models and a YAML reader).
deploy_tests=tests/deploy
if [ ! -d "$deploy_tests/node_modules/kubernetes-models" ]; then
  echo "test.sh: installing kubernetes-models with npm ci"
  npm ci --prefix "$deploy_tests" --no-audit --no-fund --ignore-scripts >/dev/null || { echo "test.sh: npm ci failed in $deploy_tests" >&2; exit 2; }
fi
# kubectl renders the Kustomize overlays; Debian's own kubernetes-client (1.20) is too old for their fields.
command -v kubectl >/dev/null || { echo "test.sh: kubectl (1.27 or later) is missing; install it from the Kubernetes apt repository" >&2; exit 2; }

# The OpenAPI validator (@apidevtools/swagger-parser), at the version pinned in its lock file, for the integration tests.
openapi_check=tests/openapi
if [ ! -d "$openapi_check/node_modules/@apidevtools/swagger-parser" ]; then
  echo "test.sh: installing the OpenAPI validator with npm ci"
  npm ci --prefix "$openapi_check" --no-audit --no-fund >/dev/null || { echo "test.sh: npm ci failed in $openapi_check" >&2; exit 2; }
fi

results=TestResults
rm -rf "$results"

# The tests run with a private temporary folder, so that what they leave behind is found and never piles up in /tmp.
# Every fixture names its folders skillcert-*; the .NET tools' own (MSBuild, NuGet, empty scratch folders) do not count.
run_tmp=$(mktemp -d "${TMPDIR:-/tmp}/skillcert-test-run.XXXXXX")
trap 'rm -rf "$run_tmp"' EXIT
TMPDIR="$run_tmp" dotnet test SkillCert.sln --logger trx --results-directory "$results" "$@"
status=$?

# skillcert as docs/deploying.md installs it: one native executable, compiled ahead of time. Every test that starts
# skillcert as a process (trait Runs=skillcert) runs again on it, so that what an administrator runs is what was tested.
case "$(uname -m)" in aarch64|arm64) rid=linux-arm64 ;; *) rid=linux-x64 ;; esac
native="$run_tmp/native"
if dotnet publish generator -c Release -r "$rid" -o "$native" -nologo -v q >"$run_tmp/native-publish.log" 2>&1; then
  SKILLCERT_EXECUTABLE="$native/skillcert" TMPDIR="$run_tmp" dotnet test tests/SkillCert.Tests.Integration --no-build \
    --filter "Runs=skillcert" --logger "trx;LogFileName=native-skillcert.trx" --results-directory "$results" "$@" || status=1
else
  echo "test.sh: publishing skillcert natively ($rid) failed:" >&2
  cat "$run_tmp/native-publish.log" >&2
  status=1
fi
left=$(find "$run_tmp" -mindepth 1 -maxdepth 1 \( -name 'skillcert*' -o -name 'playwright*' -o -name 'puppeteer*' -o -name '*.db' -o -name '*.pem' -o -name '*.key' \) -printf '%f\n')
if [ -n "$left" ]; then
  echo "test.sh: the tests left these in their temporary folder; each fixture must remove what it creates:" >&2
  echo "$left" | sed 's/^/  /' >&2
  [ "$status" -eq 0 ] && status=1
fi

passed=0 failed=0 skipped=0
shopt -s nullglob
for trx in "$results"/*.trx; do
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -n 1)
  value() { sed -n "s/.* $1=\"\([0-9]*\)\".*/\1/p" <<<"$counters"; }
  passed=$((passed + $(value passed)))
  failed=$((failed + $(value failed) + $(value error) + $(value timeout) + $(value aborted)))
  skipped=$((skipped + $(value notExecuted)))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or the runner failed before any test could report, or the tests left files behind; count that as one failure.
  failed=1
fi
echo "$passed passed, $failed failed, $skipped skipped"
exit "$status"
