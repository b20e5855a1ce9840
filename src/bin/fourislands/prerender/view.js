// Runs before the first paint (written by `fourislands prerender`, and loaded as a blocking
// script for that reason). When the address asks for another scenario or date than the page
// was pre-rendered with, the pre-rendered figures are hidden, their space kept, until the
// explorer shows the view the link asked for: no reader sees figures the link did not ask
// for. boot.js shows them again, with a notice saying what they are, if the explorer cannot
// start.
(function () {
  var root = document.documentElement;
  // Scripts run: the pre-rendered controls will work (without scripts, www/style.css hides them).
  root.setAttribute("data-scripts", "");
  var asked = {};
  // As the explorer reads the address: the last value of a parameter counts, "&amp;" is "&".
  location.search.replace(/^\?/, "").split("&").forEach(function (pair) {
    var at = pair.indexOf("=");
    // A name without a value names nothing, as the explorer reads it.
    if (at < 0) return;
    var key = pair.slice(0, at).replace(/^amp;/, "");
    var value = pair.slice(at + 1).replace(/\+/g, " ");
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
  // The explorer's wasm, fetched and compiled by boot.js, or now (below).
  var compile = function (file, integrity, base) {
    return fetch(new URL(file, base), integrity ? { integrity: integrity } : {}).then(function (response) {
      if (!response.ok) throw new Error(response.status + " " + response.url);
      return response.headers.get("Content-Type") === "application/wasm"
        ? WebAssembly.compileStreaming(response)
        : response.arrayBuffer().then(function (bytes) { return WebAssembly.compile(bytes); });
    });
  };
  window.fourIslandsCompile = compile;
  // A link to another view has no pre-rendered figures to keep on screen, so the explorer is
  // wanted at once: its wasm is fetched and compiled while the page is still parsed, before
  // boot.js runs (it runs after the whole page is parsed) and takes it from here.
  // (As boot.js picks it: see there.)
  var wasm = asked.panels === "all" && root.hasAttribute("data-panels-wasm")
    ? "data-panels-wasm"
    : asked.controls !== "all" && root.hasAttribute("data-card-wasm") ? "data-card-wasm" : "data-wasm";
  var file = root.getAttribute(wasm);
  if (root.hasAttribute("data-other") && file && window.fetch && window.WebAssembly && window.URL && document.currentScript) {
    var compiled = compile(file, root.getAttribute(wasm + "-integrity"), document.currentScript.src);
    // boot.js reports a failure once it takes the promise; until then it is not unhandled.
    compiled.catch(function () {});
    window.fourIslandsEarly = { wasm: file, compiled: compiled };
  }
})();
