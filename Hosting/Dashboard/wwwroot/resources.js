// Resources page: the table is rebuilt from /api/events (server-sent events), one resource at a time.
"use strict";

const resources = new Map();
const tbody = document.querySelector("#resources tbody");

function endpointLinks(endpoints) {
  return endpoints.map(e => el("div", {}, el("a", { href: e.url, target: "_blank" }, e.url)));
}

function healthCell(item) {
  const checks = item.healthChecks || [];
  return el("td", { class: "health-" + item.health, "data-field": "health" }, item.health,
    checks.length ? el("details", {}, el("summary", {}, checks.length + " checks"),
      checks.map(c => el("div", { class: "health-" + c.status }, `${c.name}: ${c.status}${c.description ? " - " + c.description : ""}`))) : null);
}

function envDetails(replica) {
  const entries = Object.entries(replica.environment || {}).sort(([a], [b]) => a.localeCompare(b));
  if (!entries.length) return null;
  return el("details", {}, el("summary", {}, "environment"),
    el("dl", { class: "env" }, entries.map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)])));
}

function commandButtons(name) {
  const run = command => async () => {
    try { await post(`/api/resources/${encodeURIComponent(name)}/${command}`); }
    catch (e) { alert(`${command} ${name}: ${e.message}`); }
  };
  return el("td", {}, ["stop", "start", "restart"].map(c =>
    el("button", { "data-command": c, onclick: run(c) }, c[0].toUpperCase() + c.slice(1))));
}

function time(value) { return value ? new Date(value).toLocaleTimeString() : ""; }

function resourceRows(r) {
  const single = r.replicas.length === 1 ? r.replicas[0] : null;
  const row = el("tr", { "data-resource": r.name },
    el("td", {}, el("a", { href: "/logs?resource=" + encodeURIComponent(r.name) }, r.name)),
    el("td", {}, r.type),
    el("td", { class: "state state-" + r.state, "data-field": "state" }, r.state),
    healthCell(single || r),
    el("td", {}, endpointLinks(r.endpoints)),
    el("td", {}, single ? (single.pid ?? single.containerId ?? "") : `${r.replicas.length} replicas`),
    el("td", {}, single ? time(single.startedAt) : ""),
    el("td", { "data-field": "restarts" }, r.restarts),
    el("td", {}, single ? envDetails(single) : null),
    commandButtons(r.name));
  if (single) return [row];
  return [row, ...r.replicas.map(p => el("tr", { class: "replica", "data-replica": p.instanceId },
    el("td", {}, p.instanceId), el("td", {}),
    el("td", { class: "state state-" + p.state }, p.state + (p.exitCode !== null && p.exitCode !== undefined ? ` (exit ${p.exitCode})` : "")),
    healthCell(p), el("td", {}, endpointLinks(p.endpoints)),
    el("td", {}, p.pid ?? p.containerId ?? ""), el("td", {}, time(p.startedAt)),
    el("td", {}, p.restarts), el("td", {}, envDetails(p)), el("td", {})))];
}

function render() {
  tbody.replaceChildren(...[...resources.values()].flatMap(resourceRows));
}

const events = new EventSource("/api/events");
events.addEventListener("resource", e => {
  const r = JSON.parse(e.data);
  resources.set(r.name, r);
  render();
});
events.onerror = () => { if (events.readyState === EventSource.CLOSED) location.href = "/login"; };
