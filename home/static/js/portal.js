/*
 * Small progressive enhancements; every page works without this file.
 * - collapses the main navigation behind a "Menu" button on small screens,
 * - moves the focus to a form's error summary so screen readers announce it,
 * - opens accordions for printing,
 * - lets applicants add and remove rows of a cost plan and shows its total.
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

  function parseAmount(text) {
    var value = String(text || "").trim().replace(/\s|€/g, "");
    if (value.indexOf(",") !== -1) {
      value = value.replace(/\./g, "").replace(",", ".");
    }
    var number = parseFloat(value);
    return isNaN(number) ? 0 : number;
  }

  function initCostPlan() {
    var plan = document.querySelector("[data-cost-plan]");
    if (!plan) {
      return;
    }
    var rows = plan.querySelector("[data-cost-plan-rows]");
    var template = plan.querySelector("[data-cost-plan-template]");
    var addButton = plan.querySelector("[data-cost-plan-add]");
    var totalForms = plan.querySelector("input[name$='-TOTAL_FORMS']");
    var total = plan.querySelector("[data-cost-plan-total]");
    var removeLabel = addButton.getAttribute("data-remove-label") || "Entfernen";

    function updateTotal() {
      var sum = 0;
      rows.querySelectorAll("[data-cost-plan-row]").forEach(function (row) {
        var remove = row.querySelector("input[name$='-DELETE']");
        var amount = row.querySelector("input[name$='-amount']");
        if (amount && !(remove && remove.checked)) {
          sum += parseAmount(amount.value);
        }
      });
      total.textContent = sum.toLocaleString("de-DE", { minimumFractionDigits: 2, maximumFractionDigits: 2 }) + " €";
    }

    function enhance(row) {
      var remove = row.querySelector("input[name$='-DELETE']");
      if (!remove) {
        return;
      }
      remove.closest(".cost-plan__delete").hidden = true;
      row.hidden = remove.checked;
      var button = document.createElement("button");
      button.type = "button";
      button.className = "kern-btn kern-btn--tertiary";
      button.innerHTML = '<span class="kern-label"></span>';
      button.firstChild.textContent = removeLabel;
      button.addEventListener("click", function () {
        remove.checked = true;
        row.hidden = true;
        updateTotal();
        addButton.focus();
      });
      row.appendChild(button);
    }

    rows.querySelectorAll("[data-cost-plan-row]").forEach(enhance);
    addButton.hidden = false;
    addButton.addEventListener("click", function () {
      var index = parseInt(totalForms.value, 10);
      var html = template.innerHTML.replace(/__prefix__/g, String(index));
      rows.insertAdjacentHTML("beforeend", html);
      totalForms.value = String(index + 1);
      var row = rows.lastElementChild;
      enhance(row);
      row.querySelector("input:not([type=hidden]), textarea").focus();
    });
    plan.addEventListener("input", updateTotal);
    updateTotal();
  }

  document.addEventListener("DOMContentLoaded", function () {
    initNavigation();
    focusErrorSummary();
    openAccordionsForPrint();
    initCostPlan();
  });
})();
