// The reader: click a fact or finding -> mark and scroll to its passage; click a passage -> list what
// was drawn from it. Everything shown is copied with textContent; nothing is parsed as HTML.
(function () {
  "use strict";
  var text = document.getElementById("text");
  if (!text) return;
  var marks = Array.prototype.slice.call(text.querySelectorAll("mark.ev"));
  var items = Array.prototype.slice.call(document.querySelectorAll(".panel .item"));

  function spansOf(el) {
    var raw = el.getAttribute("data-spans") || "";
    return raw.split(" ").filter(function (s) { return s !== ""; });
  }
  function clearCurrent() {
    document.querySelectorAll(".current").forEach(function (el) { el.classList.remove("current"); });
  }
  function markSpans(spans) {
    var first = null;
    marks.forEach(function (m) {
      var mine = spansOf(m);
      if (spans.some(function (s) { return mine.indexOf(s) >= 0; })) {
        m.classList.add("current");
        if (!first) first = m;
      }
    });
    return first;
  }
  items.forEach(function (item) {
    item.addEventListener("keydown", function (event) {
      if (event.key === "Enter" && !event.target.closest("button, a, form")) item.click();
    });
    item.addEventListener("click", function (event) {
      if (event.target.closest("button, a, form")) return;
      clearCurrent();
      item.classList.add("current");
      var first = markSpans(spansOf(item));
      if (first) first.scrollIntoView({ block: "center" });
    });
  });
  function clean(el) {  // its text without review buttons, badges and quotes, spaces collapsed
    var copy = el.cloneNode(true);
    copy.querySelectorAll("button, blockquote, .badge, s").forEach(function (x) { x.remove(); });
    return copy.textContent.replace(/\s+/g, " ").trim();
  }
  function describe(item) {
    if (item.getAttribute("data-kind") === "finding") {
      var name = item.querySelector(".req-name");
      var shown = item.querySelectorAll(".f-head > span.v");
      var verdict = shown.length ? shown[shown.length - 1].textContent : item.getAttribute("data-verdict");
      return "finding: " + (name ? name.textContent.trim() : item.getAttribute("data-requirement")) + " — " + verdict;
    }
    var heading = item.closest("ul.facts") ? item.closest("ul.facts").previousElementSibling : null;
    var values = Array.prototype.map.call(item.querySelectorAll(".val"), clean).join("; ");
    var negative = item.classList.contains("negative") ? "not: " : "";
    return (heading ? heading.firstChild.textContent.trim() + ": " : "") + negative + (values || clean(item));
  }
  var drawn = document.getElementById("drawn");
  var list = document.getElementById("drawn-list");
  marks.forEach(function (mark) {
    mark.addEventListener("click", function () {
      clearCurrent();
      var spans = spansOf(mark);
      markSpans(spans);
      while (list.firstChild) list.removeChild(list.firstChild);
      items.forEach(function (item) {
        var mine = spansOf(item);
        if (spans.some(function (s) { return mine.indexOf(s) >= 0; })) {
          item.classList.add("current");
          var li = document.createElement("li");
          li.textContent = describe(item);
          li.tabIndex = 0;
          li.addEventListener("click", function () { item.scrollIntoView({ block: "center" }); });
          list.appendChild(li);
        }
      });
      drawn.hidden = false;
      drawn.scrollIntoView({ block: "nearest" });
    });
  });

  // Review dialog (present only for a signed-in reviewer).
  var dialog = document.getElementById("review-dialog");
  if (!dialog) return;
  var select = document.getElementById("rv-new");
  var textInput = document.getElementById("rv-new-text");
  var reasonBox = dialog.querySelector(".reason-to");
  var textFields = ["publisher", "date", "email", "phone", "location", "age", "period", "mechanism", "date role", "retention", "destination", "foreign recipient"];
  document.querySelectorAll("button.rv").forEach(function (button) {
    button.addEventListener("click", function () {
      var field = button.getAttribute("data-field");
      document.getElementById("rv-target").value = button.getAttribute("data-target");
      document.getElementById("rv-field").value = field;
      document.getElementById("rv-value").value = button.getAttribute("data-value");
      document.getElementById("review-what").textContent = button.getAttribute("data-label");
      var free = textFields.indexOf(field) >= 0;
      select.hidden = free; select.disabled = free;
      textInput.hidden = !free; textInput.disabled = !free;
      select.querySelectorAll("optgroup").forEach(function (group) {
        group.hidden = group.getAttribute("data-field") !== field;
      });
      select.value = "";
      reasonBox.hidden = field !== "verdict";
      if (dialog.showModal) dialog.showModal(); else dialog.setAttribute("open", "");
    });
  });
  document.getElementById("rv-cancel").addEventListener("click", function () { dialog.close(); });
  var reviewed = new URLSearchParams(window.location.search).get("reviewed");
  if (reviewed) {
    var badge = document.getElementById("review-" + reviewed);
    if (badge) badge.scrollIntoView({ block: "center" });
  }
})();
