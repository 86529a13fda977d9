/* kb workbench: helpers every page uses. Text from the KB is only ever set as textContent. */
"use strict";
const KB = (() => {
  const data = JSON.parse(document.getElementById("kb-data").textContent);
  const main = document.getElementById("main");

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "text") node.textContent = v;
      else if (k === "class") node.className = v;
      else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  // An SVG element (the lanes and the network draw with these); attributes are set as given.
  function svgEl(tag, attrs, ...kids) {
    const n = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs || {})) n.setAttribute(k, v);
    for (const k of kids) n.append(k);
    return n;
  }

  function status(message, isError) {
    const s = document.getElementById("status");
    s.textContent = message || "";
    s.classList.toggle("error", !!isError);
  }

  // The review token: given once in the URL (?token=...), kept for this tab only, removed from the URL.
  const params = new URLSearchParams(location.search);
  if (params.has("token")) {
    sessionStorage.setItem("kb-token", params.get("token"));
    params.delete("token");
    const rest = params.toString();
    history.replaceState(null, "", location.pathname + (rest ? "?" + rest : "") + location.hash);
  }
  function token() { return sessionStorage.getItem("kb-token") || ""; }

  async function review(body) {
    let t = token();
    if (!t) {
      t = prompt("Review token (printed by kb serve --review at start-up):") || "";
      if (!t) throw new Error("no review token");
      sessionStorage.setItem("kb-token", t);
    }
    const r = await fetch("/api/review", {method: "POST", headers: {"Content-Type": "application/json", "X-KB-Token": t},
                                          body: JSON.stringify(body)});
    const text = await r.text();
    if (!r.ok) {
      if (r.status === 403) sessionStorage.removeItem("kb-token");
      throw new Error(text.trim());
    }
    return JSON.parse(text);
  }

  const DOC = "https://w3id.org/kb/id/doc/";
  const WD = "http://www.wikidata.org/entity/";
  // Where an IRI opens: a kb document, event, claim or NIF span in the document view; a Wikidata entity on Wikidata.
  function link(iri) {
    if (typeof iri !== "string") return null;
    if (iri.startsWith(WD)) return "https://www.wikidata.org/wiki/" + iri.slice(WD.length);
    if (!iri.startsWith(DOC)) return null;
    const rest = iri.slice(DOC.length);
    const m = /^([^/#]+)(?:\/(event|claim|timex)\/([^/#]+)|#(char=\d+,\d+))?$/.exec(rest);
    if (!m) return null;
    if (m[2] === "event" || m[2] === "claim") return "/doc/" + m[1] + "#" + m[3];
    if (m[4]) return "/doc/" + m[1] + "#" + m[4];
    return "/doc/" + m[1];
  }
  function docHref(docId, anchor) {
    return "/doc/" + encodeURIComponent(docId) + (anchor ? "#" + anchor : "");
  }

  if (data.review) {
    document.getElementById("mode").textContent = "review mode: corrections are saved to the KB";
  }
  return {data, main, el, svgEl, status, review, link, docHref, token};
})();
