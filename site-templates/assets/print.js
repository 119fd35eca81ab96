// The certificate view's print button. The CSP allows no inline handler, so the button is a script's to show; without
// JavaScript the page keeps its line saying how to print from the browser's menu.
(function () {
  "use strict";
  var button = document.querySelector("[data-print]");
  var hint = document.querySelector(".print-hint");
  if (!button || typeof window.print !== "function") return;
  button.addEventListener("click", function () { window.print(); });
  button.hidden = false;
  if (hint) hint.hidden = true;
})();
