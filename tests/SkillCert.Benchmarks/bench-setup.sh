# Sourced by the benchmark scripts beside it and by tests/soak.sh, with `repo` set to the repository's root: what each
# of them does before it measures anything, done one way. Not a script of its own.

# The folder with bench/gen_content.py and bench/hugo_peer.py: SKILLCERT_SHARED, else ../shared beside the repository.
shared=${SKILLCERT_SHARED:-$repo/../shared}
[ -f "$shared/bench/gen_content.py" ] || shared=/work/shared

# need COMMAND PACKAGE: installs the Debian package when the command is missing.
need() { command -v "$1" >/dev/null 2>&1 || { echo "installing $2"; apt-get install -y -qq "$2" >/dev/null; }; }

# GNU time, for wall time and peak memory (bash's own `time` reports no memory).
need_gnu_time() { [ -x /usr/bin/time ] || { echo "installing time"; apt-get install -y -qq time >/dev/null; }; }

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

# publish_skillcert DIR: the generator as an administrator runs it, Release and ReadyToRun, into DIR.
publish_skillcert() {
  echo "publishing skillcert (Release, ReadyToRun)"
  dotnet publish "$repo/generator" -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true \
    -o "$1" -nologo -v q >/dev/null
}
