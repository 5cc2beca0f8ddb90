"""The page's own HTML skeleton, CSS and script (kept in Python so a wheel always carries them).

The script reads its data from a ``<script type="application/json">`` block and writes every
piece of text from the briefings with ``textContent`` / ``createTextNode`` (never innerHTML);
vis-network shows string titles with ``innerText``.
"""

PAGE = """<!DOCTYPE html>
<html lang="%%LANG%%">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="%%CSP%%">
<meta name="generator" content="lmec-kg %%VERSION%%">
<title>%%TITLE%%</title>
<style>%%VIS_CSS%%</style>
<style>%%CSS%%</style>
</head>
<body>
<header id="bar">
  <h1 id="heading" data-zh="%%TITLE_ZH%%" data-en="%%TITLE_EN%%">%%TITLE%%</h1>
  <div id="controls">
    <span class="search"><input id="search" type="search" autocomplete="off" list="search-names"
      placeholder="搜索 / search"><datalist id="search-names"></datalist><button id="search-go" type="button">⌕</button></span>
    <label><span data-zh="语言" data-en="Language">语言</span>
      <select id="lang"><option value="zh">中文</option><option value="en">English</option></select></label>
    <label><span data-zh="类型" data-en="Type">类型</span> <select id="f-type"></select></label>
    <label><span data-zh="国家" data-en="Country">国家</span> <select id="f-country"></select></label>
    <label><span data-zh="年份" data-en="Years">年份</span> <select id="f-from"></select>–<select id="f-to"></select></label>
    <button id="f-reset" type="button" data-zh="重置" data-en="Reset">重置</button>
    <button id="toggle-view" type="button" hidden></button>
  </div>
</header>
<div id="message" role="status" hidden></div>
<main>
  <div id="mynetwork"></div>
  <aside id="side">
    <div id="legend"></div>
    <div id="search-result"></div>
    <div id="details"><p class="hint" data-zh="点击节点查看属性和出处。" data-en="Click a node to see its properties and sources.">点击节点查看属性和出处。</p></div>
  </aside>
</main>
<script type="application/json" id="lmec-data">%%DATA%%</script>
<script>%%VIS_JS%%</script>
<script>%%APP_JS%%</script>
</body>
</html>
"""

CSS = """
html, body { margin: 0; height: 100%; font-family: system-ui, "Noto Sans CJK SC", "WenQuanYi Micro Hei", sans-serif; font-size: 14px; color: #222; }
body { display: flex; flex-direction: column; }
#bar { padding: 6px 10px; border-bottom: 1px solid #ddd; background: #fafafa; }
#bar h1 { font-size: 16px; margin: 0 0 4px 0; }
#controls { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
#controls select, #controls input, #controls button { font: inherit; }
#search { width: 14em; }
#message { padding: 6px 10px; background: #fff4d6; border-bottom: 1px solid #e8c66a; }
main { flex: 1; display: flex; min-height: 0; }
#mynetwork { flex: 1; min-width: 0; height: 100%; background: #fff; }
#side { width: 340px; overflow: auto; border-left: 1px solid #ddd; padding: 8px; box-sizing: border-box; }
#legend .item { display: inline-flex; align-items: center; margin: 0 10px 4px 0; }
#legend .swatch { width: 12px; height: 12px; margin-right: 4px; display: inline-block; border-radius: 2px; }
#legend .note { color: #666; font-size: 12px; margin-top: 4px; }
#details h2 { font-size: 15px; margin: 8px 0 4px 0; word-break: break-all; }
#details table { border-collapse: collapse; font-size: 13px; }
#details td { padding: 1px 6px 1px 0; vertical-align: top; word-break: break-all; }
#details td.k { color: #666; white-space: nowrap; }
#details .fact { border-top: 1px solid #eee; padding: 4px 0; }
#details .rel { font-weight: 600; }
#details .src { margin: 2px 0 2px 8px; font-size: 12px; color: #444; }
#details .bid { font-family: ui-monospace, monospace; color: #8a5a00; margin-right: 4px; }
#search[aria-invalid="true"] { outline: 2px solid #d62728; }
#search-result .nomatch { margin: 4px 0; padding: 4px 6px; background: #fde2e1; border: 1px solid #e8a3a0; color: #8b1a16; }
#details button.link, #search-result button.link { border: none; background: none; color: #0b5cad; cursor: pointer; padding: 0; font: inherit; text-align: left; }
.hint { color: #777; }
"""

