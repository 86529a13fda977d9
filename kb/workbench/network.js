/* Who met whom: actors as nodes, meetings, calls and visits as edges (kb.network), drawn as plain SVG. */
"use strict";
(() => {
  const {main, el, svgEl, status, link} = KB;
  const since = el("input", {type: "text", id: "since", name: "since", placeholder: "since 2020", "aria-label": "Since (YYYY, YYYY-MM or YYYY-MM-DD)"});
  const until = el("input", {type: "text", id: "until", name: "until", placeholder: "until 2024", "aria-label": "Until"});
  const form = el("form", {class: "toolbar", "aria-label": "Network filters"}, since, until,
                  el("button", {type: "submit", class: "primary", text: "Draw"}));
  const chart = el("div", {id: "chart"});
  const table = el("table", {"aria-label": "Pairs of actors who met"});
  main.append(el("p", {class: "meta", text: "Meetings, calls and visits between actors; line width is the number of events. " +
                                           "Tab to an actor to see its partners; the table below lists every pair."}),
              form, chart, el("h2", {text: "Pairs"}), el("div", {class: "results"}, table));

  function layout(nodes, edges, W, H) {
    const pos = nodes.map((n, i) => ({x: W / 2 + Math.cos(2 * Math.PI * i / nodes.length) * W / 3,
                                      y: H / 2 + Math.sin(2 * Math.PI * i / nodes.length) * H / 3, dx: 0, dy: 0}));
    const index = new Map(nodes.map((n, i) => [n.id, i]));
    const links = edges.map(e => [index.get(e.source), index.get(e.target), e.count]).filter(l => l[0] !== undefined && l[1] !== undefined);
    const k = Math.sqrt(W * H / Math.max(nodes.length, 1)) * 0.6;
    for (let it = 0, t = W / 10; it < 250; it++, t *= 0.985) {
      for (const p of pos) { p.dx = 0; p.dy = 0; }
      for (let i = 0; i < pos.length; i++) for (let j = i + 1; j < pos.length; j++) {
        const dx = pos[i].x - pos[j].x, dy = pos[i].y - pos[j].y, d = Math.max(Math.hypot(dx, dy), 0.01), f = k * k / d;
        pos[i].dx += dx / d * f; pos[i].dy += dy / d * f; pos[j].dx -= dx / d * f; pos[j].dy -= dy / d * f;
      }
      for (const [a, b] of links) {
        const dx = pos[a].x - pos[b].x, dy = pos[a].y - pos[b].y, d = Math.max(Math.hypot(dx, dy), 0.01), f = d * d / k;
        pos[a].dx -= dx / d * f; pos[a].dy -= dy / d * f; pos[b].dx += dx / d * f; pos[b].dy += dy / d * f;
      }
      for (const p of pos) {  // a pull to the centre keeps separate groups in view
        p.dx += (W / 2 - p.x) * 0.3; p.dy += (H / 2 - p.y) * 0.3;
      }
      for (const p of pos) {
        const d = Math.max(Math.hypot(p.dx, p.dy), 0.01);
        p.x = Math.min(W - 40, Math.max(40, p.x + p.dx / d * Math.min(d, t)));
        p.y = Math.min(H - 20, Math.max(20, p.y + p.dy / d * Math.min(d, t)));
      }
    }
    return {pos, links};
  }

  function draw(d) {
    const nodes = d.nodes, edges = d.edges;
    if (!nodes.length) { chart.replaceChildren(el("p", {text: "No meetings, calls or visits between known actors in this window."})); table.replaceChildren(); return; }
    const W = Math.max(chart.clientWidth || 900, 320), H = Math.min(Math.max(320, W * 0.6), 640);
    const {pos, links} = layout(nodes, edges, W, H);
    const svg = svgEl("svg", {viewBox: `0 0 ${W} ${H}`, width: W, height: H, role: "group", "aria-label": "Who met whom"});
    const lines = links.map(([a, b, n]) => {
      const line = svgEl("line", {class: "edge", x1: pos[a].x, y1: pos[a].y, x2: pos[b].x, y2: pos[b].y, "stroke-width": Math.min(1 + Math.log2(n) * 1.5, 8)});
      svg.append(line);
      return [a, b, line];
    });
    nodes.forEach((n, i) => {
      const partners = lines.filter(([a, b]) => a === i || b === i).length;
      const g = svgEl("g", {class: "node", tabindex: 0, role: "img", "aria-label": `${n.label}: ${partners} partner${partners === 1 ? "" : "s"}`,
                            transform: `translate(${pos[i].x},${pos[i].y})`},
                      svgEl("circle", {r: 6}), svgEl("text", {x: 8, y: 4}, n.label), svgEl("title", {}, n.label));
      const on = flag => { g.classList.toggle("on", flag); for (const [a, b, line] of lines) if (a === i || b === i) line.classList.toggle("on", flag); };
      g.addEventListener("focus", () => on(true)); g.addEventListener("blur", () => on(false));
      g.addEventListener("mouseenter", () => on(true)); g.addEventListener("mouseleave", () => on(false));
      svg.append(g);
    });
    chart.replaceChildren(svg);
    const label = new Map(nodes.map(n => [n.id, n]));
    const who = id => { const n = label.get(id); const href = n && link(id); return href ? el("a", {href, text: n.label}) : (n ? n.label : id); };
    table.replaceChildren(el("thead", {}, el("tr", {}, ["Actor", "Actor", "Events", "Types", "First", "Last"].map(h => el("th", {scope: "col", text: h})))),
      el("tbody", {}, [...edges].sort((a, b) => b.count - a.count).map(e => el("tr", {},
        el("td", {}, who(e.source)), el("td", {}, who(e.target)), el("td", {text: e.count}),
        el("td", {text: (e.types || []).join(", ")}), el("td", {text: e.first || ""}), el("td", {text: e.last || ""})))));
  }

  async function load() {
    const p = new URLSearchParams();
    if (since.value.trim()) p.set("since", since.value.trim());
    if (until.value.trim()) p.set("until", until.value.trim());
    status("loading…");
    const r = await fetch("/api/network?" + p, {headers: {Accept: "application/json"}});
    const text = await r.text();
    if (!r.ok) { status(text.trim(), true); chart.replaceChildren(el("p", {class: "error", text: text.trim()})); return; }
    draw(JSON.parse(text));
    status("");
  }
  form.addEventListener("submit", e => { e.preventDefault(); load(); });
  load();
})();
