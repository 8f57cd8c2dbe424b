"use strict";
(function () {
  var t0 = performance.now();
  var doc = document;
  var groups = Array.prototype.slice.call(doc.querySelectorAll("li.group"));
  var filter = doc.getElementById("filter");
  var singletons = doc.getElementById("show-singletons");
  var count = doc.getElementById("count");
  var view = doc.getElementById("view");
  var data = null;
  var haystacks = null;
  var current = -1;
  var open = null; // {group, member}

  function loadData() {
    if (!data) {
      data = JSON.parse(doc.getElementById("report-data").textContent);
    }
    return data;
  }

  function visible(li) {
    return !li.hidden && (singletons.checked || !li.classList.contains("singleton"));
  }

  function applyFilter() {
    var q = filter.value.trim().toLowerCase();
    if (!haystacks) {
      haystacks = groups.map(function (li) {
        var parts = [];
        li.querySelectorAll("li[data-id]").forEach(function (m) {
          parts.push(m.getAttribute("data-id"));
          var t = m.querySelector(".title");
          var s = m.querySelector(".source");
          if (t) parts.push(t.textContent);
          if (s) parts.push(s.textContent);
        });
        return parts.join("\n").toLowerCase();
      });
    }
    var shown = 0;
    for (var i = 0; i < groups.length; i++) {
      var hide = q !== "" && haystacks[i].indexOf(q) < 0;
      if (groups[i].hidden !== hide) groups[i].hidden = hide;
      if (visible(groups[i])) shown++;
    }
    count.textContent = shown + " of " + groups.length + " groups shown";
  }

  var timer = 0;
  filter.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(applyFilter, groups.length > 2000 ? 150 : 0);
  });
  singletons.addEventListener("change", applyFilter);

  function setCurrent(i, focus) {
    if (current >= 0 && groups[current]) groups[current].classList.remove("current");
    current = i;
    if (i >= 0) {
      groups[i].classList.add("current");
      if (focus) groups[i].focus();
    }
  }

  function step(dir) {
    var i = current;
    for (;;) {
      i += dir;
      if (i < 0 || i >= groups.length) return;
      if (visible(groups[i])) break;
    }
    setCurrent(i, true);
  }

  function el(tag, cls, text) {
    var e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined) e.textContent = text;
    return e;
  }

  // Tags, comments, scripts and styles of an HTML text: hidden unless markup is shown.
  var MARKUP = /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>|<\/?[A-Za-z!][^>]*>/gi;

  // Tags that end a line when the markup is hidden.
  var BLOCK = /^<\/?(p|div|br|h[1-6]|li|ul|ol|tr|table|article|section|header|footer|blockquote|nav|aside|main|figure|figcaption|dt|dd|title|hr)\b/i;

  // Renders text with its ranges [start, end, kind, index, words] of kinds "shared", "dropped"
  // and "markup"; ranges of one kind do not overlap, ranges of different kinds may nest.
  function render(text, ranges, reasons) {
    var pre = el("div", "text");
    var points = [0, text.length];
    ranges.forEach(function (r) { points.push(r[0], r[1]); });
    points.sort(function (x, y) { return x - y; });
    var byKind = { shared: [], dropped: [], markup: [] };
    ranges.forEach(function (r) { byKind[r[2]].push(r); });
    var at = { shared: 0, dropped: 0, markup: 0 };
    Object.keys(byKind).forEach(function (k) {
      byKind[k].sort(function (x, y) { return x[0] - y[0]; });
    });
    function covering(kind, x) {
      var list = byKind[kind];
      while (at[kind] < list.length && list[at[kind]][1] <= x) at[kind]++;
      var r = list[at[kind]];
      return r && r[0] <= x ? r : null;
    }
    var mark = null;
    var markIndex = -1;
    for (var i = 0; i + 1 < points.length; i++) {
      var x = points[i];
      var y = points[i + 1];
      if (y <= x) continue;
      var node = doc.createTextNode(text.substring(x, y));
      var m = covering("markup", x);
      if (m) {
        var span = el("span", m[3] ? "markup block" : "markup");
        span.appendChild(node);
        node = span;
      }
      var d = covering("dropped", x);
      if (d) {
        var drop = el("span", "dropped");
        drop.title = "dropped: " + reasons[d[3]];
        drop.setAttribute("data-reason", reasons[d[3]]);
        drop.appendChild(node);
        node = drop;
      }
      var sh = covering("shared", x);
      if (sh) {
        if (!mark || markIndex !== sh[3]) {
          mark = el("mark", sh[3] % 2 ? "shared alt" : "shared");
          mark.setAttribute("data-passage", sh[3]);
          mark.title = "shared passage " + (sh[3] + 1) + ", " + sh[4] + " words";
          markIndex = sh[3];
          pre.appendChild(mark);
        }
        mark.appendChild(node);
      } else {
        mark = null;
        pre.appendChild(node);
      }
    }
    return pre;
  }

  function side(article, passages, which, d) {
    var box = el("section", "side");
    box.setAttribute("data-side", which === 0 ? "representative" : "member");
    box.setAttribute("data-id", article.id);
    var h = el("h3", null, (which === 0 ? "Representative: " : "Copy: ") + article.id);
    box.appendChild(h);
    if (article.title) box.appendChild(el("p", "title", article.title));
    if (article.source) box.appendChild(el("p", "source", article.source));
    var ranges = [];
    passages.forEach(function (p, i) {
      ranges.push(which === 0 ? [p[0], p[1], "shared", i, p[4]] : [p[2], p[3], "shared", i, p[4]]);
    });
    article.dropped.forEach(function (x) { ranges.push([x[0], x[1], "dropped", x[2]]); });
    if (article.html) {
      var m;
      MARKUP.lastIndex = 0;
      while ((m = MARKUP.exec(article.text)) !== null) {
        ranges.push([m.index, m.index + m[0].length, "markup", BLOCK.test(m[0]) ? 1 : 0]);
      }
    }
    var text = render(article.text, ranges, d.reasons);
    if (article.html) text.classList.add("html");
    box.appendChild(text);
    return box;
  }

  function openView(g, memberId) {
    var d = loadData();
    var group = d.groups[g - 1];
    if (!group) return;
    var rep = d.articles[group.rep];
    var member = null;
    var memberIndex = -1;
    for (var i = 0; i < group.members.length; i++) {
      if (d.articles[group.members[i].article].id === memberId) {
        member = group.members[i];
        memberIndex = i;
      }
    }
    view.textContent = "";
    var head = el("div", "view-head");
    var close = el("button", null, "Close (Esc)");
    close.type = "button";
    close.addEventListener("click", closeView);
    head.appendChild(close);
    if (group.members.length > 1) {
      var next = el("button", null, "Next copy (n)");
      next.type = "button";
      next.addEventListener("click", function () { cycle(1); });
      head.appendChild(next);
    }
    var title = el("h2", null, "Group " + g + ": ");
    view.setAttribute("data-group", g);
    head.appendChild(title);
    var sides = el("div", "sides");
    if (!member) {
      title.textContent += rep.id;
      view.setAttribute("data-member", rep.id);
      sides.appendChild(side(rep, [], 0, d));
    } else {
      var other = d.articles[member.article];
      title.textContent += other.id + " beside " + rep.id;
      view.setAttribute("data-member", other.id);
      var words = 0;
      member.passages.forEach(function (p) { words += p[4]; });
      var summary = member.rule
        ? "jaccard " + member.jaccard.toFixed(3) + ", containment " +
          member.containment.toFixed(3) + ", matched by " + member.rule
        : "no direct match with the representative";
      head.appendChild(el("p", null, summary + "; " + member.passages.length +
        " shared passages, " + words + " words."));
      sides.appendChild(side(rep, member.passages, 0, d));
      sides.appendChild(side(other, member.passages, 1, d));
    }
    var markupBox = el("label", "markup-toggle");
    var markupInput = el("input");
    markupInput.type = "checkbox";
    markupInput.checked = view.classList.contains("show-markup");
    markupInput.addEventListener("change", function () {
      view.classList.toggle("show-markup", markupInput.checked);
    });
    markupBox.appendChild(markupInput);
    markupBox.appendChild(doc.createTextNode(" show HTML markup"));
    var legend = el("p", "legend");
    legend.appendChild(el("mark", "shared", "shared passage"));
    legend.appendChild(doc.createTextNode(" (underlined) \u00b7 "));
    legend.appendChild(el("span", "dropped", "dropped page chrome"));
    legend.appendChild(doc.createTextNode(" (italic, grey)"));
    legend.appendChild(doc.createTextNode(" \u00b7 "));
    legend.appendChild(markupBox);
    head.appendChild(legend);
    view.appendChild(head);
    view.appendChild(sides);
    view.hidden = false;
    open = { group: g, member: memberIndex };
    setCurrent(g - 1, false);
    close.focus();
  }

  function cycle(dir) {
    if (!open) return;
    var group = loadData().groups[open.group - 1];
    var n = group.members.length;
    if (n === 0) return;
    var i = ((open.member + dir) % n + n) % n;
    openView(open.group, data.articles[group.members[i].article].id);
  }

  function closeView() {
    view.hidden = true;
    view.textContent = "";
    open = null;
    if (location.hash.indexOf("open=") >= 0) history.replaceState(null, "", location.pathname);
    if (current >= 0) groups[current].focus();
  }

  view.addEventListener("click", function (e) {
    var m = e.target.closest && e.target.closest("mark.shared");
    if (!m) return;
    var mySide = m.closest(".side");
    var otherSide = mySide.previousElementSibling || mySide.nextElementSibling;
    if (!otherSide) return;
    var twin = otherSide.querySelector('mark[data-passage="' + m.getAttribute("data-passage") + '"]');
    view.querySelectorAll("mark.focus").forEach(function (x) { x.classList.remove("focus"); });
    if (twin) {
      twin.classList.add("focus");
      m.classList.add("focus");
      twin.scrollIntoView({ block: "center" });
    }
  });

  doc.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a.id");
    if (!a) return;
    e.preventDefault();
    history.replaceState(null, "", a.getAttribute("href"));
    route();
  });

  doc.addEventListener("keydown", function (e) {
    if (e.target === filter) {
      if (e.key === "Escape" || e.key === "Enter") filter.blur();
      return;
    }
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (open) {
      if (e.key === "Escape") closeView();
      else if (e.key === "n") cycle(1);
      else if (e.key === "p") cycle(-1);
      else return;
    } else if (e.key === "j" || e.key === "ArrowDown") step(1);
    else if (e.key === "k" || e.key === "ArrowUp") step(-1);
    else if (e.key === "/") filter.focus();
    else if (e.key === "Enter" && current >= 0) {
      var links = groups[current].querySelectorAll("a.id");
      if (links.length) links[Math.min(1, links.length - 1)].click();
    } else return;
    e.preventDefault();
  });

  // State in the fragment: #filter=TEXT&singletons=1&open=GROUP:ID
  function route() {
    var params = {};
    location.hash.replace(/^#/, "").split("&").forEach(function (kv) {
      var i = kv.indexOf("=");
      if (i > 0) params[kv.substring(0, i)] = decodeURIComponent(kv.substring(i + 1));
    });
    if (params.singletons === "1") singletons.checked = true;
    if (params.filter !== undefined) filter.value = params.filter;
    applyFilter();
    if (params.open) {
      var c = params.open.indexOf(":");
      openView(parseInt(params.open.substring(0, c), 10), params.open.substring(c + 1));
    }
  }
  window.addEventListener("hashchange", route);

  filter.disabled = false;
  route();
  // Timings for tests and measurements: the script's own work, and the time from navigation to
  // a laid-out page (the layout forced here).
  void doc.body.offsetHeight;
  var root = doc.documentElement;
  root.setAttribute("data-init-ms", String(Math.round(performance.now() - t0)));
  root.setAttribute("data-open-ms", String(Math.round(performance.now())));
  root.setAttribute("data-ready", "true");
})();
