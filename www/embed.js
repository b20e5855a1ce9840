// Four Islands embed loader. Turns each <div data-four-islands="LINK"> placeholder in the host
// page into an iframe of the explorer, and keeps each iframe at the height of its content.
// No dependencies. It trusts only messages from the explorer's own origin, of the expected
// shape, from one of its own iframes; it never inserts received text into the page.
//
// The explorer is where this script was loaded from, or, for a copy the host page serves
// itself, the address in the script's data-four-islands-base attribute. Placeholders added
// later (a lazily loaded article body) are mounted by window.FourIslands.mount().
(function () {
  "use strict";
  var script = document.currentScript;
  var given = script && script.getAttribute("data-four-islands-base");
  if (!given && !(script && script.src)) return;
  var base = new URL(given || ".", given ? document.baseURI : script.src);
  if (base.pathname.slice(-1) !== "/") base = new URL(base.pathname + "/", base);
  var origin = base.origin;
  var frames = [];

  function mount(holder) {
    if (holder.hasAttribute("data-four-islands-mounted")) return;
    holder.setAttribute("data-four-islands-mounted", "");
    var src = new URL("embed.html", base);
    var link = holder.getAttribute("data-four-islands") || "";
    // A whole share address pasted as the link: its own scenario.
    if (/[?&]s=/.test(link)) {
      try {
        link = new URL(link, base).searchParams.get("s") || "";
      } catch (e) {
        // Left as written: the embed then says what is wrong with it.
      }
    }
    src.searchParams.set("s", link);
    ["controls", "theme", "lang", "asof", "names"].forEach(function (name) {
      var value = holder.getAttribute("data-" + name);
      if (value) src.searchParams.set(name, value);
    });
    var frame = document.createElement("iframe");
    frame.src = src.href;
    // The placeholder's link names the scenario in the reader's language.
    frame.title = holder.getAttribute("data-title") || holder.textContent.trim() || "Four Islands: settlement scenario explorer";
    frame.loading = "lazy";
    // Property by property: a host page whose policy refuses inline styles still allows these.
    frame.style.display = "block";
    frame.style.width = "100%";
    frame.style.height = "640px";
    frame.style.border = "0";
    // The fallback link is for readers whose browser or CMS drops this script.
    while (holder.firstChild) holder.removeChild(holder.firstChild);
    holder.appendChild(frame);
    frames.push(frame);
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "four-islands:height") return;
    var height = data.height;
    // A hidden or not yet laid out page reports 0: keep the frame as it is.
    if (typeof height !== "number" || !isFinite(height) || height <= 0 || height > 100000) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(height) + "px";
    }
  });

  function mountAll() {
    var holders = document.querySelectorAll("[data-four-islands]");
    for (var i = 0; i < holders.length; i++) mount(holders[i]);
  }
  window.FourIslands = window.FourIslands || {};
  var earlier = window.FourIslands.mount;
  window.FourIslands.mount = function () {
    mountAll();
    if (earlier) earlier();
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
  else mountAll();
})();
