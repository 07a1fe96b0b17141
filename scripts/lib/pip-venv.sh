# Sourced by scripts/bootstrap.sh and scripts/fuzz.sh: installs pinned PyPI packages into a
# project-local venv, again only when the pins change or a binary is missing.
#   ensure_venv DIR "binary ..." package==version ...
ensure_venv() {
  local venv="$1" binaries="$2"
  shift 2
  local wanted="$*" stamp="$venv/.exoflow-packages" binary ready=1
  for binary in $binaries; do [[ -x "$venv/bin/$binary" ]] || ready=0; done
  [[ $ready == 1 && -f "$stamp" && "$(cat "$stamp")" == "$wanted" ]] && return 0
  command -v python3 >/dev/null || die "python3 is not installed (needed for ${wanted} from PyPI)"
  if [[ ! -x "$venv/bin/pip" ]]; then
    log "creating $venv"
    rm -rf "$venv"
    python3 -m venv "$venv" || die "python3 -m venv failed (Debian: apt-get install python3-venv)"
  fi
  log "installing ${wanted} into $venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "$@" || die "pip install failed: is PyPI reachable?"
  for binary in $binaries; do
    [[ -x "$venv/bin/$binary" ]] || die "$venv/bin/$binary is missing after pip install"
  done
  printf '%s' "$wanted" >"$stamp"
}
