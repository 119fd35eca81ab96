// Filters for the catalogue table: status, county, occupation, level and free text.
// Without JavaScript the full table stays as it is; this file only hides rows.
(function () {
  "use strict";
  var form = document.getElementById("filters");
  var table = document.getElementById("catalogue");
  if (!form || !table) return;
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var text = document.getElementById("filter-text");
  var status = document.getElementById("filter-status");
  var county = document.getElementById("filter-county");
  var occupation = document.getElementById("filter-occupation");
  var level = document.getElementById("filter-level");
  var count = document.getElementById("filter-count");
  var haystacks = rows.map(function (row) { return row.textContent.toLowerCase(); });

  function words(value) { return (value || "").split(" "); }

  function apply() {
    var q = text.value.trim().toLowerCase();
    var shown = 0;
    rows.forEach(function (row, i) {
      var d = row.dataset;
      var match = (!status.value || d.status === status.value)
        && (!county.value || d.county === county.value)
        && (!occupation.value || words(d.occupations).indexOf(occupation.value) >= 0)
        && (!level.value || words(d.levels).indexOf(level.value) >= 0)
        && (!q || haystacks[i].indexOf(q) >= 0);
      row.hidden = !match;
      if (match) shown++;
    });
    count.textContent = "显示 " + shown + " / " + rows.length + " 家机构";
    var params = new URLSearchParams();
    [["q", q], ["status", status.value], ["county", county.value], ["occupation", occupation.value], ["level", level.value]]
      .forEach(function (p) { if (p[1]) params.set(p[0], p[1]); });
    var query = params.toString();
    history.replaceState(null, "", query ? "?" + query : location.pathname);
  }

  var initial = new URLSearchParams(location.search);
  text.value = initial.get("q") || "";
  status.value = initial.get("status") || "";
  county.value = initial.get("county") || "";
  occupation.value = initial.get("occupation") || "";
  level.value = initial.get("level") || "";
  form.hidden = false;
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  apply();
})();
