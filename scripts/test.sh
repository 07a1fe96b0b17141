#!/usr/bin/env bash
# `npm test [-- vitest args]`: installs what is missing, then runs vitest once. Vitest's global
# setup (test/support/global-setup.ts) creates the test database and starts a Temporal dev server.
# The exit code is vitest's.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/bootstrap.sh
exec npx --no-install vitest run "$@"
