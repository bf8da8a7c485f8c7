// The copy button of a paper's Cite block: shown only where this runs, it copies the BibTeX entry.
document.querySelectorAll("button[data-copy]").forEach(function (button) {
  var source = document.getElementById(button.getAttribute("data-copy"));
  if (!source) {
    return;
  }
  function copied(ok) {
    button.textContent = ok ? "Copied" : "Select the entry and copy it";
  }
  function bySelection() {
    var range = document.createRange();
    range.selectNodeContents(source);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
    try {
      copied(document.execCommand("copy"));
    } catch (e) {
      copied(false);
    }
  }
  button.hidden = false;
  button.addEventListener("click", function () {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(source.textContent).then(function () { copied(true); }, bySelection);
    } else {
      bySelection();
    }
  });
});
