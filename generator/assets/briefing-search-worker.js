/*
 * briefing: the search worker (our own code, no third-party code).
 *
 * Stands in for Material for MkDocs' search worker (the shim hands it to Material's
 * search UI). It speaks Material's messages: SETUP (0) -> READY (1), QUERY (2) ->
 * RESULT (3) with `{items: SearchItem[][]}`, one group per page, the page's own entry
 * among them, each item `{location, title, text, tags?, score, terms}`; title and text
 * are HTML (the UI inserts them as such), so every piece of text is escaped here and
 * only our own <mark> is added.
 *
 * Nothing is built in the browser: the index is prebuilt at build time
 * (generator/website/search_index.py, `search/briefing_search.js`), a sorted token list with
 * postings, each token's a string "gap,weight;…" in base 36, decoded only when matched. Every query term is a prefix, as in Material's search ("kov" finds
 * "Kovács"); terms are folded as at build time. "+term" and quoted words are required,
 * "-term" excluded.
 *
 * Runs as a real worker (http) or, under file://, in the shim's frame, where
 * `importScripts` returns a promise: both are awaited the same way.
 */
(function () {
  "use strict";

  var SETUP = 0, READY = 1, QUERY = 2, RESULT = 3;
  var MAX_PAGES = 200;
  var script = typeof document !== "undefined" && document.currentScript
    ? document.currentScript.src
    : self.location.href;
  var indexUrl = new URL("../../search/briefing_search.js", script).href;
  var loading = null;
  var index = null;

  function load() {
    if (!loading) {
      loading = Promise.resolve(importScripts(indexUrl)).then(function () {
        index = prepare(self.__briefingSearch);
        self.__briefingSearch = undefined;
      });
    }
    return loading;
  }

  function prepare(data) {
    if (!data || data.format !== 1) {
      throw new Error("briefing search: unexpected index format in " + indexUrl);
    }
    var pages = new Map();
    var parents = data.docs.map(function (doc, i) {
      var page = doc[0].split("#")[0];
      if (!pages.has(page)) {
        pages.set(page, i);
        return -1;
      }
      return 1;
    });
    return {
      docs: data.docs, tokens: data.tokens, postings: data.postings, idf: data.idf,
      stop: new Set(data.stop), pages: pages, isSection: parents
    };
  }

  function fold(text) {
    return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
  }

  var TOKEN = /[\p{L}\p{N}]+/gu;
  var WORD = /[\p{L}\p{N}\p{M}]+/gu;

  /* Material's query syntax, as far as it means something here. */
  function parse(query) {
    var clauses = [];
    var quoted = query.split(/"([^"]*)"/g);
    quoted.forEach(function (part, i) {
      part.split(/\s+/).forEach(function (word) {
        if (!word) return;
        var presence = i % 2 === 1 ? "+" : (word[0] === "+" || word[0] === "-" ? word[0] : "");
        var terms = fold(word).match(TOKEN) || [];
        terms.forEach(function (term) {
          clauses.push({ term: term, presence: presence });
        });
      });
    });
    return clauses;
  }

  /* First index of a token >= prefix (binary search over the sorted tokens). */
  function lowerBound(tokens, prefix) {
    var lo = 0, hi = tokens.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (tokens[mid] < prefix) lo = mid + 1; else hi = mid;
    }
    return lo;
  }

  /* doc -> score for one prefix term. */
  function match(term) {
    var scores = new Map();
    var tokens = index.tokens;
    for (var t = lowerBound(tokens, term); t < tokens.length; t++) {
      var token = tokens[t];
      if (token.lastIndexOf(term, 0) !== 0) break;
      var factor = index.idf[t] * term.length / token.length;
      var pairs = index.postings[t].split(";");
      var doc = 0;
      for (var p = 0; p < pairs.length; p++) {
        var pair = pairs[p].split(",");
        doc += parseInt(pair[0], 36);
        scores.set(doc, (scores.get(doc) || 0) + factor * parseInt(pair[1], 36));
      }
    }
    return scores;
  }

  function escapeHtml(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  /* Escaped text with every word that starts with a matched term in <mark>. */
  function highlight(text, terms) {
    var out = "", last = 0, found;
    WORD.lastIndex = 0;
    while ((found = WORD.exec(text)) !== null) {
      var word = fold(found[0]);
      if (terms.some(function (term) { return word.lastIndexOf(term, 0) === 0; })) {
        out += escapeHtml(text.slice(last, found.index)) + "<mark>" + escapeHtml(found[0]) + "</mark>";
        last = found.index + found[0].length;
      }
    }
    return out + escapeHtml(text.slice(last));
  }

  function score(clauses) {
    var total = new Map(), matched = new Map();
    var wanted = clauses.filter(function (c) { return c.presence !== "-"; });
    wanted.forEach(function (clause, c) {
      match(clause.term).forEach(function (value, doc) {
        total.set(doc, (total.get(doc) || 0) + value);
        if (!matched.has(doc)) matched.set(doc, new Set());
        matched.get(doc).add(c);
      });
    });
    clauses.forEach(function (clause, c) {
      if (clause.presence === "-") {
        match(clause.term).forEach(function (_, doc) { total.delete(doc); });
      }
    });
    wanted.forEach(function (clause, c) {
      if (clause.presence === "+") {
        total.forEach(function (_, doc) {
          if (!matched.get(doc).has(c)) total.delete(doc);
        });
      }
    });
    return { total: total, matched: matched, wanted: wanted };
  }

  function item(doc, value, terms, hits) {
    var row = index.docs[doc];
    var result = {
      location: row[0],
      title: highlight(row[1], hits),
      text: highlight(row[2], hits),
      score: value,
      terms: terms
    };
    if (row[3]) result.tags = row[3].map(function (tag) { return highlight(tag, hits); });
    return result;
  }

  function search(query) {
    var clauses = parse(query);
    if (!clauses.length) return { items: [] };
    var found = score(clauses);
    var items = [];
    found.total.forEach(function (value, doc) {
      var terms = {}, hits = [];
      found.wanted.forEach(function (clause, c) {
        var hit = found.matched.get(doc).has(c);
        if (hit) hits.push(clause.term);
        if (hit || !index.stop.has(clause.term)) terms[clause.term] = terms[clause.term] || hit;
      });
      var share = hits.length / found.wanted.length;
      var boost = (index.isSection[doc] < 0 ? 1 : 0) + share;
      items.push([doc, value * (1 + boost * boost), terms, hits]);
    });
    items.sort(function (a, b) { return b[1] - a[1] || a[0] - b[0]; });
    // Grouped as Material does: under the first entry of each page (its article).
    var groups = new Map();
    for (var i = 0; i < items.length; i++) {
      var page = index.pages.get(index.docs[items[i][0]][0].split("#")[0]);
      if (!groups.has(page)) {
        if (groups.size >= MAX_PAGES) continue;
        groups.set(page, []);
      }
      groups.get(page).push(item(items[i][0], items[i][1], items[i][2], items[i][3]));
    }
    groups.forEach(function (list, page) {
      var own = index.docs[page][0];
      if (!list.some(function (entry) { return entry.location === own; })) {
        list.push(item(page, 0, {}, []));
      }
    });
    return { items: Array.from(groups.values()) };
  }

  function answer(message) {
    if (!message || typeof message.type !== "number") return Promise.resolve(null);
    if (message.type === SETUP) {
      return load().then(function () { return { type: READY }; });
    }
    if (message.type === QUERY) {
      return load().then(function () {
        try {
          return { type: RESULT, data: search(String(message.data || "")) };
        } catch (error) {
          console.warn("briefing search: could not answer " + message.data, error);
          return { type: RESULT, data: { items: [] } };
        }
      });
    }
    return Promise.resolve(null);
  }

  addEventListener("message", function (event) {
    answer(event.data).then(function (reply) {
      if (reply) postMessage(reply);
    }, function (error) {
      console.error(error && error.message ? error.message : error);
    });
  });
})();
