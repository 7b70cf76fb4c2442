#!/usr/bin/env bash
# Reliability and security, proven on the running system with figures (docs/reliability.md).
# 1. Tests/Reliability.Tests at full size (RELIABILITY_FULL=1): exactness under concurrency, 10,000
#    malformed requests, exposure, faults under load, a 10-minute soak (RELIABILITY_SOAK_MINUTES).
# 2. The real AppHost as people start it (dotnet run, launch profile "http": ports 8000/9090/18888/18889):
#    dashboard token, OTLP API key, secrets in its console, loopback listeners, Grafana's password,
#    then SIGTERM and SIGKILL.
# Prints one line per row with the measured figure; exits 0 only when every row holds.
# Usage: eng/reliability.sh [--no-build] [--apphost-only]
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d /tmp/reliability.XXXXXX)
figures=$work/figures.txt
failed=0
row() { echo "$1" >>"$figures"; }
fail() { row "$1: FAILED: $2"; failed=1; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

build=1; tests=1
for arg in "$@"; do
  case "$arg" in
    --no-build) build=0 ;;
    --apphost-only) tests=0 ;;
    *) echo "usage: eng/reliability.sh [--no-build] [--apphost-only]" >&2; exit 2 ;;
  esac
done
if [ $build = 1 ]; then
  eng/prerequisites.sh test || exit 1
  dotnet build Aspire.sln -c Release -nologo -v q || { echo "build failed"; exit 1; }
fi

# --- 1. The test project at full size ------------------------------------------------------------
if [ $tests = 1 ]; then
echo "== Tests/Reliability.Tests (full size; the soak alone takes ${RELIABILITY_SOAK_MINUTES:-10} minutes)"
RELIABILITY_FULL=1 RELIABILITY_FIGURES=$figures RELIABILITY_PLOT=$root/docs/images/reliability-soak.svg \
  dotnet test Tests/Reliability.Tests -c Release --no-build -nologo \
  --logger "trx;LogFileName=reliability.trx" --results-directory "$work" >"$work/tests.log" 2>&1 \
  || { failed=1; grep -aE "^\s+Failed |Error Message" -A3 "$work/tests.log" | head -40 >&2; }
fi

# --- 2. The real AppHost process ---
# Grafana's admin password: generated, a secret parameter (the manifest shows the model; Grafana needs a container runtime).
dotnet run --project AppHost -c Release --no-build --no-launch-profile -- --publisher manifest --output-path "$work/manifest.json" \
  --Hosting:ResourceMode=container >"$work/manifest.log" 2>&1
grafana_password=$(python3 -c "import json,sys; m=json.load(open('$work/manifest.json'))['resources']; g=m['grafana']['env'].get('GF_SECURITY_ADMIN_PASSWORD',''); p=g.strip('{}').split('.')[0]; print(g, m.get(p,{}).get('inputs',{}).get('value',{}).get('secret'), 'generate' in m.get(p,{}).get('inputs',{}).get('value',{}).get('default',{}))" 2>/dev/null)
if [[ $grafana_password == "{"*"} True True" ]]; then
  row "Grafana admin password: GF_SECURITY_ADMIN_PASSWORD=${grafana_password%% *}, a generated secret parameter, never 'admin' (load $(load))"
else fail "Grafana admin password" "manifest says '$grafana_password'"; fi
# ------------------------------------------------------------------
ports="8000 9090 18888 18889"
ports_busy() { for p in $ports; do ss -ltnH "sport = :$p" | grep -q . && echo "$p"; done; }
busy=$(ports_busy)
for _ in $(seq 60); do [ -z "$busy" ] && break; sleep 5; busy=$(ports_busy); done

