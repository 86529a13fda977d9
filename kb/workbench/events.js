/* The event browser: facets, full-text search over evidence, paging, export of the selection. */
"use strict";
(() => {
  const {main, el, status, docHref} = KB;
  const FACETS = ["type", "actor", "country", "place", "status", "year", "lang", "source", "merged", "reviewed"];
  const FORMATS = KB.data.formats;
  const state = {filters: {}, q: "", page: 1, size: 50};
  const url = new URLSearchParams(location.search);
  for (const f of FACETS) if (url.getAll(f).length) state.filters[f] = url.getAll(f);
  state.q = url.get("q") || "";
  state.page = +(url.get("page") || 1);
  state.size = +(url.get("size") || 50);

  const search = el("input", {type: "search", id: "q", name: "q", value: state.q, placeholder: "words in the evidence",
                              "aria-label": "Search the evidence"});
  const form = el("form", {class: "toolbar", role: "search"}, search, el("button", {type: "submit", class: "primary", text: "Search"}));
  const count = el("span", {id: "count", "aria-live": "polite"});
  const fmt = el("select", {id: "format", "aria-label": "Export format"}, FORMATS.map(f => el("option", {value: f, text: f})));
  const exportLink = el("a", {id: "export", href: "#", text: "Export selection"});
  const size = el("select", {id: "size", "aria-label": "Events per page"},
                  [10, 25, 50, 100, 200].map(n => el("option", {value: n, selected: n === state.size, text: n + " per page"})));
  const prev = el("button", {type: "button", id: "prev", text: "← Previous"});
  const next = el("button", {type: "button", id: "next", text: "Next →"});
  const facets = el("aside", {class: "facets", id: "facets", "aria-label": "Facets"});
  const body = el("tbody", {id: "rows"});
  const table = el("table", {"aria-label": "Events"},
    el("thead", {}, el("tr", {}, ["Date", "Type", "Status", "Participants", "Place", "Source", "Evidence"].map((h, i) =>
      el("th", {scope: "col", class: i === 5 ? "hide-narrow" : null, text: h})))), body);
  const filters = el("details", {open: !matchMedia("(max-width: 760px)").matches},
                     el("summary", {text: "Facets"}), facets);
  main.append(form, el("div", {class: "browser"}, filters,
    el("section", {"aria-label": "Results"},
       el("div", {class: "toolbar"}, count, prev, next, size, fmt, exportLink),
       el("div", {class: "results"}, table))));

  function query(extra) {
    const p = new URLSearchParams();
    for (const [f, vs] of Object.entries(state.filters)) for (const v of vs) p.append(f, v);
    if (state.q) p.set("q", state.q);
    for (const [k, v] of Object.entries(extra || {})) p.set(k, v);
    return p;
  }

  async function load() {
    status("loading…");
    const p = query({page: state.page, size: state.size});
    history.replaceState(null, "", "/events?" + p.toString());
    const r = await fetch("/api/events?" + p.toString(), {headers: {Accept: "application/json"}});
    const text = await r.text();
    if (r.status === 202) {  // the event index is being built for the first time: ask again shortly
      status(JSON.parse(text).message);
      setTimeout(load, 2000);
      return;
    }
    if (!r.ok) { status(text.trim(), true); return; }
    const d = JSON.parse(text);
    render(d);
    status(d.stale ? "the KB changed since these counts were made; they are being refreshed" : "");
  }

  function render(d) {
    const first = d.total ? (d.page - 1) * d.size + 1 : 0;
    count.textContent = `${first}–${Math.min(d.page * d.size, d.total)} of ${d.total} events`;
    prev.disabled = d.page <= 1;
    next.disabled = d.page * d.size >= d.total;
    exportLink.href = "/api/export?" + query({format: fmt.value}).toString();
    body.replaceChildren(...d.events.map(e => {
      const anchor = e.iri.split("/").pop();
      return el("tr", {},
        el("td", {text: e.earliest ? (e.earliest === e.latest ? e.earliest : e.earliest + " – " + e.latest) : "undated"}),
        el("td", {text: e.type}), el("td", {text: e.status || ""}),
        el("td", {text: e.actors.join("; ")}), el("td", {text: e.place_name || ""}),
        el("td", {class: "hide-narrow", text: e.source || ""}),
        el("td", {class: "ev"}, el("a", {href: docHref(e.doc_id, anchor), text: e.evidence || e.label || anchor})));
    }));
    facets.replaceChildren(...FACETS.map(f => {
      const chosen = new Set(state.filters[f] || []);
      const values = d.facets[f] || [];
      for (const v of chosen) if (!values.some(x => x.value === v)) values.push({value: v, label: v, count: 0});
      return el("fieldset", {"data-facet": f}, el("legend", {text: f}),
        values.length ? values.map(v => el("label", {},
          el("input", {type: "checkbox", name: f, value: v.value, checked: chosen.has(v.value),
                       onchange: ev => toggle(f, v.value, ev.target.checked)}),
          el("span", {text: v.label}), el("span", {class: "n", text: v.count}))) : el("span", {class: "meta", text: "none"}));
    }));
  }

  function toggle(f, value, on) {
    const vs = new Set(state.filters[f] || []);
    on ? vs.add(value) : vs.delete(value);
    if (vs.size) state.filters[f] = [...vs]; else delete state.filters[f];
    state.page = 1;
    load();
  }

  form.addEventListener("submit", e => { e.preventDefault(); state.q = search.value.trim(); state.page = 1; load(); });
  prev.addEventListener("click", () => { state.page = Math.max(1, state.page - 1); load(); });
  next.addEventListener("click", () => { state.page += 1; load(); });
  size.addEventListener("change", () => { state.size = +size.value; state.page = 1; load(); });
  fmt.addEventListener("change", () => { exportLink.href = "/api/export?" + query({format: fmt.value}).toString(); });
  load();
})();
