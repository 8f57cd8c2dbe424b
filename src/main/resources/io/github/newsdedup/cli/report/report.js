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

  // Renders text with its ranges: [start, end, kind, index], kinds "shared" and "dropped".
  function render(text, ranges, reasons) {
    var pre = el("div", "text");
    ranges.sort(function (x, y) { return x[0] - y[0] || y[1] - x[1]; });
    var pos = 0;
    for (var i = 0; i < ranges.length; i++) {
      var r = ranges[i];
      var start = Math.max(r[0], pos);
      if (r[1] <= start) continue;
      if (start > pos) pre.appendChild(doc.createTextNode(text.substring(pos, start)));
      var e;
      if (r[2] === "shared") {
        e = el("mark", r[3] % 2 ? "shared alt" : "shared", text.substring(start, r[1]));
        e.setAttribute("data-passage", r[3]);
        e.title = "shared passage " + (r[3] + 1) + ", " + r[4] + " words";
      } else {
        e = el("span", "dropped", text.substring(start, r[1]));
        e.title = "dropped: " + reasons[r[3]];
        e.setAttribute("data-reason", reasons[r[3]]);
      }
      pre.appendChild(e);
      pos = r[1];
    }
    if (pos < text.length) pre.appendChild(doc.createTextNode(text.substring(pos)));
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
    box.appendChild(render(article.text, ranges, d.reasons));
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
    var legend = el("p", "legend");
    legend.appendChild(el("mark", "shared", "shared passage"));
    legend.appendChild(doc.createTextNode(" (underlined) \u00b7 "));
    legend.appendChild(el("span", "dropped", "dropped page chrome"));
    legend.appendChild(doc.createTextNode(" (italic, grey)"));
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
