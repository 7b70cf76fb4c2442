// Turns Prometheus query results into uPlot charts, stat numbers and tables. Drawing is uPlot's job.
"use strict";

const PALETTE = ["#5b3cc4", "#1f883d", "#cf222e", "#bf8700", "#0969da", "#8250df", "#e16f24", "#57606a", "#1b7c83", "#bc4c00"];

function seriesName(metric, legendFormat) {
  if (legendFormat) return legendFormat.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, l) => metric[l] ?? "");
  const labels = Object.entries(metric).filter(([k]) => k !== "__name__").map(([k, v]) => `${k}="${v}"`);
  return labels.length ? `{${labels.join(", ")}}` : (metric.__name__ || "value");
}

function formatValue(v, unit) {
  if (v === null || v === undefined || Number.isNaN(v)) return "–";
  if (unit === "percentunit") return (v * 100).toFixed(1) + "%";
  if (unit === "s") return v < 1 ? (v * 1000).toFixed(1) + " ms" : v.toFixed(2) + " s";
  if (unit === "bytes" || unit === "decbytes" || unit === "Bps") {
    const u = ["B", "KiB", "MiB", "GiB"]; let i = 0;
    while (Math.abs(v) >= 1024 && i < u.length - 1) { v /= 1024; i++; }
    return v.toFixed(1) + " " + u[i] + (unit === "Bps" ? "/s" : "");
  }
  const number = Math.abs(v) >= 100 ? v.toFixed(0) : Number(v.toPrecision(3)).toString();
  return number + (unit === "reqps" ? " req/s" : unit === "ops" ? " ops/s" : "");
}

// Runs each query over [start, end] and aligns every returned series on the common step grid.
async function rangeData(targets, start, end, step) {
  const xs = [];
  for (let t = start; t <= end; t += step) xs.push(t);
  const index = new Map(xs.map((t, i) => [t, i]));
  const series = [];
  for (const target of targets) {
    const q = new URLSearchParams({ query: target.expr, start, end, step });
    const body = await api("/api/query_range?" + q);
    for (const r of body.data.result) {
      const ys = new Array(xs.length).fill(null);
      for (const [t, v] of r.values) { const i = index.get(Math.round(t)); if (i !== undefined) ys[i] = Number(v); }
      series.push({ name: seriesName(r.metric, target.legendFormat), values: ys });
    }
  }
  return { xs, series };
}

function chartBox(title) {
  const box = el("div", { class: "chart" }, el("h3", {}, title));
  box.dataset.title = title;
  return box;
}

async function drawTimeseries(box, targets, unit, start, end, step) {
  const { xs, series } = await rangeData(targets, start, end, step);
  const points = series.reduce((n, s) => n + s.values.filter(v => v !== null).length, 0);
  box.dataset.points = String(points);
  if (!points) { box.append(el("div", { class: "empty" }, "No data in this range.")); return; }
  const width = Math.max(300, box.clientWidth - 16);
  const opts = {
    width, height: 220,
    series: [{}, ...series.map((s, i) => ({ label: s.name, stroke: PALETTE[i % PALETTE.length], width: 1.5,
      value: (u, v) => formatValue(v, unit) }))],
    axes: [{}, { values: (u, ticks) => ticks.map(v => formatValue(v, unit)), size: 84 }],
    // Ratios are drawn on 0-100% so an all-zero error rate does not get a meaningless axis.
    scales: unit === "percentunit" ? { y: { range: (u, min, max) => [0, Math.max(1, max ?? 1)] } } : {},
    legend: { live: true },
  };
  new uPlot(opts, [xs, ...series.map(s => s.values)], box);
}

async function drawInstant(box, targets, unit, type, time) {
  const rows = [];
  for (const target of targets) {
    const body = await api("/api/query?" + new URLSearchParams({ query: target.expr, time }));
    const result = body.data.resultType === "scalar" ? [{ metric: {}, value: body.data.result }] : body.data.result;
    for (const r of result) rows.push({ name: seriesName(r.metric, target.legendFormat), value: Number(r.value[1]) });
  }
  box.dataset.points = String(rows.length);
  if (!rows.length) { box.append(el("div", { class: "empty" }, "No data.")); return; }
  if (type === "stat" && rows.length === 1) { box.append(el("div", { class: "stat" }, formatValue(rows[0].value, unit))); return; }
  box.append(el("table", {}, rows.map(r => el("tr", {}, el("td", {}, r.name), el("td", {}, formatValue(r.value, unit))))));
}
