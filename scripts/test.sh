#!/usr/bin/env bash
# `npm test [-- vitest args]`: installs what is missing, then runs the linters (the whole suite
# only: a run narrowed by vitest arguments skips them) and vitest once. Vitest's global setup
# (test/support/global-setup.ts) creates the test database and starts a Temporal dev server.
# Bootstrap also builds the console when it changed, and installs Chromium for the e2e project.
# The exit code is the linters' or vitest's.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/bootstrap.sh --browser
if [[ $# -eq 0 ]]; then
  echo "[test] lint: eslint, prettier --check, dependency-cruiser, tsc (server and console)" >&2
  npm run --silent lint
fi
exec npx --no-install vitest run "$@"
