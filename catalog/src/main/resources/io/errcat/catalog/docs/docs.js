/* errcat HTML reference: search and operation filter. Inlined into each catalog page, its
 * element ids (@NAME@) filled in from PageId, the one list the page is written with.
 * Catalog text reaches the DOM only through the server-rendered, escaped HTML and textContent;
 * this script never builds markup from data. Rows are rendered once; filtering toggles `hidden`
 * on precomputed lowercase haystacks, touching only rows whose visibility changes. A group without
 * matches is hidden as a whole and its cards are left as they were until it shows again. */
(function () {
  'use strict';
  var dataEl = document.getElementById('@DATA@');
  if (!dataEl) return;
  var data = JSON.parse(dataEl.textContent);
  var rows = data.rows, ops = data.ops, n = rows.length;
  var list = document.getElementById('@LIST@');
  // static arrays: indexing a live HTMLCollection while mutating the DOM is slow
  var cards = Array.prototype.slice.call(list.getElementsByClassName('card'));
  var groups = Array.prototype.slice.call(list.children);
  var groupSize = groups.length ? groups[0].children.length : 1;
  var groupShown = new Int32Array(groups.length).fill(-1), cardHeight = 0;
  var q = document.getElementById('@SEARCH@');
  var op = document.getElementById('@OPERATION_FILTER@');
  var count = document.getElementById('@COUNT@');
  var none = document.getElementById('@NONE@');
  var noneText = document.getElementById('@NONE_QUERY@');
  // match: the last result per card; shown: what its `hidden` says (stale inside a hidden group)
  var hay = new Array(n), match = new Uint8Array(n), shown = new Uint8Array(n), variantOp = {};
  var opIndex = {}, i;
  for (i = 0; i < n; i++) { hay[i] = rows[i][0].toLowerCase(); match[i] = shown[i] = 1; }
  for (i = 0; i < ops.length; i++) opIndex[ops[i]] = i;
  var api = window.errcat = { timings: [], visible: 0 };

  function appliesTo(row, v, o) {
    var list = row[v];
    return list.length === 0 || list.indexOf(o) >= 0;
  }

  function showVariants(i, o) {
    var row = rows[i];
    if (row.length < 3 || variantOp[i] === o) return;
    variantOp[i] = o;
    var vs = cards[i].querySelectorAll('.variant');
    for (var v = 1; v < row.length; v++) vs[v - 1].hidden = o >= 0 && !appliesTo(row, v, o);
  }

  // An off-screen group is not laid out: it takes the height given here, an estimate from the
  // cards rendered so far, so that the scroll bar stays about right while filtering.
  function sizeGroups(perGroup) {
    if (!cardHeight && groups.length) {
      var g = groups[0];
      cardHeight = Math.max(60, g.offsetHeight / Math.max(1, perGroup ? perGroup[0] : g.children.length));
    }
    for (var k = 0; k < groups.length; k++) {
      var c = perGroup ? perGroup[k] : groups[k].children.length;
      if (c === groupShown[k]) continue;
      groupShown[k] = c;
      groups[k].hidden = c === 0;
      groups[k].style.containIntrinsicBlockSize = Math.round(c * cardHeight) + 'px';
    }
  }

  function plural(k) { return k === 1 ? ' code' : ' codes'; }

  function run() {
    var text = q.value.trim();
    var terms = text.toLowerCase().split(/\s+/).filter(Boolean);
    var o = op && op.value !== '' ? +op.value : -1;
    var matched = 0, nt = terms.length, perGroup = new Int32Array(groups.length);
    for (var i = 0; i < n; i++) {
      var h = hay[i], ok = true, t, v;
      for (t = 0; t < nt; t++) if (h.indexOf(terms[t]) < 0) { ok = false; break; }
      if (ok && o >= 0) {
        var row = rows[i];
        ok = false;
        for (v = 1; v < row.length; v++) if (appliesTo(row, v, o)) { ok = true; break; }
      }
      match[i] = ok ? 1 : 0;
      if (ok) { matched++; perGroup[(i / groupSize) | 0]++; showVariants(i, o); }
    }
    for (var k = 0; k < groups.length; k++) {
      if (perGroup[k] === 0) continue;
      for (var j = k * groupSize, end = Math.min(n, j + groupSize); j < end; j++) {
        if (match[j] !== shown[j]) { cards[j].hidden = match[j] === 0; shown[j] = match[j]; }
      }
    }
    sizeGroups(perGroup);
    api.visible = matched;
    count.textContent = nt === 0 && o < 0 ? n + plural(n) : matched + ' of ' + n + plural(n);
    none.hidden = matched > 0;
    if (matched === 0) {
      var what = text ? '\u201c' + text + '\u201d' : '';
      if (o >= 0) what += (what ? ' in ' : 'operation ') + ops[o];
      noneText.textContent = what;
    }
  }

  function stateHash() {
    var p = new URLSearchParams();
    if (q.value.trim()) p.set('q', q.value);
    if (op && op.value !== '') p.set('op', ops[+op.value]);
    var s = p.toString();
    return s ? '#' + s : '';
  }

  function isStateHash(h) { return h.indexOf('=') >= 0; }

  function writeUrl() {
    var h = stateHash();
    if (!h && !isStateHash(location.hash)) return; // keep a plain #ANCHOR
    var url = location.pathname + location.search + h;
    try { history.replaceState(null, '', url); } catch (e) { location.replace(h || '#'); }
  }

  var urlTimer = 0;
  function writeUrlSoon() { clearTimeout(urlTimer); urlTimer = setTimeout(writeUrl, 200); }

  function readState() {
    var h = location.hash.slice(1);
    var p = isStateHash(h) ? new URLSearchParams(h) : new URLSearchParams(location.search);
    if (!p.has('q') && !p.has('op')) return null;
    return { q: p.get('q') || '', op: p.get('op') || '' };
  }

  function applyState(s) {
    q.value = s.q;
    if (op) op.value = Object.prototype.hasOwnProperty.call(opIndex, s.op) ? String(opIndex[s.op]) : '';
    run();
  }

  // Timings for the benchmark in the test suite: the filter itself, and from the keystroke's
  // handler to the next frame (style, layout, paint) having been produced.
  q.addEventListener('input', function () {
    var start = performance.now();
    run();
    var filtered = performance.now();
    writeUrlSoon();
    var query = q.value;
    requestAnimationFrame(function () {
      var frame = performance.now();
      setTimeout(function () {
        api.timings.push({ q: query, filterMs: filtered - start, rafMs: frame - start,
          frameMs: performance.now() - start });
      }, 0);
    });
  });
  if (op) op.addEventListener('change', function () { run(); writeUrl(); });
  document.getElementById('@CLEAR@').addEventListener('click', function () {
    q.value = ''; if (op) op.value = ''; run(); writeUrl(); q.focus();
  });
  q.addEventListener('keydown', function (e) {
    if (e.key === 'Escape' && q.value) { q.value = ''; run(); writeUrl(); }
  });
  document.addEventListener('keydown', function (e) {
    var tag = e.target && e.target.tagName;
    if (e.key === '/' && tag !== 'INPUT' && tag !== 'SELECT' && tag !== 'TEXTAREA') { e.preventDefault(); q.focus(); }
  });
  window.addEventListener('hashchange', function () {
    var s = readState();
    if (s) { applyState(s); document.getElementById('@CODES@').scrollIntoView(); return; }
    var target = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target && (target.hidden || target.parentElement.hidden)) { q.value = ''; if (op) op.value = ''; run(); target.scrollIntoView(); }
  });

  var initial = readState();
  if (initial) applyState(initial); else run();
})();
