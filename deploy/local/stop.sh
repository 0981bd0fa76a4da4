#!/usr/bin/env bash
# Stops everything deploy/local/run.sh started (also after `run.sh --detach` or a crashed run).
# Only processes recorded in deploy/local/.run/*.pid (plus the postmaster of .run/pgdata) are touched.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
# shellcheck source=SCRIPTDIR/lib.sh
source "$ROOT/deploy/local/lib.sh"
stop_all "$ROOT/$RUN_DIR_REL"
log "stopped"
