// Mandate: ranking by drag and by buttons, over the typed-number ranking form, which stays the form
// that is sent and works without this script. The list fills in the numbers (1 for first, 2 for the
// next...); typing a number moves the option in the list. Each option has buttons to move it up or
// down, so the keyboard alone does everything dragging does.
(function () {
  "use strict";
  // A page that needs this script names it in its body; a boosted page load may run it again, and
  // the listener below already enhances every page htmx swaps in.
  if (window.mandateRank) { return; }
  window.mandateRank = true;
  function enhance(root) {
    root.querySelectorAll("[data-rank]:not([data-ranked])").forEach(function (box) {
      box.setAttribute("data-ranked", "");
      var t = box.dataset;
      var inputs = Array.prototype.slice.call(box.querySelectorAll("input[type=number]"));
      var live = document.createElement("p");
      live.className = "visually-hidden";
      live.setAttribute("aria-live", "polite");
      var hint = document.createElement("p");
      hint.className = "hint";
      hint.textContent = t.hint;
      var list = document.createElement("ol");
      list.className = "rank-list";
      list.setAttribute("aria-label", t.label);
      inputs.forEach(function (input) {
        var name = box.querySelector("label[for='" + input.id + "']").textContent;
        var li = document.createElement("li");
        li.draggable = true;
        li.dataset.input = input.id;
        li.innerHTML = "<span class='rank-pos' aria-hidden='true'></span><span class='rank-name'></span>" +
          "<button type='button' data-move='-1'>\u2191</button><button type='button' data-move='1'>\u2193</button>";
        li.querySelector(".rank-name").textContent = name;
        li.querySelector("[data-move='-1']").setAttribute("aria-label", t.up.replace("{0}", name));
        li.querySelector("[data-move='1']").setAttribute("aria-label", t.down.replace("{0}", name));
        list.appendChild(li);
      });
      box.insertBefore(hint, box.firstChild);
      box.insertBefore(list, hint.nextSibling);
      box.insertBefore(live, list.nextSibling);
      function items() { return Array.prototype.slice.call(list.children); }
      function input(li) { return document.getElementById(li.dataset.input); }
      // The list follows the numbers: ranked options first by their number, then the unranked in form order.
      function follow() {
        var order = items().map(function (li, i) { return { li: li, i: i, n: parseInt(input(li).value, 10) }; });
        order.sort(function (a, b) {
          var x = isNaN(a.n) ? Infinity : a.n, y = isNaN(b.n) ? Infinity : b.n;
          return x === y ? a.i - b.i : x - y;
        });
        order.forEach(function (o) { list.appendChild(o.li); });
        label();
      }
      function label() {
        items().forEach(function (li) {
          var v = input(li).value;
          li.querySelector(".rank-pos").textContent = v === "" ? "\u2013" : v;
        });
      }
      // A move ranks every option in the order shown.
      function fill(moved) {
        var all = items();
        all.forEach(function (li, i) { input(li).value = String(i + 1); });
        label();
        if (moved) {
          live.textContent = t.now.replace("{0}", moved.querySelector(".rank-name").textContent)
            .replace("{1}", String(all.indexOf(moved) + 1)).replace("{2}", String(all.length));
        }
      }
      list.addEventListener("click", function (e) {
        var b = e.target.closest("button[data-move]");
        if (!b) { return; }
        var li = b.parentNode, step = parseInt(b.dataset.move, 10);
        var other = step < 0 ? li.previousElementSibling : li.nextElementSibling;
        if (other) {
          list.insertBefore(li, step < 0 ? other : other.nextElementSibling);
        }
        fill(li);
        b.focus();
      });
      var dragged = null;
      list.addEventListener("dragstart", function (e) {
        dragged = e.target.closest("li");
        e.dataTransfer.effectAllowed = "move";
        e.dataTransfer.setData("text/plain", dragged.dataset.input);
        dragged.classList.add("dragging");
      });
      list.addEventListener("dragover", function (e) {
        var over = e.target.closest("li");
        if (!dragged || !over || over === dragged) { return; }
        e.preventDefault();
        var r = over.getBoundingClientRect();
        list.insertBefore(dragged, e.clientY < r.top + r.height / 2 ? over : over.nextElementSibling);
      });
      list.addEventListener("drop", function (e) { e.preventDefault(); });
      list.addEventListener("dragend", function () {
        if (dragged) {
          dragged.classList.remove("dragging");
          fill(dragged);
          dragged = null;
        }
      });
      inputs.forEach(function (i) { i.addEventListener("change", follow); });
      follow();
    });
  }
  document.addEventListener("htmx:load", function (e) { enhance(e.detail.elt); });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { enhance(document); });
  } else {
    enhance(document);
  }
})();
