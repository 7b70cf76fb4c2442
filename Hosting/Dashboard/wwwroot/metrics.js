// Metrics page, built-in charts: the questions this system is about, for the chosen resource (Prometheus job).
"use strict";

const BUILT_IN = [
  { title: "Request rate (req/s) by route", unit: "", targets: [
    { expr: 'sum by (http_route) (rate(http_server_request_duration_seconds_count{job=~"$job"}[$rate]))', legendFormat: "{{http_route}}" }] },
  { title: "Latency p50 / p95 by route", unit: "s", targets: [
    { expr: 'histogram_quantile(0.5, sum by (le, http_route) (rate(http_server_request_duration_seconds_bucket{job=~"$job"}[$rate])))', legendFormat: "p50 {{http_route}}" },
    { expr: 'histogram_quantile(0.95, sum by (le, http_route) (rate(http_server_request_duration_seconds_bucket{job=~"$job"}[$rate])))', legendFormat: "p95 {{http_route}}" }] },
  { title: "Error rate (5xx share)", unit: "percentunit", targets: [
    { expr: 'sum(rate(http_server_request_duration_seconds_count{job=~"$job",http_response_status_code=~"5.."}[$rate]) or vector(0)) / sum(rate(http_server_request_duration_seconds_count{job=~"$job"}[$rate]))', legendFormat: "errors" }] },
  { title: "Predictions (per s) by ticker and model", unit: "", targets: [
    { expr: 'sum by (ticker, model_type) (rate(predictions_total[$rate]))', legendFormat: "{{ticker}} {{model_type}}" }] },
  { title: "Cache hit ratio", unit: "percentunit", targets: [
    { expr: 'sum(rate(cache_hits_total[$rate])) / (sum(rate(cache_hits_total[$rate])) + sum(rate(cache_misses_total[$rate])))', legendFormat: "hit ratio" }] },
  { title: "CPU (cores)", unit: "", targets: [
    { expr: 'rate(process_cpu_seconds_total{job=~"$job"}[$rate])', legendFormat: "{{instance}}" }] },
  { title: "Resident memory", unit: "bytes", targets: [
    { expr: 'process_resident_memory_bytes{job=~"$job"}', legendFormat: "{{instance}}" }] },
  { title: "GC collections (per s) by generation", unit: "", targets: [
    { expr: 'sum by (gc_heap_generation) (rate(dotnet_gc_collections_total{job=~"$job"}[$rate]))', legendFormat: "{{gc_heap_generation}}" }] },
];

const jobSelect = document.getElementById("job");
const rangeSelect = document.getElementById("range");

function timeWindow() {
  const range = Number(rangeSelect.value);
  const end = Math.floor(Date.now() / 1000);
  const step = Math.max(1, Math.floor(range / 240));
  // Grafana's $__rate_interval idea: several scrapes and more than one step.
  const rate = Math.max(20, 4 * step) + "s";
  return { range, end, start: end - range, step, rate };
}

async function drawBuiltIn() {
  const w = timeWindow();
  const job = jobSelect.value || ".*";
  const charts = document.getElementById("charts");
  const status = document.getElementById("status");
  charts.replaceChildren();
  status.textContent = "";
  for (const chart of BUILT_IN) {
    const box = chartBox(chart.title);
    charts.append(box);
    const targets = chart.targets.map(t => ({ ...t, expr: t.expr.replaceAll("$job", job).replaceAll("$rate", w.rate) }));
    drawTimeseries(box, targets, chart.unit, w.start, w.end, w.step)
      .catch(e => { box.append(el("div", { class: "empty" }, e.message)); });
  }
}

(async () => {
  const list = await api("/api/resources");
  jobSelect.append(el("option", { value: ".*" }, "all"));
  for (const r of list) jobSelect.append(el("option", { value: r.name }, r.name));
  const wanted = new URLSearchParams(location.search).get("resource");
  if (wanted) jobSelect.value = wanted;
  for (const s of [jobSelect, rangeSelect]) s.addEventListener("change", () => { drawBuiltIn(); drawGrafana(); });
  document.getElementById("refresh").addEventListener("click", () => { drawBuiltIn(); drawGrafana(); });
  drawBuiltIn();
})();
