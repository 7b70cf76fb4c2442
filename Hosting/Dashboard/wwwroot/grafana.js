// Metrics page, Grafana section: the provisioned dashboards, rendered from their own queries. The server
// resolves the template variables; this script only draws what it gets back.
"use strict";

const dashboardSelect = document.getElementById("dashboard");
const chosen = {};

async function drawGrafana() {
  const uid = dashboardSelect.value;
  const panels = document.getElementById("panels");
  panels.replaceChildren();
  if (!uid) return;
  const w = timeWindow();
  const q = new URLSearchParams({ range: w.range, step: w.step });
  for (const [name, values] of Object.entries(chosen[uid] || {})) for (const v of values) q.append("var-" + name, v);
  const dashboard = await api(`/api/grafana/dashboards/${encodeURIComponent(uid)}?${q}`);
  renderVariables(uid, dashboard.variables);
  for (const panel of dashboard.panels) {
    const box = chartBox(panel.title);
    box.dataset.panel = String(panel.id);
    panels.append(box);
    const instant = panel.targets.every(t => t.instant);
    (instant ? drawInstant(box, panel.targets, panel.unit, panel.type, w.end)
             : drawTimeseries(box, panel.targets.filter(t => !t.instant), panel.unit, w.start, w.end, w.step))
      .catch(e => { box.append(el("div", { class: "empty" }, e.message)); });
  }
}

function renderVariables(uid, variables) {
  const holder = document.getElementById("variables");
  holder.replaceChildren(...variables.map(v => {
    const select = el("select", v.multi ? { multiple: "" } : {},
      v.includeAll ? el("option", { value: "$__all" }, "All") : null,
      v.options.map(o => el("option", { value: o }, o)));
    for (const option of select.options) option.selected = v.selected.includes(option.value);
    select.addEventListener("change", () => {
      chosen[uid] = { ...(chosen[uid] || {}), [v.name]: [...select.selectedOptions].map(o => o.value) };
      drawGrafana();
    });
    return el("label", {}, v.label + " ", select);
  }));
}

(async () => {
  const list = await api("/api/grafana/dashboards");
  if (!list.length) dashboardSelect.append(el("option", { value: "" }, "no dashboards found"));
  for (const d of list) dashboardSelect.append(el("option", { value: d.uid }, d.title));
  dashboardSelect.addEventListener("change", drawGrafana);
  drawGrafana();
})();
