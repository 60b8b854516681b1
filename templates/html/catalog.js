// Filters for the catalog: shows the cards that match every choice. Without scripts the
// filters stay hidden and every card is shown.
(function () {
  var form = document.getElementById("filters");
  var cards = Array.prototype.slice.call(document.querySelectorAll(".card"));
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  var shown = document.getElementById("shown");
  var none = document.getElementById("none");
  function matches(card, select) {
    var wanted = select.value;
    if (!wanted) return true;
    var name = select.getAttribute("data-filter");
    var value = card.getAttribute("data-" + name) || "";
    return name === "process" ? (" " + value + " ").indexOf(" " + wanted + " ") >= 0
                              : value === wanted;
  }
  function update() {
    var count = 0;
    cards.forEach(function (card) {
      var show = selects.every(function (select) { return matches(card, select); });
      card.hidden = !show;
      if (show) count += 1;
    });
    shown.textContent = String(count);
    none.hidden = count > 0;
  }
  selects.forEach(function (select) { select.addEventListener("change", update); });
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.hidden = false;
  update();
})();
