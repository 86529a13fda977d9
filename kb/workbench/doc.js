/* The document view: the stored text with every span kb recorded, the events beside it, review actions. */
"use strict";
(() => {
  const {data, main, el, status} = KB;
  const text = data.text;
  const spans = data.spans;
  const byId = Object.fromEntries(spans.map(s => [s.id, s]));
  const KIND_LABEL = {trigger: "event trigger", date: "date expression", mention: "participant mention",
                      boilerplate: "boilerplate", evidence: "evidence sentence", claim: "claim"};

  // Latest correction per event (by the event's local id), as kb.review lists them.
  const corrections = {};
  for (const c of data.corrections || []) {
    const id = String(c.applied_to || c.target || "").split("/").pop();
    (corrections[id] = corrections[id] || []).push(c);
  }

  main.append(
    el("p", {class: "meta"},
       data.source ? el("span", {}, "Source: ", /^https?:/.test(data.source) ? el("a", {href: data.source, text: data.source}) : data.source, " · ") : null,
       data.published ? "Published " + data.published + " · " : null,
       "Language " + (data.lang || "?") + " · id " + data.doc_id + " · " + data.events.length + " events"),
    el("ul", {class: "legend", "aria-label": "Highlight kinds"},
       ...["trigger", "date", "mention", "evidence", "boilerplate", "claim"].map(k =>
         el("li", {}, el("span", {class: "seg k-" + k, text: KIND_LABEL[k]})))));

  // Cut the text at every span boundary; each piece knows its offset and the spans covering it.
  const cuts = new Set([0, text.length]);
  for (const s of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((a, b) => a - b);
  const textBox = el("div", {class: "text", id: "text", role: "document", "aria-label": "Document text with highlights"});
  const segsOf = {};
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i], b = points[i + 1];
    const covering = spans.filter(s => s.start <= a && s.end >= b);
    const seg = el("span", {class: "seg " + [...new Set(covering.map(s => "k-" + s.kind))].join(" "),
                            "data-o": a, "data-ids": covering.map(s => s.id).join(" ")}, text.slice(a, b));
    const titles = covering.filter(s => s.kind !== "evidence").map(s =>
      KIND_LABEL[s.kind] + (s.name ? ": " + s.name : "") + (s.value ? ": " + s.value : ""));
    if (titles.length) seg.title = titles.join("\n");
    const trig = covering.find(s => s.kind === "trigger");
    if (trig) {
      seg.tabIndex = 0;
      seg.setAttribute("role", "button");
      seg.setAttribute("aria-label", "event trigger " + text.slice(trig.start, trig.end) + ": show its event");
      seg.addEventListener("click", () => select(trig.events[0], true));
      seg.addEventListener("keydown", e => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); select(trig.events[0], true); } });
    }
    for (const s of covering) (segsOf[s.id] = segsOf[s.id] || []).push(seg);
    textBox.append(seg);
  }

  const list = el("ol", {class: "events-list", id: "events", "aria-label": "Events of this document"});
  const side = el("section", {"aria-labelledby": "events-h"}, el("h2", {id: "events-h", text: "Events"}), list);
  main.append(el("div", {class: "docgrid"}, el("section", {"aria-label": "Text"}, textBox), side));

  function partsOf(ev) {
    const ids = [...ev.trigger, ...ev.evidence, ...ev.dates];
    const actors = new Set(ev.participants.map(p => p.iri));
    if (ev.place) actors.add(ev.place.iri);
    const within = ev.evidence.map(id => byId[id]);
    for (const s of spans) {
      if (s.kind === "mention" && actors.has(s.entity) && within.some(w => s.start >= w.start && s.end <= w.end)) ids.push(s.id);
    }
    return ids;
  }

  function clearActive() { for (const n of textBox.querySelectorAll(".active")) n.classList.remove("active"); }

  function select(eventId, focusCard) {
    const ev = data.events.find(e => e.id === eventId);
    if (!ev) return;
    clearActive();
    for (const card of list.querySelectorAll(".current")) card.classList.remove("current");
    for (const id of partsOf(ev)) for (const seg of segsOf[id] || []) if (!byId[id] || byId[id].kind !== "evidence") seg.classList.add("active");
    const card = document.getElementById("ev-" + ev.id);
    card.classList.add("current");
    const first = (segsOf[ev.trigger[0]] || segsOf[ev.evidence[0]] || [])[0];
    if (first) first.scrollIntoView({block: "center"});
    if (focusCard) card.focus(); else if (first && first.tabIndex === 0) first.focus();
    if (location.hash !== "#" + ev.id) history.replaceState(null, "", "#" + ev.id);
  }

  function showRange(a, b) {
    clearActive();
    let first = null;
    for (const seg of textBox.children) {
      const o = +seg.dataset.o;
      if (o >= a && o < b) { seg.classList.add("active"); first = first || seg; }
    }
    if (first) first.scrollIntoView({block: "center"});
  }

  function who(ev) {
    return ev.participants.map(p => p.name + (p.roles.length && p.roles[0] !== "participant" ? " (" + p.roles.join(", ") + ")" : ""))
      .join("; ") || "no participants";
  }

  for (const ev of data.events) {
    const done = corrections[ev.id] || [];
    const last = done[done.length - 1];
    const card = el("li", {class: "event" + (last && last.action === "reject" ? " rejected" : ""), id: "ev-" + ev.id,
                           tabindex: -1, "aria-label": ev.type + " event " + ev.id},
      el("h3", {}, el("a", {href: "#" + ev.id, text: ev.type + (ev.subtype ? " / " + ev.subtype : "")}),
         el("span", {class: "badge", text: ev.status}),
         ...done.map(c => el("span", {class: "badge " + c.action, text: c.action + (c.orphaned ? " (orphaned)" : "")}))),
      el("div", {class: "parts"},
         el("div", {text: "When: " + (ev.value || "undated") + (ev.date_text ? " (“" + ev.date_text + "”)" : "") +
                          (ev.date_source && ev.date_source !== "text" ? " · from " + ev.date_source : "")}),
         el("div", {text: "Who: " + who(ev)}),
         ev.place ? el("div", {text: "Where: " + ev.place.name}) : null,
         el("div", {text: "id " + ev.id})));
    if (data.review) card.append(reviewActions(ev));
    list.append(card);
  }

  const rejected = (data.corrections || []).filter(c => c.action === "reject");
  if (rejected.length) {
    side.append(el("h2", {text: "Rejected by a reviewer"}), el("ul", {class: "events-list", id: "rejected"},
      rejected.map(c => el("li", {class: "event rejected"},
        el("h3", {}, c.type || "event", el("span", {class: "badge reject", text: "rejected" + (c.orphaned ? " (orphaned)" : "")})),
        el("div", {class: "parts", text: "by " + c.who + " on " + String(c.when).slice(0, 10)}),
        c.evidence && c.evidence[0] !== null ? el("a", {href: "#char=" + c.evidence[0] + "," + c.evidence[1], text: "show its evidence"}) : null))));
  }

  if (data.claims.length) {
    const cl = el("ul", {class: "events-list", "aria-label": "Claims of this document"});
    for (const c of data.claims) {
      const item = el("li", {class: "event", id: "cl-" + c.id},
        el("h3", {}, el("a", {href: "#" + c.id, text: "Claim " + c.id + " (" + c.kind + ")"}),
           ...((corrections[c.id] || []).map(x => el("span", {class: "badge accept", text: x.action})))),
        c.about.length ? el("div", {class: "parts", text: "about " + c.about.join(", ")}) : null);
      if (data.review) {
        item.append(el("div", {class: "actions"},
          el("button", {type: "button", text: "Mark checked", "aria-label": "Mark claim " + c.id + " checked",
                        onclick: () => send({action: "check_claim", doc: data.doc_id, claim: c.iri, verdict: "checked"})}),
          el("button", {type: "button", text: "Mark wrong", "aria-label": "Mark claim " + c.id + " wrong",
                        onclick: () => send({action: "check_claim", doc: data.doc_id, claim: c.iri, verdict: "wrong"})})));
      }
      cl.append(item);
    }
    side.append(el("h2", {text: "Claims"}), cl);
  }

  async function send(body) {
    status("saving…");
    try {
      const r = await KB.review(body);
      status("saved " + r.iri);
      setTimeout(() => location.reload(), 300);
    } catch (err) {
      status("not saved: " + err.message, true);
    }
  }

  function options(values, current) {
    return values.map(v => el("option", {value: v, selected: v === current, text: v}));
  }

  function correctionForm(ev) {
    const f = el("form", {class: "form", "aria-label": "Correct event " + ev.id});
    const field = (label, input) => [el("label", {for: input.id, text: label}), input];
    const type = el("select", {id: "type-" + ev.id, name: "type"}, options(data.types, ev.type));
    const status_ = el("select", {id: "status-" + ev.id, name: "status"}, options(data.statuses, ev.status));
    const date = el("input", {type: "text", id: "date-" + ev.id, name: "date", value: ev.value || "", placeholder: "2024-05-16"});
    const who_ = el("input", {type: "text", id: "who-" + ev.id, name: "participants",
                              value: ev.participants.map(p => p.qid || p.name).join("; ")});
    const place = el("input", {type: "text", id: "place-" + ev.id, name: "place", value: ev.place ? ev.place.name : ""});
    f.append(...field("Type", type), ...field("Status", status_), ...field("Date", date),
             ...field("Participants", who_), ...field("Place", place),
             el("span"), el("span", {class: "actions"}, el("button", {type: "submit", class: "primary", text: "Save correction"}),
                                     el("button", {type: "button", text: "Cancel", onclick: () => f.remove()})));
    f.addEventListener("submit", e => {
      e.preventDefault();
      const changes = {};
      if (type.value !== ev.type) changes.type = type.value;
      if (status_.value !== ev.status) changes.status = status_.value;
      if (date.value.trim() && date.value.trim() !== (ev.value || "")) changes.date = date.value.trim();
      const people = who_.value.split(";").map(s => s.trim()).filter(Boolean);
      if (people.join(";") !== ev.participants.map(p => p.qid || p.name).join(";")) changes.participants = people;
      if (place.value.trim() !== (ev.place ? ev.place.name : "")) changes.place = place.value.trim();
      if (!Object.keys(changes).length) { status("nothing changed", true); return; }
      send({action: "correct", doc: data.doc_id, event: ev.iri, changes});
    });
    return f;
  }

  function reviewActions(ev) {
    const box = el("div", {class: "actions"});
    box.append(
      el("button", {type: "button", text: "Accept", "aria-label": "Accept event " + ev.id,
                    onclick: () => send({action: "accept", doc: data.doc_id, event: ev.iri})}),
      el("button", {type: "button", text: "Reject", "aria-label": "Reject event " + ev.id,
                    onclick: () => send({action: "reject", doc: data.doc_id, event: ev.iri})}),
      el("button", {type: "button", text: "Correct…", "aria-label": "Correct event " + ev.id, onclick: () => {
        const open = box.parentNode.querySelector("form");
        if (open) { open.remove(); return; }
        const form = correctionForm(ev);
        box.after(form);
        form.querySelector("select").focus();
      }}));
    return box;
  }

  // Adding a missed event: the selected text gives its evidence offsets.
  function selectionOffsets() {
    const sel = window.getSelection();
    if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null;
    const range = sel.getRangeAt(0);
    const at = (node, off) => {
      const seg = (node.nodeType === 3 ? node.parentNode : node).closest(".seg");
      if (!seg || !textBox.contains(seg)) return null;
      return +seg.dataset.o + (node.nodeType === 3 ? off : 0);
    };
    const a = at(range.startContainer, range.startOffset), b = at(range.endContainer, range.endOffset);
    return a === null || b === null || b <= a ? null : [a, b];
  }

  if (data.review) {
    const addBox = el("section", {"aria-labelledby": "add-h"}, el("h2", {id: "add-h", text: "Add a missed event"}),
      el("p", {class: "meta", text: "Select its evidence in the text, then press the button."}));
    const addBtn = el("button", {type: "button", id: "add-event", text: "Add event from selection"});
    addBox.append(addBtn);
    addBtn.addEventListener("click", () => {
      const off = selectionOffsets();
      if (!off) { status("select the evidence in the text first", true); return; }
      const f = el("form", {class: "form", "aria-label": "New event"});
      const type = el("select", {id: "new-type", name: "type"}, options(data.types, "Meeting"));
      const date = el("input", {type: "text", id: "new-date", name: "date", placeholder: "2024-05-16"});
      const who_ = el("input", {type: "text", id: "new-who", name: "participants", placeholder: "Q567; Jane Doe"});
      f.append(el("span", {text: "Evidence"}), el("span", {text: "“" + text.slice(off[0], off[1]) + "” (" + off[0] + "–" + off[1] + ")"}),
               el("label", {for: "new-type", text: "Type"}), type, el("label", {for: "new-date", text: "Date"}), date,
               el("label", {for: "new-who", text: "Participants"}), who_, el("span"),
               el("button", {type: "submit", class: "primary", text: "Save new event"}));
      f.addEventListener("submit", e => {
        e.preventDefault();
        send({action: "add_event", doc: data.doc_id, start: off[0], end: off[1], type: type.value,
              date: date.value.trim() || null, participants: who_.value.split(";").map(s => s.trim()).filter(Boolean)});
      });
      const old = addBox.querySelector("form");
      if (old) old.remove();
      addBox.append(f);
      type.focus();
    });
    side.append(addBox);
  }

  function fromHash() {
    const h = decodeURIComponent(location.hash.slice(1));
    const m = /^char=(\d+),(\d+)$/.exec(h);
    if (m) showRange(+m[1], +m[2]);
    else if (data.events.some(e => e.id === h)) select(h, false);
    else if (document.getElementById("cl-" + h)) {
      const c = data.claims.find(x => x.id === h);
      if (c && c.span) showRange(byId[c.span].start, byId[c.span].end);
    }
  }
  window.addEventListener("hashchange", fromHash);
  list.addEventListener("click", e => {
    const a = e.target.closest("h3 a");
    if (a) { e.preventDefault(); select(a.getAttribute("href").slice(1), true); }
  });
  fromHash();
})();
