#!/usr/bin/env bash
# The whole test suite, in the order a failure is cheapest to find: lint, types, pure unit
# tests, sandbox tests (each file starts its own moto on a free port), a production build,
# then the browser tests against that build and a private sandbox, and the team-mode browser
# test against the same build with a throwaway PostgreSQL.
set -euo pipefail
cd "$(dirname "$0")/../.."
export NEXT_TELEMETRY_DISABLED=1

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "lint";              npx eslint --max-warnings 0 .
step "typecheck";         npx tsc --noEmit -p tsconfig.json
step "unit tests";        npx vitest run --project unit
step "sandbox tests";     npx vitest run --project sandbox
step "production build";  VPCD_DIST_DIR=.next-test npx next build
step "browser tests";     VPCD_DIST_DIR=.next-test npx playwright test
step "team-mode browser tests (PostgreSQL)"; VPCD_DIST_DIR=.next-test npx playwright test --config e2e/team/playwright.team.config.ts
