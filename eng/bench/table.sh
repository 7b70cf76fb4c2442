# The result table for eng/bench.sh (sourced). Reads $work/results (one line per wrk run), $work/rss and the
# AppHost and test-suite figures; prints measure, figure, unit, baseline, ratio, goal and verdict.
# Ratio goals decide the exit status (1 when one is missed, or when a load run saw errors: its figure would be
# meaningless). Absolute goals (ms, MB, s) depend on the machine: shown as MISSED but fail only with BENCH_STRICT=1.

print_table() {
  local apphost=$1 tests=$2
  awk -v strict="${BENCH_STRICT:-0}" '
    FNR == 1 { file++ }
    file == 1 { req[$2] += $3; dur[$2] += $4; p50[$2] += $5; p99[$2] += $6; n[$2]++; err[$2] += $7; next }
    file == 2 { rss[$1] = $2; next }
    file == 3 && /^APPHOST / { apphost[$2] = $3; apphost_note[$2] = substr($0, index($0, $4)); next }
    file == 4 && /^SUITE / { suite = $2; suite_note = substr($0, index($0, $3)); next }
    function rps(k) { return dur[k] > 0 ? req[k] / (dur[k] / 1e6) : 0 }
    function ms99(k) { return n[k] > 0 ? p99[k] / n[k] / 1000 : 0 }
    function invalid(k) { return err[k] > 0 }
    function row(measure, figure, unit, baseline, ratio, goal, verdict) {
      printf "| %-44s | %10s | %-5s | %-24s | %6s | %-8s | %-s |\n", measure, figure, unit, baseline, ratio, goal, verdict
    }
    # A ratio row: figure / baseline against ">= g" or "<= g".
    function ratio_row(measure, a, b, unit, bname, op, g, fmt,    r, ok, verdict) {
      r = b > 0 ? a / b : 0
      ok = (op == ">=") ? r >= g : r <= g
      verdict = ok ? "met" : "MISSED"
      if (!ok) failed = 1
      row(measure, sprintf(fmt, a), unit, bname " " sprintf(fmt, b), sprintf("%.2f", r), op " " g, verdict)
    }
    function absolute_row(measure, value, unit, baseline, op, g, fmt,    ok) {
      ok = (op == "<=") ? value <= g : value >= g
      if (!ok && strict == 1) failed = 1
      row(measure, sprintf(fmt, value), unit, baseline, "", op " " g " " unit, ok ? "met" : "MISSED (absolute, machine-dependent)")
    }
    END {
      for (k in err) if (err[k] > 0) { failed = 1; bad = bad " " k "(" err[k] ")" }
      row("measure", "figure", "unit", "baseline", "ratio", "goal", "verdict")
      print "|----------------------------------------------|------------|-------|--------------------------|--------|----------|---------|"
      ratio_row("api / throughput, metrics on vs off", rps("root-on"), rps("root-off"), "req/s", "metrics off", ">=", 0.97, "%.0f")
      ratio_row("api / (everything on) vs bare minimal API", rps("root-on"), rps("bare"), "req/s", "bare app", ">=", 0.80, "%.0f")
      ratio_row("cache hit /predict throughput vs api /", rps("hit"), rps("root-on"), "req/s", "api /", ">=", 0.50, "%.0f")
      ratio_row("cache hit /predict p99 vs api / p99", ms99("hit"), ms99("root-on"), "ms", "api /", "<=", 2, "%.2f")
      row("cache miss /predict vs the predictor alone", sprintf("%.0f", rps("miss")), "req/s", sprintf("predictor %.0f", rps("predictor")),
          sprintf("%.2f", rps("predictor") > 0 ? rps("miss") / rps("predictor") : 0), "reported", "bounded by the predictor")
      absolute_row("api /metrics p99 while the hit path is loaded", ms99("scrape"), "ms",
          sprintf("%d scrapes, load %.0f req/s", req["scrape"], rps("scrape-load")), "<=", 5, "%.2f")
      absolute_row("api RSS after the load runs", rss["api"], "MB", "metrics off " rss["api-metrics-off"] " MB", "<=", 150, "%.1f")
      row("predictor RSS after the load runs", rss["predictor"], "MB", "bare app " rss["bare-hello"] " MB", "", "reported", "")
      for (k in apphost) {
        if (apphost[k] == "-") row(k == "healthy" ? "AppHost start -> api healthy" : "AppHost start -> every target up in Prometheus", "-", "s", "", "", k == "healthy" ? "<= 5 s" : "<= 8 s", apphost_note[k])
        else absolute_row(k == "healthy" ? "AppHost start -> api healthy" : "AppHost start -> every target up in Prometheus", apphost[k], "s", apphost_note[k], "<=", k == "healthy" ? 5 : 8, "%.2f")
      }
      if (suite == "-") row("full test suite (eng/test.sh)", "-", "min", "", "", "<= 6 min", suite_note)
      else absolute_row("full test suite (eng/test.sh)", suite / 60, "min", suite_note, "<=", 6, "%.1f")
      if (bad != "") printf "\nINVALID: load runs with socket errors or non-2xx answers:%s (their figures are not comparable)\n", bad
      exit failed
    }
  ' "$work/results" "$work/rss" "$apphost" "$tests"
}

# test_suite_figure WITH_TESTS: "SUITE seconds note" — timed now with --with-tests, else from the TRX files of the
# last eng/test.sh run (first test start to last finish: the build before the tests is not in it).
test_suite_figure() {
  if [ "$1" = 1 ]; then
    local t0=$SECONDS last
    last=$(eng/test.sh 2>&1 | tail -1)
    echo "SUITE $((SECONDS - t0)) measured now, build included: $last"
    return
  fi
  shopt -s nullglob
  local trx=(TestResults/*.trx)
  if [ ${#trx[@]} -eq 0 ]; then
    echo "SUITE - not measured (no TestResults/ from eng/test.sh; run eng/bench.sh --with-tests)"
    return
  fi
  local first last
  first=$(grep -ho '<Times [^>]*' "${trx[@]}" | sed -E 's/.* start="([^"]*)".*/\1/' | sort | head -1)
  last=$(grep -ho '<Times [^>]*' "${trx[@]}" | sed -E 's/.* finish="([^"]*)".*/\1/' | sort | tail -1)
  echo "SUITE $(( $(date -d "$last" +%s) - $(date -d "$first" +%s) )) last eng/test.sh run ${first%%.*}, ${#trx[@]} projects, tests only"
}
