// mtcheck report and review page. Everything shown was escaped by the
// server; this script only moves elements, toggles classes and, on the
// review page, asks the local server (with the session token) to record
// decisions and save.
(function () {
  "use strict";
  var body = document.body;
  var review = body.getAttribute("data-mode") === "review";
  var token = body.getAttribute("data-token") || "";
  var panel = document.getElementById("panel");
  var panelBody = document.getElementById("panel-body");
  var panelTitle = document.getElementById("panel-title");
  var hint = panelBody.innerHTML;
  var sel = null; // {target, sent, prop}
  var view = { sev: {}, check: {}, side: false, flagged: {} };
  var version = -1;
  body.classList.add("js");

  function $all(root, q) { return Array.prototype.slice.call(root.querySelectorAll(q)); }
  function closest(el, q) { return el && el.closest ? el.closest(q) : null; }
  function visible(el) { return !!(el.offsetWidth || el.offsetHeight || el.getClientRects().length); }

  // ---- filters and view ----
  function applyFilters() {
    $all(document, ".article").forEach(function (art) {
      var on = {};
      $all(art, ".finding[data-id], .finding-line[data-f]").forEach(function (f) {
        var id = f.getAttribute("data-id") || f.getAttribute("data-f");
        var ok = view.sev[f.getAttribute("data-sev")] !== false && view.check[f.getAttribute("data-check")] !== false;
        on[id] = ok ? f.getAttribute("data-sev") : null;
        f.classList.toggle("filtered", !ok);
      });
      var rank = { minor: 1, major: 2, critical: 3 };
      $all(art, "mark.hl").forEach(function (m) {
        var best = null;
        m.getAttribute("data-f").split(" ").forEach(function (id) {
          var s = on[id];
          if (s && (!best || rank[s] > rank[best])) { best = s; }
        });
        m.classList.remove("sev-critical", "sev-major", "sev-minor");
        m.classList.toggle("off", !best);
        if (best) { m.classList.add("sev-" + best); }
        if (m.hasAttribute("data-target")) {
          if (best) { m.setAttribute("tabindex", "0"); } else { m.removeAttribute("tabindex"); }
        }
      });
      art.classList.toggle("flagged-only", !!view.flagged[art.id]);
    });
    body.classList.toggle("side", view.side);
    $all(document, "input[data-filter]").forEach(function (i) {
      var v = view[i.getAttribute("data-filter")][i.value];
      i.checked = v !== false;
    });
    $all(document, "input[data-view=side]").forEach(function (i) { i.checked = view.side; });
    $all(document, "input[data-view=flagged]").forEach(function (i) {
      i.checked = !!view.flagged[closest(i, ".article").id];
    });
  }

  document.addEventListener("change", function (e) {
    var t = e.target;
    if (t.hasAttribute("data-filter")) {
      view[t.getAttribute("data-filter")][t.value] = t.checked;
    } else if (t.getAttribute("data-view") === "side") {
      view.side = t.checked;
    } else if (t.getAttribute("data-view") === "flagged") {
      view.flagged[closest(t, ".article").id] = t.checked;
    } else {
      return;
    }
    applyFilters();
  });

  // ---- selection and the details panel ----
  function targets() {
    return $all(document, "[data-target]").filter(function (el) {
      return !el.classList.contains("off") && el.getAttribute("data-target") !== "" && visible(el);
    });
  }

  function sentOf(el) { return closest(el, "li.sent"); }

  function clearActive() {
    $all(document, ".active").forEach(function (a) { a.classList.remove("active"); });
    $all(document, "li.sent.current").forEach(function (a) { a.classList.remove("current"); });
  }

  // show opens the details of the sentence el belongs to (a highlight, the
  // sentence's number, or a finding about the whole article).
  function show(el, opts) {
    opts = opts || {};
    clearActive();
    var li = sentOf(el);
    var ids = (el.getAttribute("data-f") || "").split(" ").filter(Boolean);
    el.classList.add("active");
    if (!li) {
      // A finding about the whole article: its line is its own detail.
      panelTitle.textContent = "About the whole article";
      panelBody.innerHTML = "";
      var c = el.cloneNode(true);
      c.classList.remove("active");
      panelBody.appendChild(c);
      sel = { target: null, sent: null, prop: null, doc: ids[0] };
      openPanel();
      return;
    }
    li.classList.add("current");
    var det = li.querySelector(".sent-details .detail");
    panelTitle.textContent = "Sentence " + li.getAttribute("data-sentence") + " · " + li.querySelector(".sent-meta .where").textContent;
    panelBody.innerHTML = "";
    if (det) {
      panelBody.appendChild(det.cloneNode(true));
    } else {
      var p = document.createElement("p");
      p.className = "hint";
      p.textContent = "No findings in this sentence.";
      panelBody.appendChild(p);
    }
    var first = null;
    $all(panelBody, ".finding").forEach(function (f) {
      var cur = ids.indexOf(f.getAttribute("data-id")) >= 0;
      f.classList.toggle("current", cur);
      if (cur && !first) { first = f; }
    });
    sel = { target: el.getAttribute("data-target") || null, sent: li.id, prop: opts.prop || null };
    if (review) { setCurrentProp(opts.prop || pickProp()); }
    openPanel();
    keepAbovePanel(el);
    var focus = (review && currentProp()) || first;
    panelBody.scrollTop = 0;
    if (focus && focus !== panelBody.firstElementChild && focus.scrollIntoView) { focus.scrollIntoView({ block: "nearest" }); }
  }

  var narrow = window.matchMedia ? window.matchMedia("(max-width: 760px)") : { matches: false };

  function openPanel() { panel.classList.add("open"); }

  // On a phone the details slide over the lower half: keep the selected
  // text in the upper half.
  function keepAbovePanel(el) {
    if (!narrow.matches || !el.getBoundingClientRect) { return; }
    var r = el.getBoundingClientRect();
    var room = window.innerHeight * 0.45;
    if (r.top < 8 || r.bottom > room) { window.scrollBy(0, r.top - Math.min(80, room / 3)); }
  }

  function closePanel() {
    panel.classList.remove("open");
    var back = sel && sel.target ? document.querySelector('[data-target="' + sel.target + '"]') : null;
    clearActive();
    panelTitle.textContent = "Details";
    panelBody.innerHTML = hint;
    sel = null;
    if (back) { quiet = true; back.focus(); quiet = false; }
  }

  // Focusing a highlight (Tab) shows its details, as a click does; quiet
  // is set while the script itself moves the focus.
  var quiet = false;
  document.addEventListener("focusin", function (e) {
    var t = e.target;
    if (quiet || !t.matches || !t.matches("mark.hl[data-target]") || t.classList.contains("off")) { return; }
    if (sel && sel.target === t.getAttribute("data-target")) { return; }
    show(t);
  });

  document.getElementById("panel-close").addEventListener("click", closePanel);

  function move(step) {
    var ts = targets();
    if (!ts.length) { return; }
    var cur = sel && sel.target ? ts.findIndex(function (t) { return t.getAttribute("data-target") === sel.target; }) : -1;
    var next = cur < 0 ? (step > 0 ? 0 : ts.length - 1) : Math.min(ts.length - 1, Math.max(0, cur + step));
    var el = ts[next];
    quiet = true;
    el.focus({ preventScroll: true });
    quiet = false;
    if (el.scrollIntoView) { el.scrollIntoView({ block: "center" }); }
    show(el);
  }

  document.addEventListener("click", function (e) {
    var t = e.target;
    var act = closest(t, "[data-act]");
    if (act && review) { e.preventDefault(); onAct(act); return; }
    var prop = closest(t, "#panel .proposal");
    if (prop && review) { setCurrentProp(prop.getAttribute("data-proposal")); }
    var hit = closest(t, "mark.hl, .sent-open, .finding-line");
    if (hit && !closest(hit, "#panel") && !hit.classList.contains("off")) { show(hit); }
  });

  var help = document.getElementById("help");
  var helpToggle = document.getElementById("help-toggle");
  function toggleHelp() {
    help.hidden = !help.hidden;
    if (helpToggle) { helpToggle.setAttribute("aria-expanded", String(!help.hidden)); }
  }
  if (helpToggle) { helpToggle.addEventListener("click", toggleHelp); }

  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (t.tagName === "TEXTAREA") {
      if (e.key === "Escape") { e.preventDefault(); endEdit(closest(t, ".proposal")); }
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); keepEdit(closest(t, ".proposal")); }
      return;
    }
    if (t.tagName === "INPUT" || t.tagName === "SELECT" || e.ctrlKey || e.metaKey || e.altKey) { return; }
    if ((e.key === "Enter" || e.key === " ") && closest(t, "mark.hl")) { e.preventDefault(); show(t); return; }
    switch (e.key) {
      case "j": move(1); break;
      case "k": move(-1); break;
      case "Escape": closePanel(); break;
      case "?": toggleHelp(); break;
      default:
        if (!review) { return; }
        var p = currentProp();
        switch (e.key) {
          case "a": if (p) { decide(p, "accept"); } break;
          case "r": if (p) { decide(p, "reject"); } break;
          case "u": if (p) { decide(p, "undo"); } break;
          case "e": if (p) { startEdit(p); } break;
          case "s": save(); break;
          default: return;
        }
    }
    e.preventDefault();
  });

  // ---- review: proposals, decisions, saving ----
  function panelProps() { return $all(panelBody, ".proposal"); }

  function pickProp() {
    var ps = panelProps();
    var open = ps.filter(function (p) { return !p.getAttribute("data-decision") && !p.classList.contains("refused"); });
    var p = open[0] || ps[0];
    return p ? p.getAttribute("data-proposal") : null;
  }

  function setCurrentProp(id) {
    if (id && !panelBody.querySelector('[data-proposal="' + id + '"]')) { id = pickProp(); }
    panelProps().forEach(function (p) { p.classList.toggle("current", p.getAttribute("data-proposal") === id); });
    if (sel) { sel.prop = id; }
  }

  function currentProp() {
    return panelBody.querySelector(".proposal.current") || null;
  }

  function onAct(btn) {
    var p = closest(btn, ".proposal");
    if (!p || btn.disabled) { return; }
    setCurrentProp(p.getAttribute("data-proposal"));
    var a = btn.getAttribute("data-act");
    if (a === "edit") { startEdit(p); } else if (a === "keep") { keepEdit(p); } else if (a === "cancel") { endEdit(p); } else { decide(p, a); }
  }

  function startEdit(p) {
    var ed = p.querySelector(".editor");
    if (!ed) { return; }
    ed.hidden = false;
    var ta = ed.querySelector("textarea");
    ta.focus();
    ta.setSelectionRange(ta.value.length, ta.value.length);
  }

  function endEdit(p) {
    if (!p) { return; }
    var ed = p.querySelector(".editor");
    if (ed) { ed.hidden = true; }
    var b = p.querySelector('[data-act="edit"]');
    if (b) { b.focus(); }
  }

  function keepEdit(p) {
    if (!p) { return; }
    var ta = p.querySelector(".editor textarea");
    decide(p, "edit", ta.value);
  }

  function toast(msg, isError) {
    var t = document.createElement("div");
    t.className = "toast" + (isError ? " error" : "");
    t.setAttribute("role", isError ? "alert" : "status");
    t.textContent = msg;
    body.appendChild(t);
    setTimeout(function () { t.remove(); }, isError ? 6000 : 2500);
  }

  function api(path, data) {
    return fetch(path + "?token=" + encodeURIComponent(token), {
      method: "POST", credentials: "same-origin", cache: "no-store",
      headers: { "Content-Type": "application/json", "X-Mtcheck-Token": token },
      body: JSON.stringify(data || {})
    }).then(function (r) {
      return r.json().catch(function () { return { error: "the server answered " + r.status }; }).then(function (j) {
        if (!r.ok || j.error) { throw new Error(j.error || ("the server answered " + r.status)); }
        return j;
      });
    });
  }

  var pending = 0;
  var latest = -1; // the newest state version the server has announced
  function decide(p, what, text) {
    var id = p.getAttribute("data-proposal");
    pending++;
    return api("/api/decide", { id: id, decision: what, text: text || "" }).then(function (j) {
      setState(j.state);
      var next = id;
      if (what === "reject") {
        // As fix -i does: the sentence's next open proposal comes up.
        var ps = panelProps();
        var i = ps.indexOf(p);
        for (var k = i + 1; k < ps.length; k++) {
          if (!ps[k].getAttribute("data-decision") && !ps[k].classList.contains("refused")) { next = ps[k].getAttribute("data-proposal"); break; }
        }
      }
      if (sel) { sel.prop = next; }
      return refresh();
    }).catch(function (err) { toast("Not recorded: " + err.message, true); })
      .then(function () { pending--; if (latest > version && pending === 0) { refresh(); } });
  }

  function save() {
    var b = document.getElementById("save");
    if (b) { b.classList.add("busy"); b.disabled = true; }
    return api("/api/save", {}).then(function (j) {
      setState(j.state);
      toast(j.message);
      return refresh().then(function () {
        var s = document.getElementById("saved");
        if (s) { s.scrollIntoView({ block: "start" }); s.focus(); }
      });
    }).catch(function (err) { toast("Not saved: " + err.message, true); })
      .then(function () { if (b) { b.classList.remove("busy"); b.disabled = false; } });
  }
  var saveBtn = document.getElementById("save");
  if (saveBtn) { saveBtn.addEventListener("click", save); }

  function setState(st) {
    if (!st) { return; }
    var u = document.getElementById("unsaved");
    if (u) {
      u.textContent = st.unsaved ? st.unsaved + " unsaved decision" + (st.unsaved === 1 ? "" : "s") : "no unsaved decisions";
      u.classList.toggle("dirty", st.unsaved > 0);
    }
    var pr = document.getElementById("progress");
    if (pr) {
      pr.textContent = st.progress || "";
      pr.classList.toggle("working", !!st.working);
    }
    body.setAttribute("data-unsaved", String(st.unsaved || 0));
    body.setAttribute("data-working", st.working ? "1" : "0");
  }

  // refresh replaces the page's main content with the server's current
  // rendering, keeping the filters, the selection and the focus.
  var refreshing = null;
  function refresh() {
    if (refreshing) { return refreshing; }
    refreshing = fetch("/view?token=" + encodeURIComponent(token), { credentials: "same-origin", cache: "no-store" })
      .then(function (r) {
        if (!r.ok) { throw new Error("the server answered " + r.status); }
        version = Number(r.headers.get("X-Mtcheck-Version") || version);
        return r.text();
      })
      .then(function (html) {
        var focusAct = document.activeElement && closest(document.activeElement, "#panel") ? document.activeElement.getAttribute("data-act") : null;
        var keep = sel;
        var main = document.getElementById("main");
        var tpl = document.createElement("template");
        tpl.innerHTML = html;
        main.replaceChildren(tpl.content);
        applyFilters();
        if (keep && keep.sent) {
          var el = keep.target ? document.querySelector('[data-target="' + keep.target + '"]') : null;
          el = el || document.querySelector("#" + keep.sent + " .sent-open");
          if (el) {
            show(el, { prop: keep.prop });
            var p = currentProp();
            var f = focusAct && p ? p.querySelector('[data-act="' + focusAct + '"]') : null;
            if (f && !f.disabled) { f.focus(); }
          }
        }
        body.setAttribute("data-version", String(version));
      })
      .catch(function (err) { toast("Could not update the page: " + err.message, true); })
      .then(function () {
        refreshing = null;
        // A change announced while this view was on its way: fetch again.
        if (latest > version && pending === 0) { refresh(); }
      });
    return refreshing;
  }

  // The server tells of LLM progress and new proposals as they come.
  function listen() {
    if (!window.EventSource) { setInterval(poll, 2000); return; }
    var es = new EventSource("/events?token=" + encodeURIComponent(token));
    es.addEventListener("state", function (e) {
      var st = JSON.parse(e.data);
      setState(st);
      seen(st.version);
    });
    es.onerror = function () {
      var pr = document.getElementById("progress");
      if (es.readyState === 2 && pr) { pr.textContent = "disconnected: the review server has stopped"; }
    };
  }
  function poll() {
    fetch("/api/state?token=" + encodeURIComponent(token), { cache: "no-store" }).then(function (r) { return r.json(); }).then(function (st) {
      setState(st);
      seen(st.version);
    }).catch(function () {});
  }
  // seen notes the server's latest version and brings the view up to it
  // (once the editor's own request in flight, if any, is done).
  function seen(v) {
    if (v > latest) { latest = v; }
    if (latest > version && pending === 0) { refresh(); }
  }

  if (review) {
    version = Number(body.getAttribute("data-version") || -1);
    listen();
    window.addEventListener("beforeunload", function (e) {
      if (Number(body.getAttribute("data-unsaved") || 0) > 0) { e.preventDefault(); e.returnValue = ""; }
    });
  }
  applyFilters();
  body.setAttribute("data-ready", "1");
})();
