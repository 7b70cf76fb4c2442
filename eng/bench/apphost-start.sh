#!/usr/bin/env bash
# AppHost start-up for eng/bench.sh: starts the prebuilt AppHost as `dotnet run` would (its launch profile's
# variables, fixed ports 8000/9090/18888), and times process start → the api's /health answers 200, and → every
# scrape target is up in Prometheus. Prints "APPHOST healthy SECONDS note" and "APPHOST targets SECONDS note",
# or "-" and why it was not measured. SIGTERM then stops the AppHost, which stops everything DCP started.
set -uo pipefail
cd "$(dirname "$0")/../.."

not_measured() {
  echo "APPHOST healthy - not measured ($1)"
  echo "APPHOST targets - not measured ($1)"
  exit 0
}

[ "${BENCH_APPHOST:-1}" = 0 ] && not_measured "BENCH_APPHOST=0"
dll=AppHost/bin/Release/net10.0/AppHost.dll
[ -f "$dll" ] || not_measured "AppHost not built"
busy=()
for port in 8000 9090 18888 18889; do
  (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && busy+=("$port")
done
[ ${#busy[@]} -eq 0 ] || not_measured "ports busy: ${busy[*]}; another run holds them"

log=$(mktemp)
apphost=""
stop() {
  [ -n "$apphost" ] || return
  kill -TERM "$apphost" 2>/dev/null
  for _ in $(seq 300); do kill -0 "$apphost" 2>/dev/null || break; sleep 0.1; done
  kill -KILL "$apphost" 2>/dev/null
  wait "$apphost" 2>/dev/null
  # DCP runs detached and watches the AppHost ("--monitor PID"); it stops by itself once the AppHost is gone.
  local dcp
  for _ in $(seq 100); do
    dcp=$(pgrep -f -- "--monitor $apphost( |$)" || true)
    [ -z "$dcp" ] && break
    sleep 0.1
  done
  [ -n "${dcp:-}" ] && kill -TERM $dcp 2>/dev/null
  rm -f "$log"
}
trap stop EXIT

t0=$(date +%s%N)
ASPNETCORE_URLS=http://localhost:18888 ASPNETCORE_ENVIRONMENT=Development DOTNET_ENVIRONMENT=Development \
ASPIRE_DASHBOARD_OTLP_ENDPOINT_URL=http://localhost:18889 ASPIRE_ALLOW_UNSECURED_TRANSPORT=true \
  dotnet "$dll" >"$log" 2>&1 &
apphost=$!

seconds_since_start() { awk -v a="$t0" -v b="$(date +%s%N)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }
deadline=$((SECONDS + 60))
healthy=""
targets=""
while (( SECONDS < deadline )) && kill -0 "$apphost" 2>/dev/null; do
  if [ -z "$healthy" ] && curl -fsS -o /dev/null --max-time 1 http://localhost:8000/health 2>/dev/null; then
    healthy=$(seconds_since_start)
  fi
  if [ -z "$targets" ]; then
    json=$(curl -fsS --max-time 1 http://localhost:9090/api/v1/targets 2>/dev/null || true)
    total=$(grep -o '"health":"[a-z]*"' <<<"$json" | wc -l)
    up=$(grep -o '"health":"up"' <<<"$json" | wc -l)
    # The api and both predictor replicas.
    if (( total >= 3 && up == total )); then targets=$(seconds_since_start); fi
  fi
  [ -n "$healthy" ] && [ -n "$targets" ] && break
  sleep 0.05
done

why="not reached in 60 s"
kill -0 "$apphost" 2>/dev/null || why="AppHost exited: $(tail -n 3 "$log" | tr '\n' ' ')"
if [ -n "$healthy" ]; then echo "APPHOST healthy $healthy from process start (prebuilt AppHost.dll)"; else echo "APPHOST healthy - $why"; fi
if [ -n "$targets" ]; then echo "APPHOST targets $targets api + 2 predictor replicas up"; else echo "APPHOST targets - $why"; fi
