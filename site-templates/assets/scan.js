// Checks a certificate's QR link in the browser. Both link forms are read: the compact one the QR carries,
// HTTPS://HOST/C/{number}/{level}/{yyyyMMdd}/{key id}/{name, %-encoded}/{signature, base32}, and the readable one,
// /c/{number}?n=&l=&d=&k=&s= (signature base64url). The signature (ECDSA P-256 with SHA-256, raw r||s) over the
// UTF-8 of "number|name|level|yyyy-MM-dd" is checked with WebCrypto against /keys.json; then the record is asked
// for at /api/v1/certificates/{number}. The same rules as core/Signing (QrLink, ClaimVerifier) on the server.
(function () {
  "use strict";
  var form = document.getElementById("scan-form");
  var input = document.getElementById("scan-link");
  var out = document.getElementById("scan-result");
  if (!form || !input || !out) return;

  var BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  var LEVELS = { 5: "五级/初级工", 4: "四级/中级工", 3: "三级/高级工", 2: "二级/技师", 1: "一级/高级技师" };
  var keySet = null;

  function keys() {
    if (!keySet) {
      keySet = fetch("/keys.json", { cache: "no-cache" }).then(function (r) {
        if (!r.ok) throw new Error("keys.json: HTTP " + r.status);
        return r.json();
      });
      keySet.catch(function () { keySet = null; }); // try again on the next check
    }
    return keySet;
  }

  function base32(text) {
    if ([1, 3, 6].indexOf(text.length % 8) >= 0) return null;
    var bytes = [], buffer = 0, bits = 0;
    for (var i = 0; i < text.length; i++) {
      var v = BASE32.indexOf(text.charAt(i).toUpperCase());
      if (v < 0) return null;
      buffer = ((buffer << 5) | v) & 0xffff;
      bits += 5;
      if (bits >= 8) { bytes.push((buffer >> (bits - 8)) & 0xff); bits -= 8; }
    }
    return new Uint8Array(bytes);
  }

  function base64url(text) {
    if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
    var s = text.replace(/-/g, "+").replace(/_/g, "/");
    while (s.length % 4) s += "=";
    try {
      var raw = atob(s), bytes = new Uint8Array(raw.length);
      for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
      return bytes;
    } catch (e) { return null; }
  }

  function isoDate(text, compact) {
    var m = compact ? /^(\d{4})(\d{2})(\d{2})$/.exec(text) : /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m) return null;
    var d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    if (d.getUTCFullYear() !== +m[1] || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) return null;
    return m[1] + "-" + m[2] + "-" + m[3];
  }

  // The claims of a link, or null when it carries none.
  function parse(text) {
    var url;
    try { url = new URL(text.trim(), location.origin); } catch (e) { return null; }
    var segments = url.pathname.split("/").filter(function (s) { return s.length > 0; });
    var c = -1;
    for (var i = segments.length - 1; i >= 0; i--) if (segments[i].toLowerCase() === "c") { c = i; break; }
    if (c < 0 || c + 1 >= segments.length) return null;
    var number = segments[c + 1].toUpperCase(), rest = segments.slice(c + 2);
    try {
      if (rest.length === 5) {
        if (!/^\d+$/.test(rest[0])) return null;
        return claims(number, decodeURIComponent(rest[3]), +rest[0], isoDate(rest[1], true), rest[2], base32(rest[4]));
      }
      var q = url.searchParams;
      if (!["n", "l", "d", "k", "s"].every(function (p) { return q.has(p); }) || !/^\d+$/.test(q.get("l"))) return null;
      return claims(number, q.get("n"), +q.get("l"), isoDate(q.get("d"), false), q.get("k"), base64url(q.get("s")));
    } catch (e) { return null; }
  }

  function claims(number, name, level, date, kid, signature) {
    if (!date || !signature) return null;
    return { number: number, name: name, level: level, date: date, kid: kid.toLowerCase(), signature: signature };
  }

  // "valid", "tampered", "unknown" or "retired", as ClaimVerifier decides on the server.
  function verify(c) {
    return keys().then(function (doc) {
      var entry = (doc.keys || []).filter(function (k) { return String(k.kid).toLowerCase() === c.kid; })[0];
      if (!entry) return "unknown";
      if (c.signature.length !== 64) return "tampered";
      var jwk = { kty: entry.jwk.kty, crv: entry.jwk.crv, x: entry.jwk.x, y: entry.jwk.y, ext: true };
      return crypto.subtle.importKey("jwk", jwk, { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]).then(function (key) {
        var data = new TextEncoder().encode(c.number + "|" + c.name + "|" + c.level + "|" + c.date);
        return crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, key, c.signature, data);
      }).then(function (ok) {
        if (!ok) return "tampered";
        // A retired key vouches only for certificates issued before it was retired.
        return entry.retired && c.date >= entry.retired ? "retired" : "valid";
      });
    });
  }

  // The service's verdict on the whole link, the same one its result page shows first: it checks the signature
  // against the export's keys and the claims against the record. Null when the service cannot be reached.
  function online(link, c) {
    var url = "/api/v1/certificates/" + encodeURIComponent(c.number) + "?qr=" + encodeURIComponent(link);
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      if (r.status === 200 || r.status === 404 || r.status === 400) return r.json();
      return null;
    }).then(function (answer) {
      if (!answer || !answer.verdict) return null;
      if (answer.verdict === "not-found") answer.verdictHeadline = "未查询到该证书";
      if (answer.verdict === "not-found") answer.verdictSummary = answer.detailZh || "";
      if (answer.verdict === "malformed") answer.verdictHeadline = "证书编号格式不正确";
      return answer;
    }).catch(function () { return null; });
  }

  var SIGNATURE = {
    valid: ["good", "签名有效：二维码中的信息由发证系统签发，未被改动。"],
    tampered: ["bad", "签名不符：链接中的内容或签名被改动过，这个二维码不可信。"],
    unknown: ["bad", "未知密钥：签名所用的密钥不是本站公布的密钥，这个二维码不可信。"],
    retired: ["bad", "密钥已停用：签名密钥在发证日期之前已经停用，这个二维码不可信。"],
    nokeys: ["warn", "无法取得或读取本站公布的签名公钥（keys.json），签名未能核对。"],
    nocrypto: ["warn", "这个浏览器不能在本页核对签名（需要通过 HTTPS 打开本页）。"]
  };

  function line(kind, text, id) {
    var p = document.createElement("p");
    p.className = kind;
    if (id) p.id = id;
    p.textContent = text;
    out.appendChild(p);
  }

  function facts(c) {
    var dl = document.createElement("dl");
    [["证书编号", c.number], ["姓名", c.name], ["等级", LEVELS[c.level] || String(c.level)], ["发证日期", c.date], ["签名密钥", c.kid]]
      .forEach(function (f) {
        var dt = document.createElement("dt"), dd = document.createElement("dd");
        dt.textContent = f[0];
        dd.textContent = f[1];
        dl.appendChild(dt);
        dl.appendChild(dd);
      });
    out.appendChild(dl);
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    out.textContent = "";
    var c = parse(input.value);
    if (!c) {
      line("bad", "这不是证书二维码的链接：其中没有证书编号、姓名、等级、日期、密钥编号和签名。", "scan-signature");
      return;
    }
    out.setAttribute("aria-busy", "true");
    var checked = window.crypto && crypto.subtle
      ? verify(c).catch(function () { return "nokeys"; })
      : Promise.resolve("nocrypto");
    checked.then(function (signature) {
      var s = SIGNATURE[signature];
      line(s[0], s[1], "scan-signature");
      facts(c);
      return online(input.value.trim(), c).then(function (answer) {
        if (!answer) {
          line("warn", signature === "valid" ? "签名有效，但无法联网核对证书记录。" : "无法联网核对证书记录。", "scan-online");
          return;
        }
        // Online, the service's verdict is the answer, so it goes first; the signature line stays below as a detail.
        var p = document.createElement("p");
        p.id = "scan-online";
        p.className = "verdict verdict-" + answer.verdict;
        p.setAttribute("data-verdict", answer.verdict);
        p.textContent = answer.verdictHeadline + "：" + (answer.verdictSummary || "");
        out.insertBefore(p, out.firstChild);
      });
    }).then(function () { out.removeAttribute("aria-busy"); });
  });
})();