run_id=""
apphost_log=""
start_apphost() {
  run_id=reliability-$RANDOM$RANDOM
  apphost_log=$work/apphost-$run_id.log
  RELIABILITY_RUN=$run_id setsid dotnet run --project AppHost -c Release --no-build --launch-profile http \
    -- --Hosting:ResourceMode=executable >"$apphost_log" 2>&1 &
  for _ in $(seq 240); do
    curl -sf -o /dev/null http://localhost:8000/health && grep -q "Login to the dashboard at" "$apphost_log" && return 0
    sleep 1
  done
  return 1
}
# Every process of the run: whatever carries the run's marker in its environment (the AppHost, DCP and
# what DCP starts inherit it), plus the owners of the run's fixed ports.
run_pids() {
  { grep -l "RELIABILITY_RUN=$run_id" /proc/[0-9]*/environ 2>/dev/null | cut -d/ -f3
    for p in $ports; do ss -ltnpH "sport = :$p" | grep -o 'pid=[0-9]*' | cut -d= -f2; done; } | sort -un
}
alive() { local n=0; for pid in "$@"; do [ -d /proc/$pid ] && ! grep -q '^State:.*Z' /proc/$pid/status 2>/dev/null && n=$((n + 1)); done; echo $n; }
stop_time() { # signal, bound: seconds until no process of the run is left (each one's time goes to a log)
  local signal=$1 bound=$2 pids target started now left
  pids=$(run_pids)
  target=$(for pid in $pids; do tr '\0' ' ' </proc/$pid/cmdline 2>/dev/null | grep -q "AppHost/bin/Release/net10.0/AppHost" && echo "$pid"; done | head -1)
  [ -n "$target" ] || { echo "no AppHost process"; return 1; }
  for pid in $pids; do echo "$pid $(cat /proc/$pid/comm 2>/dev/null) $(tr '\0' ' ' </proc/$pid/cmdline 2>/dev/null | cut -c1-150)"; done >"$work/stop-$signal.pids"
  started=$(date +%s.%N)
  kill -"$signal" "$target"
  left=$pids
  for _ in $(seq $((bound * 10 + 300))); do
    now=$(date +%s.%N)
    for pid in $left; do [ "$(alive "$pid")" = 0 ] && echo "$(echo "$now - $started" | bc) $pid $(grep "^$pid " "$work/stop-$signal.pids" | cut -d' ' -f2-)" >>"$work/stop-$signal.log"; done
    left=$(for pid in $left; do [ "$(alive "$pid")" = 1 ] && echo "$pid"; done)
    [ -z "$left" ] && { echo "$(echo "$now - $started" | bc) $(echo "$pids" | wc -w) $(tail -1 "$work/stop-$signal.log" | cut -d' ' -f3)"; return 0; }
    sleep 0.1
  done
  echo "left: $(for pid in $left; do cat /proc/$pid/comm; done | tr '\n' ' ')"; return 1
}


if [ -n "$busy" ]; then
  for r in "Exposure: dashboard token" "Exposure: OTLP API key" "Exposure: secrets in the AppHost console" \
           "Exposure: listeners of the real AppHost" "AppHost SIGTERM" "AppHost SIGKILL"; do
    fail "$r" "ports $(echo $busy) are held by another run after waiting 5 minutes; not measured"
  done
elif ! start_apphost; then
  fail "AppHost start" "the AppHost did not come up within 240 s (log: $apphost_log)"
