#!/usr/bin/env bash
# Copies the QR decoder that /scan/ falls back to (jsQR, pure JavaScript, no WebAssembly) from the npm registry into
# assets/vendor/, with its licence and a note of its version, so that building and running the site need only the
# .NET SDK. Run it by hand to update: ./site-templates/update-vendor.sh [version], default the registry's latest.
# Exit codes: 0 copied, 1 npm or the package failed, 2 wrong use.
set -euo pipefail
cd "$(dirname "$0")"

[ $# -le 1 ] || { echo "用法：$0 [版本号]（不写则取最新版）" >&2; exit 2; }
command -v npm >/dev/null || { echo "update-vendor.sh: 需要 npm（Node.js）才能从 npm 取得 jsQR" >&2; exit 2; }
spec="jsqr@${1:-latest}"
vendor=assets/vendor
work=$(mktemp -d "${TMPDIR:-/tmp}/skillcert-vendor.XXXXXX")
trap 'rm -rf "$work"' EXIT

# npm pack fetches the package's tarball as the registry serves it, without installing or running anything.
(cd "$work" && npm pack "$spec" --json >pack.json 2>pack.log) || { echo "update-vendor.sh: npm pack $spec failed:" >&2; cat "$work/pack.log" >&2; exit 1; }
tarball=$(node -e 'const p=require(process.argv[1])[0]; console.log(p.filename)' "$work/pack.json")
version=$(node -e 'const p=require(process.argv[1])[0]; console.log(p.version)' "$work/pack.json")
integrity=$(node -e 'const p=require(process.argv[1])[0]; console.log(p.integrity)' "$work/pack.json")
tar -xzf "$work/$tarball" -C "$work"
for f in package/dist/jsQR.js package/LICENSE; do
  [ -f "$work/$f" ] || { echo "update-vendor.sh: $spec has no $f; the package's layout changed, look before updating" >&2; exit 1; }
done
license=$(node -e 'console.log(require(process.argv[1]).license)' "$work/package/package.json")
[ "$license" = "Apache-2.0" ] || { echo "update-vendor.sh: $spec is now licensed $license, not Apache-2.0; check it before updating" >&2; exit 1; }

cp "$work/package/dist/jsQR.js" "$vendor/jsQR.js"
cp "$work/package/LICENSE" "$vendor/jsQR.LICENSE.txt"
cat >"$vendor/VERSIONS.txt" <<NOTE
jsQR, the QR decoder /scan/ uses where the browser has no BarcodeDetector.
package:   jsqr $version (npm), file dist/jsQR.js, unchanged
licence:   Apache-2.0, jsQR.LICENSE.txt
integrity: $integrity (the npm tarball)
sha256:    $(sha256sum "$vendor/jsQR.js" | cut -d' ' -f1)  jsQR.js
source:    https://github.com/cozmo/jsQR
update:    site-templates/update-vendor.sh [version]
NOTE
echo "jsQR $version copied to site-templates/$vendor/"
