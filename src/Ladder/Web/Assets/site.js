// Ladder: progressive enhancement only. Every page works without this file.
(function () {
  "use strict";
  var body = document.body;
  var root = body.getAttribute("data-root") || "/";
  var isStatic = body.getAttribute("data-search") === "static";
  var index = null;

  function careerUrl(slug) { return root + "careers/" + slug + (isStatic ? "/" : ""); }

  // The static site ranks with the server's title index, run here: title-search.js and the model `ladder build`
  // wrote (content-hashed names, so a browser keeps them). Both are fetched on the first search, together.
  function loadScript(src) {
    return new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = src; s.onload = resolve; s.onerror = reject;
      document.head.appendChild(s);
    });
  }

  function loadIndex() {
    if (!index) {
      var model = fetch(body.getAttribute("data-search-model")).then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); });
      index = Promise.all([loadScript(body.getAttribute("data-search-code")), model]).then(function (loaded) {
        var titles = LadderTitleSearch.load(loaded[1]);
        // The titles shown as "matched" are not needed to rank, so they come after the first answer.
        fetch(body.getAttribute("data-search-titles")).then(function (r) { return r.ok ? r.json() : null; })
          .then(function (names) { if (names) titles.matchedTitles = names; }).catch(function () { });
        return titles;
      });
      index.catch(function () { index = null; });
    }
    return index;
  }

  function searchIndex(titles, query, limit) {
    return titles.search(query, limit, true).matches.map(function (m) {
      return { slug: m.slug, title: m.title, domain: m.domain, matched: m.matchedTitle };
    });
  }

  function fetchSuggestions(query) {
    if (isStatic) return loadIndex().then(function (titles) { return searchIndex(titles, query, 8); });
    return fetch(root + "api/search?limit=8&q=" + encodeURIComponent(query), { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { items: [] }; })
      .then(function (data) { return data.items.map(function (i) { return { slug: i.slug, title: i.title, domain: i.domain, matched: i.matchedTitle }; }); });
  }

  function setupAutocomplete(input) {
    // The WAI-ARIA combobox pattern: the input keeps focus, aria-activedescendant points at the highlighted option,
    // and a polite live region says how many suggestions appeared (screen readers do not announce a list on their own).
    var list = document.getElementById(input.getAttribute("aria-controls"));
    var status = document.getElementById(input.id + "-status");
    var items = [], active = -1, timer = 0, seq = 0;

    function announce(text) { if (status && status.textContent !== text) status.textContent = text; }

    function close() { list.hidden = true; input.setAttribute("aria-expanded", "false"); input.removeAttribute("aria-activedescendant"); active = -1; }

    function open() { if (items.length) { list.hidden = false; input.setAttribute("aria-expanded", "true"); } }

    function highlight(i) {
      var options = list.querySelectorAll("[role=option]");
      options.forEach(function (o, j) { o.setAttribute("aria-selected", j === i ? "true" : "false"); });
      active = i;
      if (i >= 0) input.setAttribute("aria-activedescendant", options[i].id); else input.removeAttribute("aria-activedescendant");
    }

    function render(hits) {
      // A late answer must not drop the suggestion someone has already highlighted with the arrow keys.
      var kept = active >= 0 && items[active] ? items[active].slug : null;
      items = hits;
      list.textContent = "";
      hits.forEach(function (h, i) {
        var li = document.createElement("li");
        li.id = list.id + "-" + i;
        li.setAttribute("role", "option");
        li.setAttribute("aria-selected", "false");
        var name = document.createElement("span");
        name.textContent = h.title;
        var meta = document.createElement("span");
        meta.className = "meta";
        meta.textContent = h.matched && h.matched.toLowerCase() !== h.title.toLowerCase() ? "“" + h.matched + "” · " + h.domain : h.domain;
        li.appendChild(name);
        li.appendChild(meta);
        li.addEventListener("mousedown", function (ev) { ev.preventDefault(); go(i); });
        list.appendChild(li);
      });
      announce(hits.length ? hits.length + (hits.length === 1 ? " suggestion" : " suggestions") + ", use the up and down arrow keys to choose"
        : "No matching roles, press Enter to search");
      if (hits.length) {
        open();
        highlight(-1);
        var again = kept ? hits.findIndex(function (h) { return h.slug === kept; }) : -1;
        if (again >= 0) highlight(again);
      } else close();
    }

    function go(i) { if (items[i]) window.location.href = careerUrl(items[i].slug); }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2) { input.removeAttribute("aria-busy"); items = []; list.textContent = ""; announce(""); close(); return; }
      // aria-busy tells assistive technology (and tests) that the suggestions are being updated.
      input.setAttribute("aria-busy", "true");
      timer = setTimeout(function () {
        var mine = ++seq;
        fetchSuggestions(q)
          .then(function (hits) { if (mine === seq) { render(hits); input.removeAttribute("aria-busy"); } })
          .catch(function () { if (mine === seq) input.removeAttribute("aria-busy"); close(); });
      }, 120);
    });
    input.addEventListener("keydown", function (ev) {
      if (list.hidden) {
        // Closed: the arrow keys reopen the last suggestions (Down at the first, Up at the last); Escape clears the box.
        if ((ev.key === "ArrowDown" || ev.key === "ArrowUp") && items.length) { ev.preventDefault(); open(); highlight(ev.key === "ArrowDown" ? 0 : items.length - 1); }
        else if (ev.key === "Escape" && input.value) { ev.preventDefault(); input.value = ""; items = []; list.textContent = ""; announce(""); }
        return;
      }
      if (ev.key === "ArrowDown") { ev.preventDefault(); highlight(active + 1 < items.length ? active + 1 : 0); }
      else if (ev.key === "ArrowUp") { ev.preventDefault(); highlight(active > 0 ? active - 1 : items.length - 1); }
      else if (ev.key === "Enter" && active >= 0) { ev.preventDefault(); go(active); }
      else if (ev.key === "Escape") { ev.preventDefault(); close(); }
    });
    input.addEventListener("blur", function () { setTimeout(close, 150); });
  }

  document.querySelectorAll("[data-autocomplete]").forEach(setupAutocomplete);

  // Static export: fill the search page from the title index.
  var results = document.querySelector("[data-static-results]");
  if (results) {
    var q = new URLSearchParams(window.location.search).get("q") || "";
    var box = document.getElementById("search-q");
    if (box) box.value = q;
    if (q) loadIndex().then(function (titles) {
      var hits = searchIndex(titles, q, 25);
      var p = document.createElement("p");
      p.textContent = hits.length ? hits.length + " result" + (hits.length === 1 ? "" : "s") + " for “" + q + "”." : "No role matches “" + q + "”.";
      results.appendChild(p);
      var ul = document.createElement("ul");
      ul.className = "role-list";
      hits.forEach(function (h) {
        var li = document.createElement("li"), a = document.createElement("a"), meta = document.createElement("span");
        a.href = careerUrl(h.slug); a.textContent = h.title;
        meta.className = "meta"; meta.textContent = h.domain;
        li.appendChild(a); li.appendChild(meta); ul.appendChild(li);
      });
      results.appendChild(ul);
    });
  }
  // Pay by state: remember the reader's state on this device, fill in its pay where no server rendered it (the
  // static export, or a remembered state), and sort the states table in place.
  var STATE_KEY = "ladder-state";
  function storedState() { try { return localStorage.getItem(STATE_KEY) || ""; } catch (e) { return ""; } }
  function storeState(code) { try { if (code) localStorage.setItem(STATE_KEY, code); else localStorage.removeItem(STATE_KEY); } catch (e) { } }
  var params = new URLSearchParams(location.search);
  var asked = (params.get("state") || "").toUpperCase();
  var stateForms = document.querySelectorAll("form[data-state-form]");
  var known = {};
  if (stateForms.length) {
    [].forEach.call(stateForms[0].querySelectorAll("option"), function (o) { if (o.value) known[o.value] = o.textContent; });
    if (asked && known[asked]) storeState(asked);
    [].forEach.call(stateForms, function (f) {
      f.hidden = false; // a static copy hides the form from readers without a script, which it needs there
      f.addEventListener("submit", function () { storeState(f.querySelector("select").value); });
    });
  }
  var chosen = known[asked] ? asked : (params.has("state") ? "" : storedState());
  if (chosen && !known[chosen]) chosen = "";
  function money(v, hourly) {
    return hourly ? "$" + v.toFixed(2) + " an hour" : "$" + Math.round(v).toLocaleString("en-US");
  }
  var dataNode = document.getElementById("state-pay-data");
  var result = document.getElementById("state-pay-result");
  if (dataNode && result && chosen && !result.textContent.trim()) {
    var d = JSON.parse(dataNode.textContent), v = d.states[chosen], name = known[chosen];
    var text;
    if (v === null || v === undefined) {
      text = "BLS publishes no " + (d.hourly ? "hourly" : "annual") + " median for " + d.socTitle + " in " + name + " (" + d.source +
        "): too few survey responses, or withheld for confidentiality. The national median (" + d.national + ") is not a stand-in for " + name + ".";
    } else {
      var versus = "no national median to compare";
      if (d.nationalValue) {
        var pct = Math.round((v - d.nationalValue) / d.nationalValue * 100);
        versus = pct === 0 ? "about the national median" : Math.abs(pct) + "% " + (pct > 0 ? "above" : "below") + " the national median";
      }
      text = "Median pay in " + name + ": " + money(v, d.hourly) + " (" + versus + "; national " + d.national + "). Source: " + d.source + ", SOC " + d.soc + ".";
    }
    result.textContent = text;
    var select = document.getElementById("guide-state");
    if (select) select.value = chosen;
  }
  var table = document.getElementById("states-table");
  if (table) {
    var tbody = table.tBodies[0];
    if (chosen && !tbody.querySelector("tr.chosen")) {
      var row = document.getElementById("st-" + chosen);
      if (row) row.classList.add("chosen");
      var pick = document.getElementById("state-pick");
      if (pick) pick.value = chosen;
    }
    var sortBy = function (key) {
      var rows = [].slice.call(tbody.rows);
      rows.sort(function (a, b) {
        if (key === "state") return a.cells[0].textContent.localeCompare(b.cells[0].textContent);
        var x = a.getAttribute("data-" + key), y = b.getAttribute("data-" + key);
        if (!x !== !y) return x ? -1 : 1;
        return (parseFloat(y || 0) - parseFloat(x || 0)) || a.cells[0].textContent.localeCompare(b.cells[0].textContent);
      });
      rows.forEach(function (r) { tbody.appendChild(r); });
      [].forEach.call(table.tHead.rows[0].cells, function (th) {
        var k = th.getAttribute("data-key");
        if (!k) return;
        if (k === key) th.setAttribute("aria-sort", key === "state" ? "ascending" : "descending"); else th.removeAttribute("aria-sort");
      });
      var caption = table.caption;
      var label = table.querySelector("th[data-key='" + key + "']");
      if (caption && label) caption.textContent = caption.textContent.replace(/sorted by [^.]*\./, "sorted by " + label.textContent.replace(/[▲▼]/g, "").trim().toLowerCase() + ".");
      table.setAttribute("data-sort", key);
    };
    [].forEach.call(table.querySelectorAll("th[data-key]"), function (th) {
      var key = th.getAttribute("data-key"), link = th.querySelector("a");
      if (link) {
        link.addEventListener("click", function (e) {
          e.preventDefault();
          sortBy(key);
          history.replaceState(null, "", link.getAttribute("href"));
        });
      } else {
        var b = document.createElement("button");
        b.type = "button"; b.textContent = th.textContent;
        b.addEventListener("click", function () { sortBy(key); });
        th.textContent = ""; th.appendChild(b);
      }
    });
    var wanted = params.get("sort");
    if (wanted && isStatic && table.querySelector("th[data-key='" + wanted + "']")) sortBy(wanted);
  }
})();
