// Shared by every page: the header, DOM and fetch helpers.
"use strict";

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children.flat(Infinity)) if (c !== null && c !== undefined) node.append(c instanceof Node ? c : String(c));
  return node;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (response.status === 401) { location.href = "/login"; throw new Error("logged out"); }
  const body = await response.json();
  if (!response.ok) throw new Error(body.detail || body.title || response.statusText);
  return body;
}

// The browser adds Origin to the POST; the server refuses commands from other origins.
async function post(path) {
  const response = await fetch(path, { method: "POST" });
  if (!response.ok) throw new Error((await response.json()).detail || response.statusText);
  return response.json();
}

// The full text stays in the element's title.
function shorten(text, max) { return text.length > max ? text.slice(0, max - 1) + "…" : text; }

async function renderHeader() {
  const header = document.querySelector("header");
  const page = header.dataset.page;
  const link = (href, name, text) => el("a", { href, class: page === name ? "active" : "" }, text);
  const links = el("span", { class: "links" });
  header.append(el("span", { class: "brand" }, "Dashboard"), link("/", "resources", "Resources"),
    link("/logs", "logs", "Console logs"), link("/metrics", "metrics", "Metrics"), links);
  try {
    const l = await api("/api/links");
    links.append(l.prometheusUrl ? el("a", { href: l.prometheusUrl, target: "_blank", id: "prometheus-link" }, "Prometheus")
      : el("span", { class: "reason" }, "Prometheus not running"));
    links.append(l.grafanaUrl ? el("a", { href: l.grafanaUrl, target: "_blank", id: "grafana-link" }, "Grafana")
      : el("span", { class: "reason", id: "grafana-reason", title: l.grafanaUnavailableReason || "" },
          "Grafana not running: " + shorten(l.grafanaUnavailableReason || "unknown", 70)));
  } catch (e) { links.append(el("span", { class: "reason" }, e.message)); }
  const logout = el("form", { method: "post", action: "/logout" }, el("button", { type: "submit" }, "Log out"));
  links.append(logout);
}

renderHeader();
