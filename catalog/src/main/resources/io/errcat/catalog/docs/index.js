/* errcat HTML reference, index page: one search over every code of every catalog. Inlined, its
 * element ids (@NAME@) filled in from PageId. Results are a fixed pool of list items created once;
 * typing only sets their textContent, href and hidden, so data never becomes markup and a
 * keystroke costs one pass over precomputed lowercase haystacks. */
(function () {
  'use strict';
  var dataEl = document.getElementById('@DATA@');
  if (!dataEl) return;
  var data = JSON.parse(dataEl.textContent);
  var cats = data.catalogs, rows = data.rows, n = rows.length, LIMIT = 200;
  var q = document.getElementById('@SEARCH@');
  var count = document.getElementById('@COUNT@');
  var list = document.getElementById('@RESULTS@');
  var none = document.getElementById('@NONE@');
  var noneText = document.getElementById('@NONE_QUERY@');
  var hay = new Array(n), i;
  for (i = 0; i < n; i++) hay[i] = rows[i][2].toLowerCase();
  var api = window.errcat = { timings: [], visible: 0 };

  // the pool: [li, a, code, catalog name, status, message]
  var pool = [];
  for (i = 0; i < LIMIT; i++) {
    var li = document.createElement('li'), a = document.createElement('a');
    var code = document.createElement('code'), cat = document.createElement('span');
    var st = document.createElement('span'), msg = document.createElement('span');
    cat.className = 'r-cat'; st.className = 'r-status'; msg.className = 'r-msg';
    a.appendChild(code); a.appendChild(cat); a.appendChild(st); a.appendChild(msg);
    li.appendChild(a); li.hidden = true; list.appendChild(li);
    pool.push([li, a, code, cat, st, msg]);
  }

  function run() {
    var text = q.value.trim();
    var terms = text.toLowerCase().split(/\s+/).filter(Boolean), nt = terms.length;
    var found = 0;
    if (nt > 0) {
      for (var r = 0; r < n; r++) {
        var h = hay[r], ok = true;
        for (var t = 0; t < nt; t++) if (h.indexOf(terms[t]) < 0) { ok = false; break; }
        if (!ok) continue;
        if (found < LIMIT) {
          var row = rows[r], p = pool[found], c = cats[row[0]];
          p[1].href = c[1] + '#' + row[1];
          p[2].textContent = row[3];
          p[3].textContent = c[0];
          p[4].textContent = row[4];
          p[5].textContent = row[5];
          p[0].hidden = false;
        }
        found++;
      }
    }
    for (i = Math.min(found, LIMIT); i < LIMIT && !pool[i][0].hidden; i++) pool[i][0].hidden = true;
    api.visible = Math.min(found, LIMIT);
    count.textContent = nt === 0 ? '' : found + (found === 1 ? ' code' : ' codes')
        + (found > LIMIT ? ' (the first ' + LIMIT + ' shown)' : '');
    none.hidden = nt === 0 || found > 0;
    if (found === 0) noneText.textContent = '\u201c' + text + '\u201d';
  }

  // each keystroke filters at once; the time to the next painted frame is kept for benchmarks
  q.addEventListener('input', function () {
    var start = performance.now(), query = q.value;
    run();
    var filtered = performance.now();
    requestAnimationFrame(function () {
      api.timings.push({ q: query, filterMs: filtered - start, frameMs: performance.now() - start });
    });
  });
  var p0 = new URLSearchParams(location.hash.slice(1) || location.search);
  if (p0.has('q')) q.value = p0.get('q');
  run();
}());
