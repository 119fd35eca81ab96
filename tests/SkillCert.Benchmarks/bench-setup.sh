# Sourced by the benchmark scripts beside it and by tests/soak.sh, with `repo` set to the repository's root: what each
# of them does before it measures anything, done one way. Not a script of its own.

# The folder with bench/gen_content.py and bench/hugo_peer.py: SKILLCERT_SHARED, else ../shared beside the repository.
shared=${SKILLCERT_SHARED:-$repo/../shared}
[ -f "$shared/bench/gen_content.py" ] || shared=/work/shared

# as_root COMMAND...: as is when root, else through sudo.
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# need COMMAND PACKAGE: installs the Debian package when the command is missing.
need() { command -v "$1" >/dev/null 2>&1 || { echo "installing $2"; as_root apt-get install -y -qq "$2" >/dev/null; }; }

# GNU time, for wall time and peak memory (bash's own `time` reports no memory).
need_gnu_time() { [ -x /usr/bin/time ] || { echo "installing time"; as_root apt-get install -y -qq time >/dev/null; }; }

# generate DIR INSTITUTIONS CERTIFICATES: synthetic content and rosters, made once for each size and kept in DIR.
# --batches writes each batch's <batch>.yml with its review, publicity and issue date, without which the export issues
# nothing; the stamp names it, so data made before is made again.
generate() {
  local out=$1 institutions=$2 certificates=$3
  local stamp="$out/.generated-batches-$institutions-$certificates"
  [ -f "$stamp" ] && return 0
  rm -rf "$out"
  echo "generating $institutions institutions and $certificates certificates, in issued batches"
  python3 "$shared/bench/gen_content.py" --institutions "$institutions" --certificates "$certificates" --batches --out "$out" >/dev/null
  touch "$stamp"
}

# publish_skillcert DIR: the generator as docs/deploying.md has an administrator publish it, into DIR: for linux-x64, which
# the project compiles ahead of time into one native executable, DIR/skillcert (3-5 minutes).
publish_skillcert() {
  echo "publishing skillcert (Release, linux-x64: one native executable)"
  dotnet publish "$repo/generator" -c Release -r linux-x64 -o "$1" -nologo -v q >/dev/null
}

# skillcert_published WORK: the folder holding the skillcert to time: SKILLCERT_PUBLISHED when set (one published
# before, such as an earlier commit's, which saves the publish), else this checkout published into WORK/skillcert.
skillcert_published() {
  if [ -n "${SKILLCERT_PUBLISHED:-}" ]; then echo "$SKILLCERT_PUBLISHED"; return; fi
  publish_skillcert "$1/skillcert" >&2
  echo "$1/skillcert"
}

# skillcert_at PATH: the command that runs a skillcert, as words: a native executable itself, or a skillcert.dll (an
# older version's, to compare with) under dotnet.
skillcert_at() {
  case "$1" in *.dll) echo dotnet "$1" ;; *) echo "$1" ;; esac
}

# publish_service DIR: the verification service as an operator publishes it for a runtime (Release, ReadyToRun), into DIR.
publish_service() {
  echo "publishing the verification service (Release, ReadyToRun)"
  dotnet publish "$repo/verify-api" -c Release -r linux-x64 --self-contained false -o "$1" -nologo -v q >/dev/null
}

# two_exports WORK AS_OF: the signing and ID keys, export A of WORK/data's rosters and export B of the same rosters
# with one revocation more (another version, so that renaming B over A is a real switch), and the site built over A;
# each made once and kept in WORK. Needs skillcert() from the caller.
two_exports() {
  local work=$1 as_of=$2
  [ -f "$work/signing.pem" ] || skillcert keys new --out "$work/signing.pem" >/dev/null
  [ -f "$work/id.key" ] || skillcert keys new --id-key --out "$work/id.key" >/dev/null
  export_of() { skillcert export --rosters "$1" --content "$work/data/content" --out "$2" --signing-key "$work/signing.pem" --id-key "$work/id.key" --as-of "$as_of" >/dev/null; }
  if [ ! -f "$work/a.db" ]; then echo "export A"; export_of "$work/data/rosters" "$work/a.db"; fi
  if [ ! -f "$work/b.db" ]; then
    echo "export B"
    rm -rf "$work/rosters-b"; cp -r "$work/data/rosters" "$work/rosters-b"
    local first
    first=$(python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('SELECT number FROM certificates WHERE status = \'valid\' ORDER BY number LIMIT 1').fetchone()[0])" "$work/a.db")
    printf 'number,date,reason\n%s,%s,a revocation that makes another export version\n' "$first" "$as_of" >> "$work/rosters-b/revocations.csv"
    export_of "$work/rosters-b" "$work/b.db"
  fi
  [ -d "$work/site" ] || skillcert build --content "$work/data/content" --templates "$repo/site-templates" --out "$work/site" --export "$work/a.db" --as-of "$as_of" >/dev/null
}

# export_version FILE: the export's content hash, the version its /readyz names.
export_version() { python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute(\"SELECT value FROM meta WHERE key = 'content_hash'\").fetchone()[0])" "$1"; }
