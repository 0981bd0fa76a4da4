# shellcheck shell=bash
# Shared helpers for deploy/local/run.sh and deploy/local/stop.sh (sourced, not executed).

# shellcheck disable=SC2034  # used by run.sh / stop.sh
RUN_DIR_REL="deploy/local/.run"
# what the command line of each service's java process contains (both run a quarkus-run.jar)
SERVICE_PID_PATTERN="resident-records/target/quarkus-app/quarkus-run.jar"
TAX_PID_PATTERN="local-tax/target/quarkus-app/quarkus-run.jar"
KOKUHO_PID_PATTERN="national-health-insurance/target/quarkus-app/quarkus-run.jar"
KAIGO_PID_PATTERN="long-term-care/target/quarkus-app/quarkus-run.jar"

log()  { printf '\033[1;34m[kikan]\033[0m %s\n' "$*"; }
warn() { printf '\033[1;33m[kikan] WARN:\033[0m %s\n' "$*" >&2; }
die()  { printf '\033[1;31m[kikan] ERROR:\033[0m %s\n' "$*" >&2; exit 1; }

# port_open PORT -> 0 if something accepts TCP connections on localhost:PORT
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# pid_matches PID PATTERN -> 0 if PID is alive and its command line contains PATTERN
# (guards against killing an unrelated process that re-used a stale PID)
pid_matches() {
  local pid=$1 pattern=$2
  [[ -n "$pid" && "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  [[ -r "/proc/$pid/cmdline" ]] || return 0
  tr '\0' ' ' < "/proc/$pid/cmdline" | grep -q -- "$pattern"
}

# stop_pid NAME PID PATTERN [TIMEOUT_S]: SIGTERM the PID (and its direct children), wait, then SIGKILL.
stop_pid() {
  local name=$1 pid=$2 pattern=$3 timeout=${4:-30} i
  local -a children=()
  pid_matches "$pid" "$pattern" || return 0
  log "stopping $name (pid $pid)"
  mapfile -t children < <(pgrep -P "$pid" 2>/dev/null || true)
  kill -TERM "$pid" "${children[@]}" 2>/dev/null || true
  for ((i = 0; i < timeout * 2; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  warn "$name (pid $pid) did not stop within ${timeout}s, sending SIGKILL"
  kill -KILL "$pid" "${children[@]}" 2>/dev/null || true
}

# stop_postmaster PGDATA: stop a postmaster left over in PGDATA (e.g. launcher killed with -9)
stop_postmaster() {
  local pgdata=$1 pid i
  [[ -f "$pgdata/postmaster.pid" ]] || return 0
  pid=$(head -n 1 "$pgdata/postmaster.pid" 2>/dev/null || true)
  pid_matches "$pid" "postgres" || return 0
  log "stopping left-over PostgreSQL postmaster (pid $pid)"
  kill -INT "$pid" 2>/dev/null || true   # SIGINT = PostgreSQL "fast shutdown"
  for ((i = 0; i < 60; i++)); do
    kill -0 "$pid" 2>/dev/null || return 0
    sleep 0.5
  done
  warn "postmaster $pid still running, sending SIGQUIT (immediate shutdown)"
  kill -QUIT "$pid" 2>/dev/null || true
}

# stop_all RUN_DIR: stop everything a previous run.sh recorded in RUN_DIR/*.pid
stop_all() {
  local run=$1
  stop_pid "staff portal"     "$(cat "$run/staff-portal.pid" 2>/dev/null || true)"     "staff-portal"
  stop_pid "long-term-care"   "$(cat "$run/long-term-care.pid" 2>/dev/null || true)"   "$KAIGO_PID_PATTERN"
  stop_pid "national-health-insurance" "$(cat "$run/national-health-insurance.pid" 2>/dev/null || true)" "$KOKUHO_PID_PATTERN"
  stop_pid "local-tax"        "$(cat "$run/local-tax.pid" 2>/dev/null || true)"        "$TAX_PID_PATTERN"
  stop_pid "resident-records" "$(cat "$run/resident-records.pid" 2>/dev/null || true)" "$SERVICE_PID_PATTERN"
  stop_pid "Keycloak"         "$(cat "$run/keycloak.pid" 2>/dev/null || true)"         "keycloak"
  stop_pid "PostgreSQL launcher" "$(cat "$run/postgres.pid" 2>/dev/null || true)"      "EmbeddedPostgres.java"
  stop_postmaster "$run/pgdata"
  rm -f "$run/staff-portal.pid" "$run/long-term-care.pid" "$run/national-health-insurance.pid" "$run/local-tax.pid" "$run/resident-records.pid" "$run/keycloak.pid" "$run/postgres.pid"
}
