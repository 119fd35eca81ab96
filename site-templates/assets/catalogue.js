// Searches the catalogue with the static index the build writes under /search/ (generator/Site/Search/SearchIndex.cs):
// the table of contents first, then only the parts a query needs. A word of the query is a seq (up to 6 digits), a
// credit code (18 letters and digits), a status, county or occupation as the filters name them, or else part of a name;
// words separated by spaces must all match. Without JavaScript the search box stays disabled (it takes its place in
// the page from the start, so enabling it moves nothing), and the paged lists and the filter pages work on their own.
(function () {
  "use strict";
  var form = document.getElementById("search");
  var input = document.getElementById("search-q");
  var listing = document.getElementById("listing");
  var results = document.getElementById("search-results");
  if (!form || !input || !listing || !results || !window.fetch || !window.Promise || !String.prototype.normalize) return;

  var PAGE_SIZE = 50;
  var GRADES = { "5": "五", "4": "四", "3": "三", "2": "二", "1": "一" };
  var JOINER = "\u2060";
  var files = {};

  function load(url) {
    if (!files[url]) {
      files[url] = fetch(url).then(function (r) {
        if (!r.ok) throw new Error(url + " " + r.status);
        return r.json();
      });
    }
    return files[url];
  }

  function records(part) { return load("/search/r/" + part + ".json"); }

  // These three do what SearchTerms does when the build writes the index.
  function words(query) { return query.normalize("NFKC").toLowerCase().split(/\s+/).filter(Boolean); }
  function normalize(text) { return text.normalize("NFKC").toLowerCase().replace(/\s+/g, ""); }
  function shardOf(term, shards) {
    var hash = 0x811c9dc5;
    for (var i = 0; i < term.length; i++) {
      hash ^= term.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
    return hash % shards;
  }

  // The ordinals of the institutions a term finds, ascending; the index keeps each as the gap from the one before.
  function postings(index, term) {
    return load("/search/t/" + shardOf(term, index.shards) + ".json").then(function (shard) {
      if (!Object.prototype.hasOwnProperty.call(shard, term)) return [];
      var ordinal = 0;
      return shard[term].map(function (gap) { return (ordinal += gap); });
    });
  }

  function intersect(a, b) {
    var out = [];
    for (var i = 0, j = 0; i < a.length && j < b.length;) {
      if (a[i] === b[j]) { out.push(a[i]); i++; j++; } else if (a[i] < b[j]) i++; else j++;
    }
    return out;
  }

  function union(lists) {
    var seen = {};
    lists.forEach(function (list) { list.forEach(function (n) { seen[n] = true; }); });
    return Object.keys(seen).map(Number).sort(function (a, b) { return a - b; });
  }

  function bySeq(index, seq) {
    var part = -1;
    for (var i = 0; i < index.parts.length && index.parts[i] <= seq; i++) part = i;
    if (part < 0) return Promise.resolve({ found: [] });
    return records(part).then(function (list) {
      for (var i = 0; i < list.length; i++) {
        if (list[i][0] === seq) return { found: [part * index.partSize + i] };
      }
      return { found: [] };
    });
  }

  // One word of the query: what it finds, and for a piece of a name the word itself, which each result must contain
  // (two characters found apart in a name are not the word).
  function resolve(index, word) {
    if (/^\d{1,6}$/.test(word)) return bySeq(index, ("00000" + word).slice(-6));
    if (/^[0-9a-z]{18}$/.test(word)) return postings(index, "#" + word).then(function (found) { return { found: found }; });
    var terms = [];
    index.statuses.forEach(function (s) { if (word === s[0] || word === normalize(s[1])) terms.push("@s:" + s[0]); });
    index.counties.forEach(function (c) { if (word === normalize(c[1])) terms.push("@c:" + normalize(c[0])); });
    index.occupations.forEach(function (o) { if (word === o[0] || word === normalize(o[1])) terms.push("@o:" + o[0]); });
    if (terms.length > 0) {
      return Promise.all(terms.map(function (t) { return postings(index, t); })).then(function (lists) { return { found: union(lists) }; });
    }
    var grams = [];
    if (word.length === 1) grams.push(word);
    for (var i = 0; i + 1 < word.length; i++) grams.push(word.substr(i, 2));
    return Promise.all(grams.map(function (g) { return postings(index, g); })).then(function (lists) {
      return { found: lists.reduce(intersect), name: word };
    });
  }

  function search(index, query) {
    return Promise.all(words(query).map(function (w) { return resolve(index, w); })).then(function (answers) {
      return {
        found: answers.map(function (a) { return a.found; }).reduce(intersect),
        names: answers.filter(function (a) { return a.name; }).map(function (a) { return a.name; })
      };
    });
  }

  // The records of some ordinals, loading only the parts they fall in: a function from an ordinal to its record.
  function recordsOf(index, ordinals) {
    var parts = union([ordinals.map(function (n) { return Math.floor(n / index.partSize); })]);
    return Promise.all(parts.map(records)).then(function (loaded) {
      var byPart = {};
      parts.forEach(function (p, k) { byPart[p] = loaded[k]; });
      return function (n) { return byPart[Math.floor(n / index.partSize)][n % index.partSize]; };
    });
  }

  // The two-character pieces of a longer word can be found apart in a name, so what such a word finds is kept only when
  // the name holds the whole word, before it is counted and paged; a word of one or two characters is one piece.
  function confirmed(index, result) {
    if (!result.names.some(function (w) { return w.length > 2; })) return Promise.resolve(result.found);
    return recordsOf(index, result.found).then(function (record) {
      return result.found.filter(function (n) {
        var name = normalize(record(n)[1]);
        return result.names.every(function (w) { return name.indexOf(w) >= 0; });
      });
    });
  }

  function element(name, className, text) {
    var e = document.createElement(name);
    if (className) e.className = className;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  function fact(list, term, value, valueClass, rowClass) {
    var row = element("div", rowClass || "");
    row.appendChild(element("dt", "", term));
    var dd = element("dd", valueClass || "");
    if (typeof value === "string") dd.textContent = value; else dd.appendChild(value);
    row.appendChild(dd);
    list.appendChild(row);
  }

  // The same card as site-templates/partials/institution-card.html.
  function card(index, r) {
    var status = index.statuses[r[4]] || ["not-yet-filed", "未备案"];
    var ended = status[0] === "removed" || status[0] === "withdrawn";
    var li = element("li", "entry");
    var heading = element("h2", "entry-name");
    var link = element("a", "", r[1]);
    link.href = "/catalogue/" + r[0] + "/";
    heading.appendChild(link);
    li.appendChild(heading);
    var facts = element("dl", "entry-facts");
    fact(facts, "状态", status[1], "status status-" + status[0]);
    fact(facts, "机构代码", r[0], "nowrap");
    fact(facts, "所在地", index.counties[r[3]][1]);
    fact(facts, ended ? "原有效期至" : "有效期至", r[5], "nowrap");
    fact(facts, "统一社会信用代码", r[2], "nowrap", "wide");
    var scope = document.createDocumentFragment();
    r[6].forEach(function (s) {
      // Word joiners keep the levels on one line, as SiteViews.ShortLevels writes them.
      var levels = s[2].split("").map(function (l) { return GRADES[l]; }).join(JOINER + "·" + JOINER) + JOINER + "级";
      scope.appendChild(element("span", "scope", index.occupations[s[0]][1] + (s[1] ? "（" + s[1] + "）" : "") + " " + levels));
    });
    fact(facts, ended ? "原认定范围（已失效）" : "认定范围", scope, "", "wide");
    li.appendChild(facts);
    return li;
  }

  function pageLink(query, page, label, current) {
    var a = element("a", "", label);
    a.href = "?q=" + encodeURIComponent(query) + (page > 1 ? "&p=" + page : "");
    if (/^\d+$/.test(label)) a.setAttribute("aria-label", "第 " + label + " 页");
    if (current) a.setAttribute("aria-current", "page");
    return a;
  }

  // The pager of the server's lists (partials/pager.html): previous, first, the pages near this one, last, next.
  function pager(query, page, count) {
    var nav = element("nav", "pager");
    nav.setAttribute("aria-label", "搜索结果分页");
    nav.appendChild(element("p", "pager-where", "第 " + page + " 页，共 " + count + " 页"));
    var list = element("ul");
    function add(child) { var li = element("li"); li.appendChild(child); list.appendChild(li); }
    if (page > 1) add(pageLink(query, page - 1, "上一页"));
    var gap = false;
    for (var n = 1; n <= count; n++) {
      if (n === 1 || n === count || Math.abs(n - page) <= 2) { add(pageLink(query, n, String(n), n === page)); gap = false; }
      else if (!gap) { add(element("span", "gap", "…")); gap = true; }
    }
    if (page < count) add(pageLink(query, page + 1, "下一页"));
    nav.appendChild(list);
    return nav;
  }

  function say(text) {
    results.textContent = "";
    results.appendChild(element("p", "search-status", text));
  }

  function show(query, page) {
    if (!query.trim()) {
      results.textContent = "";
      listing.hidden = false;
      return Promise.resolve();
    }
    listing.hidden = true;
    say("正在搜索……");
    return load("/search/index.json").then(function (index) {
      return search(index, query).then(function (result) { return confirmed(index, result); }).then(function (found) {
        var count = Math.max(1, Math.ceil(found.length / PAGE_SIZE));
        page = Math.min(Math.max(1, page), count);
        var slice = found.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE);
        return recordsOf(index, slice).then(function (record) {
          var entries = element("ol", "entries");
          slice.forEach(function (n) { entries.appendChild(card(index, record(n))); });
          if (found.length === 0) {
            say("没有找到与“" + query.trim() + "”相符的机构。可以换个写法，或只输入名称中的几个字。");
            return;
          }
          say("找到 " + found.length + " 家机构" + (count > 1 ? "，第 " + page + " 页，共 " + count + " 页" : "") + "。");
          var clear = element("a", "", "清除搜索，查看全部机构");
          clear.href = location.pathname;
          results.firstChild.appendChild(document.createTextNode(" "));
          results.firstChild.appendChild(clear);
          results.appendChild(entries);
          if (count > 1) results.appendChild(pager(query, page, count));
        });
      });
    }).catch(function () {
      listing.hidden = false;
      say("搜索暂时无法使用，请用下方的筛选和分页浏览。");
    });
  }

  function fromAddress() {
    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    return show(input.value, parseInt(params.get("p") || "1", 10) || 1);
  }

  var button = form.querySelector("button");
  input.disabled = false;
  if (button) button.disabled = false;
  form.addEventListener("submit", function (e) {
    // Searching from a filter page goes to the whole catalogue, where the form's action points.
    if (location.pathname !== form.getAttribute("action")) return;
    e.preventDefault();
    history.pushState(null, "", input.value.trim() ? "?q=" + encodeURIComponent(input.value.trim()) : location.pathname);
    show(input.value, 1);
  });
  results.addEventListener("click", function (e) {
    var link = e.target.closest ? e.target.closest(".pager a") : null;
    if (!link) return;
    e.preventDefault();
    history.pushState(null, "", link.getAttribute("href"));
    fromAddress().then(function () { results.scrollIntoView(); });
  });
  window.addEventListener("popstate", fromAddress);
  fromAddress();
})();
