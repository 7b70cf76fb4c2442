#!/usr/bin/env bash
# The Api on Aspire's Redis client, measured against a real redis-server on loopback:
#   1. start with nothing on the Redis port: launch → /alive 200, and the first (uncached) prediction;
#   2. Redis SIGSTOPped (hung): latency of one prediction (bounded by Cache:OperationTimeout);
#   3. Redis SIGKILLed: time until /health says Degraded; restarted on the same port: until Healthy again.
# Usage: dotnet build Api -c Release && dotnet build Predictor -c Release && Benchmarks/redis-outage.sh
set -euo pipefail
cd "$(dirname "$0")/.."
port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
ms() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
RP=$(port); PP=$(port); AP=$(port); PW=bench$RANDOM; D=$(mktemp -d); PIDS=()
trap 'for p in "${PIDS[@]}"; do kill -TERM "$p" 2>/dev/null || true; done; rm -rf "$D"' EXIT
redis() { redis-server --port "$RP" --bind 127.0.0.1 --requirepass "$PW" --save "" --appendonly no --dir "$D" >/dev/null & RPID=$!; PIDS+=("$RPID")
  until redis-cli -p "$RP" -a "$PW" --no-auth-warning ping 2>/dev/null | grep -q PONG; do sleep 0.05; done; }
status() { curl -s -m 5 "http://127.0.0.1:$AP/health" | python3 -c 'import json,sys; print(json.load(sys.stdin)["status"])'; }
ASPNETCORE_URLS=http://127.0.0.1:$PP dotnet Predictor/bin/Release/net10.0/Predictor.dll --contentRoot "$PWD/Predictor" >/dev/null 2>&1 & PIDS+=($!)
until curl -sf -o /dev/null "http://127.0.0.1:$PP/alive"; do sleep 0.05; done

t0=$(date +%s%N)
ASPNETCORE_URLS=http://127.0.0.1:$AP ConnectionStrings__cache=127.0.0.1:$RP,password=$PW services__predictor__http__0=http://127.0.0.1:$PP \
  dotnet Api/bin/Release/net10.0/Api.dll --contentRoot "$PWD/Api" >/dev/null 2>&1 & PIDS+=($!)
until curl -sf -o /dev/null "http://127.0.0.1:$AP/alive"; do sleep 0.02; done
echo "Redis down at start: /alive after $(ms "$t0") ms; /health $(status)"
t1=$(date +%s%N); curl -s -o /dev/null -w "  first prediction %{http_code} " "http://127.0.0.1:$AP/predict/AAPL"; echo "in $(ms "$t1") ms"

redis
t2=$(date +%s%N); until [ "$(status)" = Healthy ]; do sleep 0.05; done; echo "Redis started: /health Healthy after $(ms "$t2") ms"
curl -s -o /dev/null "http://127.0.0.1:$AP/predict/MSFT"
kill -STOP "$RPID"
t3=$(date +%s%N); curl -s -o /dev/null -D - "http://127.0.0.1:$AP/predict/MSFT" | grep -i '^x-cache' | tr -d '\r' | tr '\n' ' '; echo "with Redis hung: $(ms "$t3") ms"
kill -CONT "$RPID"
kill -KILL "$RPID"
t4=$(date +%s%N); until [ "$(status)" = Degraded ]; do sleep 0.05; done; echo "Redis killed: /health Degraded after $(ms "$t4") ms"
t5=$(date +%s%N); curl -s -o /dev/null -w "  prediction %{http_code} " "http://127.0.0.1:$AP/predict/MSFT"; echo "in $(ms "$t5") ms"
redis
t6=$(date +%s%N); until [ "$(status)" = Healthy ]; do sleep 0.05; done; echo "Redis restarted: /health Healthy after $(ms "$t6") ms"
curl -s "http://127.0.0.1:$AP/metrics" | grep -E '^cache_(errors|hits|misses)_total' | sed 's/^/  /'
