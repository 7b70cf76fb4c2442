#!/usr/bin/env bash
# Start-up time of the prebuilt AppHost: launch until the api (the last resource to start) answers
# /health on :8000, over N runs. Needs ports 8000, 9090 and 18888 free.
# Usage: dotnet build AppHost -c Release && Benchmarks/apphost-startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
[ -f AppHost/bin/Release/net10.0/AppHost.dll ] || { echo "build first: dotnet build AppHost -c Release" >&2; exit 1; }
runs=${1:-5}
for i in $(seq "$runs"); do
  log=$(mktemp)
  t0=$(date +%s%N)
  setsid dotnet run --project AppHost -c Release --no-build > "$log" 2>&1 < /dev/null & pid=$!
  until curl -s -m 1 -o /dev/null -f http://localhost:8000/health || ! kill -0 "$pid" 2>/dev/null; do sleep 0.1; done
  t1=$(date +%s%N)
  printf 'run %d: api healthy after %d ms\n' "$i" $(( (t1 - t0) / 1000000 ))
  kill -TERM -- "-$pid"; wait "$pid" || true; rm -f "$log"
  while curl -s -m 1 -o /dev/null http://localhost:18888/; do sleep 0.2; done
done
