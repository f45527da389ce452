/* Character counter for the free-text check. Without JavaScript the page shows the maximum and the
   browser enforces maxlength; the server checks the length again. */
(function () {
  "use strict";
  var area = document.querySelector("textarea[data-counter]");
  if (!area) { return; }
  var visible = document.getElementById(area.getAttribute("data-counter"));
  var live = document.getElementById(area.getAttribute("data-counter-live"));
  var max = parseInt(area.getAttribute("maxlength"), 10);
  var lang = document.documentElement.lang === "en" ? "en-GB" : "nl-NL";
  var timer = null;

  function message() {
    /* Count characters as the server does (code points), not UTF-16 units. */
    var used = Array.from(area.value).length;
    var left = max - used;
    if (left >= 0) {
      return area.getAttribute("data-counter-text").replace("{n}", left.toLocaleString(lang));
    }
    return area.getAttribute("data-counter-over").replace("{n}", (-left).toLocaleString(lang));
  }

  function update() {
    var text = message();
    if (visible) { visible.textContent = text; }
    window.clearTimeout(timer);
    /* Screen readers hear the count after a pause in typing, not after every key. */
    timer = window.setTimeout(function () { if (live) { live.textContent = text; } }, 1000);
  }

  area.addEventListener("input", update);
  if (visible) { visible.textContent = message(); }
})();
