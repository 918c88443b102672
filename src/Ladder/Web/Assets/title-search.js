// Ladder's title search for the static site: the server's TitleIndex (src/Ladder.Core/Search), ported step for step
// and driven by the model `ladder build` writes (TitleIndex.WriteModel). The word tables and weights come from that
// model, so the C# stays the one place they are listed. The C# index computes in single precision; every step here
// is rounded the same way (Math.fround), so both give the same scores and the same order
// (tests/Ladder.Tests/Web/StaticSearchParityTests.cs holds them to it on real titles).
(function (root) {
  "use strict";
  var f = Math.fround;

  // MathF.Round: to the nearest integer, halves to even.
  function roundEven(x) {
    var fl = Math.floor(x), d = x - fl;
    return d < 0.5 ? fl : d > 0.5 ? fl + 1 : (fl % 2 === 0 ? fl : fl + 1);
  }
  function isLetter(c) { return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z"); }
  function isDigit(c) { return c >= "0" && c <= "9"; }
  function isLetterOrDigit(c) { return isLetter(c) || isDigit(c); }
  function isDigits(t) { if (!t.length) return false; for (var i = 0; i < t.length; i++) if (!isDigit(t[i])) return false; return true; }
  function hasDigit(t) { for (var i = 0; i < t.length; i++) if (isDigit(t[i])) return true; return false; }
  function set(list) { return new Set(list); }
  function map(obj) { return new Map(Object.keys(obj).map(function (k) { return [k, obj[k]]; })); }
  var nonAsciiLetter = /\p{L}/u;

  // ---- TitleAnalyzer, TitleStemmer ----
  function Analyzer(t) {
    this.abbreviations = new Map(Object.keys(t.abbreviations).map(function (k) { return [k, t.abbreviations[k].split(" ")]; }));
    this.phrases = new Map(t.phrases.map(function (p) { return [p[0] + " " + p[1], { words: p[2].split(" "), seniority: p[3] }]; }));
    this.seniority = map(t.seniority);
    this.roman = map(t.roman);
    this.grade = set(t.grade); this.posting = set(t.posting); this.payUnits = set(t.payUnits); this.stop = set(t.stop);
    this.linking = set(t.linking); this.mixed = set(t.mixed); this.exceptions = set(t.exceptions);
    this.unspecified = set(t.unspecified); this.education = set(t.education); this.degreeTail = set(t.degreeTail);
    this.stemExceptions = map(t.stemExceptions);
    this.suffixes = t.suffixes;
  }

  Analyzer.prototype.stem = function (word) {
    if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
    var fixed = this.stemExceptions.get(word);
    if (fixed !== undefined) return fixed;
    var w = word, n;
    if (w.endsWith("ies") && w.length > 4) w = w.slice(0, -3) + "y";
    else if (w.endsWith("sses") || w.endsWith("ches") || w.endsWith("shes") || w.endsWith("xes")) w = w.slice(0, -2);
    else if (w[w.length - 1] === "s" && "sui".indexOf(w[w.length - 2]) < 0) w = w.slice(0, -1);
    for (var i = 0; i < this.suffixes.length; i++) {
      var suffix = this.suffixes[i][0];
      if (w.length - suffix.length >= 4 && w.endsWith(suffix)) { w = w.slice(0, w.length - suffix.length) + this.suffixes[i][1]; break; }
    }
    n = w.length;
    if (n >= 5 && w[n - 1] === w[n - 2] && "lszeo".indexOf(w[n - 1]) < 0) w = w.slice(0, -1);
    if (w.length >= 5 && w[w.length - 1] === "e") w = w.slice(0, -1);
    return w;
  };

  function fold(c) {
    var first = c.normalize("NFD")[0].toLowerCase();
    return isLetter(first) ? first : "";
  }

  function singleLetter(t) { return t.length === 1 && isLetter(t); }

  function addToken(tokens, token, afterAmpersand) {
    var n = tokens.length;
    if (afterAmpersand && singleLetter(token) && n >= 1 && singleLetter(tokens[n - 1])) { tokens[n - 1] += "&" + token; return; }
    if (singleLetter(token) && n >= 2 && tokens[n - 1] === "and" && singleLetter(tokens[n - 2])) {
      tokens.pop();
      tokens[n - 2] += "&" + token;
      return;
    }
    tokens.push(token);
  }

  function tokenize(text, breaks) {
    var tokens = [], buf = "", pendingBreak = false, ampersand = false;
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      if (isLetterOrDigit(c)) {
        if (!buf.length && pendingBreak && tokens.length > 0) breaks.push(tokens.length);
        if (!buf.length) pendingBreak = false;
        if (buf.length < 64) buf += c.toLowerCase();
        continue;
      }
      if (c === "'" || c === "\u2019") continue;
      if (c === "&" && buf.length > 0 && i + 1 < text.length && isLetter(text[i + 1])) { if (buf.length < 64) buf += "&"; continue; }
      if (c === "/" && buf.length === 1 && isLetter(buf[0]) && (i < 2 || !isLetterOrDigit(text[i - 2]))
        && i + 1 < text.length && isLetter(text[i + 1]) && (i + 2 >= text.length || !isLetterOrDigit(text[i + 2]))) { buf += "/"; continue; }
      if (",(;:|\u2013\u2014".indexOf(c) >= 0 || (c === "-" && (i === 0 || text[i - 1] === " " || i + 1 === text.length || text[i + 1] === " ")))
        pendingBreak = true;
      if (c.charCodeAt(0) > 0x7f && nonAsciiLetter.test(c)) {
        var folded = fold(c);
        if (folded) { if (buf.length < 64) buf += folded; continue; }
      }
      var had = buf.length;
      if (had > 0) addToken(tokens, buf, ampersand);
      if (had > 0 || c !== " ") ampersand = c === "&" && had === 0 && tokens.length > 0;
      buf = "";
    }
    if (buf.length > 0) addToken(tokens, buf, ampersand);
    return tokens;
  }

  Analyzer.prototype.dropClauses = function (tokens, breaks, analysis) {
    var cut = tokens.length, i;
    for (i = 1; i < tokens.length; i++) if (this.exceptions.has(tokens[i])) { cut = i; break; }
    var degree = -1;
    for (i = Math.min(cut - 1, tokens.length - 1); i >= 0; i--) if (tokens[i] === "degree") { degree = i; break; }
    if (degree > 0) {
      var end = degree + 1, start = degree;
      while (end < cut && this.degreeTail.has(tokens[end])) end++;
      while (start > 1 && this.education.has(tokens[start - 1])) start--;
      if (end === cut && start < degree) cut = start;
    }
    for (i = tokens.length - 1; i >= cut; i--) analysis.ignored.push(tokens[i]);
    if (cut < tokens.length) {
      tokens.length = cut;
      var kept = breaks.filter(function (b) { return b < cut; });
      breaks.length = 0;
      Array.prototype.push.apply(breaks, kept);
    }
    for (i = tokens.length - 1; i > 0; i--) {
      if (!this.unspecified.has(tokens[i])) continue;
      analysis.ignored.push(tokens[i]);
      tokens.splice(i, 1);
      for (var b = 0; b < breaks.length; b++) if (breaks[b] > i) breaks[b]--;
    }
  };

  function addSeniority(analysis, label) { if (analysis.seniority.indexOf(label) < 0) analysis.seniority.push(label); }

  Analyzer.prototype.addWord = function (analysis, word, original, keepSeniority) {
    var level = this.seniority.get(word);
    if (!keepSeniority && level !== undefined) { addSeniority(analysis, level); return; }
    if (this.stop.has(word)) return;
    for (var i = 0; i < analysis.words.length; i++) if (analysis.words[i].surface === word) return;
    analysis.words.push({ surface: word, original: original, soft: this.posting.has(word), head: false, qualifier: false });
  };

  function hasHardWord(words) { for (var i = 0; i < words.length; i++) if (!words[i].soft) return true; return false; }

  Analyzer.prototype.analyze = function (text, keepSeniority) {
    var analysis = { words: [], seniority: [], ignored: [] }, breaks = [], self = this;
    var tokens = tokenize(text, breaks);
    this.dropClauses(tokens, breaks, analysis);
    var afterNumber = false, afterGrade = false, headEnd = -1, headClosed = false, expansion;
    for (var i = 0; i < tokens.length; i++) {
      var token = tokens[i];
      if (!headClosed) headEnd = analysis.words.length;
      if (!headClosed && (breaks.indexOf(i) >= 0 || this.linking.has(token)) && hasHardWord(analysis.words)) headClosed = true;
      var wasNumber = afterNumber, wasGrade = afterGrade;
      afterNumber = afterGrade = false;
      if (isDigits(token)) {
        afterNumber = true;
        if ((wasGrade || token.length === 1) && token !== "0") addSeniority(analysis, "level " + token.replace(/^0+/, ""));
        else analysis.ignored.push(token);
        continue;
      }
      if (wasNumber && this.payUnits.has(token)) { analysis.ignored.push(token); continue; }
      if (hasDigit(token)) {
        if (this.mixed.has(token)) analysis.words.push({ surface: token, original: token, soft: false, head: false, qualifier: false });
        else if (token.length === 2 && token[0] === "l") addSeniority(analysis, "level " + token[1]);
        else analysis.ignored.push(token);
        continue;
      }
      if (this.grade.has(token)) {
        var next = i + 1 < tokens.length ? tokens[i + 1] : "";
        afterGrade = isDigits(next) || this.roman.has(next);
        if (afterGrade || token === "level" || token === "lvl") continue;
      }
      var grade = this.roman.get(token);
      if (grade !== undefined && (token.length > 1 || wasGrade || i === tokens.length - 1)) { addSeniority(analysis, "level " + grade); continue; }
      if (token.length === 1 || this.stop.has(token)) continue;
      var phrase = i + 1 < tokens.length && breaks.indexOf(i + 1) < 0 ? this.phrases.get(token + " " + tokens[i + 1]) : undefined;
      if (phrase) {
        var original = token + " " + tokens[i + 1];
        phrase.words.forEach(function (w) { self.addWord(analysis, w, original, true); });
        if (!keepSeniority) addSeniority(analysis, phrase.seniority);
        i++;
        continue;
      }
      if ((expansion = this.abbreviations.get(token)) !== undefined) {
        expansion.forEach(function (w) { self.addWord(analysis, w, token, keepSeniority); });
      } else if (token.indexOf("&") >= 0 || token.indexOf("/") >= 0) {
        var joined = token.replace(/[&/]/g, "");
        if ((expansion = this.abbreviations.get(joined)) !== undefined) expansion.forEach(function (w) { self.addWord(analysis, w, token, keepSeniority); });
        else this.addWord(analysis, joined, token, keepSeniority);
      } else {
        this.addWord(analysis, token, token, keepSeniority);
      }
    }
    var words = analysis.words, w;
    if (!headClosed) headEnd = words.length;
    for (w = Math.max(0, headEnd); w < words.length; w++) if (headClosed) words[w].qualifier = true;
    for (w = Math.min(headEnd, words.length) - 1; w >= 0; w--) {
      if (words[w].soft) continue;
      words[w].head = true;
      break;
    }
    return analysis;
  };

  // ---- TypoVocabulary ----
  function Typos(words, frequency, minimumLength, minimumPrefix) {
    this.words = words; this.frequency = frequency; this.minimumLength = minimumLength; this.minimumPrefix = minimumPrefix;
    this.neighbourhood = null;
  }

  Typos.prototype.build = function () {
    var lists = new Map();
    function add(key, id) {
      var list = lists.get(key);
      if (!list) lists.set(key, list = []);
      if (!list.length || list[list.length - 1] !== id) list.push(id);
    }
    for (var id = 0; id < this.words.length; id++) {
      var word = this.words[id];
      add(word, id);
      for (var i = 0; i < word.length; i++) add(word.slice(0, i) + word.slice(i + 1), id);
    }
    this.neighbourhood = lists;
  };

  function withinOneEdit(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1) return false;
    var i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    if (a.length === b.length) {
      if (a.slice(i + 1) === b.slice(i + 1)) return true;
      return i + 1 < a.length && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
    }
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : b.slice(i + 1) === a.slice(i);
  }

  // TypoVocabulary.Complete: the most frequent longer word starting with the prefix (the first on a tie).
  Typos.prototype.complete = function (prefix) {
    if (prefix.length < this.minimumPrefix) return null;
    var lo = 0, hi = this.words.length, best = -1;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (this.words[mid] < prefix) lo = mid + 1; else hi = mid; }
    for (var i = lo; i < this.words.length && this.words[i].startsWith(prefix); i++) {
      if (this.words[i].length > prefix.length && (best < 0 || this.frequency[i] > this.frequency[best])) best = i;
    }
    return best < 0 ? null : this.words[best];
  };

  Typos.prototype.correct = function (word) {
    if (word.length < this.minimumLength) return null;
    if (!this.neighbourhood) this.build();
    var best = -1, self = this;
    function consider(key) {
      var ids = self.neighbourhood.get(key);
      if (!ids) return;
      for (var j = 0; j < ids.length; j++) {
        var id = ids[j];
        if (id === best || !withinOneEdit(word, self.words[id])) continue;
        if (best < 0 || self.frequency[id] > self.frequency[best]) best = id;
      }
    }
    consider(word);
    for (var i = 0; i < word.length; i++) consider(word.slice(0, i) + word.slice(i + 1));
    return best < 0 ? null : this.words[best];
  };

  // ---- TitleIndex ----
  function TitleIndex(model) {
    var k, t, i, r;
    this.w = model.weights;
    this.analyzer = new Analyzer(model.analyzer);
    this.sources = model.sources;
    var roles = model.roles;
    this.roles = roles;
    var roleCount = roles.code.length;
    this.roleCount = roleCount;
    this.prior = Float32Array.from(roles.prior);
    this.catchAll = roles.catchAll;
    this.employment = roles.employment;
    this.termByStem = new Map(model.terms.map(function (s, id) { return [s, id]; }));
    var termCount = model.terms.length;

    var lengths = model.titles.length, gaps = model.titles.termGaps, heads = model.titles.head;
    var titleCount = lengths.length;
    this.titleCount = titleCount;
    var start = new Int32Array(titleCount + 1), terms = new Int32Array(gaps.length), head = new Int32Array(titleCount);
    var frequency = new Int32Array(termCount);
    for (t = 0, k = 0; t < titleCount; t++) {
      start[t + 1] = start[t] + lengths[t];
      for (i = start[t]; i < start[t + 1]; i++, k++) {
        terms[i] = i === start[t] ? gaps[k] : terms[i - 1] + gaps[k];
        frequency[terms[i]]++;
      }
      head[t] = heads[t] < 0 ? -1 : terms[start[t] + heads[t]];
    }
    this.titleStart = start; this.titleTerms = terms; this.titleHead = head;
    var idf = new Float32Array(termCount);
    for (i = 0; i < termCount; i++) idf[i] = f(Math.log(1 + titleCount / frequency[i]));
    this.idf = idf;
    var postingStart = new Int32Array(termCount + 1);
    for (i = 0; i < termCount; i++) postingStart[i + 1] = postingStart[i] + frequency[i];
    var postings = new Int32Array(postingStart[termCount]), fill = postingStart.slice(0, termCount);
    var titleWeight = new Float32Array(titleCount);
    var seen = new Int32Array(termCount), headCount = new Int32Array(termCount);
    for (t = 0; t < titleCount; t++) {
      var weight = 0;
      for (i = start[t]; i < start[t + 1]; i++) {
        postings[fill[terms[i]]++] = t;
        weight = f(weight + idf[terms[i]]);
        seen[terms[i]]++;
      }
      titleWeight[t] = weight;
      if (head[t] >= 0) headCount[head[t]]++;
    }
    this.postingStart = postingStart; this.postings = postings; this.titleWeight = titleWeight;
    var headRate = new Float32Array(termCount);
    for (i = 0; i < termCount; i++) headRate[i] = seen[i] === 0 ? 0 : f(headCount[i] / seen[i]);
    this.headRate = headRate;

    var links = model.links, linkCount = links.role.length;
    var linkStart = new Int32Array(titleCount + 1), linkOwner = new Int32Array(linkCount), linkWeight = new Float32Array(linkCount);
    for (t = 0, k = 0; t < titleCount; t++) {
      linkStart[t + 1] = linkStart[t] + links.count[t];
      for (; k < linkStart[t + 1]; k++) linkOwner[k] = t;
    }
    for (k = 0; k < linkCount; k++) linkWeight[k] = f(links.weights[links.weight[k]]);
    this.linkStart = linkStart; this.linkRole = links.role; this.linkSource = links.source; this.linkWeight = linkWeight; this.linkOwner = linkOwner;

    // TitleIndex.OwnTitle.cs: each role's own occupation title, and the roles whose own title holds each term.
    var occupationTitle = this.sourceNumber("OccupationTitle");
    var ownLink = new Int32Array(roleCount).fill(-1), ownPostings = new Map();
    for (k = 0; k < linkCount; k++) {
      r = links.role[k];
      if (links.source[k] !== occupationTitle || ownLink[r] >= 0 || this.catchAll[r]) continue;
      ownLink[r] = k;
      t = linkOwner[k];
      for (i = start[t]; i < start[t + 1]; i++) {
        var list = ownPostings.get(terms[i]);
        if (!list) ownPostings.set(terms[i], list = []);
        list.push(r);
      }
    }
    this.ownLink = ownLink; this.ownPostings = ownPostings;

    // TitleClassifier: the totals now, each term's counts when a query first uses it (in the same order, so the
    // same sums).
    var boost = f(this.w.realClassifierBoost);
    var classWeight = new Float32Array(linkCount), roleTotal = new Float32Array(roleCount), groupTotal = new Float32Array(100), all = 0;
    for (k = 0; k < linkCount; k++) {
      classWeight[k] = this.sources[links.source[k]].real ? f(linkWeight[k] * boost) : linkWeight[k];
      r = links.role[k];
      roleTotal[r] = f(roleTotal[r] + classWeight[k]);
      groupTotal[roles.group[r]] = f(groupTotal[roles.group[r]] + classWeight[k]);
      all = f(all + classWeight[k]);
    }
    var logSize = new Float32Array(roleCount), maxLogSize = roleCount === 0 ? 0 : -Infinity;
    for (r = 0; r < roleCount; r++) {
      logSize[r] = f(Math.log(f(1 + roleTotal[r])));
      if (logSize[r] > maxLogSize) maxLogSize = logSize[r];
    }
    this.classWeight = classWeight; this.roleTotal = roleTotal; this.groupTotal = groupTotal;
    this.backgroundDivisor = f(all + f(0.5 * termCount));
    this.logSize = logSize; this.maxLogSize = maxLogSize;
    this.termStats = new Map();

    this.typos = new Typos(model.typos.words, model.typos.frequency, this.w.typoMinimumLength, this.w.completionMinimumPrefix);
    this.matchedTitles = null;
    var n = titleCount;
    this.scratch = {
      seen: new Int32Array(n), generation: 0,
      best: new Float32Array(roleCount), second: new Float32Array(roleCount), third: new Float32Array(roleCount),
      bestLink: new Int32Array(roleCount), exact: new Uint8Array(roleCount), exactRank: new Uint8Array(roleCount),
      holds: new Uint8Array(roleCount), votes: new Float32Array(roleCount), posterior: new Float32Array(roleCount),
      nearSim: new Float32Array(256), nearTitle: new Int32Array(256), nearCount: 0, touched: [],
    };
  }

  TitleIndex.prototype.sourceNumber = function (name) {
    for (var i = 0; i < this.sources.length; i++) if (this.sources[i].name === name) return i;
    throw new Error("The search model has no title source " + name + ".");
  };

  // The classifier's counts for one term: per role and per major group, the weighted titles holding it.
  TitleIndex.prototype.stats = function (term) {
    var s = this.termStats.get(term);
    if (s) return s;
    var roleCount = new Map(), groupCount = new Map(), background = 0, group = this.roles.group;
    for (var p = this.postingStart[term]; p < this.postingStart[term + 1]; p++) {
      var t = this.postings[p];
      for (var k = this.linkStart[t]; k < this.linkStart[t + 1]; k++) {
        var role = this.linkRole[k], weight = this.classWeight[k];
        roleCount.set(role, f((roleCount.get(role) || 0) + weight));
        groupCount.set(group[role], f((groupCount.get(group[role]) || 0) + weight));
        background = f(background + weight);
      }
    }
    s = { roleCount: roleCount, groupCount: groupCount, background: f(f(background + 0.5) / this.backgroundDivisor), bestLog: -Infinity };
    this.termStats.set(term, s);
    var self = this;
    roleCount.forEach(function (_, role) { s.bestLog = Math.max(s.bestLog, self.logRate(s, role)); });
    return s;
  };

  TitleIndex.prototype.logRate = function (s, role) {
    var group = this.roles.group[role], groupHas = s.groupCount.get(group) || 0, w = this.w;
    if (groupHas === 0) return f(Math.log(s.background));
    var inGroup = f(f(groupHas + f(f(w.groupSmoothing) * s.background)) / f(this.groupTotal[group] + f(w.groupSmoothing)));
    var inRole = f(f((s.roleCount.get(role) || 0) + f(f(w.roleSmoothing) * inGroup)) / f(this.roleTotal[role] + f(w.roleSmoothing)));
    return f(Math.log(inRole));
  };

  TitleIndex.prototype.share = function (hard, role) {
    var w = this.w, sum = f(f(w.sizePrior) * f(this.logSize[role] - this.maxLogSize));
    for (var i = 0; i < hard.length; i++) {
      var s = this.stats(hard[i]);
      if (s.bestLog === -Infinity) continue;
      sum = f(sum + f(this.logRate(s, role) - s.bestLog));
    }
    return Math.min(1, f(Math.exp(f(sum / f(w.classifierTemperature)))));
  };

  TitleIndex.prototype.tryTerm = function (surface) {
    var term = this.termByStem.get(this.analyzer.stem(surface));
    return term === undefined ? -1 : term;
  };

  function addTerm(query, term) {
    for (var i = 0; i < query.terms.length; i++) {
      var had = query.terms[i];
      if (had.term !== term.term) continue;
      query.terms[i] = { term: had.term, surface: had.surface, soft: had.soft && term.soft, head: had.head || term.head, qualifier: had.qualifier && term.qualifier };
      return;
    }
    query.terms.push(term);
  }

  function queryHasHard(query) { for (var i = 0; i < query.terms.length; i++) if (!query.terms[i].soft) return true; return false; }

  TitleIndex.prototype.resolve = function (analysis, completeLast) {
    var query = { terms: [], corrections: [], unknown: [] };
    for (var i = 0; i < analysis.words.length; i++) {
      var word = analysis.words[i], term = this.tryTerm(word.surface), corrected;
      if (term >= 0) { addTerm(query, { term: term, surface: word.surface, soft: word.soft, head: word.head, qualifier: word.qualifier }); continue; }
      if (word.soft) continue;
      // Only a word as typed (not an abbreviation's expansion) at the very end is still being written.
      if (completeLast && i === analysis.words.length - 1 && word.original === word.surface
        && (corrected = this.typos.complete(word.surface)) !== null && (term = this.tryTerm(corrected)) >= 0) {
        query.corrections.push(word.surface + " \u2192 " + corrected);
        addTerm(query, { term: term, surface: corrected, soft: false, head: word.head, qualifier: word.qualifier });
        continue;
      }
      if ((corrected = this.typos.correct(word.surface)) !== null && (term = this.tryTerm(corrected)) >= 0) {
        query.corrections.push(word.surface + " \u2192 " + corrected);
        addTerm(query, { term: term, surface: corrected, soft: false, head: word.head, qualifier: word.qualifier });
        continue;
      }
      var split = this.trySplit(word.surface);
      if (split) {
        addTerm(query, { term: split[0], surface: word.surface, soft: false, head: false, qualifier: false });
        addTerm(query, { term: split[1], surface: word.surface, soft: false, head: word.head, qualifier: false });
        continue;
      }
      query.unknown.push(word.original);
    }
    this.reconsiderHead(query);
    return query;
  };

  TitleIndex.prototype.trySplit = function (word) {
    if (word.length < 6) return null;
    for (var i = 3; i <= word.length - 3; i++) {
      var left = this.tryTerm(word.slice(0, i)), right;
      if (left >= 0 && (right = this.tryTerm(word.slice(i))) >= 0) return [left, right];
    }
    return null;
  };

  TitleIndex.prototype.reconsiderHead = function (query) {
    var terms = query.terms, head = -1, first = -1, i;
    for (i = 0; i < terms.length; i++) if (terms[i].head && !terms[i].soft) { head = i; break; }
    for (i = 0; i < terms.length; i++) if (!terms[i].soft && !terms[i].qualifier) { first = i; break; }
    if (head <= 0 || first < 0 || first === head) return;
    if (this.headRate[terms[head].term] >= f(0.2) || this.headRate[terms[first].term] < 0.5) return;
    terms[head] = Object.assign({}, terms[head], { head: false });
    terms[first] = Object.assign({}, terms[first], { head: true });
  };

  /**
   * Ranks the roles whose titles fit `text`, as TitleIndex.Search does: { matches: [{ role, code, slug, title,
   * domain, score, exact, holdsEveryWord, matchedTitle }], seniority, unknownWords, note }. `asYouType` completes an
   * unknown last word, as the C# does.
   */
  TitleIndex.prototype.search = function (text, limit, asYouType) {
    text = text == null ? "" : String(text);
    if (!text.trim()) return this.empty(null, "empty");
    if (text.length > this.w.maxQueryLength) return this.empty(null, "too long");
    limit = Math.min(100, Math.max(1, limit || 10));
    var analysis = this.analyzer.analyze(text, false);
    var seniority = analysis.seniority.length ? analysis.seniority.join(", ") : null;
    var query = this.resolve(analysis, !!asYouType && !/\s$/.test(text));
    if (!queryHasHard(query)) {
      // "Principal" alone is a school principal, not a grade: accept it when it is a whole title.
      if (analysis.seniority.length > 0) {
        var literalWords = this.analyzer.analyze(text, true), literal = this.resolve(literalWords);
        if (!literalWords.seniority.length && !literalWords.ignored.length && queryHasHard(literal)) {
          var exact = this.rank(literal, limit, true);
          if (exact.length) return { matches: this.describe(exact, null), seniority: null, unknownWords: [], note: null };
        }
      }
      return this.empty(seniority, query.unknown.length ? "unknown words" : "no job words", query.unknown);
    }
    return { matches: this.describe(this.rank(query, limit, false), seniority), seniority: seniority, unknownWords: query.unknown, note: null };
  };

  TitleIndex.prototype.empty = function (seniority, note, unknown) {
    return { matches: [], seniority: seniority, unknownWords: unknown || [], note: note };
  };

  TitleIndex.prototype.describe = function (ranked, seniority) {
    var roles = this.roles, self = this;
    return ranked.map(function (m) {
      var r = m.role, source = self.sources[self.linkSource[m.bestLink]];
      var matched = !source.real && self.matchedTitles ? self.matchedTitles[m.bestLink] : roles.title[r];
      return {
        role: r, code: roles.code[r], slug: roles.slug[r], title: roles.title[r], domain: roles.domain[r], curated: roles.curated[r] === 1,
        score: Math.round(m.score * 1000) / 1000, exact: m.exact && !m.holds, holdsEveryWord: m.holds, matchedTitle: matched, seniority: seniority,
      };
    });
  };

  TitleIndex.prototype.rank = function (query, limit, exactOnly) {
    var s = this.scratch, w = this.w, i, j, k, role;
    if (++s.generation === 0x7fffffff) { s.seen.fill(0); s.generation = 1; }
    for (i = 0; i < s.touched.length; i++) {
      role = s.touched[i];
      s.best[role] = s.second[role] = s.third[role] = s.posterior[role] = s.votes[role] = 0;
      s.exact[role] = s.holds[role] = s.exactRank[role] = 0;
    }
    s.touched.length = 0;
    s.nearCount = 0;

    var n = query.terms.length, hardCount = 0, queryHead = -1, queryWeight = 0, terms = [];
    for (i = 0; i < n; i++) {
      var q = query.terms[i], weight = this.idf[q.term];
      if (q.qualifier) weight = f(weight * f(w.qualifierWeight));
      if (!q.soft && q.head) { weight = f(weight * f(w.headWeight)); queryHead = q.term; }
      terms.push({ term: q.term, weight: weight, soft: q.soft });
      if (!q.soft) { queryWeight = f(queryWeight + weight); hardCount++; }
    }
    // Insertion sort: hard before soft, then heavier first.
    for (i = 1; i < n; i++) {
      var x = terms[i];
      j = i - 1;
      while (j >= 0 && (x.soft !== terms[j].soft ? !x.soft : x.weight > terms[j].weight)) { terms[j + 1] = terms[j]; j--; }
      terms[j + 1] = x;
    }
    for (k = 0; k < hardCount; k++) {
      var term = terms[k].term;
      for (i = this.postingStart[term]; i < this.postingStart[term + 1]; i++) {
        var t = this.postings[i];
        if (s.seen[t] === s.generation) continue;
        s.seen[t] = s.generation;
        this.scoreTitle(terms, hardCount, queryWeight, queryHead, t, exactOnly);
      }
    }

    var penalty = f(Math.pow(f(w.typoPenalty), query.corrections.length));
    if (!exactOnly) this.holdEveryWord(terms, hardCount, queryHead);
    this.vote();
    if (f(w.classifierWeight) > 0 && hardCount > 0 && s.touched.length > 0) {
      var hard = terms.slice(0, hardCount).map(function (q) { return q.term; });
      for (i = 0; i < s.touched.length; i++) s.posterior[s.touched[i]] = this.share(hard, s.touched[i]);
    }
    var top = [], self = this;
    for (i = 0; i < s.touched.length; i++) {
      role = s.touched[i];
      var entry = { role: role, score: this.blend(role, f(this.roleScore(role) * penalty)) };
      if (top.length === limit && this.compare(entry, top[top.length - 1]) >= 0) continue;
      var at = top.length;
      while (at > 0 && this.compare(entry, top[at - 1]) < 0) at--;
      top.splice(at, 0, entry);
      if (top.length > limit) top.length = limit;
    }
    if (!top.length) return [];
    var floor = f(top[0].score * f(0.3)), ranked = [];
    for (i = 0; i < top.length && top[i].score >= floor; i++) {
      role = top[i].role;
      ranked.push({ role: role, score: top[i].score, exact: s.exact[role] === 1, holds: s.holds[role] === 1, bestLink: s.bestLink[role] });
    }
    return ranked.map(function (m) { return m; }, self);
  };

  TitleIndex.prototype.scoreTitle = function (terms, hardCount, queryWeight, queryHead, t, exactOnly) {
    var s = this.scratch, w = this.w, hard = 0, soft = 0, matchedIdf = 0, hardMatched = 0, unmatched = 0, i, j;
    for (i = this.titleStart[t]; i < this.titleStart[t + 1]; i++) {
      var term = this.titleTerms[i], found = false;
      for (j = 0; j < terms.length; j++) {
        if (terms[j].term !== term) continue;
        found = true;
        if (terms[j].soft) soft = f(soft + terms[j].weight);
        else { hard = f(hard + terms[j].weight); hardMatched++; }
        matchedIdf = f(matchedIdf + this.idf[term]);
        break;
      }
      if (!found) unmatched++;
    }
    var exact = hardMatched === hardCount && unmatched === 0;
    if (exactOnly && !exact) return;
    var similarity;
    if (exact) similarity = 1;
    else {
      var extra = f(this.titleWeight[t] - matchedIdf);
      similarity = f(f(hard + f(f(w.softWeight) * soft)) / f(queryWeight + f(f(w.extraWeight) * extra)));
      var head = this.titleHead[t];
      if (queryHead >= 0 && head >= 0 && head !== queryHead) similarity = f(similarity * f(w.headMismatch));
      if (similarity > f(0.99)) similarity = f(0.99);
      if (similarity < f(w.minimumTitleSimilarity)) return;
    }
    var partial = exact ? f(w.realExactSimilarity) : similarity;
    this.offerNearest(t, partial, Math.min(w.voteK, 256));
    var occupationTitle = this.occupationTitle === undefined ? (this.occupationTitle = this.sourceNumber("OccupationTitle")) : this.occupationTitle;
    for (var k = this.linkStart[t]; k < this.linkStart[t + 1]; k++) {
      var role = this.linkRole[k], source = this.sources[this.linkSource[k]];
      var linkExact = exact && !source.real && !(this.catchAll[role] && this.linkSource[k] === occupationTitle);
      if (exactOnly && !linkExact) continue;
      var value = linkExact ? 1 : f(partial * this.linkWeight[k]);
      if (linkExact && source.exactRank > s.exactRank[role]) s.exactRank[role] = source.exactRank;
      if (s.best[role] === 0) s.touched.push(role);
      if (value > s.best[role]) {
        s.third[role] = s.second[role];
        s.second[role] = s.best[role];
        s.best[role] = value;
        s.bestLink[role] = k;
        s.exact[role] = linkExact ? 1 : 0;
      } else if (value > s.second[role]) {
        s.third[role] = s.second[role];
        s.second[role] = value;
      } else if (value > s.third[role]) {
        s.third[role] = value;
      }
    }
  };

  TitleIndex.prototype.offerNearest = function (title, similarity, k) {
    var s = this.scratch;
    if (k <= 0) return;
    if (s.nearCount === k && similarity <= s.nearSim[k - 1]) return;
    var at = s.nearCount < k ? s.nearCount++ : k - 1;
    while (at > 0 && s.nearSim[at - 1] < similarity) {
      s.nearSim[at] = s.nearSim[at - 1];
      s.nearTitle[at] = s.nearTitle[at - 1];
      at--;
    }
    s.nearSim[at] = similarity;
    s.nearTitle[at] = title;
  };

  TitleIndex.prototype.vote = function () {
    var s = this.scratch, total = 0, i;
    if (f(this.w.voteWeight) <= 0 || s.nearCount === 0) return;
    for (i = 0; i < s.nearCount; i++) {
      var t = s.nearTitle[i];
      for (var k = this.linkStart[t]; k < this.linkStart[t + 1]; k++) {
        var v = f(s.nearSim[i] * this.linkWeight[k]);
        s.votes[this.linkRole[k]] = f(s.votes[this.linkRole[k]] + v);
        total = f(total + v);
      }
    }
    if (total <= 0) return;
    for (i = 0; i < s.touched.length; i++) s.votes[s.touched[i]] = f(s.votes[s.touched[i]] / total);
  };

  TitleIndex.prototype.holdEveryWord = function (terms, hardCount, queryHead) {
    var s = this.scratch, i, anyExact = false, shortest = null;
    if (hardCount < 2) return;
    for (i = 0; i < s.touched.length; i++) if (s.exact[s.touched[i]]) anyExact = true;
    if (!anyExact) return;
    for (i = 0; i < terms.length; i++) {
      if (terms[i].soft) continue;
      var roles = this.ownPostings.get(terms[i].term);
      if (!roles) return;
      if (shortest === null || roles.length < shortest.length) shortest = roles;
    }
    for (var r = 0; r < shortest.length; r++) {
      var role = shortest[r];
      if (s.exact[role] || this.ownLink[role] < 0) continue;
      var t = this.linkOwner[this.ownLink[role]];
      if (queryHead >= 0 && this.titleHead[t] !== queryHead) continue;
      var own = this.titleTerms.subarray(this.titleStart[t], this.titleStart[t + 1]), all = true;
      for (i = 0; i < terms.length && all; i++) all = terms[i].soft || own.indexOf(terms[i].term) >= 0;
      if (!all || own.length - hardCount > this.w.maxExtraOwnWords) continue;
      if (s.best[role] === 0) s.touched.push(role);
      s.best[role] = 1;
      s.exact[role] = 1;
      s.exactRank[role] = this.w.holdsEveryWordRank;
      s.holds[role] = 1;
      s.bestLink[role] = this.ownLink[role];
    }
  };

  TitleIndex.prototype.roleScore = function (role) {
    var s = this.scratch, w = this.w;
    if (s.exact[role]) return 1;
    var d = f(w.secondaryDecay), p = f(w.prior);
    var evidence = f(1 - f(f(f(1 - s.best[role]) * f(1 - f(s.second[role] * d))) * f(1 - f(f(s.third[role] * d) * d))));
    return f(f(f(0.95) * evidence) * f(f(1 - p) + f(p * this.prior[role])));
  };

  TitleIndex.prototype.blend = function (role, score) {
    var s = this.scratch, w = this.w;
    if (s.exact[role]) return score;
    var cw = f(w.classifierWeight), vw = f(w.voteWeight);
    var blended = f(f(f(f(f(1 - cw) - vw) * score) + f(cw * s.posterior[role])) + f(vw * s.votes[role]));
    return this.catchAll[role] ? f(blended * f(w.catchAllFactor)) : blended;
  };

  TitleIndex.prototype.bucket = function (role) {
    return Math.trunc(roundEven(f(this.scratch.posterior[role] * 100)) / Math.max(1, this.w.fitStep));
  };

  TitleIndex.prototype.compare = function (a, b) {
    var s = this.scratch, roles = this.roles, c;
    if ((c = roundEven(f(b.score * 1000)) - roundEven(f(a.score * 1000))) !== 0) return c;
    if ((c = s.exactRank[b.role] - s.exactRank[a.role]) !== 0) return c;
    if ((c = roles.curated[b.role] - roles.curated[a.role]) !== 0) return c;
    if ((c = this.catchAll[a.role] - this.catchAll[b.role]) !== 0) return c;
    if ((c = this.bucket(b.role) - this.bucket(a.role)) !== 0) return c;
    if ((c = this.employment[b.role] - this.employment[a.role]) !== 0) return c;
    var x = roles.code[a.role], y = roles.code[b.role];
    return x < y ? -1 : x > y ? 1 : 0;
  };

  var api = {
    /** Builds the index from a parsed model (TitleIndex.WriteModel); `matchedTitles` (optional) names each link's title. */
    load: function (model, matchedTitles) {
      if (model.format !== 1) throw new Error("Unsupported search model format " + model.format + ".");
      var index = new TitleIndex(model);
      if (matchedTitles) index.matchedTitles = matchedTitles;
      return index;
    },
  };
  if (typeof module === "object" && module.exports) module.exports = api;
  else root.LadderTitleSearch = api;
})(this);
