#!/usr/bin/env bash
# Performance, side by side, in one run. Builds Release; starts redis-server, the predictor, four api instances
# (everything on / metrics off, twice for an A/A pair / every lookup a cache miss) and a bare minimal-API app, each alone on a random
# loopback port with the variables Aspire injects; loads each with wrk; prints one table; stops all it started.
# Every ratio is taken between figures measured in the same run, interleaved (A B … then … B A), because absolute
# figures move from run to run on shared machines. Exits 1 when a ratio goal is missed (or a run saw errors).
#
# Usage: eng/bench.sh [--with-tests]      --with-tests also times eng/test.sh (the whole suite, several minutes)
# Env:   BENCH_SECONDS=10 per measurement, BENCH_WARMUP=2, BENCH_ROUNDS=3, BENCH_THREADS=2, BENCH_CONNECTIONS=32,
#        BENCH_SCRAPE_DELAY_MS=50 (pause between the scraper's requests), BENCH_NO_BUILD=1 (use the last build),
#        BENCH_APPHOST=0 (skip the AppHost start-up measurement; it needs ports 8000, 9090, 18888 and 18889 free)
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

seconds=${BENCH_SECONDS:-10}
warmup=${BENCH_WARMUP:-2}
rounds=${BENCH_ROUNDS:-3}
threads=${BENCH_THREADS:-2}
connections=${BENCH_CONNECTIONS:-32}
export BENCH_SCRAPE_DELAY_MS=${BENCH_SCRAPE_DELAY_MS:-50}
with_tests=0
for arg in "$@"; do
  case "$arg" in
    --with-tests) with_tests=1 ;;
    *) echo "usage: eng/bench.sh [--with-tests]" >&2; exit 2 ;;
  esac
done
for tool in wrk redis-server redis-cli curl dotnet; do
  command -v "$tool" >/dev/null || { echo "error: $tool is not installed (Debian: wrk, redis-server, redis-tools, curl)" >&2; exit 2; }
done

source "$root/eng/bench/processes.sh"
source "$root/eng/bench/measure.sh"
source "$root/eng/bench/table.sh"

work=$(mktemp -d)
trap 'stop_all; rm -rf "$work"' EXIT
trap 'exit 130' INT TERM

# --- build -----------------------------------------------------------------------------------------------------
if [ "${BENCH_NO_BUILD:-0}" != 1 ]; then
  projects=(Predictor Api Benchmarks/BareHello)
  [ "${BENCH_APPHOST:-1}" = 0 ] || projects+=(AppHost)
  echo "building Release (${projects[*]})…"
  for project in "${projects[@]}"; do
    dotnet build "$project" -c Release -nologo -v q -clp:ErrorsOnly >/dev/null || { echo "error: build of $project failed" >&2; exit 2; }
  done
fi
# Each build output is reached through a link in this run's temp dir: other tools on a shared machine find "their"
# processes by command line (the AppHost acceptance check SIGKILLs the first ".../Predictor/bin/Release/..." it
# sees), and must not pick ours.
bin() {
  local link="$work/bin-${1//\//-}"
  [ -e "$link" ] || ln -s "$root/$1/bin/Release/net10.0" "$link"
  echo "$link"
}

# --- start -----------------------------------------------------------------------------------------------------
password=bench$RANDOM$RANDOM
redis_port=$(free_port)
start_process redis redis-server --port "$redis_port" --bind 127.0.0.1 --requirepass "$password" \
  --save "" --appendonly no --dir "$work"
wait_for "redis" redis_answers "$redis_port" "$password"

predictor_port=$(free_port)
start_service predictor "$(bin Predictor)/Predictor.dll" "$predictor_port" OTEL_SERVICE_NAME=predictor

api_env=("ConnectionStrings__cache=127.0.0.1:$redis_port,password=$password"
         "services__predictor__http__0=http://127.0.0.1:$predictor_port" OTEL_SERVICE_NAME=api)
