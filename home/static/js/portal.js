/*
 * Small progressive enhancements; every page works without this file.
 * - collapses the main navigation behind a "Menu" button on small screens,
 * - moves the focus to a form's error summary so screen readers announce it,
 * - opens accordions for printing,
 * - lets applicants add and remove rows of a cost plan and shows its total,
 * - suggests pages under the header's search box as a combobox (arrow keys, Enter, Escape).
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

  function initSearchSuggestions(form) {
    var input = form.querySelector("input[type=search]");
    var listbox = document.createElement("ul");
    var status = document.createElement("p");
    var options = [];
    var active = -1;
    var timer = null;
    var latest = 0;
    listbox.id = input.id + "-suggestions";
    listbox.className = "site-search__suggestions";
    listbox.setAttribute("role", "listbox");
    listbox.setAttribute("aria-label", form.getAttribute("data-suggestions-label"));
    listbox.hidden = true;
    status.className = "kern-sr-only";
    status.setAttribute("aria-live", "polite");
    input.parentNode.appendChild(listbox);
    input.parentNode.appendChild(status);
    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listbox.id);
    input.setAttribute("autocomplete", "off");

    function close() {
      window.clearTimeout(timer);
      latest += 1;
      listbox.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function highlight(index) {
      options.forEach(function (option, position) {
        option.setAttribute("aria-selected", String(position === index));
      });
      active = index;
      if (index < 0) {
        input.removeAttribute("aria-activedescendant");
      } else {
        input.setAttribute("aria-activedescendant", options[index].id);
      }
    }

    function show(results) {
      if (document.activeElement !== input) {
        close();
        return;
      }
      listbox.textContent = "";
      options = results.map(function (result, position) {
        var option = document.createElement("li");
        option.id = listbox.id + "-" + position;
        option.className = "site-search__suggestion";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.setAttribute("data-url", result.url);
        option.textContent = result.title;
        option.addEventListener("mousedown", function (event) {
          event.preventDefault();
          window.location.assign(result.url);
        });
        listbox.appendChild(option);
        return option;
      });
      status.textContent = results.length
        ? form.getAttribute("data-suggestions-count").replace("{count}", results.length)
        : "";
      if (results.length) {
        listbox.hidden = false;
        input.setAttribute("aria-expanded", "true");
        highlight(-1);
      } else {
        close();
      }
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      var request = ++latest;
      if (query.length < 2) {
        show([]);
        return;
      }
      var url = form.getAttribute("data-suggestions") + "?q=" + encodeURIComponent(query);
      fetch(url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) {
          return response.ok ? response.json() : { results: [] };
        })
        .then(function (data) {
          if (request === latest) {
            show(data.results);
          }
        })
        .catch(function () {
          if (request === latest) {
            show([]);
          }
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, 200);
    });
    input.addEventListener("keydown", function (event) {
      var open = !listbox.hidden && options.length;
      if (event.key === "ArrowDown" && !open) {
        event.preventDefault();
        fetchSuggestions();
      } else if (event.key === "ArrowDown") {
        event.preventDefault();
        highlight((active + 1) % options.length);
      } else if (event.key === "ArrowUp" && open) {
        event.preventDefault();
        highlight(active <= 0 ? options.length - 1 : active - 1);
      } else if (event.key === "Enter" && open && active >= 0) {
        event.preventDefault();
        window.location.assign(options[active].getAttribute("data-url"));
      } else if (event.key === "Escape" && open) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener("blur", close);
  }

  document.addEventListener("DOMContentLoaded", function () {
    document.querySelectorAll("form[data-suggestions]").forEach(initSearchSuggestions);
    initNavigation();
    focusErrorSummary();
    openAccordionsForPrint();
    initCostPlan();
  });
})();
