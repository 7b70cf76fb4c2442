# Load runs for eng/bench.sh (sourced). Each run appends one line to $work/results:
#   round name requests duration_us p50_us p99_us errors load1
# and prints it readably. Load average is the 1-minute figure just before the run.

load1() { cut -d' ' -f1 /proc/loadavg; }

# run_wrk NAME ROUND LOAD WRK-ARGS…: one measured wrk run; parses the done hook's BENCH line.
run_wrk() {
  local name=$1 round=$2 load=$3; shift 3
  local out
  out=$(wrk "$@") || { echo "error: wrk failed for $name: $out" >&2; return 1; }
  local line
  line=$(grep '^BENCH ' <<<"$out") || { echo "error: no BENCH line from wrk for $name" >&2; return 1; }
  local requests duration p50 p99 socket non2xx
  eval "$(sed -E 's/^BENCH //; s/duration_us/duration/; s/p50_us/p50/; s/p99_us/p99/; s/socket_errors/socket/' <<<"$line" | tr ' ' '\n' | sed 's/^/local /')"
  local errors=$((socket + non2xx))
  require_alive
  echo "$round $name $requests $duration $p50 $p99 $errors $load" >>"$work/results"
  awk -v r="$round" -v n="$name" -v q="$requests" -v d="$duration" -v a="$p50" -v b="$p99" -v e="$errors" -v l="$load" \
    'BEGIN { printf "%-6s %-10s %10.0f %9.2f %9.2f %7s  %s\n", r, n, q / (d / 1e6), a / 1000, b / 1000, l, (e > 0 ? e " errors" : "") }'
}

# measure ROUND NAME URL: warm-up, then the measured run.
measure() {
  local round=$1 name=$2 url=$3
  wrk -t"$threads" -c"$connections" -d"${warmup}s" "$url" >/dev/null
  run_wrk "$name" "$round" "$(load1)" -t"$threads" -c"$connections" -d"${seconds}s" -s "$root/eng/bench/report.lua" "$url"
}

# measure_with_scraper ROUND LOAD-URL METRICS-URL: the load as above and, during it, one connection scraping
# /metrics (with a pause between scrapes); records the load as "scrape-load" and the scrapes as "scrape".
measure_with_scraper() {
  local round=$1 url=$2 metrics=$3
  cat "$root/eng/bench/report.lua" "$root/eng/bench/scrape.lua" >"$work/scrape.lua"
  wrk -t"$threads" -c"$connections" -d"${warmup}s" "$url" >/dev/null
  local load; load=$(load1)
  ( run_wrk scrape "$round" "$load" -t1 -c1 -d"${seconds}s" -s "$work/scrape.lua" "$metrics" >"$work/scraper.out" ) &
  local scraper=$!
  pids[scraper]=$scraper
  run_wrk scrape-load "$round" "$load" -t"$threads" -c"$connections" -d"${seconds}s" -s "$root/eng/bench/report.lua" "$url"
  wait "$scraper" || true
  unset 'pids[scraper]'
  cat "$work/scraper.out"
}

# record_rss NAME: resident memory of a service after the load runs, appended to $work/rss.
record_rss() { echo "$1 $(rss_mb "${pids[$1]}") $(rss_parts "${pids[$1]}")" >>"$work/rss"; }

# measure_scrape_idle ROUND METRICS-URL: the scraper alone, no load: what a scrape costs when nothing competes.
measure_scrape_idle() {
  cat "$root/eng/bench/report.lua" "$root/eng/bench/scrape.lua" >"$work/scrape.lua"
  run_wrk scrape-idle "$1" "$(load1)" -t1 -c1 -d"${seconds}s" -s "$work/scrape.lua" "$2"
}
