// Digest pages: a compact list (one line per paper) and sorting by upvotes. Progressive enhancement: without
// JavaScript the page shows every paper as a card, in the curator's order, and these controls do not appear.
(function () {
  "use strict";
  var digest = document.querySelector("article.digest");
  var papers = digest ? Array.prototype.slice.call(digest.querySelectorAll("article.paper")) : [];
  if (papers.length < 2) {
    return;
  }
  var groups = Array.prototype.slice.call(digest.querySelectorAll(".theme-group, .toc"));
  var homes = papers.map(function (paper) { return paper.parentNode; });
  var controls = document.createElement("div");
  controls.className = "view-controls";
  controls.setAttribute("role", "group");
  controls.setAttribute("aria-label", "How papers are listed");
  (groups[0] || papers[0]).parentNode.insertBefore(controls, groups[0] || papers[0]);

  function toggle(label, pressed, change) {
    var button = document.createElement("button");
    button.type = "button";
    button.textContent = label;
    button.setAttribute("aria-pressed", String(pressed));
    button.addEventListener("click", function () {
      var now = button.getAttribute("aria-pressed") !== "true";
      button.setAttribute("aria-pressed", String(now));
      change(now);
    });
    controls.appendChild(button);
    change(pressed);
  }

  var compactKey = "paperboy.compact";
  var compact = false;
  try {
    compact = window.localStorage.getItem(compactKey) === "1";
  } catch (e) {
    // Storage may be off: the choice then lasts for this page only.
  }
  toggle("Compact list", compact, function (on) {
    digest.classList.toggle("compact", on);
    try {
      window.localStorage.setItem(compactKey, on ? "1" : "0");
    } catch (e) {
      // As above.
    }
  });

  function upvotes(paper) {
    var value = paper.getAttribute("data-upvotes");
    return value === null ? -1 : Number(value);
  }
  if (!papers.some(function (paper) { return paper.hasAttribute("data-upvotes"); })) {
    return;
  }
  var sorted = document.createElement("section");
  sorted.className = "sorted-papers";
  var heading = document.createElement("h2");
  heading.textContent = "Papers by upvotes";
  sorted.appendChild(heading);
  controls.parentNode.insertBefore(sorted, controls.nextSibling);
  toggle("Sort by upvotes", false, function (on) {
    sorted.hidden = !on;
    groups.forEach(function (group) { group.hidden = on; });
    // A stable sort: papers with equal upvotes keep the curator's order.
    var order = on ? papers.slice().sort(function (a, b) { return upvotes(b) - upvotes(a); }) : papers;
    order.forEach(function (paper, i) { (on ? sorted : homes[i]).appendChild(paper); });
  });
}());
