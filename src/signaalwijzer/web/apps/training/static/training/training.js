/* Training: "spot the signal" in the picture, and polling for live sessions.
   Everything works without this file (checkboxes, reload link); it only adds convenience. */
(function () {
  "use strict";

  // --- Spot the signal: clicking a hotspot ticks the matching checkbox (and back). ---
  function initSpotTheSignal(figure) {
    var form = figure.closest("form");
    if (!form) { return; }
    var hotspots = figure.querySelectorAll("[data-observation]");
    // The "tap the picture" hint only makes sense when this script runs.
    figure.querySelectorAll("[data-js-hint]").forEach(function (hint) { hint.hidden = false; });
    function box(id) {
      return form.querySelector('input[type="checkbox"][data-observation="' + id + '"]');
    }
    function sync() {
      hotspots.forEach(function (spot) {
        var input = box(spot.getAttribute("data-observation"));
        spot.classList.toggle("is-selected", !!(input && input.checked));
      });
    }
    hotspots.forEach(function (spot) {
      spot.classList.add("is-clickable");
      spot.addEventListener("click", function () {
        var input = box(spot.getAttribute("data-observation"));
        if (!input) { return; }
        input.checked = !input.checked;
        input.dispatchEvent(new Event("change", { bubbles: true }));
      });
    });
    form.addEventListener("change", sync);
    sync();
  }

  // --- Polling with ETag: ask "anything new?"; unchanged answers are a cheap 304. ---
  function poll(url, intervalMs, onChange) {
    var etag = null;
    var stopped = false;
    function tick() {
      if (stopped) { return; }
      var headers = { "Accept": "text/html, application/json" };
      if (etag) { headers["If-None-Match"] = etag; }
      fetch(url, { headers: headers, cache: "no-store", credentials: "same-origin" })
        .then(function (response) {
          if (response.status === 200) {
            etag = response.headers.get("ETag");
            return response.text().then(onChange);
          }
          return null;
        })
        .catch(function () { /* network hiccup: try again next tick */ })
        .then(function () { window.setTimeout(tick, intervalMs); });
    }
    document.addEventListener("visibilitychange", function () {
      if (!document.hidden && stopped) { stopped = false; tick(); }
      else if (document.hidden) { stopped = true; }
    });
    tick();
  }

  function initParticipant(root) {
    var revision = root.getAttribute("data-revision");
    poll(root.getAttribute("data-state-url"), 3000, function (text) {
      var data;
      try { data = JSON.parse(text); } catch (e) { return; }
      if (String(data.revision) !== revision) {
        window.location.replace(window.location.pathname);
      }
    });
  }

  function initTrainerResults(root) {
    poll(root.getAttribute("data-url"), 500, function (html) {
      root.innerHTML = html;
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("[data-spot-the-signal]").forEach(initSpotTheSignal);
    document.querySelectorAll("[data-live-participant]").forEach(initParticipant);
    document.querySelectorAll("[data-live-results]").forEach(initTrainerResults);
  });
})();
