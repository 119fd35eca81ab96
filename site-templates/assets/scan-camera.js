// Reads a certificate's QR code with the phone's camera (getUserMedia, only after the button is pressed) or from a chosen
// photo, puts the link it holds into the page's form and submits it, so scan.js checks it as a pasted link. The browser's
// BarcodeDetector reads the code where it exists; elsewhere (Chromium on Linux, Firefox) jsQR does, from
// assets/vendor/jsQR.js (pure JavaScript: the page's script-src 'self' allows it, no WebAssembly needed). A photo is
// read with createImageBitmap, which needs no blob: address, so img-src stays 'self' data:.
(function () {
  "use strict";
  var block = document.getElementById("scan-camera");
  var form = document.getElementById("scan-form");
  var input = document.getElementById("scan-link");
  var start = document.getElementById("scan-camera-start");
  var stop = document.getElementById("scan-camera-stop");
  var video = document.getElementById("scan-video");
  var status = document.getElementById("scan-camera-status");
  var image = document.getElementById("scan-image");
  if (!block || !form || !input || !start || !stop || !video || !status || !image) return;
  block.hidden = false;

  var WORDS = {
    opening: "正在打开摄像头。如果浏览器询问能否使用摄像头，请选“允许”。",
    aiming: "请把证书上的二维码放在画面中间，拿稳，扫到后会自动核对。",
    found: "已扫到二维码，核对结果在下面。",
    refused: "没有得到使用摄像头的许可，所以不能扫码。可以在浏览器的设置里允许本站使用摄像头，再按“打开摄像头扫码”；也可以选择一张二维码照片，或者粘贴二维码中的链接。",
    none: "这台设备上没有找到能用的摄像头。可以用手机打开本页扫码，或者选择一张二维码照片，或者粘贴二维码中的链接。",
    busy: "摄像头打不开，可能正被别的应用使用。请关掉其他用摄像头的应用后再试，或者选择一张二维码照片。",
    unsupported: "这个浏览器不能在本页使用摄像头。请换用手机自带的浏览器打开本页，或者选择一张二维码照片，或者粘贴二维码中的链接。",
    noreader: "这个浏览器认不出二维码图像。请粘贴二维码中的链接来核对。",
    reading: "正在从照片中找二维码。",
    nocode: "这张照片里没有找到二维码。请拍得近一些、清楚一些，让整个二维码都在画面里，再选一次。",
    notimage: "这个文件打不开：不是照片，或者格式不受支持。请选择 JPG 或 PNG 照片。"
  };

  function say(key, kind) {
    status.textContent = WORDS[key];
    status.className = kind || "hint";
  }

  // Reads the link from an image, a video or a canvas: the browser's own detector first, else jsQR over the pixels.
  var detector = null;
  function detectorReady() {
    if (detector === null) {
      detector = "BarcodeDetector" in window
        ? window.BarcodeDetector.getSupportedFormats().then(function (formats) {
          return formats.indexOf("qr_code") >= 0 ? new window.BarcodeDetector({ formats: ["qr_code"] }) : false;
        }).catch(function () { return false; })
        : Promise.resolve(false);
    }
    return detector;
  }

  var canvas = document.createElement("canvas");
  function read(source, width, height, thorough) {
    return detectorReady().then(function (native) {
      if (native) return native.detect(source).then(function (codes) { return codes.length ? codes[0].rawValue : null; });
      if (typeof window.jsQR !== "function") throw new Error("noreader");
      // A large photo is scaled down first: jsQR's time grows with the pixels, and a QR code needs far fewer.
      var scale = Math.min(1, 1024 / Math.max(width, height));
      canvas.width = Math.round(width * scale);
      canvas.height = Math.round(height * scale);
      var context = canvas.getContext("2d", { willReadFrequently: true });
      context.drawImage(source, 0, 0, canvas.width, canvas.height);
      var pixels = context.getImageData(0, 0, canvas.width, canvas.height);
      var code = window.jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: thorough ? "attemptBoth" : "dontInvert" });
      return code ? code.data : null;
    });
  }

  function check(link) {
    input.value = link;
    if (form.requestSubmit) form.requestSubmit();
    else form.dispatchEvent(new Event("submit", { cancelable: true }));
    // On a phone the answer is below the form, out of sight once the camera's picture is gone.
    var result = document.getElementById("scan-result");
    if (result && result.scrollIntoView) result.scrollIntoView({ block: "nearest" });
  }

  var stream = null;
  function stopCamera() {
    if (stream) stream.getTracks().forEach(function (track) { track.stop(); });
    stream = null;
    video.srcObject = null;
    video.hidden = true;
    stop.hidden = true;
    start.hidden = false;
  }

  // One frame at a time: the next is read only when the last is done, so a slow phone skips frames instead of piling up.
  function scanFrames() {
    if (!stream) return;
    var next = function () { window.requestAnimationFrame(scanFrames); };
    if (video.readyState < 2 || !video.videoWidth) { next(); return; }
    read(video, video.videoWidth, video.videoHeight, false).then(function (link) {
      if (!stream) return;
      if (!link) { next(); return; }
      stopCamera();
      say("found");
      check(link);
    }).catch(function (error) {
      stopCamera();
      say(error && error.message === "noreader" ? "noreader" : "busy", "warn");
    });
  }

  function cameraProblem(error) {
    var name = error && error.name;
    if (name === "NotAllowedError" || name === "SecurityError") return "refused";
    if (name === "NotFoundError" || name === "OverconstrainedError" || name === "DevicesNotFoundError") return "none";
    return "busy";
  }

  start.addEventListener("click", function () {
    if (!navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) { say("unsupported", "warn"); return; }
    say("opening");
    navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false }).then(function (media) {
      stream = media;
      video.muted = true;
      video.playsInline = true;
      video.srcObject = media;
      video.hidden = false;
      start.hidden = true;
      stop.hidden = false;
      return video.play().then(function () {
        say("aiming");
        scanFrames();
      });
    }).catch(function (error) {
      stopCamera();
      say(cameraProblem(error), "warn");
    });
  });

  stop.addEventListener("click", function () {
    stopCamera();
    status.textContent = "";
  });

  // The camera is never left on behind the person's back: leaving the page or the tab turns it off.
  document.addEventListener("visibilitychange", function () {
    if (document.hidden && stream) { stopCamera(); status.textContent = ""; }
  });
  window.addEventListener("pagehide", stopCamera);

  image.addEventListener("change", function () {
    var file = image.files && image.files[0];
    if (!file) return;
    image.value = ""; // so that choosing the same photo again reads it again
    if (typeof window.createImageBitmap !== "function") { say("noreader", "warn"); return; }
    stopCamera();
    say("reading");
    createImageBitmap(file).then(function (bitmap) {
      return read(bitmap, bitmap.width, bitmap.height, true).then(function (link) {
        bitmap.close();
        if (!link) { say("nocode", "warn"); return; }
        say("found");
        check(link);
      });
    }, function () { say("notimage", "warn"); }).catch(function (error) {
      say(error && error.message === "noreader" ? "noreader" : "nocode", "warn");
    });
  });
})();
