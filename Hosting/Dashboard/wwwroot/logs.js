// Console logs page: one resource's lines, streamed live; the page keeps at most MAX_LINES.
"use strict";

const MAX_LINES = 5000;
const select = document.getElementById("resource");
const log = document.getElementById("log");
const status = document.getElementById("status");
let stream = null;

function show(resource) {
  if (stream) stream.close();
  log.replaceChildren();
  history.replaceState(null, "", "/logs?resource=" + encodeURIComponent(resource));
  stream = new EventSource(`/api/resources/${encodeURIComponent(resource)}/logs/stream`);
  stream.onopen = () => { status.textContent = "live"; };
  stream.onerror = () => { status.textContent = "reconnecting…"; };
  let lastSequence = 0;
  stream.addEventListener("log", e => {
    const line = JSON.parse(e.data);
    if (line.sequence <= lastSequence) return; // replayed after a reconnect
    lastSequence = line.sequence;
    const atBottom = log.scrollTop + log.clientHeight >= log.scrollHeight - 4;
    const cls = line.stream === "stdout" ? "" : line.stream;
    log.append(el("div", { class: cls }, `${new Date(line.timestamp).toLocaleTimeString()} [${line.replica}] ${line.text}`));
    while (log.childElementCount > MAX_LINES) log.firstElementChild.remove();
    if (atBottom) log.scrollTop = log.scrollHeight;
  });
}

(async () => {
  const list = await api("/api/resources");
  for (const r of list) select.append(el("option", { value: r.name }, r.name));
  const wanted = new URLSearchParams(location.search).get("resource");
  if (wanted && list.some(r => r.name === wanted)) select.value = wanted;
  select.addEventListener("change", () => show(select.value));
  if (select.value) show(select.value);
})();
