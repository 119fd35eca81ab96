#!/usr/bin/env bash
# Backs up what SkillCert cannot make again: the signing and ID keys, the latest export (it holds every number given,
# the serial floors that keep a number from being given twice, the revocations and the published keys) and the rosters.
#
#   deploy/backup.sh --export certificates.db --keys KEYDIR [--rosters DIR] --out skillcert-backup-2026-12-06.tar.gz
#
# The archive holds private keys and holders' names: it is written with mode 600. Encrypt it before it leaves the
# machine (for example: gpg --encrypt --recipient backup@centre FILE), and keep one copy off site.
# Restore with deploy/restore.sh; docs/deploying.md has both.
set -euo pipefail
usage() { echo "usage: $0 --export FILE --keys DIR [--rosters DIR] --out FILE.tar.gz" >&2; exit 2; }
export_file="" keys="" rosters="" out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --export) export_file=${2:-}; shift 2 ;;
    --keys) keys=${2:-}; shift 2 ;;
    --rosters) rosters=${2:-}; shift 2 ;;
    --out) out=${2:-}; shift 2 ;;
    *) usage ;;
  esac
done
[ -n "$export_file" ] && [ -n "$keys" ] && [ -n "$out" ] || usage
[ -f "$export_file" ] || { echo "backup.sh: 找不到导出文件 $export_file (the export is missing)" >&2; exit 2; }
[ -d "$keys" ] || { echo "backup.sh: 找不到密钥目录 $keys (the keys folder is missing)" >&2; exit 2; }
[ -z "$rosters" ] || [ -d "$rosters" ] || { echo "backup.sh: 找不到名册目录 $rosters (the rosters folder is missing)" >&2; exit 2; }
[ ! -e "$out" ] || { echo "backup.sh: $out 已存在，不会覆盖 (will not overwrite an existing backup)" >&2; exit 2; }

umask 077
stage=$(mktemp -d "${TMPDIR:-/tmp}/skillcert-backup.XXXXXX")
trap 'rm -rf "$stage"' EXIT
mkdir -p "$stage/backup/export" "$stage/backup/keys"
# The export is published by an atomic rename, so a copy is always of one whole export, never of a half-written one.
cp -p "$export_file" "$stage/backup/export/certificates.db"
cp -pR "$keys/." "$stage/backup/keys/"
[ -z "$rosters" ] || { mkdir -p "$stage/backup/rosters" && cp -pR "$rosters/." "$stage/backup/rosters/"; }
(cd "$stage/backup" && find . -type f ! -name SHA256SUMS -print0 | sort -z | xargs -0 sha256sum > SHA256SUMS)
tar -C "$stage" -czf "$out.partial" backup
chmod 600 "$out.partial"
mv "$out.partial" "$out"
echo "backup.sh: 已备份 $(($(wc -l < "$stage/backup/SHA256SUMS"))) 个文件到 $out (backed up)"
