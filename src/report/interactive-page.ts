// The interactive report's own script and style (inlined into the page; no
// network, no libraries). It reads the JSON data block and draws: a time
// series chart (metric, uid selection, variants overlaid with their own dash,
// runtime version changes marked, hover values), the totals table per variant
// with the difference against the first, and the bonds heatmap at any epoch.

export const PAGE_STYLE = `
body{font:14px/1.4 system-ui,sans-serif;margin:20px;color:#222}h1{font-size:20px}h2{font-size:16px;border-bottom:1px solid #ccc}
.controls{display:flex;gap:16px;flex-wrap:wrap;align-items:flex-start;margin:8px 0}
#uids{max-height:160px;overflow:auto;border:1px solid #ddd;padding:4px 8px;columns:6;min-width:480px}
#uids label{display:block;white-space:nowrap;font-size:12px}
#chart-wrap{position:relative;display:inline-block}
#tooltip{position:absolute;pointer-events:none;background:#fff;border:1px solid #888;padding:4px 6px;font:12px monospace;white-space:pre;display:none}
svg text{font-size:11px;fill:#333}.grid{stroke:#eee}.axis{stroke:#888}.spec-change{stroke:#b00;stroke-dasharray:4 3}
.spec-label{fill:#b00;font-size:10px}.hoverline{stroke:#444;stroke-width:0.5}
table{border-collapse:collapse;font-size:12px;margin:6px 0 14px}td,th{border:1px solid #ddd;padding:2px 6px;text-align:right}
td.neg{color:#b00}td.pos{color:#070}
`;

