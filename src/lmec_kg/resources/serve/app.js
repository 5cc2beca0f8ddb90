// The lmec-kg query page: pick a canned query, edit, run against this endpoint, see rows.
// Everything is served by the endpoint itself; nothing is fetched from anywhere else.
(function () {
  "use strict";
  var ENDPOINT = "query";
  var $ = function (id) { return document.getElementById(id); };
  var canned = [];
  var prefixes = {};

  function setStatus(text) { $("status").textContent = text; }
  function showError(text) { var e = $("error"); e.textContent = text; e.hidden = !text; }

  function loadCanned() {
    fetch("queries.json", { headers: { Accept: "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (doc) {
        canned = doc.queries || [];
        prefixes = doc.prefixes || {};
        var sel = $("canned");
        canned.forEach(function (q, i) {
          var o = document.createElement("option");
          o.value = String(i);
          o.textContent = q.title + " (" + q.name + ".rq)";
          sel.appendChild(o);
        });
      })
      .catch(function (err) { setStatus("could not read the canned queries: " + err); });
  }

  function pickCanned() {
    var i = $("canned").value;
    if (i === "") { $("canned-description").textContent = ""; return; }
    var q = canned[Number(i)];
    $("query").value = q.sparql;
    $("canned-description").textContent = q.description;
  }

  function shorten(iri) {
    var best = "", name = "";
    Object.keys(prefixes).forEach(function (p) {
      var ns = prefixes[p];
      if (iri.indexOf(ns) === 0 && ns.length > best.length) { best = ns; name = p; }
    });
    return best ? name + ":" + iri.slice(best.length) : iri;
  }

  function cell(term) {
    var td = document.createElement("td");
    if (!term) return td;
    if (term.type === "uri") {
      td.className = "uri";
      td.title = term.value;
      td.textContent = shorten(term.value);
    } else if (term.type === "bnode") {
      td.textContent = "_:" + term.value;
    } else {
      td.appendChild(document.createTextNode(term.value));
      var tag = term["xml:lang"] ? "@" + term["xml:lang"] : (term.datatype ? "^^" + shorten(term.datatype) : "");
      if (tag) {
        var s = document.createElement("span");
        s.className = term["xml:lang"] ? "lang" : "dt";
        s.textContent = tag;
        td.appendChild(s);
      }
    }
    return td;
  }

  function renderBindings(doc) {
    var out = $("results");
    out.textContent = "";
    if (typeof doc.boolean === "boolean") {
      var p = document.createElement("p");
      p.textContent = "ASK: " + doc.boolean;
      out.appendChild(p);
      return "answer: " + doc.boolean;
    }
    var vars = doc.head.vars || [];
    var rows = doc.results.bindings || [];
    var table = document.createElement("table");
    table.id = "result-table";
    var head = table.createTHead().insertRow();
    vars.forEach(function (v) {
      var th = document.createElement("th");
      th.textContent = v;
      head.appendChild(th);
    });
    var body = table.createTBody();
    rows.forEach(function (b) {
      var tr = body.insertRow();
      vars.forEach(function (v) { tr.appendChild(cell(b[v])); });
    });
    out.appendChild(table);
    return rows.length + (rows.length === 1 ? " row" : " rows");
  }

  function renderGraph(text) {
    var out = $("results");
    out.textContent = "";
    var pre = document.createElement("pre");
    pre.className = "graph";
    pre.textContent = text;
    out.appendChild(pre);
    return "graph (Turtle)";
  }

  function post(accept) {
    return fetch(ENDPOINT, {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Accept: accept },
      body: "query=" + encodeURIComponent($("query").value),
    });
  }

  function run() {
    var button = $("run");
    button.disabled = true;
    showError("");
    setStatus("running…");
    var t0 = performance.now();
    post("application/sparql-results+json, text/turtle;q=0.9")
      .then(function (r) {
        var type = (r.headers.get("Content-Type") || "").split(";")[0];
        return r.text().then(function (text) { return { ok: r.ok, status: r.status, type: type, text: text }; });
      })
      .then(function (res) {
        var ms = Math.round(performance.now() - t0);
        if (!res.ok) {
          $("results").textContent = "";
          showError("HTTP " + res.status + ": " + res.text);
          setStatus("failed after " + ms + " ms");
          return;
        }
        var what = res.type === "application/sparql-results+json"
          ? renderBindings(JSON.parse(res.text)) : renderGraph(res.text);
        setStatus(what + " in " + ms + " ms");
      })
      .catch(function (err) { showError(String(err)); setStatus("failed"); })
      .then(function () { button.disabled = false; });
  }

  function download() {
    var fmt = $("download").value;
    var url = ENDPOINT + "?format=" + fmt + "&query=" + encodeURIComponent($("query").value);
    var a = document.createElement("a");
    a.href = url;
    a.download = "lmec-kg-result." + ({ turtle: "ttl", jsonld: "jsonld", json: "srj", xml: "srx" }[fmt] || fmt);
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  $("endpoint-url").textContent = new URL(ENDPOINT, window.location.href).href;
  $("canned").addEventListener("change", pickCanned);
  $("run").addEventListener("click", run);
  $("download-run").addEventListener("click", download);
  $("query").addEventListener("keydown", function (e) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
  });
  loadCanned();
})();
