/* Quick exit ("Snel weg"): the link works without JavaScript; this adds blanking the page first,
   leaving without a history entry, and Shift pressed three times within 5 seconds. */
(function () {
  "use strict";
  var link = document.querySelector("[data-quick-exit]");
  if (!link) { return; }
  var target = link.getAttribute("href");
  var status = document.querySelector("[data-quick-exit-status]");
  var presses = [];
  var WINDOW_MS = 5000;

  function leave(event) {
    if (event) { event.preventDefault(); }
    document.documentElement.classList.add("is-leaving");
    var overlay = document.createElement("p");
    overlay.className = "quick-exit-overlay";
    overlay.setAttribute("role", "alert");
    overlay.textContent = link.getAttribute("data-leaving-text") || "";
    document.body.appendChild(overlay);
    window.location.replace(target);
  }

  function say(text) { if (status) { status.textContent = text; } }

  link.addEventListener("click", leave);

  document.addEventListener("keydown", function (event) {
    if (event.key !== "Shift") { presses = []; return; }
    if (event.repeat) { return; }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < WINDOW_MS; });
    presses.push(now);
    if (presses.length >= 3) {
      presses = [];
      leave();
      return;
    }
    var left = String(3 - presses.length);
    say((link.getAttribute("data-shift-text") || "").replace("{n}", left));
  });

  /* Coming back with the Back button (back/forward cache): show the page again. */
  window.addEventListener("pageshow", function () {
    document.documentElement.classList.remove("is-leaving");
    var overlays = document.querySelectorAll(".quick-exit-overlay");
    for (var i = 0; i < overlays.length; i += 1) { overlays[i].parentNode.removeChild(overlays[i]); }
    presses = [];
    say("");
  });
})();
