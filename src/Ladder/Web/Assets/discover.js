// Ladder career finder: the answered-count on the questionnaire, and in the static export the whole ranking.
// The ranking repeats CareerFinder.Find (Ladder.Core/Interests) step for step, in the same arithmetic order, so
// both give the same list to the last digit; DiscoverParityTests runs this file in Chromium against the C#.
(function (global) {
  "use strict";
  var N = 6;

  function centre(s) {
    var mean = 0, i, out = [];
    for (i = 0; i < N; i++) mean += s[i];
    mean /= N;
    for (i = 0; i < N; i++) out.push(s[i] - mean);
    return out;
  }

  function norm(c) {
    var sum = 0;
    for (var i = 0; i < N; i++) sum += c[i] * c[i];
    return Math.sqrt(sum);
  }

  // Areas from highest score to lowest, ties in O*NET's order (InterestProfile.Ranked).
  function rankedAreas(scores) {
    return [0, 1, 2, 3, 4, 5].sort(function (a, b) { return scores[b] - scores[a] || a - b; });
  }

  function matchesOutlook(filter, key) {
    if (filter === "growing") return key === "much-faster" || key === "faster";
    if (filter === "slower-or-flat") return key === "slower" || key === "little-change";
    return key === filter;
  }

  // Like 2, Not sure 1 (also unanswered), Dislike 0; 7 × points ÷ most points, in tenths, rounded half up (Questionnaire.Score).
  function profileFromAnswers(questions, answers) {
    var points = [0, 0, 0, 0, 0, 0], count = [0, 0, 0, 0, 0, 0];
    questions.forEach(function (q) {
      var a = answers[q.id];
      points[q.area] += a === "like" ? 2 : a === "dislike" ? 0 : 1;
      count[q.area]++;
    });
    return points.map(function (p, i) { return count[i] ? Math.floor((70 * p + count[i]) / (2 * count[i])) / 10 : 0; });
  }

  function list(names) {
    if (names.length === 1) return names[0];
    if (names.length === 2) return names[0] + " and " + names[1];
    return names.slice(0, -1).join(", ") + " and " + names[names.length - 1];
  }

  // CareerFinder.Why, word for word.
  function why(data, scores, o) {
    var mine = rankedAreas(scores).slice(0, 3).filter(function (a) { return scores[a] > 3.5; });
    var shared = mine.filter(function (a) { return o.h.indexOf(a) >= 0; }).map(function (a) { return data.areas[a].name; });
    var theirs = o.h.map(function (a) { return data.areas[a].name; });
    var points = theirs.length === 0 ? "O*NET names no interest high-points for it" : "its O*NET interest high-points are " + list(theirs);
    return shared.length === 0
      ? "Its mix of the six interests is close to yours, though " + points + ", none of them one of your top areas."
      : "You rate " + list(shared) + " highly, and " + points + ".";
  }

  // q: { scores: [6], jobZone, workValues: [indexes], outlook, minPay, limit }
  function rank(data, q) {
    var person = centre(q.scores), personNorm = norm(person);
    var top = rankedAreas(q.scores), first = top[0], topThree = top.slice(0, 3);
    var scored = [];
    data.occupations.forEach(function (o) {
      if (q.jobZone != null && o.z !== q.jobZone) return;
      if (q.outlook && !matchesOutlook(q.outlook, o.o)) return;
      if (q.minPay != null && !(o.m != null && o.m >= q.minPay)) return;
      if (q.workValues.length && !o.w.some(function (w) { return q.workValues.indexOf(w) >= 0; })) return;
      var c = centre(o.p), n = norm(c), dot = 0;
      for (var i = 0; i < N; i++) dot += person[i] * c[i];
      var fit = n === 0 ? 0 : dot / (personNorm * n);
      var shared = 0;
      o.h.forEach(function (hp) { if (topThree.indexOf(hp) >= 0) shared++; });
      scored.push({ o: o, percent: Math.floor(fit * 100 + 0.5), firstMatch: o.h.length && o.h[0] === first ? 1 : 0, shared: shared });
    });
    scored.sort(function (a, b) {
      return b.percent - a.percent || b.firstMatch - a.firstMatch || b.shared - a.shared || (a.o.c < b.o.c ? -1 : a.o.c > b.o.c ? 1 : 0);
    });
    return {
      matching: scored.length,
      items: scored.slice(0, q.limit).map(function (s) {
        return { code: s.o.c, slug: s.o.s, title: s.o.t, fit: s.percent / 100, why: why(data, q.scores, s.o), o: s.o };
      }),
    };
  }

  global.LadderDiscover = { rank: rank, profileFromAnswers: profileFromAnswers, matchesOutlook: matchesOutlook, why: why };
  if (typeof document === "undefined" || !document.body) return;

  var form = document.getElementById("discover-form");
  var progress = document.getElementById("discover-progress");
  if (form && progress) {
    var names = [];
    form.querySelectorAll(".activities input[type=radio]").forEach(function (r) { if (names.indexOf(r.name) < 0) names.push(r.name); });
    var bar = progress.querySelector("progress"), count = document.getElementById("discover-count");
    var update = function () {
      var done = names.filter(function (n) { return form.querySelector("input[name='" + n + "']:checked"); }).length;
      bar.value = done;
      count.textContent = done + " of " + names.length + " answered";
    };
    form.addEventListener("change", update);
    update();
    progress.hidden = false;
  }

  if (document.body.getAttribute("data-search") === "static") {
    var target = document.getElementById("discover-results");
    if (target && location.search.length > 1) {
      var root = document.body.getAttribute("data-root") || "/";
      fetch(root + "discover-data.json").then(function (r) { return r.json(); }).then(function (data) {
        global.LadderDiscoverView.show(data, new URLSearchParams(location.search), target, root);
      }).catch(function () { target.textContent = "The career data could not be loaded."; });
    }
  }
})(typeof window !== "undefined" ? window : globalThis);