else
  echo "== the real AppHost (run $run_id)"
  login=$(grep -o 'http://localhost:18888/login?t=[0-9a-f]*' "$apphost_log" | head -1)
  token=${login##*t=}
  # Dashboard: without the token, the login page; with it, a cookie that opens the dashboard.
  anonymous=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' http://localhost:18888/)
  wrong=$(curl -s -o /dev/null -w '%{http_code} %{redirect_url}' "http://localhost:18888/login?t=0000")
  curl -s -o /dev/null -c "$work/cookies" "$login"
  with_cookie=$(curl -s -o /dev/null -w '%{http_code}' -b "$work/cookies" http://localhost:18888/)
  if [[ $anonymous == 302*login* ]] && [ "$with_cookie" = 200 ]; then
    row "Exposure: dashboard token: without it $anonymous; a wrong token: ${wrong% }; with the console's login URL: 200 (load $(load))"
  else fail "Exposure: dashboard token" "without: '$anonymous', with: '$with_cookie'"; fi
  # OTLP/gRPC on 18889: an empty ExportMetricsServiceRequest (a 5-byte gRPC frame) with and without the key.
  api_pid=$(for pid in $(run_pids); do tr '\0' '\n' </proc/$pid/environ 2>/dev/null | grep -q '^OTEL_SERVICE_NAME=api$' && echo "$pid"; done | tail -1)
  otlp_headers=$(tr '\0' '\n' </proc/"$api_pid"/environ | sed -n 's/^OTEL_EXPORTER_OTLP_HEADERS=//p')
  redis_password=$(tr '\0' '\n' </proc/"$api_pid"/environ | sed -n 's/^ConnectionStrings__cache=.*password=\([^,]*\).*/\1/p')
  otlp() { printf '\x00\x00\x00\x00\x00' | curl -s --http2-prior-knowledge -o /dev/null -D - -H 'content-type: application/grpc' -H 'te: trailers' \
             "$@" --data-binary @- http://localhost:18889/opentelemetry.proto.collector.metrics.v1.MetricsService/Export | tr -d '\r' \
             | awk 'tolower($1) ~ /^(http\/2|grpc-status:)/ {printf "%s ", $0}'; }
  no_key=$(otlp)
  with_key=$(otlp -H "${otlp_headers%%=*}: ${otlp_headers#*=}")
  auth_mode=$(tr '\0' '\n' </proc/"$(for pid in $(run_pids); do tr '\0' '\n' </proc/$pid/environ 2>/dev/null | grep -q '^DASHBOARD__OTLP__AUTHMODE=' && echo "$pid"; done | head -1)"/environ 2>/dev/null | sed -n 's/^DASHBOARD__OTLP__AUTHMODE=//p')
  if [[ $no_key == *401* || $no_key == *"grpc-status: 16"* ]] && [[ $with_key == *"HTTP/2 200"* && $with_key == *"grpc-status: 0"* ]]; then
    row "Exposure: OTLP API key: dashboard OTLP auth mode ${auth_mode:-?}; without the key: ${no_key% }; with it: ${with_key% } (load $(load))"
  else fail "Exposure: OTLP API key" "without: '$no_key', with: '$with_key' (auth mode ${auth_mode:-?})"; fi
  # Secrets in the AppHost's console output.
  leaks=0
  for secret in "$redis_password" "${otlp_headers#*=}"; do
    [ -n "$secret" ] && grep -qF -- "$secret" "$apphost_log" && leaks=$((leaks + 1))
  done
  if [ -n "$redis_password" ] && [ -n "$otlp_headers" ] && [ $leaks = 0 ]; then
    row "Exposure: secrets in the AppHost console: Redis password and OTLP API key found 0 times in $(wc -l <"$apphost_log") lines (the dashboard login token is printed on purpose) (load $(load))"
  else fail "Exposure: secrets in the AppHost console" "$leaks secrets found (or not read: redis '${redis_password:+set}', otlp '${otlp_headers:+set}')"; fi
  # Listeners of every process of this run.
  pids=$(run_pids | paste -sd'|')
  listeners=$(ss -ltnpH | grep -E "pid=($pids)," | awk '{print $4}' | sort -u)
  exposed=$(echo "$listeners" | grep -vE '^(127\.0\.0\.1|\[::1\]|\[::ffff:127\.0\.0\.1\]):' || true)
  if [ -n "$listeners" ] && [ -z "$exposed" ]; then
    row "Exposure: listeners of the real AppHost: $(echo "$listeners" | wc -l) listening sockets of $(run_pids | wc -l) processes, all on loopback (load $(load))"
  else fail "Exposure: listeners of the real AppHost" "beyond loopback: $(echo $exposed)"; fi
  if result=$(stop_time TERM 10); then
    read -r took count last <<<"$result"
    if (( $(echo "$took <= 10" | bc) )); then row "AppHost SIGTERM: all $count processes of the run stopped in ${took:0:5} s (≤ 10 s; last: $last) (load $(load))"
    else fail "AppHost SIGTERM" "took $took s for $count processes (last: $last; $work/stop-TERM.log)"; fi
  else fail "AppHost SIGTERM" "$result"; fi
  if start_apphost && result=$(stop_time KILL 15); then
    read -r took count last <<<"$result"
    if (( $(echo "$took <= 15" | bc) )); then row "AppHost SIGKILL: no process of the run left after ${took:0:5} s (all $count; ≤ 15 s; last: $last) (load $(load))"
    else fail "AppHost SIGKILL" "took $took s for $count processes (last: $last; $work/stop-KILL.log)"; fi
  else fail "AppHost SIGKILL" "${result:-the AppHost did not start again}"; fi
fi

echo "== figures"
cat "$figures"
[ $tests = 0 ] || grep -q "Soak" "$figures" || failed=1
exit $failed
