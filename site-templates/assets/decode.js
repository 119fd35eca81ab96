// Decodes a certificate number in the browser, field by field, with the tables from /data/coding-rule.json
// (generated from the same lists the server uses). It checks structure only; the verification service
// checks whether a certificate exists.
(function () {
  "use strict";
  var form = document.getElementById("decode-form");
  var input = document.getElementById("decode-number");
  var out = document.getElementById("decode-result");
  if (!form || !input || !out) return;
  var rule = null;

  fetch("/data/coding-rule.json").then(function (r) { return r.json(); }).then(function (data) { rule = data; });

  function normalize(text) {
    var s = "";
    for (var i = 0; i < text.length; i++) {
      var c = text.charCodeAt(i);
      if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0; // full-width to half-width
      var ch = String.fromCharCode(c);
      if (ch === " " || ch === "-" || c === 0x3000 || ch === "\t") continue;
      s += ch.toUpperCase();
    }
    return s;
  }

  function digits(s) { return /^[0-9]+$/.test(s); }

  function decode(text) {
    var s = normalize(text);
    var form = rule.forms.filter(function (f) { return f.length === s.length; })[0];
    if (!form) return { s: s, error: "证书编号应为 22 位（1 位字母加 21 位数字），或通知示例中的 21 位；输入为 " + s.length + " 位" };
    var year = new Date().getFullYear();
    var fields = [];
    function field(name, value, meaning, problem) { fields.push({ name: name, value: value, meaning: meaning, problem: problem }); }
    var cat = s.charAt(0);
    field("机构类别", cat, cat === "Y" ? "企业用人单位" : cat === "S" ? "第三方评价机构" : null, "应为 Y 或 S");
    var route = s.substr(1, 4);
    field("备案途径", route, digits(route) ? (route === "0000" ? "经省级人社部门备案" : "备案途径 " + route) : null, "应为 4 位数字");
    var code = s.substr(5, 2);
    var province = rule.provinces.filter(function (p) { return p.code === code; })[0];
    field("省级代码", code, province ? province.name : null, "不是有效的省级行政区划代码");
    var seq = s.substr(7, 6);
    field("机构序列码", seq, digits(seq) && seq !== "000000" ? "机构代码 " + seq : null, "应为 6 位数字且不全为 0");
    var yy = s.substr(13, 2);
    var full = 2000 + parseInt(yy, 10);
    field("发证年份", yy, digits(yy) && full >= rule.firstYear && full <= year ? full + " 年" : null, "应在 " + rule.firstYear + "–" + year + " 年之间");
    var lv = s.charAt(15);
    var level = rule.levels.filter(function (l) { return String(l.code) === lv; })[0];
    field("等级", lv, level ? level.name : null, "应为 1–5");
    var serial = s.substr(16);
    field("证书序列码", serial, digits(serial) && parseInt(serial, 10) > 0 ? "第 " + parseInt(serial, 10) + " 号" : null,
      "应为 " + form.serialDigits + " 位数字且不全为 0");
    return { s: s, form: form, fields: fields, seq: seq };
  }

  function show(result) {
    out.textContent = "";
    var head = document.createElement("p");
    if (result.error) {
      head.className = "bad";
      head.textContent = result.error;
      out.appendChild(head);
      return;
    }
    var bad = result.fields.filter(function (f) { return !f.meaning; }).length;
    head.className = bad ? "bad" : "good";
    head.textContent = (bad ? "编号有 " + bad + " 处不符合编码规则：" : "编号结构正确（" + result.form.length + " 位）：") + result.s;
    out.appendChild(head);
    var dl = document.createElement("dl");
    result.fields.forEach(function (f) {
      var dt = document.createElement("dt");
      dt.textContent = f.name + " " + f.value;
      var dd = document.createElement("dd");
      dd.textContent = f.meaning || ("✗ " + f.problem);
      if (!f.meaning) dd.className = "bad";
      dl.appendChild(dt);
      dl.appendChild(dd);
    });
    out.appendChild(dl);
    if (!bad) {
      var p = document.createElement("p");
      var a = document.createElement("a");
      a.href = "/catalogue/" + result.seq + "/";
      a.textContent = "查看机构 " + result.seq;
      p.appendChild(a);
      out.appendChild(p);
    }
  }

  form.addEventListener("submit", function (e) {
    if (!rule) return; // the tables did not load: let the verification service answer instead
    e.preventDefault();
    show(decode(input.value));
  });
})();