export const PAGE_SCRIPT = String.raw`
(function () {
  var D = JSON.parse(document.getElementById("data").textContent);
  var COLORS = ["#1f77b4","#ff7f0e","#2ca02c","#d62728","#9467bd","#8c564b","#e377c2","#7f7f7f","#bcbd22","#17becf","#393b79","#637939"];
  var DASH = ["", "6 3", "2 2", "8 3 2 3", "1 3", "10 4"];
  var W = 900, H = 360, L = 70, R = 20, T = 20, B = 40;
  var $ = function (id) { return document.getElementById(id); };
  var metricSel = $("metric"), uidsBox = $("uids"), svg = $("chart"), tip = $("tooltip");
  var esc = function (s) { return String(s).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;"); };
  var isU16 = function (m) { return m !== "emission"; };
  function fmt(m, v) {
    if (isU16(m)) return (v / 65535).toFixed(4) + " (" + v + ")";
    return rao(String(Math.round(v)));
  }
  function rao(s) {
    var neg = s.charAt(0) === "-"; if (neg) s = s.slice(1);
    while (s.length < 10) s = "0" + s;
    return (neg ? "-" : "") + s.slice(0, s.length - 9) + "." + s.slice(s.length - 9);
  }
  // uid list: every uid; the 8 with most emission in the first variant checked
  var v0 = D.variants[0];
  var order = v0.totals.emission.map(function (e, i) { return [BigInt(e), i]; })
    .sort(function (a, b) { return a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : a[1] - b[1]; });
  var picked = {}; order.slice(0, 8).forEach(function (p) { picked[p[1]] = true; });
  var html = "";
  for (var i = 0; i < D.n; i++) {
    html += '<label><input type="checkbox" id="uid-' + i + '" data-uid="' + i + '"' + (picked[i] ? " checked" : "") + "> uid " + i +
      (v0.validator[i] ? " (V)" : "") + "</label>";
  }
  uidsBox.innerHTML = html;
  function selected() {
    var out = [];
    uidsBox.querySelectorAll("input:checked").forEach(function (c) { out.push(Number(c.getAttribute("data-uid"))); });
    return out;
  }
  var state = { xs: null };
  function draw() {
    var m = metricSel.value, uids = selected();
    var xmin = Infinity, xmax = -Infinity, ymax = 0;
    D.variants.forEach(function (v) {
      if (v.epochs.length) { xmin = Math.min(xmin, v.epochs[0]); xmax = Math.max(xmax, v.epochs[v.epochs.length - 1]); }
      uids.forEach(function (u) { (v.series[m][u] || []).forEach(function (y) { if (y > ymax) ymax = y; }); });
    });
    if (!isFinite(xmin)) { xmin = 0; xmax = 1; }
    if (ymax === 0) ymax = isU16(m) ? 65535 : 1;
    var pw = W - L - R, ph = H - T - B;
    var px = function (x) { return L + (xmax > xmin ? (x - xmin) / (xmax - xmin) * pw : pw / 2); };
    var py = function (y) { return T + ph - y / ymax * ph; };
    state = { xmin: xmin, xmax: xmax, px: px, m: m, uids: uids, pw: pw };
    var s = "";
    for (var t = 0; t <= 4; t++) {
      var y = ymax * t / 4;
      s += '<line class="grid" x1="' + L + '" x2="' + (L + pw) + '" y1="' + py(y) + '" y2="' + py(y) + '"/>' +
        '<text x="' + (L - 6) + '" y="' + (py(y) + 4) + '" text-anchor="end">' + (isU16(m) ? (y / 65535).toFixed(2) : (y / 1e9).toPrecision(3)) + "</text>";
    }
    [xmin, Math.round((xmin + xmax) / 2), xmax].forEach(function (x) {
      s += '<text x="' + px(x) + '" y="' + (T + ph + 16) + '" text-anchor="middle">' + x + "</text>";
    });
    s += '<text x="' + (L + pw / 2) + '" y="' + (H - 4) + '" text-anchor="middle">epoch</text>';
    s += '<line class="axis" x1="' + L + '" y1="' + (T + ph) + '" x2="' + (L + pw) + '" y2="' + (T + ph) + '"/>';
    // runtime version changes
    D.variants.forEach(function (v, vi) {
      v.specs.slice(1).forEach(function (seg, k) {
        var x = px(seg.fromEpoch);
        s += '<line class="spec-change" data-variant="' + esc(v.name) + '" x1="' + x + '" x2="' + x + '" y1="' + T + '" y2="' + (T + ph) + '"/>' +
          '<text class="spec-label" x="' + (x + 3) + '" y="' + (T + 10 + 12 * vi) + '">' + esc(v.name) + ": spec " + v.specs[k].spec + " \u2192 " + seg.spec + "</text>";
      });
    });
    D.variants.forEach(function (v, vi) {
      uids.forEach(function (u) {
        var ys = v.series[m][u]; if (!ys) return;
        var d = ys.map(function (y, k) { return (k ? "L" : "M") + px(v.epochs[k]).toFixed(1) + "," + py(y).toFixed(1); }).join("");
        s += '<path class="series" data-uid="' + u + '" data-variant="' + esc(v.name) + '" d="' + d + '" fill="none" stroke="' +
          COLORS[u % COLORS.length] + '" stroke-dasharray="' + DASH[vi % DASH.length] + '" stroke-width="1.5"/>';
      });
    });
    s += '<line class="hoverline" id="hoverline" x1="0" x2="0" y1="' + T + '" y2="' + (T + ph) + '" visibility="hidden"/>';
    svg.innerHTML = s;
    var leg = uids.map(function (u) { return '<span style="color:' + COLORS[u % COLORS.length] + '">\u25A0 uid ' + u + "</span>"; }).join(" ") +
      " &nbsp; " + D.variants.map(function (v, vi) { return "<span>" + esc(v.name) + ": " + (DASH[vi % DASH.length] ? "dashed " + DASH[vi % DASH.length] : "solid") + "</span>"; }).join(", ");
    $("legend").innerHTML = leg;
  }
  // hover: the values of every shown series at the epoch nearest the pointer
  svg.addEventListener("mousemove", function (ev) {
    var r = svg.getBoundingClientRect();
    var x = (ev.clientX - r.left) * W / r.width;
    if (!state.px || x < L - 5 || x > L + state.pw + 5) { tip.style.display = "none"; return; }
    var epoch = Math.round(state.xmin + (x - L) / state.pw * (state.xmax - state.xmin));
    var lines = ["epoch " + epoch];
    D.variants.forEach(function (v) {
      var k = v.epochs.indexOf(epoch); if (k < 0) return;
      lines.push(v.name + " (block " + v.blocks[k] + ")");
      state.uids.forEach(function (u) {
        var ys = v.series[state.m][u]; if (!ys) return;
        lines.push("  uid " + u + ": " + fmt(state.m, ys[k]));
      });
    });
    tip.textContent = lines.join("\n");
    tip.style.display = "block";
    tip.style.left = (ev.clientX - r.left + 14) + "px";
    tip.style.top = (ev.clientY - r.top + 10) + "px";
    var hl = $("hoverline"); hl.setAttribute("x1", state.px(epoch)); hl.setAttribute("x2", state.px(epoch)); hl.setAttribute("visibility", "visible");
  });
  svg.addEventListener("mouseleave", function () { tip.style.display = "none"; });
  metricSel.addEventListener("change", draw);
  uidsBox.addEventListener("change", draw);
  $("uids-none").addEventListener("click", function () { uidsBox.querySelectorAll("input").forEach(function (c) { c.checked = false; }); draw(); });

  // totals per variant, with the difference against the first variant
  var t = "";
  D.variants.forEach(function (v, vi) {
    t += "<h3>" + esc(v.name) + (vi ? " (difference against " + esc(v0.name) + ")" : "") + '</h3><table class="totals" data-variant="' + esc(v.name) + '"><thead><tr><th>uid</th><th>role</th><th>total dividends</th><th>total emission</th>' +
      (vi ? "<th>\u0394 dividends</th><th>\u0394 emission</th>" : "") + "</tr></thead><tbody>";
    for (var i = 0; i < v.totals.emission.length; i++) {
      var dv = v.totals.dividends[i] / 65535;
      t += '<tr data-uid="' + i + '"><td>' + i + "</td><td>" + (v.validator[i] ? "validator" : "miner") + "</td><td>" + dv.toFixed(4) + "</td><td>" + rao(v.totals.emission[i]) + "</td>";
      if (vi) {
        var dd = dv - (v0.totals.dividends[i] || 0) / 65535;
        var de = BigInt(v.totals.emission[i]) - BigInt(v0.totals.emission[i] || "0");
        t += '<td class="' + (dd < 0 ? "neg" : dd > 0 ? "pos" : "") + '">' + (dd > 0 ? "+" : "") + dd.toFixed(4) + '</td><td class="' +
          (de < 0n ? "neg" : de > 0n ? "pos" : "") + '">' + (de > 0n ? "+" : "") + rao(de.toString()) + "</td>";
      }
      t += "</tr>";
    }
    t += "</tbody></table>";
  });
  $("tables").innerHTML = t;

  // bonds heatmap at any epoch
  var bv = $("bond-variant"), be = $("bond-epoch");
  bv.innerHTML = D.variants.map(function (v, vi) { return '<option value="' + vi + '">' + esc(v.name) + "</option>"; }).join("");
  function bondVariant() { return D.variants[Number(bv.value)]; }
  function resetSlider() { var v = bondVariant(); be.min = 0; be.max = Math.max(0, v.bondEpochs.length - 1); be.value = be.max; drawBonds(); }
  function drawBonds() {
    var v = bondVariant(), k = Number(be.value), rows = v.bonds[k] || [];
    var n = rows.length, cell = Math.max(2, Math.min(16, Math.floor(640 / Math.max(n, 1))));
    var vmax = 1; rows.forEach(function (r) { r.forEach(function (e) { if (e[1] > vmax) vmax = e[1]; }); });
    var withRows = []; rows.forEach(function (r, i) { if (r.length) withRows.push(i); });
    var s = '<rect x="60" y="10" width="' + n * cell + '" height="' + withRows.length * cell + '" fill="#f4f4f4"/>';
    withRows.forEach(function (i, ri) {
      s += '<text x="56" y="' + (10 + ri * cell + cell - 2) + '" text-anchor="end">uid ' + i + "</text>";
      rows[i].forEach(function (e) {
        var f = e[1] / vmax, col = "rgb(" + Math.round(255 - 120 * f) + "," + Math.round(245 - 225 * f) + "," + Math.round(235 - 215 * f) + ")";
        s += '<rect class="cell" data-row="' + i + '" data-col="' + e[0] + '" data-value="' + e[1] + '" x="' + (60 + e[0] * cell) + '" y="' + (10 + ri * cell) +
          '" width="' + cell + '" height="' + cell + '" fill="' + col + '"><title>uid ' + i + " \u2192 uid " + e[0] + ": " + e[1] + "</title></rect>";
      });
    });
    var hm = $("bonds");
    hm.setAttribute("viewBox", "0 0 " + (80 + n * cell) + " " + (30 + withRows.length * cell));
    hm.setAttribute("width", 80 + n * cell); hm.setAttribute("height", 30 + withRows.length * cell);
    hm.innerHTML = s;
    $("bond-label").textContent = "bonds after epoch " + v.bondEpochs[k] + " (" + v.name + "): " + withRows.length + " rows, largest " + vmax;
  }
  bv.addEventListener("change", resetSlider);
  be.addEventListener("input", drawBonds);
  draw();
  resetSlider();
})();
`;