api_on_port=$(free_port)
start_service api "$(bin Api)/Api.dll" "$api_on_port" "${api_env[@]}"
api_off_port=$(free_port)
start_service api-metrics-off "$(bin Api)/Api.dll" "$api_off_port" "${api_env[@]}" Metrics__Enabled=false
# A second, identical instance: the A/A pair shows how far two equal figures drift apart on this machine.
api_off2_port=$(free_port)
start_service api-metrics-off-2 "$(bin Api)/Api.dll" "$api_off2_port" "${api_env[@]}" Metrics__Enabled=false
# A 1 ms TTL puts every lookup in a new time bucket: GET (miss) → predictor → SETEX, the whole miss path.
api_miss_port=$(free_port)
start_service api-cache-miss "$(bin Api)/Api.dll" "$api_miss_port" "${api_env[@]}" Cache__TimeToLive=00:00:00.001
bare_port=$(free_port)
start_service bare-hello "$(bin Benchmarks/BareHello)/BareHello.dll" "$bare_port"

for port in $predictor_port $api_on_port $api_off_port $api_off2_port $api_miss_port; do
  wait_for "service on port $port" http_ok "http://127.0.0.1:$port/health"
done
wait_for "bare-hello" http_ok "http://127.0.0.1:$bare_port/"
ticker_path="/predict/AAPL?model=normal"
curl -fsS -o /dev/null "http://127.0.0.1:$api_on_port$ticker_path"   # fills the cache entry

# --- measure ---------------------------------------------------------------------------------------------------
# name | url | what it is
targets=(
  "root-on|http://127.0.0.1:$api_on_port/|api /, everything on"
  "root-off|http://127.0.0.1:$api_off_port/|api /, Metrics:Enabled=false"
  "root-off-2|http://127.0.0.1:$api_off2_port/|the same, second instance (A/A)"
  "bare|http://127.0.0.1:$bare_port/|bare minimal-API app /"
  "hit|http://127.0.0.1:$api_on_port$ticker_path|api cache hit"
  "miss|http://127.0.0.1:$api_miss_port$ticker_path|api cache miss"
  "predictor|http://127.0.0.1:$predictor_port$ticker_path|predictor alone"
  "scrape|http://127.0.0.1:$api_on_port$ticker_path|api cache hit + /metrics scraper"
  "scrape-idle|http://127.0.0.1:$api_on_port/metrics|/metrics scraper alone"
)
echo
echo "machine: $(nproc) cores, $(lscpu 2>/dev/null | sed -n 's/^Model name: *//p' | head -1), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), .NET $(dotnet --list-runtimes | awk '/NETCore.App/ {v=$2} END {print v}'), $(wrk -v 2>&1 | head -1 | cut -d' ' -f1-2)"
echo "each run: wrk -t$threads -c$connections, ${warmup} s warm-up then ${seconds} s; $rounds rounds, order reversed every other round"
# The first seconds after start run unoptimised code (tiered JIT, dynamic PGO) and cost whichever target comes
# first up to a third of its throughput: every target is loaded once, unmeasured, before round 1.
echo "warming up every target ($((warmup * 2)) s each, not measured)…"
for target in "${targets[@]}"; do
  IFS='|' read -r name url _ <<<"$target"
  [ "$name" = scrape-idle ] && continue
  wrk -t"$threads" -c"$connections" -d"$((warmup * 2))s" "$url" >/dev/null
done
curl -fsS -o /dev/null "http://127.0.0.1:$api_on_port/metrics"
echo
printf '%-6s %-10s %10s %9s %9s %7s  %s\n' round measure "req/s" "p50 ms" "p99 ms" load1 notes
for round in $(seq "$rounds"); do
  order=("${targets[@]}")
  if (( round % 2 == 0 )); then
    order=(); for (( i=${#targets[@]}-1; i>=0; i-- )); do order+=("${targets[i]}"); done
  fi
  for target in "${order[@]}"; do
    IFS='|' read -r name url _ <<<"$target"
    if [ "$name" = scrape ]; then
      measure_with_scraper "$round" "$url" "http://127.0.0.1:$api_on_port/metrics"
    elif [ "$name" = scrape-idle ]; then
      measure_scrape_idle "$round" "$url"
    else
      measure "$round" "$name" "$url"
    fi
  done
done

curl -fsS -H 'Accept: application/openmetrics-text;version=1.0.0' "http://127.0.0.1:$api_on_port/metrics" | wc -l >"$work/scrape-lines"
for name in api predictor api-metrics-off api-metrics-off-2 api-cache-miss bare-hello; do record_rss "$name"; done
stop_all   # the AppHost and the test suite get the machine to themselves
"$root/eng/bench/apphost-start.sh" >"$work/apphost" 2>&1 || true
test_suite_figure "$with_tests" >"$work/tests" 2>&1 || true

echo
print_table "$work/apphost" "$work/tests"