// The static export's results: the same sections and wording as DiscoverPage.Results, built with textContent only.
(function (global) {
  "use strict";

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }

  function readQuery(data, params) {
    var answers = {}, any = false, bad = null;
    data.questions.forEach(function (q) {
      var v = params.get(q.id);
      if (!v) return;
      if (v !== "like" && v !== "unsure" && v !== "dislike") bad = "'" + q.id + "' must be like, unsure or dislike.";
      answers[q.id] = v; any = true;
    });
    if (bad) return { error: bad };
    var scores;
    if (any) scores = global.LadderDiscover.profileFromAnswers(data.questions, answers);
    else {
      scores = data.areas.map(function (a) { return params.get(a.key) === null ? NaN : Number(params.get(a.key)); });
      var wrong = data.areas.filter(function (a, i) { return !(scores[i] >= 0 && scores[i] <= 7) || params.get(a.key).trim() === ""; });
      if (wrong.length) return { error: "'" + wrong[0].key + "' must be a number from 0 to 7." };
    }
    if (scores.every(function (s) { return s === scores[0]; }))
      return { error: any ? "Your answers give every interest area the same score, so they cannot tell which work suits you. Mark at least a few activities Like or Dislike."
        : "All six scores are the same, so they say nothing about which work fits: make at least one area higher or lower than the others." };
    var zone = params.get("jobZone"), values = [];
    params.getAll("workValues").join(",").split(",").forEach(function (k) {
      var i = data.values.map(function (v) { return v.key; }).indexOf(k.trim());
      if (i >= 0 && values.indexOf(i) < 0) values.push(i);
    });
    var pay = params.get("minPay") ? Number(params.get("minPay").replace(/[,$]/g, "")) : null;
    return { answers: answers, q: {
      scores: scores, jobZone: zone ? Number(zone) : null, workValues: values, outlook: params.get("outlook") || null,
      minPay: pay > 0 ? pay : null, limit: Math.min(100, Number(params.get("limit")) || 20) } };
  }

  function show(data, params, target, root) {
    var read = readQuery(data, params);
    target.textContent = "";
    if (read.error) { var err = el("p", "error", read.error); err.setAttribute("role", "alert"); target.appendChild(err); return; }
    var q = read.q, scores = q.scores;
    Object.keys(read.answers).forEach(function (id) {
      var input = document.getElementById(id + "-" + read.answers[id]);
      if (input) input.checked = true;
    });
    var order = [0, 1, 2, 3, 4, 5].sort(function (a, b) { return scores[b] - scores[a] || a - b; });
    var code = order.slice(0, 3).filter(function (a) { return scores[a] > 3.5; }).map(function (a) { return data.areas[a].name[0]; }).join("");
    var profile = el("section", "profile");
    profile.appendChild(el("h2", null, "Your interest profile" + (code ? ": " + code : "")));
    var ul = el("ul", "riasec");
    order.forEach(function (a) {
      var li = el("li");
      li.appendChild(el("span", "area", data.areas[a].name));
      li.appendChild(document.createTextNode(" "));
      li.appendChild(el("span", "score", String(scores[a]) + " of 7"));
      var meter = el("span", "meter"), fill = el("span");
      meter.setAttribute("aria-hidden", "true");
      fill.style.width = Math.round(scores[a] / 7 * 100) + "%";
      meter.appendChild(fill); li.appendChild(meter);
      li.appendChild(el("span", "keywords", data.areas[a].keywords));
      ul.appendChild(li);
    });
    profile.appendChild(ul);
    profile.appendChild(el("p", "src", "What each area means: O*NET’s RIASEC keywords, actions then objects."));
    target.appendChild(profile);

    var result = global.LadderDiscover.rank(data, q);
    var section = el("section");
    section.appendChild(el("h2", null, "Careers that fit"));
    section.appendChild(el("p", null, result.matching.toLocaleString("en-US") + " of the " + data.occupations.length.toLocaleString("en-US") +
      " occupations O*NET gives an interest profile match your choices; the best are below, best fit first."));
    if (!result.items.length) section.appendChild(el("p", "notice", "No career passes all of these filters. Try another level of preparation, fewer work values or a lower minimum pay."));
    var ol = el("ol", "fits");
    result.items.forEach(function (item) {
      var o = item.o, li = el("li", "card fit"), h = el("h3"), a = el("a", null, o.t);
      a.href = root + "careers/" + o.s + "/";
      h.appendChild(a); li.appendChild(h);
      var fit = el("p", "fit-score"), strong = el("strong", null, item.fit.toFixed(2));
      fit.appendChild(strong);
      fit.appendChild(document.createTextNode(" " + (item.fit >= 0.8 ? "very strong fit" : item.fit >= 0.6 ? "strong fit" : item.fit >= 0.4 ? "moderate fit" : "weak fit")));
      li.appendChild(fit);
      li.appendChild(el("p", "why", item.why));
      var dl = el("dl", "pairs");
      [["Median pay", o.mt + " (" + data.payLabel + ")"], ["Outlook", o.ot], ["Preparation", o.zt], ["Licence", o.l || "Ladder has no licence facts for it: check your state’s rules"]].forEach(function (pair) {
        var div = el("div");
        div.appendChild(el("dt", null, pair[0])); div.appendChild(el("dd", null, pair[1]));
        dl.appendChild(div);
      });
      li.appendChild(dl);
      ol.appendChild(li);
    });
    section.appendChild(ol);
    target.appendChild(section);
  }

  global.LadderDiscoverView = { show: show };
})(typeof window !== "undefined" ? window : globalThis);
