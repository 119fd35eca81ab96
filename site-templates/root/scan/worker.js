// The /scan/ page's service worker: it keeps the page, the assets the page links and /keys.json, so that a second visit
// with no network still opens the page and checks a QR code's signature. It sits at /scan/worker.js under its plain name
// (a fingerprinted name would change whenever a script did, and the browser would lose the registration) and so controls
// /scan/ only. It learns what to keep from the page itself: the fingerprinted /assets/ addresses the page links. Each
// online visit fetches the page again and keeps exactly what that page links, so an asset from an older build is dropped.
// It never answers for another origin (the service on its own host, site.yml's verify_url) nor for /api/: the record is
// only ever checked live.
"use strict";

var CACHE = "skillcert-scan-1";
var PAGE = new URL("./", self.registration.scope).href;
var KEYS = new URL("/keys.json", self.registration.scope).href;

// The same-origin /assets/ addresses that the page's HTML links (script src, stylesheet href).
function linkedAssets(html) {
  var found = {}, pattern = /\s(?:src|href)="(\/assets\/[^"]+)"/g, m;
  while ((m = pattern.exec(html)) !== null) found[new URL(m[1], PAGE).href] = true;
  return Object.keys(found);
}

// Keeps the page (as just fetched, or fetched now), keys.json (when the site publishes it) and every asset the page links;
// drops the rest.
function keepPage(fetched) {
  return (fetched ? Promise.resolve(fetched) : fetch(PAGE, { cache: "no-cache" })).then(function (response) {
    if (!response.ok) throw new Error("/scan/: HTTP " + response.status);
    return response.clone().text().then(function (html) {
      var assets = linkedAssets(html);
      return caches.open(CACHE).then(function (cache) {
        var keys = fetch(KEYS, { cache: "no-cache" }).then(function (k) { return k.ok ? cache.put(KEYS, k) : null; });
        return Promise.all([cache.put(PAGE, response), keys].concat(assets.map(function (url) {
          return cache.match(url).then(function (hit) { return hit || cache.add(url); });
        }))).then(function () {
          var wanted = {};
          [PAGE, KEYS].concat(assets).forEach(function (url) { wanted[url] = true; });
          return cache.keys().then(function (requests) {
            return Promise.all(requests.filter(function (r) { return !wanted[r.url]; }).map(function (r) { return cache.delete(r); }));
          });
        });
      });
    });
  });
}

self.addEventListener("install", function (event) {
  event.waitUntil(keepPage(null).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n.indexOf("skillcert-scan-") === 0 && n !== CACHE; })
      .map(function (n) { return caches.delete(n); }));
  }));
});

// How long the network has before the kept copy answers. A network that stalls instead of failing (a weak signal, a
// captive portal) would otherwise hold the page blank for minutes, though the device has it.
var NETWORK_WAIT = 4000;

// The network first, the kept copy when there is none or the network is slow: the page and keys.json must be current
// when they can be. A late answer from the network still refreshes the kept copy (settled, which the event waits for).
function networkFirst(request, key, refresh) {
  var refreshed = null;
  var fetched = fetch(request).then(function (response) {
    if (response.ok) refreshed = refresh(response.clone());
    return response;
  });
  var answer = new Promise(function (resolve, reject) {
    var answered = false;
    function keptOr(error) {
      return caches.match(key).then(function (kept) {
        if (answered) return;
        if (kept) {
          answered = true;
          resolve(kept);
        } else if (error) {
          answered = true;
          reject(error);
        }
      });
    }
    var timer = setTimeout(function () { keptOr(null); }, NETWORK_WAIT);
    fetched.then(function (response) {
      clearTimeout(timer);
      if (!answered) {
        answered = true;
        resolve(response);
      }
    }, function (error) {
      clearTimeout(timer);
      keptOr(error);
    });
  });
  return { answer: answer, settled: fetched.then(function () { return refreshed; }).catch(function () {}) };
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  var first;
  if (request.mode === "navigate" && url.href.indexOf(PAGE) === 0) {
    // Each online visit brings the kept copy up to date, after the page has been answered.
    first = networkFirst(request, PAGE, function (response) { return keepPage(response).catch(function () {}); });
  } else if (url.href === KEYS) {
    first = networkFirst(request, KEYS, function (response) {
      return caches.open(CACHE).then(function (cache) { return cache.put(KEYS, response); });
    });
  }
  if (first) {
    event.respondWith(first.answer);
    event.waitUntil(first.settled);
  } else if (url.pathname.indexOf("/assets/") === 0) {
    // A fingerprinted asset never changes under its name, so a kept copy is as good as the network's.
    event.respondWith(caches.match(request).then(function (kept) { return kept || fetch(request); }));
  }
});
