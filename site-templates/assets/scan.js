// Checks a certificate's QR link in the browser, with the rules of core/Signing on the server (QrLink, ClaimsEncoding,
// P256Signature, ClaimVerifier). Both link forms are read, in each version of the link:
//   compact, version 0: HTTPS://HOST/C/{number}/{level}/{yyyyMMdd}/{key id}/{name, %-encoded}/{signature, base32}
//   compact, version 1: HTTPS://HOST/C/{number}/V1/{level}/{yyyyMMdd}/{key id}/{name, %-encoded}/{signature, base32}
//   readable:           /c/{number}?[v=1&]n=&l=&d=&k=&s=   (signature base64url; no v is version 0)
// Version 0 signs the UTF-8 of "number|name|level|yyyy-MM-dd" and takes any s; version 1 signs a context string and
// length-prefixed fields, and takes only s <= n/2. Base32 and base64url must be written exactly as an encoder writes
// them. The offline verdict (ECDSA P-256, SHA-256, raw r||s, with WebCrypto against /keys.json) is "signed" or
// "tampered", never genuine, shown first with data-verdict; its words are the page's (core's OfflineWording), found
// by slug. When the keys or WebCrypto are missing there is no verdict, and the line says so. Then the record is asked
// for at {service}api/v1/certificates/{number}, where {service} is the form's data-service: "/" when the service shares
// the site's origin, else site.yml's verify_url, so a site on a static host or CDN asks the service on its own host.
(function () {
  "use strict";
  var form = document.getElementById("scan-form");
  var input = document.getElementById("scan-link");
  var out = document.getElementById("scan-result");
  if (!form || !input || !out) return;
  var service = form.getAttribute("data-service") || "/";

  var BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  var LEVELS = { 5: "五级/初级工", 4: "四级/中级工", 3: "三级/高级工", 2: "二级/技师", 1: "一级/高级技师" };
  var CONTEXT_V1 = "SkillCert QR claims v1";
  // Half the order of the P-256 group, big-endian: a version-1 signature's s must not exceed it.
  var HALF_ORDER = "7fffffff800000007fffffffffffffffde737d56d38bcf4279dce5617e3192a8";
  var keySet = null;
  // How long a fetch may take before the page says what it could not check: on a network that stalls instead of failing
  // (a weak signal, a captive portal) the browser would wait minutes, and the clerk would see nothing happen.
  var LIMIT = 15000;
  var SLOW = { slow: true };

  // What work(signal) resolves to, or SLOW when it takes longer than ms; the fetch is then aborted.
  function within(ms, work) {
    var controller = typeof AbortController === "function" ? new AbortController() : null;
    var timer;
    var late = new Promise(function (resolve) {
      timer = setTimeout(function () {
        if (controller) controller.abort();
        resolve(SLOW);
      }, ms);
    });
    var done = work(controller ? controller.signal : undefined);
    done.catch(function () {}).then(function () { clearTimeout(timer); });
    return Promise.race([done, late]);
  }

  function keys() {
    if (!keySet) {
      keySet = within(LIMIT, function (signal) {
        return fetch("/keys.json", { cache: "no-cache", signal: signal }).then(function (r) {
          if (!r.ok) throw new Error("keys.json: HTTP " + r.status);
          return r.json();
        });
      });
      // Try again on the next check after a failure or a stall.
      keySet.then(function (doc) { if (doc === SLOW) keySet = null; }, function () { keySet = null; });
    }
    return keySet;
  }

  // Canonical base32: a length an encoder writes and unused trailing bits zero, as Base32.TryDecode.
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
    if ((buffer & ((1 << bits) - 1)) !== 0) return null;
    return new Uint8Array(bytes);
  }

  // Canonical base64url: no padding, and the text an encoder would write for the bytes.
  function base64url(text) {
    if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
    var s = text.replace(/-/g, "+").replace(/_/g, "/");
    while (s.length % 4) s += "=";
    try {
      var raw = atob(s), bytes = new Uint8Array(raw.length);
      for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
      var again = btoa(raw).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
      return again === text ? bytes : null;
    } catch (e) { return null; }
  }

  // Digits as an encoder writes a number: no sign, no leading zero.
  function canonicalInt(text) {
    return /^(0|[1-9][0-9]{0,8})$/.test(text) ? +text : null;
  }

  function isoDate(text, compact) {
    var m = compact ? /^(\d{4})(\d{2})(\d{2})$/.exec(text) : /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m) return null;
    var d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    if (d.getUTCFullYear() !== +m[1] || d.getUTCMonth() !== +m[2] - 1 || d.getUTCDate() !== +m[3]) return null;
    return m[1] + "-" + m[2] + "-" + m[3];
  }

  // The claims of a link, or null when it carries none, names an unknown version, or is not written canonically.
  function parse(text) {
    var url;
    try { url = new URL(text.trim(), location.origin); } catch (e) { return null; }
    var segments = url.pathname.split("/").filter(function (s) { return s.length > 0; });
    var c = -1;
    for (var i = segments.length - 1; i >= 0; i--) if (segments[i].toLowerCase() === "c") { c = i; break; }
    if (c < 0 || c + 1 >= segments.length) return null;
    var number = segments[c + 1].toUpperCase(), rest = segments.slice(c + 2);
    try {
      if (rest.length === 6 && rest[0].toUpperCase() === "V1") return compact(number, 1, rest.slice(1));
      if (rest.length === 5) return compact(number, 0, rest);
      if (!url.search) return null;
      var q = url.searchParams, version = 0;
      if (!["n", "l", "d", "k", "s"].every(function (p) { return q.has(p); })) return null;
      if (q.has("v") && (version = canonicalInt(q.get("v"))) !== 1) return null;
      return claims(number, version, q.get("n"), canonicalInt(q.get("l")), isoDate(q.get("d"), false), q.get("k"), base64url(q.get("s")));
    } catch (e) { return null; }
  }

  function compact(number, version, s) {
    return claims(number, version, decodeURIComponent(s[3]), canonicalInt(s[0]), isoDate(s[1], true), s[2], base32(s[4]));
  }

  function claims(number, version, name, level, date, kid, signature) {
    if (level === null || !date || !signature) return null;
    return { number: number, version: version, name: name, level: level, date: date, kid: kid.toLowerCase(), signature: signature };
  }

  // The bytes a signature covers, as ClaimsEncoding.SignedBytes.
  function signedBytes(c) {
    var utf8 = new TextEncoder();
    if (c.version === 0) return utf8.encode(c.number + "|" + c.name + "|" + c.level + "|" + c.date);
    var fields = [CONTEXT_V1, c.number, c.name, String(c.level), c.date].map(function (f) { return utf8.encode(f); });
    var bytes = new Uint8Array(fields.reduce(function (n, f) { return n + 2 + f.length; }, 0)), at = 0;
    fields.forEach(function (f) {
      bytes[at] = f.length >> 8;
      bytes[at + 1] = f.length & 0xff;
      bytes.set(f, at + 2);
      at += 2 + f.length;
    });
    return bytes;
  }

  // s <= n/2, comparing the 32 big-endian bytes of s with those of n/2.
  function lowS(signature) {
    for (var i = 0; i < 32; i++) {
      var half = parseInt(HALF_ORDER.substr(2 * i, 2), 16);
      if (signature[32 + i] !== half) return signature[32 + i] < half;
    }
    return true;
  }

  // The offline reason, as OfflineCheck decides on the server: good-signature, unknown-key, revoked-key,
  // bad-signature or retired-key.
  function verify(c) {
    return keys().then(function (doc) {
      if (doc === SLOW) return SLOW;
      var entry = (doc.keys || []).filter(function (k) { return String(k.kid).toLowerCase() === c.kid; })[0];
      if (!entry) return "unknown-key";
      // Whoever holds a revoked key can sign anything: not even a sound signature counts.
      if (entry.revoked) return "revoked-key";
      if (c.signature.length !== 64 || (c.version > 0 && !lowS(c.signature))) return "bad-signature";
      var jwk = { kty: entry.jwk.kty, crv: entry.jwk.crv, x: entry.jwk.x, y: entry.jwk.y, ext: true };
      return crypto.subtle.importKey("jwk", jwk, { name: "ECDSA", namedCurve: "P-256" }, false, ["verify"]).then(function (key) {
        return crypto.subtle.verify({ name: "ECDSA", hash: "SHA-256" }, key, c.signature, signedBytes(c));
      }).then(function (ok) {
        if (!ok) return "bad-signature";
        // A retired key vouches only for certificates issued before it was retired.
        return entry.retired && c.date >= entry.retired ? "retired-key" : "good-signature";
      });
    });
  }

  // The service's verdict on the whole link, the same one its result page shows first: it checks the signature
  // against the export's keys and the claims against the record. Null when the service cannot be reached, SLOW when it
  // did not answer in time.
  function online(link, c) {
    var url = service + "api/v1/certificates/" + encodeURIComponent(c.number) + "?qr=" + encodeURIComponent(link);
    // no-cache: the record is asked for again (an ETag makes that cheap), so a check with no network never passes off
    // an earlier answer kept by the browser as a current one.
    return within(LIMIT, function (signal) {
      return fetch(url, { headers: { Accept: "application/json" }, cache: "no-cache", signal: signal }).then(function (r) {
        if (r.status === 200 || r.status === 404 || r.status === 400) return r.json();
        return null;
      });
    }).then(function (answer) {
      if (answer === SLOW) return SLOW;
      if (!answer || !answer.verdict) return null;
      if (answer.verdict === "not-found") answer.verdictHeadline = "未查询到该证书";
      if (answer.verdict === "not-found") answer.verdictSummary = answer.detailZh || "";
      if (answer.verdict === "malformed") answer.verdictHeadline = "证书编号格式不正确";
      return answer;
    }).catch(function () { return null; });
  }

  // The check could not run, so there is no verdict.
  var UNCHECKED = {
    nokeys: "无法取得本站公布的核对信息，二维码是否被改过未能核对。",
    slowkeys: "网络太慢，没能取得本站公布的核对信息，二维码是否被改过未能核对。",
    nocrypto: "这个浏览器不能在本页核对二维码（需要通过 HTTPS 打开本页）。"
  };

  // What a signed answer without the record means, and what to do, for the clerk who scanned offline.
  var UNCHECKED_RECORD = "这说明二维码是发证系统打出的、没有被改过，但证书现在是否有效（例如有没有被撤销）还不知道。" +
    "请联网后再扫一次；办理入职、上岗等事项前，一定要等联网核对的结果。";

  // The page's own words for a verdict or reason slug (rendered from core's OfflineWording).
  function wording(slug) {
    var element = document.querySelector('[data-wording="' + slug + '"]');
    return element ? element.textContent : slug;
  }

  // The offline verdict, first: its headline, then its reason.
  function verdictLine(reason) {
    var verdict = reason === "good-signature" ? "signed" : "tampered";
    var p = document.createElement("p"), headline = document.createElement("strong");
    p.id = "scan-signature";
    p.className = verdict === "signed" ? "signed" : "bad";
    p.setAttribute("data-verdict", verdict);
    p.setAttribute("data-reason", reason);
    headline.textContent = wording(verdict);
    p.appendChild(headline);
    p.appendChild(document.createTextNode("。" + wording(reason)));
    out.appendChild(p);
    return verdict;
  }

  function line(kind, text, id) {
    var p = document.createElement("p");
    p.className = kind;
    if (id) p.id = id;
    p.textContent = text;
    out.appendChild(p);
  }

  // The line that says what the page is waiting for, so that a slow network does not look like a page doing nothing;
  // null takes it away.
  function waiting(text) {
    var old = document.getElementById("scan-waiting");
    if (old) old.parentNode.removeChild(old);
    if (text) line("hint", text, "scan-waiting");
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
      verdictLine("unreadable-link");
      return;
    }
    out.setAttribute("aria-busy", "true");
    waiting("正在核对二维码……");
    var checked = window.crypto && crypto.subtle
      ? verify(c).then(function (reason) { return reason === SLOW ? "slowkeys" : reason; }, function () { return "nokeys"; })
      : Promise.resolve("nocrypto");
    checked.then(function (reason) {
      var signature = null;
      waiting(null);
      if (UNCHECKED[reason]) line("warn", UNCHECKED[reason], "scan-signature");
      else signature = verdictLine(reason);
      facts(c);
      waiting("正在联网核对证书记录……");
      return online(input.value.trim(), c).then(function (answer) {
        waiting(null);
        if (!answer || answer === SLOW) {
          var why = answer === SLOW ? "网络太慢，" + LIMIT / 1000 + " 秒内没有联网核对到证书记录。" : "无法联网核对证书记录。";
          line("warn", signature === "signed" ? "签名有效，但" + why : why, "scan-online");
          if (signature === "signed") line("hint", UNCHECKED_RECORD, "scan-next");
          return;
        }
        // Online, the service's verdict is the answer, so it goes first and is the only data-verdict on the page;
        // the signature line stays below it as a detail.
        var sig = document.getElementById("scan-signature");
        if (sig && sig.hasAttribute("data-verdict")) {
          sig.setAttribute("data-offline-verdict", sig.getAttribute("data-verdict"));
          sig.removeAttribute("data-verdict");
        }
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
