#!/usr/bin/env bash
# `npm start`: installs what is missing (scripts/bootstrap.sh), then runs the whole stack
# (scripts/dev.ts): Temporal dev server, Exotel simulator, migrations, worker and API.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/bootstrap.sh
exec node --import tsx scripts/dev.ts "$@"
