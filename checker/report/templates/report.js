(function () {
  "use strict";
  var lit = [];
  function clear() {
    lit.forEach(function (el) { el.classList.remove("hl"); });
    lit = [];
    document.querySelectorAll(".finding.on").forEach(function (li) {
      li.classList.remove("on");
      li.querySelector("button.go").setAttribute("aria-pressed", "false");
    });
  }
  function show(button) {
    clear();
    (button.getAttribute("data-marks") || "").split(" ").forEach(function (id) {
      var el = id && document.getElementById(id);
      if (el && lit.indexOf(el) < 0) { el.classList.add("hl"); lit.push(el); }
    });
    button.closest(".finding").classList.add("on");
    button.setAttribute("aria-pressed", "true");
    if (lit.length) { lit[0].scrollIntoView({block: "center"}); }
  }
  document.addEventListener("click", function (event) {
    var button = event.target.closest("button.go");
    if (button) { show(button); }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { clear(); }
  });
}());
