#!/usr/bin/env bash
# Installs whatever this project needs and is missing, and nothing global:
#   node_modules (npm ci), a Python venv in .venv with the pinned moto, and with --test
#   Debian's chromium for the browser tests and Debian's postgresql for the team-mode store tests; on Linux as root, bubblewrap and nftables so the
#   sandbox can run instances' user data. Safe to run again: each step checks first.
set -euo pipefail
cd "$(dirname "$0")/../.."

want_browser=false
[[ "${1:-}" == "--test" ]] && want_browser=true

say() { printf '\033[2m[setup]\033[0m %s\n' "$*"; }

# 1. Node packages, reinstalled when package-lock.json changed since the last install.
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "installing Node packages (npm ci)…"
  npm ci --no-audit --no-fund --loglevel=error
fi

# 2. The AWS sandbox: moto in a project-local venv, pinned by server/sandbox/requirements.txt.
req=server/sandbox/requirements.txt
stamp=.venv/.requirements-installed
if [[ ! -x .venv/bin/python || ! -f "$stamp" ]] || ! cmp -s "$req" "$stamp"; then
  say "installing the sandbox (Python venv with $(tr "\n" " " < "$req"))…"
  command -v python3 >/dev/null || { echo "python3 is required for the sandbox (Debian: apt-get install python3 python3-venv)" >&2; exit 1; }
  python3 -m venv .venv || { echo "could not create .venv; on Debian install python3-venv" >&2; exit 1; }
  .venv/bin/pip install --quiet --disable-pip-version-check -r "$req"
  cp "$req" "$stamp"
fi

# 2b. With --test: checkers the tests run on exported code (cfn-lint), pinned apart from the sandbox's.
tools=server/setup/test-tools.txt
tools_stamp=.venv/.test-tools-installed
if $want_browser && { [[ ! -f "$tools_stamp" ]] || ! cmp -s "$tools" "$tools_stamp"; }; then
  say "installing test tools into .venv ($(tr "\n" " " < "$tools"))…"
  .venv/bin/pip install --quiet --disable-pip-version-check -r "$tools"
  cp "$tools" "$tools_stamp"
fi

# 3. A browser for the Playwright tests: Debian's chromium (Playwright's own download cannot work offline).
if $want_browser && [[ ! -x /usr/bin/chromium ]]; then
  say "installing Debian's chromium for the browser tests…"
  sudo_cmd=""
  [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
fi
# 4. What the sandbox needs to run instances' user data (server/sandbox/README.md, "Workloads"):
#    bubblewrap, nftables and iproute2 from Debian. Network namespaces need root, so elsewhere
#    (not Linux, not root, no apt) this is skipped quietly and the sandbox reports workloads
#    unavailable instead.
if [[ "$(uname -s)" == "Linux" && $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
  if ! command -v bwrap >/dev/null || ! command -v nft >/dev/null || ! command -v ip >/dev/null; then
    say "installing bubblewrap and nftables so the sandbox can run instances' user data…"
    apt-get update -qq || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq bubblewrap nftables iproute2 >/dev/null || say "could not install bubblewrap/nftables: the sandbox will not run workloads"
  fi
fi

# 5. shellcheck, which the tests run on the exported AWS CLI scripts (Debian's package).
if $want_browser && ! command -v shellcheck >/dev/null; then
  say "installing Debian's shellcheck for the export tests…"
  sudo_cmd=""
  [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq shellcheck >/dev/null
fi
# 6. With --test: a PostgreSQL server for the team-mode store tests (server/testing/postgres-harness.ts
#    starts its own in a temporary data directory; nothing is started here). Debian's package also
#    creates the `postgres` user the harness runs the server as when the tests run as root.
has_pg_server() { compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || command -v initdb >/dev/null; }
if $want_browser && { ! has_pg_server || { [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; }; }; then
  say "installing Debian's postgresql for the team-mode store tests…"
  sudo_cmd=""
  [[ $(id -u) -ne 0 ]] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq postgresql >/dev/null
fi
exit 0
