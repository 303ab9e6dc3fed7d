/* The chooser addresses wagtail-localize's translation editor needs, read from this script's
 * own data attributes instead of an inline script (see admin-init.js). */
(function () {
  "use strict";
  var data = document.currentScript.dataset;
  if (typeof window.chooserUrls === "undefined") {
    window.chooserUrls = {
      imageChooser: data.imageChooser,
      documentChooser: data.documentChooser,
      pageChooser: data.pageChooser,
    };
  }
})();
