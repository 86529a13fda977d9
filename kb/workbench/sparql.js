/* The query page: an editor with kb's prefixes and named queries, results as a table, downloads. */
"use strict";
(() => {
  const {data, main, el, status, link} = KB;
  const DEFAULT = "SELECT ?event ?type ?earliest ?latest\nWHERE { GRAPH ?g { ?event kb:eventType ?type ;\n" +
                  "  sem:hasEarliestBeginTimeStamp ?earliest ; sem:hasLatestEndTimeStamp ?latest } }\nORDER BY ?earliest\nLIMIT 50";
  const given = new URLSearchParams(location.search).get("q");
  const area = el("textarea", {id: "query", name: "query", "aria-label": "SPARQL query", spellcheck: "false"});
  area.value = given || DEFAULT;
  const examples = el("select", {id: "examples", "aria-label": "Named queries"},
    el("option", {value: "", text: "Examples: kb's named queries…"}),
    data.examples.map(q => el("option", {value: q.name, text: q.name + " — " + q.description})));
  const run = el("button", {type: "submit", class: "primary", id: "run", text: "Run (Ctrl+Enter)"});
  const downloads = el("span", {id: "downloads"});
  const out = el("div", {class: "results", id: "results", "aria-live": "polite"});
  const note = el("p", {class: "meta", id: "note"});
  const form = el("form", {"aria-label": "SPARQL query"},
    el("details", {}, el("summary", {text: "kb's prefixes (predeclared; no need to type them)"}),
       el("pre", {class: "prefixes", text: data.prefixes})),
    el("div", {class: "toolbar"}, examples), area, el("div", {class: "toolbar"}, run, downloads));
  main.append(el("p", {class: "meta", text: "Read-only SPARQL 1.1 over the whole KB (the default graph is the union of all graphs). " +
                                           "Event, document and Wikidata IRIs in the results open the document view or Wikidata."}),
              form, note, out);

  examples.addEventListener("change", () => {
    const q = data.examples.find(x => x.name === examples.value);
    if (!q) return;
    area.value = q.text;
    note.textContent = q.params.length ? "Parameters are SPARQL variables here ($" + q.params.map(p => p.name).join(", $") +
      "); replace them with values, or run `kb query --named " + q.name + " --param …`." : "";
  });
  area.addEventListener("keydown", e => { if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); form.requestSubmit(); } });

  function cell(term) {
    if (!term) return el("td");
    if (term.type === "uri") {
      const href = link(term.value);
      const wd = term.value.startsWith("http://www.wikidata.org/entity/");
      return el("td", {}, href ? el("a", {href, text: term.value, target: wd ? "_blank" : null, rel: wd ? "noopener" : null})
                               : el("span", {text: term.value}));
    }
    return el("td", {text: term.value + (term["xml:lang"] ? "@" + term["xml:lang"] : "")});
  }

  form.addEventListener("submit", async e => {
    e.preventDefault();
    const q = area.value;
    history.replaceState(null, "", "/sparql?" + new URLSearchParams({q}).toString());
    status("running…");
    const r = await fetch("/sparql", {method: "POST", body: new URLSearchParams({query: q}),
      headers: {Accept: "application/sparql-results+json, text/turtle;q=0.9"}});
    const text = await r.text();
    downloads.replaceChildren();
    if (!r.ok) { out.replaceChildren(el("p", {class: "error", text: text.trim()})); status("query refused", true); return; }
    const type = r.headers.get("Content-Type") || "";
    const truncated = r.headers.get("X-KB-Truncated") === "true";
    const kinds = type.startsWith("application/sparql-results+json") ? ["json", "xml", "csv", "tsv"] : ["turtle", "jsonld", "nt"];
    downloads.append("Download: ", ...kinds.map(f => el("a", {href: "/sparql?" + new URLSearchParams({query: q, format: f}),
                                                             download: "kb-results." + f, text: f + " "})));
    if (!type.startsWith("application/sparql-results+json")) {
      out.replaceChildren(el("pre", {text}));
      status("");
      return;
    }
    const res = JSON.parse(text);
    if ("boolean" in res) { out.replaceChildren(el("p", {text: "Answer: " + res.boolean})); status(""); return; }
    const vars = res.head.vars;
    const rows = res.results.bindings;
    out.replaceChildren(el("p", {class: "meta", id: "rowcount", text: rows.length + " rows" + (truncated ? " (truncated at the server's limit)" : "")}),
      el("table", {"aria-label": "Query results"}, el("thead", {}, el("tr", {}, vars.map(v => el("th", {scope: "col", text: "?" + v})))),
         el("tbody", {}, rows.map(b => el("tr", {}, vars.map(v => cell(b[v])))))));
    status("");
  });
})();
