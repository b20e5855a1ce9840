// Four Islands embed loader. Turns each <div data-four-islands="LINK"> placeholder in the host
// page into an iframe of the explorer, and keeps each iframe at the height of its content.
// No dependencies. It trusts only messages from the explorer's own origin, of the expected
// shape, from one of its own iframes; it never inserts received text into the page.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base = new URL(".", script.src);
  var origin = base.origin;
  var frames = [];

  function mount(holder) {
    if (holder.hasAttribute("data-four-islands-mounted")) return;
    holder.setAttribute("data-four-islands-mounted", "");
    var src = new URL("embed.html", base);
    src.searchParams.set("s", holder.getAttribute("data-four-islands") || "");
    ["controls", "theme", "lang", "asof", "names"].forEach(function (name) {
      var value = holder.getAttribute("data-" + name);
      if (value) src.searchParams.set(name, value);
    });
    var frame = document.createElement("iframe");
    frame.src = src.href;
    frame.title = holder.getAttribute("data-title") || "Four Islands: settlement scenario explorer";
    frame.style.cssText = "display:block;width:100%;height:640px;border:0";
    holder.appendChild(frame);
    frames.push(frame);
  }

  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "four-islands:height") return;
    var height = data.height;
    if (typeof height !== "number" || !isFinite(height) || height < 0 || height > 100000) return;
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(height) + "px";
    }
  });

  function mountAll() {
    var holders = document.querySelectorAll("[data-four-islands]");
    for (var i = 0; i < holders.length; i++) mount(holders[i]);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
  else mountAll();
})();
