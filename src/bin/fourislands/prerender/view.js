// Runs before the first paint (written by `fourislands prerender`, and loaded as a blocking
// script for that reason). When the address asks for another scenario or date than the page
// was pre-rendered with, the pre-rendered figures are hidden, their space kept, until the
// explorer shows the view the link asked for: no reader sees figures the link did not ask
// for. boot.js shows them again, with a notice saying what they are, if the explorer cannot
// start.
(function () {
  var root = document.documentElement;
  var asked = {};
  // As the explorer reads the address: the last value of a parameter counts, "&amp;" is "&".
  location.search.replace(/^\?/, "").split("&").forEach(function (pair) {
    var at = pair.indexOf("=");
    var key = (at < 0 ? pair : pair.slice(0, at)).replace(/^amp;/, "");
    var value = at < 0 ? "" : pair.slice(at + 1).replace(/\+/g, " ");
    try {
      value = decodeURIComponent(value);
    } catch (e) {
      // A damaged escape: the explorer says so; the figures wait for it.
    }
    asked[key] = value.trim();
  });
  var differs = function (key, shown) {
    return Object.prototype.hasOwnProperty.call(asked, key) && asked[key] !== shown;
  };
  if (differs("s", root.getAttribute("data-scenario")) || differs("asof", root.getAttribute("data-asof"))) {
    root.setAttribute("data-other", "");
  }
  // boot.js reads the address from here, so that the page reads it one way only.
  window.fourIslandsAsked = asked;
})();
