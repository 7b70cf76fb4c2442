# Process helpers for eng/bench.sh (sourced): random loopback ports, starting services the way Aspire would
# (ASPNETCORE_URLS plus the injected variables), readiness waits with a deadline, and stopping every process
# this run started — by its own PID, TERM first, KILL after 10 s.

declare -A pids=()
used_ports=" "

# A port below Linux's ephemeral range (32768+), so outgoing connections cannot be holding it, that nothing
# accepts connections on right now.
free_port() {
  local port
  while :; do
    port=$((20000 + RANDOM % 12000))
    [[ "$used_ports" == *" $port "* ]] && continue
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && continue
    used_ports+="$port "
    echo "$port"
    return
  done
}

# start_process NAME COMMAND ARGS…: in the background, output to $work/NAME.log.
start_process() {
  local name=$1; shift
  "$@" >"$work/$name.log" 2>&1 &
  pids[$name]=$!
}

# start_service NAME DLL PORT [VAR=VALUE…]: a prebuilt .NET service alone, on 127.0.0.1:PORT.
start_service() {
  local name=$1 dll=$2 port=$3; shift 3
  start_process "$name" env ASPNETCORE_URLS="http://127.0.0.1:$port" "$@" dotnet "$dll" --contentRoot "$(dirname "$dll")"
}

# wait_for WHAT CHECK ARGS…: polls CHECK every 100 ms for up to 60 s; on timeout shows the logs and fails.
wait_for() {
  local what=$1; shift
  local deadline=$((SECONDS + 60))
  until "$@"; do
    if (( SECONDS > deadline )); then
      echo "error: $what did not become ready in 60 s; logs:" >&2
      tail -n 20 "$work"/*.log >&2
      return 1
    fi
    sleep 0.1
  done
}

http_ok() { curl -fsS -o /dev/null --max-time 2 "$1" 2>/dev/null; }

redis_answers() { [ "$(redis-cli -p "$1" -a "$2" --no-auth-warning ping 2>/dev/null)" = PONG ]; }

# Every service this run started must still be running; a figure measured against a dead one means nothing.
require_alive() {
  local name
  for name in "${!pids[@]}"; do
    [ "$name" = scraper ] && continue
    kill -0 "${pids[$name]}" 2>/dev/null && continue
    echo "error: $name (pid ${pids[$name]}) is gone; something stopped it during the run. Its log:" >&2
    tail -n 20 "$work/$name.log" >&2
    exit 3
  done
}

rss_mb() { awk '/^VmRSS:/ {printf "%.1f", $2/1024}' "/proc/$1/status" 2>/dev/null; }
# What the resident memory is made of, in MB: anonymous (GC heap, native allocations, stacks), file-backed (the
# mapped assemblies and native libraries, shared with every other .NET process), shared memory (.NET's
# double-mapped JIT code under W^X).
rss_parts() { awk '/^RssAnon:/ {a=$2} /^RssFile:/ {f=$2} /^RssShmem:/ {s=$2} END {printf "%.0f %.0f %.0f", a/1024, f/1024, s/1024}' "/proc/$1/status" 2>/dev/null; }

stop_all() {
  local name pid
  for name in "${!pids[@]}"; do
    pkill -TERM -P "${pids[$name]}" 2>/dev/null || true   # its children (the scraper's wrk), by parent PID
    kill -TERM "${pids[$name]}" 2>/dev/null || true
  done
  for name in "${!pids[@]}"; do
    pid=${pids[$name]}
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  done
  pids=()
}
