// Keeps /scan/ on the device for use without a network: registers the page's service worker (/scan/worker.js, plain
// name, scope /scan/) and says, in the page's status line, when the page is kept and when the device is offline. The
// worker is the static site's, on the site's own host; the service on another host is asked by scan.js as before.
(function () {
  "use strict";
  var line = document.getElementById("scan-offline");
  if (!line || !("serviceWorker" in navigator)) return;

  var KEPT = "本页已保存在这台设备上：没有网络时也能打开本页，核对二维码有没有被改过；证书现在是否有效，要联网才能查到。";
  var OFFLINE = "现在没有联网：本页只能核对二维码有没有被改过，查不到证书记录。请联网后再扫一次，才能知道证书现在是否有效。";
  var kept = false;

  function show() {
    var text = navigator.onLine === false ? OFFLINE : kept ? KEPT : "";
    line.textContent = text;
    line.hidden = text === "";
    line.className = navigator.onLine === false ? "warn" : "hint";
    line.setAttribute("data-state", navigator.onLine === false ? "offline" : kept ? "kept" : "");
  }

  window.addEventListener("online", show);
  window.addEventListener("offline", show);
  show();
  navigator.serviceWorker.register("/scan/worker.js", { scope: "/scan/" }).then(function () {
    return navigator.serviceWorker.ready;
  }).then(function () {
    kept = true;
    show();
  }).catch(function () {
    // Not kept (a private window, say): the page works online as before, and the line stays quiet.
  });
})();