APP_JS = r"""
var network = null, nodes = null, edges = null;
var lmec = (function () {
  "use strict";
  var RAW = JSON.parse(document.getElementById("lmec-data").textContent);
  var state = { lang: RAW.lang, current: null, alt: false };
  function $(id) { return document.getElementById(id); }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.appendChild(document.createTextNode(String(text)));
    if (cls) e.className = cls;
    return e;
  }
  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }
  function L(pair) { return pair ? (state.lang === "en" ? pair[1] : pair[0]) : ""; }
  function typeName(t) { var d = RAW.types[t]; return d ? (state.lang === "en" ? d.en : d.zh) : t; }
  function relName(r) { return L(RAW.relations[r]) || r; }
  function nodeLabel(i) { var n = state.current.info[i]; return state.lang === "en" ? (n[2] || n[1]) : n[1]; }
  function countryName(i) { var n = state.current.info[i]; return state.lang === "en" ? (n[6] || n[5]) : n[5]; }

  function tooltip(i) {
    var n = state.current.info[i], parts = [nodeLabel(i), typeName(n[3]) + (n[4] ? " · " + n[4] : "")];
    if (countryName(i)) parts.push(countryName(i));
    if (n[7].length) parts.push(n[7][0] === n[7][n[7].length - 1] ? String(n[7][0]) : n[7][0] + "–" + n[7][n[7].length - 1]);
    return parts.join("\n");
  }
  function edgeText(j) {
    var e = state.current.edgeInfo[j];
    return e[2].map(relName).join(" / ") + (e[3] > 1 ? " ×" + e[3] : "");
  }

  function visNodes(view) {
    return view.nodes.map(function (n, i) {
      var o = Object.assign({}, n);
      o.label = nodeLabel(i);
      o.title = tooltip(i);   // plain text: vis-network sets it with innerText
      return o;
    });
  }
  function visEdges(view) {
    return view.edges.map(function (e, j) {
      var o = Object.assign({}, e);
      o.id = j;
      o.label = edgeText(j);
      o.title = o.label;
      return o;
    });
  }

  function options(view) {
    var big = view.nodes.length > RAW.physicsMax;
    return {
      autoResize: true,
      nodes: { font: { size: 14, face: "system-ui, sans-serif" }, borderWidth: 1,
               scaling: { label: { drawThreshold: 7 } } },
      edges: { smooth: false, color: { color: "#b8b8b8", highlight: "#e15759", hover: "#e15759" },
               font: { size: 10, align: "middle", color: "#555", strokeWidth: 2 },
               arrows: { to: { enabled: view.directed, scaleFactor: 0.5 } },
               scaling: { min: 1, max: 6, label: { enabled: false, drawThreshold: 7 } } },
      interaction: { hover: !big, tooltipDelay: 150, hideEdgesOnDrag: big, hideEdgesOnZoom: big,
                     navigationButtons: false, keyboard: false },
      physics: big ? { enabled: false } : {
        enabled: true, solver: "forceAtlas2Based",
        forceAtlas2Based: { gravitationalConstant: -120, centralGravity: 0.005, springLength: 130, springConstant: 0.06, avoidOverlap: 0.6 },
        stabilization: { enabled: true, iterations: 150, updateInterval: 50, fit: true }
      },
      layout: { improvedLayout: false, randomSeed: 42 }
    };
  }

  function draw(view) {
    state.current = view;
    nodes = new vis.DataSet(visNodes(view));
    edges = new vis.DataSet(visEdges(view));
    var opts = options(view), container = $("mynetwork");
    window.lmecReady = false;
    if (network) { network.setOptions(opts); network.setData({ nodes: nodes, edges: edges }); }
    else { network = new vis.Network(container, { nodes: nodes, edges: edges }, opts); window.network = network;
      network.on("click", function (p) { if (p.nodes.length) showDetails(p.nodes[0]); });
    }
    if (opts.physics.enabled) {
      network.once("stabilizationIterationsDone", function () {
        network.setOptions({ physics: { enabled: false } });
        network.once("afterDrawing", function () { window.lmecReady = performance.now(); });
        network.redraw();
      });
    } else {
      network.once("afterDrawing", function () { window.lmecReady = performance.now(); });
      network.fit({ animation: false });
    }
    buildMenus();
    buildLegend();
    showMessage();
    clear($("details"));
    clear($("search-result"));
    $("search-names").dataset.filled = "";
  }

  function option(sel, value, text) { var o = el("option", text); o.value = value; sel.appendChild(o); }
  function buildMenus() {
    var v = state.current, types = {}, countries = {}, years = {};
    v.info.forEach(function (n) {
      types[n[3]] = 1;
      if (n[5]) countries[n[5]] = n[6] || n[5];
      n[7].forEach(function (y) { years[y] = 1; });
    });
    var keep = { type: $("f-type").value, country: $("f-country").value };
    var t = $("f-type"); clear(t); option(t, "", state.lang === "en" ? "all" : "全部");
    Object.keys(types).sort().forEach(function (k) { option(t, k, typeName(k)); });
    var c = $("f-country"); clear(c); option(c, "", state.lang === "en" ? "all" : "全部");
    Object.keys(countries).sort().forEach(function (k) { option(c, k, state.lang === "en" ? countries[k] : k); });
    var ys = Object.keys(years).map(Number).sort(function (a, b) { return a - b; });
    ["f-from", "f-to"].forEach(function (id, k) {
      var s = $(id), old = s.value; clear(s); option(s, "", k ? "…" : "…");
      ys.forEach(function (y) { option(s, String(y), String(y)); });
      s.value = ys.indexOf(Number(old)) >= 0 ? old : "";
    });
    if (keep.type && types[keep.type]) t.value = keep.type;
    if (keep.country && countries[keep.country]) c.value = keep.country;
  }

  function applyFilters() {
    // a range chosen backwards (2026–2018) means the years between: swap the menus so they say so
    if ($("f-from").value && $("f-to").value && Number($("f-from").value) > Number($("f-to").value)) {
      var swap = $("f-from").value; $("f-from").value = $("f-to").value; $("f-to").value = swap;
    }
    var v = state.current, type = $("f-type").value, country = $("f-country").value;
    var from = $("f-from").value ? Number($("f-from").value) : -Infinity;
    var to = $("f-to").value ? Number($("f-to").value) : Infinity;
    var yearsOn = from !== -Infinity || to !== Infinity, changes = [];
    v.info.forEach(function (n, i) {
      var ok = (!type || n[3] === type) && (!country || n[5] === country);
      if (ok && yearsOn) ok = n[7].some(function (y) { return y >= from && y <= to; });
      var cur = nodes.get(i, { fields: ["hidden"] });
      if (!!(cur && cur.hidden) === ok) changes.push({ id: i, hidden: !ok });
    });
    if (changes.length) nodes.update(changes);
  }
  function resetFilters() {
    ["f-type", "f-country", "f-from", "f-to"].forEach(function (id) { $(id).value = ""; });
    applyFilters();
  }

  function buildLegend() {
    var box = $("legend"); clear(box);
    var present = {};
    state.current.info.forEach(function (n) { present[n[3]] = 1; });
    Object.keys(RAW.types).forEach(function (t) {
      if (!present[t]) return;
      var item = el("span", null, "item"), sw = el("span", null, "swatch");
      sw.style.background = RAW.types[t].color;
      if (RAW.types[t].shape === "dot") sw.style.borderRadius = "6px";
      item.appendChild(sw); item.appendChild(document.createTextNode(typeName(t) + " (" + L(RAW.types[t].shapeName) + ")"));
      box.appendChild(item);
    });
    box.appendChild(el("div", state.lang === "en" ? "Node size: degree centrality. Edge label: relation."
                                                 : "节点大小：度中心性。连线标签：关系。", "note"));
  }

  function showMessage() {
    var m = $("message"), v = state.current, msg = v.message ? L(v.message) : "";
    m.hidden = !msg; clear(m); if (msg) m.appendChild(document.createTextNode(msg));
    var b = $("toggle-view");
    b.hidden = !RAW.alt;
    if (RAW.alt) { clear(b); b.appendChild(document.createTextNode(L(state.alt ? RAW.main.toggle : RAW.alt.toggle))); }
  }

  function row(table, k, v) {
    if (v === undefined || v === null || v === "") return;
    var tr = el("tr"); tr.appendChild(el("td", k, "k")); tr.appendChild(el("td", v)); table.appendChild(tr);
  }
  function showDetails(i) {
    var v = state.current, n = v.info[i], box = $("details"), en = state.lang === "en";
    clear(box);
    if (!n) return;
    box.appendChild(el("h2", nodeLabel(i)));
    var t = el("table");
    row(t, en ? "Chinese" : "中文名", n[1]);
    row(t, en ? "English" : "英文名", n[2]);
    if (v.aliases && v.aliases[i] && v.aliases[i].length) row(t, en ? "Also called" : "别名", v.aliases[i].join("; "));
    row(t, en ? "Type" : "类型", typeName(n[3]) + (n[4] ? " · " + n[4] : ""));
    row(t, en ? "Country" : "国家", countryName(i));
    row(t, en ? "Years" : "年份", n[7].join(", "));
    if (n[8] !== undefined) row(t, en ? "Members" : "成员", String(n[8]));
    row(t, "ID", n[0]);
    box.appendChild(t);
    var connected = network.getConnectedEdges(i).slice().sort(function (a, b) { return a - b; });
    var facts = el("div");
    box.appendChild(el("h2", (en ? "Facts" : "事实") + " (" + connected.length + ")"));
    connected.forEach(function (j) {
      var e = v.edgeInfo[j], other = e[0] === i ? e[1] : e[0];
      e[4].forEach(function (f) {
        var d = el("div", null, "fact"), head = el("div");
        head.appendChild(el("span", relName(f[0]), "rel"));
        head.appendChild(document.createTextNode(" " + (f[1] === i ? "→ " : "← ")));
        var b = el("button", nodeLabel(other), "link"); b.type = "button";
        b.addEventListener("click", function () { focusNode(other); });
        head.appendChild(b);
        if (f[2]) head.appendChild(document.createTextNode(" · " + f[2]));
        d.appendChild(head);
        f[3].forEach(function (p) {
          var s = el("div", null, "src");
          s.appendChild(el("span", v.briefings[p[0]], "bid"));
          s.appendChild(document.createTextNode(v.sentences[p[1]]));
          d.appendChild(s);
        });
        facts.appendChild(d);
      });
    });
    box.appendChild(facts);
  }

  function focusNode(i) {
    var cur = nodes.get(i);
    if (!cur) return false;
    if (cur.hidden) resetFilters();
    network.selectNodes([i]);
    network.focus(i, { scale: Math.max(network.getScale(), 1.2), animation: false });
    showDetails(i);
    return true;
  }
  // case, width, accents and spaces do not matter: "wwf" finds WWF, "liyonghong" Li Yonghong
  function norm(s) {
    return String(s || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").replace(/\s+/g, "").toLowerCase();
  }
  // every name of a node: id, Chinese and English labels, then its aliases (altLabel, pinyin, acronyms)
  function names(v, i) { var n = v.info[i]; return [n[1], n[2], n[0]].concat((v.aliases && v.aliases[i]) || []); }
  function keys(v) {
    if (!v.searchKeys) v.searchKeys = v.info.map(function (_, i) { return names(v, i).map(norm); });
    return v.searchKeys;
  }
  function search(q) {
    var v = state.current, key = norm(q), exact = [], part = [];
    if (!key) return [];
    keys(v).forEach(function (ks, i) {
      if (ks.indexOf(key) >= 0) exact.push(i);
      else if (ks.some(function (k) { return k.indexOf(key) >= 0; })) part.push(i);
    });
    var byDegree = function (x, y) { return (v.degree[y] - v.degree[x]) || (x - y); };
    return exact.sort(byDegree).concat(part.sort(byDegree));
  }
  // the name a query found, when it is not the one shown ("世界自然基金会 (WWF)")
  function hitLabel(i, q) {
    var v = state.current, key = norm(q), shown = nodeLabel(i), ns = names(v, i), ks = keys(v)[i];
    if (norm(shown).indexOf(key) >= 0) return shown;
    for (var k = 0; k < ks.length; k++) if (ks[k] === key) return shown + " (" + ns[k] + ")";
    for (k = 0; k < ks.length; k++) if (ks[k].indexOf(key) >= 0) return shown + " (" + ns[k] + ")";
    return shown;
  }
  function noSelection() {
    network.unselectAll();
    var box = $("details"); clear(box);
    box.appendChild(el("p", state.lang === "en" ? "Click a node to see its properties and sources."
                                                : "点击节点查看属性和出处。", "hint"));
  }
  function runSearch() {
    var q = $("search").value, hits = search(q), box = $("search-result");
    clear(box);
    $("search").removeAttribute("aria-invalid");
    if (!norm(q)) return;
    if (!hits.length) {
      // nothing found: the old selection and its details would read as the answer, so they go
      noSelection();
      $("search").setAttribute("aria-invalid", "true");
      box.appendChild(el("p", state.lang === "en" ? "No match for “" + q.trim() + "”." : "没有找到“" + q.trim() + "”。",
                         "nomatch"));
      return;
    }
    focusNode(hits[0]);
    if (hits.length > 1) {
      box.appendChild(el("p", (state.lang === "en" ? "Matches: " : "匹配：") + hits.length, "hint"));
      hits.slice(0, 20).forEach(function (i) {
        var b = el("button", hitLabel(i, q), "link"); b.type = "button";
        b.addEventListener("click", function () { focusNode(i); });
        box.appendChild(b); box.appendChild(el("br"));
      });
    }
  }
  function fillNames() {
    var dl = $("search-names");
    if (dl.dataset.filled === state.lang) return;
    clear(dl);
    var v = state.current, order = v.info.map(function (_, i) { return i; })
      .sort(function (x, y) { return (v.degree[y] - v.degree[x]) || (x - y); }).slice(0, 3000);
    order.forEach(function (i) { var o = document.createElement("option"); o.value = nodeLabel(i); dl.appendChild(o); });
    dl.dataset.filled = state.lang;
  }

  // The overview of a large view, built only when asked for: organisations collapsed into their
  // top parent and people into their organisation (RAW.main.groups, computed in Python), placed
  // at the centre of their members; events become links between the groups that took part.
  function aggregate(v) {
    var groups = v.groups, slot = {}, order = [], sums = [];
    groups.forEach(function (g, i) {
      if (g < 0) return;
      if (!(g in slot)) { slot[g] = order.length; order.push(g); sums.push([0, 0, 0]); }
      var s = sums[slot[g]]; s[0] += v.nodes[i].x; s[1] += v.nodes[i].y; s[2] += 1;
    });
    var adjacency = v.info.map(function () { return []; });
    v.edgeInfo.forEach(function (e, j) { adjacency[e[0]].push(j); adjacency[e[1]].push(j); });
    var links = {}, keys = [];
    function link(a, b, w, fact) {
      if (a === b) return;
      var k = a < b ? a + "," + b : b + "," + a;
      if (!links[k]) { links[k] = { a: Math.min(a, b), b: Math.max(a, b), w: 0, facts: [] }; keys.push(k); }
      links[k].w += w;
      if (fact && links[k].facts.length < 5) links[k].facts.push(fact);
    }
    v.info.forEach(function (n, i) {
      if (n[3] !== "event") return;
      var seen = {}, gs = [], refs = [];
      adjacency[i].forEach(function (j) {
        var e = v.edgeInfo[j], other = e[0] === i ? e[1] : e[0], g = groups[other];
        if (g >= 0 && !seen[g]) { seen[g] = 1; gs.push(slot[g]); }
        if (!refs.length && e[4].length) refs = e[4][0][3];
      });
      gs.sort(function (x, y) { return x - y; });
      for (var x = 0; x < gs.length; x++) for (var y = x + 1; y < gs.length; y++)
        link(gs[x], gs[y], 1, ["sharedEvent", gs[x], n[1], refs]);
    });
    v.edgeInfo.forEach(function (e) {
      var ga = groups[e[0]], gb = groups[e[1]];
      if (ga >= 0 && gb >= 0 && v.info[e[0]][3] !== "event" && v.info[e[1]][3] !== "event")
        link(slot[ga], slot[gb], e[3], null);
    });
    var degree = order.map(function () { return 0; });
    keys.forEach(function (k) { degree[links[k].a]++; degree[links[k].b]++; });
    var top = Math.max.apply(null, degree.concat([1]));
    var nodes = order.map(function (g, k) {
      var base = v.nodes[g], s = sums[k];
      return { id: k, x: s[0] / s[2], y: s[1] / s[2], size: 8 + 24 * Math.sqrt(degree[k] / top),
               color: base.color, shape: base.shape, label: "" };
    });
    var info = order.map(function (g, k) { return v.info[g].slice(0, 8).concat([sums[k][2]]); });
    var aliases = order.map(function (g) { return (v.aliases && v.aliases[g]) || []; });
    var edgeInfo = keys.map(function (k) { var l = links[k]; return [l.a, l.b, ["sharedEvent"], l.w, l.facts]; });
    var edges = edgeInfo.map(function (e) { return { from: e[0], to: e[1], width: Math.min(6, 1 + 0.5 * (e[3] - 1)) }; });
    return { nodes: nodes, edges: edges, info: info, aliases: aliases, edgeInfo: edgeInfo, degree: degree, directed: false,
             briefings: v.briefings, sentences: v.sentences };
  }

  function setLang(lang) {
    state.lang = lang;
    document.documentElement.lang = lang;
    document.querySelectorAll("[data-zh]").forEach(function (e) {
      e.textContent = lang === "en" ? e.dataset.en : e.dataset.zh;
    });
    nodes.update(state.current.info.map(function (_, i) { return { id: i, label: nodeLabel(i), title: tooltip(i) }; }));
    edges.update(state.current.edgeInfo.map(function (_, j) { var t = edgeText(j); return { id: j, label: t, title: t }; }));
    var sel = [$("f-type").value, $("f-country").value, $("f-from").value, $("f-to").value];
    buildMenus();
    $("f-type").value = sel[0]; $("f-country").value = sel[1]; $("f-from").value = sel[2]; $("f-to").value = sel[3];
    buildLegend(); showMessage();
    var chosen = network.getSelectedNodes(); if (chosen.length) showDetails(chosen[0]);
  }

  $("lang").value = RAW.lang;
  ["f-type", "f-country", "f-from", "f-to"].forEach(function (id) { $(id).addEventListener("change", applyFilters); });
  $("f-reset").addEventListener("click", resetFilters);
  $("search-go").addEventListener("click", runSearch);
  $("search").addEventListener("keydown", function (ev) { if (ev.key === "Enter") { ev.preventDefault(); runSearch(); } });
  $("search").addEventListener("focus", fillNames);
  $("lang").addEventListener("change", function () { setLang($("lang").value); });
  $("toggle-view").addEventListener("click", function () {
    state.alt = !state.alt;
    if (state.alt && !RAW.alt.nodes) Object.assign(RAW.alt, aggregate(RAW.main));
    draw(state.alt ? RAW.alt : RAW.main);
  });
  draw(RAW.main);
  if (RAW.lang !== "zh") setLang(RAW.lang);
  return { data: RAW, focus: focusNode, search: search, setLang: setLang, applyFilters: applyFilters,
           showDetails: showDetails, current: function () { return state.current; } };
})();
"""
