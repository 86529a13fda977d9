/* The timeline in swimlanes: one lane per actor (the most frequent ones), events of one day in one lane clustered. */
"use strict";
(() => {
  const {data, main, el, svgEl, docHref} = KB;
  let events = [];
  const counts = new Map();
  const names = new Map();
  const lanesN = el("select", {id: "lanes-n", "aria-label": "Number of lanes"}, [6, 12, 20, 40].map(n => el("option", {value: n, selected: n === 12, text: n + " actors"})));
  const chart = el("div", {id: "chart"});
  const detail = el("section", {id: "detail", "aria-live": "polite", "aria-label": "Events of the chosen cluster"});
  const intro = el("p", {class: "meta", id: "intro"});
  main.append(intro, el("div", {class: "toolbar"}, lanesN), chart, detail);

  const fit = (label, n) => label.length > n ? label.slice(0, Math.max(n - 1, 1)) + "…" : label;

  function draw() {
    const top = [...counts.entries()].sort((a, b) => b[1] - a[1] || (names.get(a[0]) || "").localeCompare(names.get(b[0]) || ""))
      .slice(0, +lanesN.value).map(x => x[0]);
    const days = events.map(e => Date.parse(e.earliest));
    const lo = Math.min(...days), hi = Math.max(...days) + 86400000;
    const W = Math.max(chart.clientWidth || 900, 320), left = Math.min(160, W * 0.3), laneH = 34, pad = 12, H = top.length * laneH + 30 + pad;
    const x = t => left + (W - left - 16) * (t - lo) / Math.max(hi - lo, 1);
    const svg = svgEl("svg", {viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "group", "aria-label": "Swimlanes by actor"});
    const axis = svgEl("g", {class: "axis"});
    const y0 = new Date(lo).getUTCFullYear(), y1 = new Date(hi).getUTCFullYear();
    const step = Math.max(1, Math.ceil((y1 - y0 + 1) / 10));
    for (let y = y0; y <= y1; y += step) {
      const t = Date.UTC(y, 0, 1);
      if (t < lo) continue;
      axis.append(svgEl("line", {x1: x(t), x2: x(t), y1: 0, y2: H - 20, stroke: "#e3e7eb"}),
                  svgEl("text", {x: x(t) + 2, y: H - 6}, String(y)));
    }
    if (y0 === y1) axis.append(svgEl("text", {x: left, y: H - 6}, new Date(lo).toISOString().slice(0, 10) + " – " + new Date(hi - 86400000).toISOString().slice(0, 10)));
    svg.append(axis);
    top.forEach((actor, i) => {
      const y = pad + i * laneH + laneH / 2;
      svg.append(svgEl("text", {class: "lane-label", x: 4, y: y + 4}, fit(names.get(actor) || actor, Math.floor((left - 8) / 6.5))),
                 svgEl("line", {x1: left, x2: W - 8, y1: y, y2: y, stroke: "#d5dbe1"}));
      const byDay = new Map();
      for (const e of events) if (e.actors.some(a => a.iri === actor)) {
        const k = e.earliest.slice(0, 10);
        (byDay.get(k) || byDay.set(k, []).get(k)).push(e);
      }
      for (const [day, evs] of byDay) {
        const c = svgEl("circle", {class: "cluster", cx: x(Date.parse(day)), cy: y, r: Math.min(4 + 2.5 * Math.sqrt(evs.length - 1) + 2, 14),
                                   tabindex: 0, role: "button",
                                   "aria-label": `${names.get(actor)}, ${day}: ${evs.length} event${evs.length > 1 ? "s" : ""}`},
                           svgEl("title", {}, `${day}: ${evs.map(e => e.type).join(", ")}`));
        if (evs.length > 1) svg.append(svgEl("text", {x: x(Date.parse(day)), y: y - 13, "text-anchor": "middle", class: "lane-label",
                                                      "aria-hidden": "true"}, String(evs.length)));
        const open = () => show(names.get(actor), day, evs);
        c.addEventListener("click", open);
        c.addEventListener("keydown", ev => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); open(); } });
        svg.append(c);
      }
    });
    chart.replaceChildren(svg);
  }

  function show(actor, day, evs) {
    detail.replaceChildren(el("h2", {text: `${actor} on ${day}`}),
      el("ul", {}, evs.map(e => el("li", {}, el("strong", {text: e.type + " "}), e.status ? "(" + e.status + ") " : "",
        el("a", {href: docHref(e.doc_id, e.iri.split("/").pop()), text: e.evidence || e.label})))));
  }
  lanesN.addEventListener("change", draw);
  window.addEventListener("resize", () => { clearTimeout(draw.t); draw.t = setTimeout(draw, 150); });
  async function load() {
    const r = await fetch("/api/lanes", {headers: {Accept: "application/json"}});
    const text = await r.text();
    if (r.status === 202) { KB.status(JSON.parse(text).message); setTimeout(load, 2000); return; }
    if (!r.ok) { KB.status(text.trim(), true); return; }
    KB.status("");
    events = JSON.parse(text).events;
    for (const e of events) for (const a of e.actors) { counts.set(a.iri, (counts.get(a.iri) || 0) + 1); names.set(a.iri, a.name); }
    intro.textContent = events.length + " dated reports (the latest " + data.limit + " at most). One lane per actor; " +
      "a circle is one day, its size the number of events that day. Tab to a circle and press Enter to list them.";
    if (events.length) draw(); else chart.replaceChildren(el("p", {text: "No dated events in the KB yet."}));
  }
  load();
})();
