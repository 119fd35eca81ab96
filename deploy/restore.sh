#!/usr/bin/env bash
# Restores a backup made by deploy/backup.sh into an empty folder, after checking every file against its SHA-256:
#
#   deploy/restore.sh skillcert-backup-2026-12-06.tar.gz --into /srv/skillcert
#
# It writes export/certificates.db, keys/ and (when backed up) rosters/, every file readable by its owner only. Give
# the restored export to the next `skillcert export` as its --out (it is read first and continued), so that every
# number given before, and every serial floor, carries over and no number is given twice.
set -euo pipefail
usage() { echo "usage: $0 BACKUP.tar.gz --into DIR" >&2; exit 2; }
[ $# -eq 3 ] && [ "$2" = "--into" ] || usage
backup=$1 into=$3
[ -f "$backup" ] || { echo "restore.sh: 找不到备份文件 $backup (the backup is missing)" >&2; exit 2; }
if [ -d "$into" ] && [ -n "$(ls -A "$into")" ]; then
  echo "restore.sh: $into 不是空目录，不会覆盖 (restore only into an empty folder)" >&2; exit 2
fi

umask 077
stage=$(mktemp -d "${TMPDIR:-/tmp}/skillcert-restore.XXXXXX")
trap 'rm -rf "$stage"' EXIT
tar -C "$stage" -xzf "$backup" || { echo "restore.sh: $backup 不是可读的备份 (not a readable backup)" >&2; exit 1; }
[ -f "$stage/backup/SHA256SUMS" ] || { echo "restore.sh: 备份中没有 SHA256SUMS (not a SkillCert backup)" >&2; exit 1; }
if ! (cd "$stage/backup" && sha256sum --quiet -c SHA256SUMS >&2); then
  echo "restore.sh: 备份已损坏，上面列出的文件校验不符；没有恢复任何文件 (the backup is damaged; nothing was restored)" >&2; exit 1
fi
mkdir -p "$into"
cp -pR "$stage/backup/." "$into/"
rm "$into/SHA256SUMS"
find "$into" -type f -exec chmod 600 {} + && find "$into" -type d -exec chmod 700 {} +
echo "restore.sh: 已恢复到 $into (restored): export/certificates.db, keys/$( [ -d "$into/rosters" ] && echo ', rosters/')"
