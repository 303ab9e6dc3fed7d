/*
 * Small progressive enhancements; every page works without this file.
 * - collapses the main navigation behind a "Menu" button on small screens,
 * - moves the focus to a form's error summary so screen readers announce it,
 * - opens accordions for printing.
 */
(function () {
  "use strict";
  var root = document.documentElement;
  root.classList.remove("no-js");
  root.classList.add("js");

  function initNavigation() {
    var toggle = document.querySelector(".site-nav__toggle");
    var nav = document.getElementById("main-navigation");
    if (!toggle || !nav) {
      return;
    }
    toggle.hidden = false;
    nav.setAttribute("data-collapsed", "");
    toggle.addEventListener("click", function () {
      var expanded = toggle.getAttribute("aria-expanded") === "true";
      toggle.setAttribute("aria-expanded", String(!expanded));
      if (expanded) {
        nav.setAttribute("data-collapsed", "");
      } else {
        nav.removeAttribute("data-collapsed");
      }
    });
  }

  function focusErrorSummary() {
    var summary = document.querySelector("[data-error-summary]");
    if (summary) {
      summary.focus();
    }
  }

  function openAccordionsForPrint() {
    var closed = [];
    window.addEventListener("beforeprint", function () {
      closed = Array.prototype.filter.call(document.querySelectorAll("details:not([open])"), function (details) {
        details.open = true;
        return true;
      });
    });
    window.addEventListener("afterprint", function () {
      closed.forEach(function (details) {
        details.open = false;
      });
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    initNavigation();
    focusErrorSummary();
    openAccordionsForPrint();
  });
})();
