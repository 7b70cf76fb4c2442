#!/usr/bin/env bash
# Start-up time of the prebuilt AppHost: launch until every resource is healthy, over N runs.
# Usage: dotnet build AppHost -c Release && Benchmarks/apphost-startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
dll=AppHost/bin/Release/net10.0/AppHost.dll
[ -f "$dll" ] || { echo "build first: dotnet build AppHost -c Release" >&2; exit 1; }
runs=${1:-5}
for i in $(seq "$runs"); do
  log=$(mktemp)
  t0=$(date +%s%N)
  dotnet "$dll" --Hosting:RandomizePorts=true > "$log" 2>&1 & pid=$!
  until grep -q "All resources up" "$log" || ! kill -0 "$pid" 2>/dev/null; do sleep 0.02; done
  t1=$(date +%s%N)
  printf 'run %d: wall %d ms, %s\n' "$i" $(( (t1 - t0) / 1000000 )) "$(grep -o 'All resources up in [0-9.]* s' "$log" || echo 'FAILED')"
  kill -TERM "$pid"; wait "$pid" || true; rm -f "$log"
done
