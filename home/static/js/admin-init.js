/*
 * Starts the admin's widgets without inline scripts, so that the Content Security Policy can
 * forbid them (docs/security.md). Wagtail writes `<script>initDateChooser(...)</script>` and
 * the like next to its widgets; our template overrides and home/admin_scripts.py write a
 * marker element with the same call as data instead, and this file makes the call. Forms that
 * InlinePanel adds later bring their markers along; an observer starts those too.
 */
(function () {
  "use strict";

  var STARTERS = {
    date: function (marker) { window.initDateChooser(marker.dataset.portalFor, options(marker)); },
    time: function (marker) { window.initTimeChooser(marker.dataset.portalFor, options(marker)); },
    datetime: function (marker) {
      window.initDateTimeChooser(marker.dataset.portalFor, options(marker));
    },
    chooser: function (marker) {
      var Chooser = window[marker.dataset.portalConstructor];
      if (/Chooser$/.test(marker.dataset.portalConstructor) && typeof Chooser === "function") {
        new Chooser(marker.dataset.portalFor, options(marker));
      }
    },
    InlinePanel: function (marker) { new window.InlinePanel(options(marker)); },
    MultipleChooserPanel: function (marker) { new window.MultipleChooserPanel(options(marker)); },
  };

  function options(marker) {
    return JSON.parse(marker.dataset.portalOptions || "{}");
  }

  function start(root) {
    var markers = root.querySelectorAll ? root.querySelectorAll("[data-portal-init]") : [];
    if (root.matches && root.matches("[data-portal-init]")) {
      markers = [root].concat(Array.prototype.slice.call(markers));
    }
    Array.prototype.forEach.call(markers, function (marker) {
      var starter = STARTERS[marker.dataset.portalInit];
      if (starter && !marker.dataset.portalStarted) {
        marker.dataset.portalStarted = "true";
        starter(marker);
      }
    });
  }

  start(document);
  new MutationObserver(function (mutations) {
    mutations.forEach(function (mutation) {
      Array.prototype.forEach.call(mutation.addedNodes, start);
    });
  }).observe(document.body, { childList: true, subtree: true });
})();
