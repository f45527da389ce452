/* Notes for your report: print them, or download them as a text file made here in the browser.
   Nothing is sent to the server. Without JavaScript the browser's own print still works. */
(function () {
  "use strict";
  var sheet = document.querySelector("[data-notes]");
  if (!sheet) { return; }
  var content = sheet.querySelector("[data-notes-content]");
  var printButton = sheet.querySelector("[data-notes-print]");
  var downloadButton = sheet.querySelector("[data-notes-download]");

  function asText() {
    var title = sheet.querySelector("h2");
    var lines = [title ? title.textContent.trim() : "", ""];
    var nodes = content.children;
    for (var i = 0; i < nodes.length; i += 1) {
      var node = nodes[i];
      if (node.getAttribute("aria-hidden") === "true") { lines.push("", ""); continue; }
      if (node.tagName === "H3") { lines.push("", node.textContent.trim().toUpperCase()); continue; }
      if (node.tagName === "UL") {
        var items = node.querySelectorAll("li");
        for (var j = 0; j < items.length; j += 1) { lines.push("- " + items[j].textContent.trim()); }
        continue;
      }
      lines.push(node.textContent.trim());
    }
    return lines.join("\r\n") + "\r\n";
  }

  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener("click", function () { window.print(); });
  }
  if (downloadButton) {
    downloadButton.hidden = false;
    downloadButton.addEventListener("click", function () {
      var blob = new Blob(["\ufeff" + asText()], { type: "text/plain;charset=utf-8" });
      var url = URL.createObjectURL(blob);
      var a = document.createElement("a");
      a.href = url;
      a.download = sheet.getAttribute("data-notes-filename") || "notes.txt";
      document.body.appendChild(a);
      a.click();
      document.body.removeChild(a);
      window.setTimeout(function () { URL.revokeObjectURL(url); }, 1000);
    });
  }
})();
