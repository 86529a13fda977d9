#!/usr/bin/env bash
# Start / stop the SPARQL servers the remote-store tests run against, on 127.0.0.1 only.
#
#   eval "$(bash .ci/services.sh start)"   # prints export KB_TEST_OXIGRAPH_URL=... KB_TEST_VIRTUOSO_URL=...
#   bash .ci/services.sh stop
#
# Oxigraph server comes from PyPI (package `oxigraph`, installed into the active Python
# environment when missing); Virtuoso from Debian (`virtuoso-opensource`, installed with
# apt-get when missing and we are root). A server that cannot be had is reported on stderr and
# its variable is not exported, so its tests skip with that reason instead of failing the run.
# State (databases, logs, pid files) lives in $KB_SERVICES_DIR (a fresh /tmp/kb-services.* per start).
# Everything but the export lines goes to stderr, so `eval` sees only those.
set -uo pipefail

# A directory per start (two runs on one machine must not stop each other's servers); `start`
# exports KB_SERVICES_DIR so the `stop` of the same shell finds it.
if [ "${1:-}" = start ] && [ -z "${KB_SERVICES_DIR:-}" ]; then
  DIR="$(mktemp -d /tmp/kb-services.XXXXXX)"
else
  DIR="${KB_SERVICES_DIR:-/tmp/kb-services}"
fi
log() { echo "services: $*" >&2; }

free_port() {
  python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

wait_http() {  # URL SECONDS: wait until the URL answers at all
  local url="$1" secs="$2" i
  for ((i = 0; i < secs * 4; i++)); do
    if python3 - "$url" <<'EOF' 2>/dev/null; then return 0; fi
import sys, urllib.request, urllib.error
try:
    urllib.request.urlopen(sys.argv[1], timeout=2)
except urllib.error.HTTPError:
    pass  # any HTTP answer means the server is up
sys.exit(0)
EOF
    sleep 0.25
  done
  return 1
}

start_oxigraph() {
  if ! command -v oxigraph >/dev/null; then
    log "installing the oxigraph server from PyPI"
    python3 -m pip install -q oxigraph >&2 || { log "oxigraph not installable; its tests will skip"; return; }
  fi
  local port data
  port="$(free_port)"
  data="$DIR/oxigraph"
  rm -rf "$data" && mkdir -p "$data"
  oxigraph serve --location "$data" --bind "127.0.0.1:$port" >"$DIR/oxigraph.log" 2>&1 </dev/null &
  echo $! >"$DIR/oxigraph.pid"
  if wait_http "http://127.0.0.1:$port/query?query=ASK%7B%7D" 30; then
    log "oxigraph server on 127.0.0.1:$port (pid $(cat "$DIR/oxigraph.pid"))"
    echo "export KB_TEST_OXIGRAPH_URL=http://127.0.0.1:$port"
    # the binary too: tests that need a server of their own (the gazetteer update) start it
    echo "export KB_TEST_OXIGRAPH_BIN=$(command -v oxigraph)"
  else
    log "oxigraph server did not start; see $DIR/oxigraph.log"
  fi
}

start_virtuoso() {
  if ! command -v virtuoso-t >/dev/null; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
      log "installing virtuoso-opensource from Debian"
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource) >&2 \
        || { log "virtuoso not installable; its tests will skip"; return; }
    else
      log "virtuoso-t not found (apt-get install virtuoso-opensource); its tests will skip"
      return
    fi
  fi
  local sqlport httpport data
  sqlport="$(free_port)"
  httpport="$(free_port)"
  data="$DIR/virtuoso"
  rm -rf "$data" && mkdir -p "$data"
  cat >"$data/virtuoso.ini" <<EOF
[Database]
DatabaseFile    = $data/virtuoso.db
ErrorLogFile    = $data/virtuoso.log
LockFile        = $data/virtuoso.lck
TransactionFile = $data/virtuoso.trx
xa_persistent_file = $data/virtuoso.pxa
MaxCheckpointRemap = 2000
Striping        = 0
TempStorage     = TempDatabase
[TempDatabase]
DatabaseFile    = $data/virtuoso-temp.db
TransactionFile = $data/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping        = 0
[Parameters]
ServerPort      = 127.0.0.1:$sqlport
DisableUnixSocket = 1
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode        = 2
DirsAllowed     = ., $data, /usr/share/virtuoso-opensource-7/vad
VADInstallDir   = /usr/share/virtuoso-opensource-7/vad/
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
MaxQueryMem     = 500M
[HTTPServer]
ServerPort      = 127.0.0.1:$httpport
ServerRoot      = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 10
ServerThreads   = 10
Charset         = UTF-8
EnabledGzipContent = 0
[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 120
MaxQueryCostEstimationTime = 400
EOF
  # The subshell's own output goes to the log too: an inherited stdout would keep the caller's
  # $(...) waiting for as long as the server runs.
  (cd "$data" && exec virtuoso-t +foreground +configfile "$data/virtuoso.ini") >"$DIR/virtuoso.out" 2>&1 </dev/null &
  echo $! >"$DIR/virtuoso.pid"
  local ok=""
  for ((i = 0; i < 240; i++)); do
    if isql-vt "127.0.0.1:$sqlport" dba dba exec="SELECT 1;" >/dev/null 2>&1; then ok=1; break; fi
    sleep 0.5
  done
  if [ -z "$ok" ]; then
    log "virtuoso did not start; see $data/virtuoso.log"
    return
  fi
  # The unauthenticated SPARQL user may update (the server listens on 127.0.0.1 only, for tests):
  # SPARQL_UPDATE for /sparql, and write permission on graphs for /sparql-graph-crud.
  isql-vt "127.0.0.1:$sqlport" dba dba exec="GRANT SPARQL_UPDATE TO \"SPARQL\"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);" >&2 \
    || log "could not grant SPARQL_UPDATE"
  if wait_http "http://127.0.0.1:$httpport/sparql?query=ASK%7B%7D" 60; then
    log "virtuoso on 127.0.0.1:$httpport (sql $sqlport, pid $(cat "$DIR/virtuoso.pid"))"
    echo "export KB_TEST_VIRTUOSO_URL=http://127.0.0.1:$httpport/sparql"
    echo "$sqlport" >"$DIR/virtuoso.sqlport"
  else
    log "virtuoso HTTP did not answer; see $data/virtuoso.log"
  fi
}

stop_one() {  # NAME: end the process we started, by its pid
  local pidfile="$DIR/$1.pid" pid
  [ -f "$pidfile" ] || return 0
  pid="$(cat "$pidfile")"
  if kill -0 "$pid" 2>/dev/null; then
    if [ "$1" = virtuoso ] && [ -f "$DIR/virtuoso.sqlport" ]; then
      # A clean shutdown (checkpoint) instead of a kill; the subshell then exits by itself.
      isql-vt "127.0.0.1:$(cat "$DIR/virtuoso.sqlport")" dba dba exec="shutdown;" >/dev/null 2>&1 || true
    fi
    pkill -TERM -P "$pid" 2>/dev/null || true
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < 40; i++)); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -KILL "$pid" 2>/dev/null || true
  fi
  rm -f "$pidfile"
}

case "${1:-}" in
  start)
    mkdir -p "$DIR"
    echo "export KB_SERVICES_DIR=$DIR"
    start_oxigraph
    start_virtuoso
    ;;
  stop)
    stop_one oxigraph
    stop_one virtuoso
    rm -rf "$DIR"
    log "stopped"
    ;;
  *)
    echo "usage: $0 start|stop" >&2
    exit 2
    ;;
esac
exit 0
