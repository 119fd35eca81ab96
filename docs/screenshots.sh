#!/usr/bin/env bash
# Makes the README's three screenshots from the demo, with Debian's Chromium: a genuine certificate's result page and
# the catalogue at phone width (390 px), and the same certificate's printable view at A4 width. Run from anywhere:
#   docs/screenshots.sh
# It starts the demo on a free port (the run command of the README), takes the pictures into docs/images/, and stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
chromium=${CHROMIUM:-/usr/bin/chromium}
[ -x "$chromium" ] || { echo "screenshots.sh: $chromium is missing; install it with: sudo apt-get install -y chromium fonts-noto-cjk" >&2; exit 2; }

log=$(mktemp "${TMPDIR:-/tmp}/skillcert-screenshots.XXXXXX")
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
dotnet run --project demo -- --urls "http://127.0.0.1:$port" >"$log" 2>&1 &
demo=$!
trap 'kill $demo 2>/dev/null; wait $demo 2>/dev/null; rm -f "$log"' EXIT

# The demo prints its address once the site and the export are built; the genuine sample's line follows it.
until grep -q "^SkillCert is running" "$log" && grep -q "（genuine）" "$log"; do
  kill -0 $demo 2>/dev/null || { cat "$log" >&2; echo "screenshots.sh: the demo stopped before it was ready" >&2; exit 1; }
  sleep 1
done
base="http://127.0.0.1:$port"
genuine=$(grep "（genuine）" "$log" | grep "?name=" | head -n1 | grep -oE "http://[^ ]+")
number=$(sed -E 's#.*/c/([^/?]+).*#\1#' <<<"$genuine")
query=$(sed -nE 's#^[^?]*(\?.*)$#\1#p' <<<"$genuine")

shot() { # file width height url
  "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --force-device-scale-factor=2 \
    --window-size="$2,$3" --screenshot="$PWD/docs/images/$1" "$4" >/dev/null 2>&1
  echo "docs/images/$1  ← $4"
}
mkdir -p docs/images
shot result-phone.png 390 844 "$genuine"
shot catalogue-phone.png 390 844 "$base/catalogue/"
shot certificate.png 794 1123 "$base/c/$number/certificate$query"
