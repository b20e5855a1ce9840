// Four Islands embed loader. Turns each <div data-four-islands="LINK"> placeholder in the host
// page into an iframe of the explorer's card, and keeps each iframe at the height of its
// content. No dependencies. It trusts only messages from the explorer's own origin, of the
// expected shape, from one of its own iframes; it never inserts received text into the page.
//
// The explorer is where this script was loaded from, or, for a copy the host page serves
// itself, the address in the script's data-four-islands-base attribute. Placeholders added
// later (a lazily loaded article body, an infinite scroll) are mounted when they appear, or
// by window.FourIslands.mount().
(function () {
  "use strict";
  var script = document.currentScript;
  var given = script && script.getAttribute("data-four-islands-base");
  if (!given && !(script && script.src)) return;
  var base = new URL(given || ".", given ? document.baseURI : script.src);
  if (base.pathname.slice(-1) !== "/") base = new URL(base.pathname + "/", base);
  var origin = base.origin;
  var frames = [];
  var OPTIONS = ["controls", "theme", "lang", "asof", "names", "panels"];
  // The frame's name for assistive technology when the placeholder gives none, in the
  // embed's language (i18n/*.toml's embed_frame_generic; a test keeps them the same).
  var TITLES = {
    en: "Four Islands: a settlement scenario for the islands off Hokkaido",
    ja: "Four Islands：北海道沖の島々の解決シナリオ",
    ru: "Four Islands: сценарий урегулирования по островам у Хоккайдо"
  };

  function known(code) {
    var primary = String(code || "").split(/[-_]/)[0].toLowerCase();
    return Object.prototype.hasOwnProperty.call(TITLES, primary) ? primary : null;
  }

  // The height reserved before the card reports its own (CSS pixels): the typical card's with
  // these controls at this width, as the browser tests measure it (docs/hosting.md), so that
  // little moves when the card reports.
  var WIDTHS = [390, 480, 640, 900, 1280];
  var HEIGHTS = { none: [745, 690, 575, 525, 500], presets: [810, 735, 620, 570, 545], all: [1240, 1120, 890, 810, 790] };
  function reserve(options, width) {
    if (options.panels === "all") return 3200;
    var heights = HEIGHTS[options.controls] || HEIGHTS.presets;
    var w = Math.min(Math.max(width || WIDTHS[2], WIDTHS[0]), WIDTHS[WIDTHS.length - 1]);
    for (var i = 1; w > WIDTHS[i]; i++);
    var at = (w - WIDTHS[i - 1]) / (WIDTHS[i] - WIDTHS[i - 1]);
    return Math.round(heights[i - 1] + at * (heights[i] - heights[i - 1]));
  }

  function mount(holder, width) {
    holder.setAttribute("data-four-islands-mounted", "");
    var link = (holder.getAttribute("data-four-islands") || "").trim();
    var options = {};
    // A whole address pasted as the link (the explorer's "Copy link", or an embed.html
    // address, even with a CMS's &amp;): its scenario and its options.
    if (/[?&](amp;)?s=/.test(link)) {
      try {
        var pasted = new URL(link.replace(/&amp;/g, "&"), base).searchParams;
        link = pasted.get("s") || "";
        OPTIONS.forEach(function (name) {
          if (pasted.get(name)) options[name] = pasted.get(name);
        });
      } catch (e) {
        // Left as written: the embed then says what is wrong with it.
      }
    }
    OPTIONS.forEach(function (name) {
      var value = holder.getAttribute("data-" + name);
      if (value) options[name] = value;
    });
    var src = new URL("embed.html", base);
    src.searchParams.set("s", link);
    OPTIONS.forEach(function (name) {
      if (options[name]) src.searchParams.set(name, options[name]);
    });
    var lang = known(options.lang);
    for (var i = 0; !lang && navigator.languages && i < navigator.languages.length; i++) lang = known(navigator.languages[i]);
    // The embed code's link names the scenario in the code's language (data-lang); otherwise
    // the frame is named in the language the embed will speak.
    var text = holder.textContent.trim();
    var frame = document.createElement("iframe");
    frame.title = holder.getAttribute("data-title") || (holder.getAttribute("data-lang") && text) || TITLES[lang || "en"];
    frame.src = src.href;
    frame.loading = "lazy";
    // Property by property: a host page whose policy refuses inline styles still allows these.
    frame.style.display = "block";
    frame.style.width = "100%";
    frame.style.border = "0";
    frame.style.height = reserve(options, width) + "px";
    // The placeholder keeps its link and takes the card's height at once, so that nothing
    // moves; the frame takes its place when the reader nears it (a page with many embeds
    // starts only those in view, and never makes many frames in one task).
    holder.style.minHeight = frame.style.height;
    if (nearing) nearing.observe(holder);
    else queue.push(holder);
    waiting.set(holder, frame);
    next();
  }

  // Placeholders near the reader, each to get its frame in a task of its own.
  var queue = [];
  var waiting = new WeakMap();
  var scheduled = false;
  function next() {
    if (scheduled || !queue.length) return;
    scheduled = true;
    setTimeout(function () {
      scheduled = false;
      var holder = queue.shift();
      var frame = waiting.get(holder);
      if (frame) {
        waiting.delete(holder);
        // The fallback link is for readers whose browser or CMS drops this script.
        while (holder.firstChild) holder.removeChild(holder.firstChild);
        holder.appendChild(frame);
        holder.style.minHeight = "";
        frames.push(frame);
      }
      next();
    }, 0);
  }
  var nearing = window.IntersectionObserver
    ? new IntersectionObserver(
        function (entries) {
          for (var i = 0; i < entries.length; i++) {
            if (!entries[i].isIntersecting) continue;
            nearing.unobserve(entries[i].target);
            queue.push(entries[i].target);
          }
          next();
        },
        { rootMargin: "1200px 0px" }
      )
    : null;

  window.addEventListener("message", function (event) {
    if (event.origin !== origin) return;
    var data = event.data;
    if (!data || typeof data !== "object" || data.type !== "four-islands:height") return;
    var height = data.height;
    // A hidden or not yet laid out page reports 0: keep the frame as it is.
    if (typeof height !== "number" || !isFinite(height) || height <= 0 || height > 100000) return;
    frames = frames.filter(function (frame) {
      return frame.isConnected;
    });
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(height) + "px";
    }
  });

  var SELECTOR = "[data-four-islands]:not([data-four-islands-mounted])";
  function mountAll(root) {
    var holders = root.querySelectorAll ? Array.prototype.slice.call(root.querySelectorAll(SELECTOR)) : [];
    if (root.matches && root.matches(SELECTOR)) holders.unshift(root);
    // Every width first, then every frame: one layout for all of them, not one for each.
    var widths = holders.map(function (holder) {
      return holder.getBoundingClientRect().width;
    });
    for (var i = 0; i < holders.length; i++) mount(holders[i], widths[i]);
  }
  window.FourIslands = window.FourIslands || {};
  var earlier = window.FourIslands.mount;
  window.FourIslands.mount = function () {
    mountAll(document);
    if (earlier) earlier();
  };
  // Placeholders the page adds later mount as they appear: only what was added is looked at.
  if (window.MutationObserver) {
    new MutationObserver(function (changes) {
      // While the page is still being parsed a placeholder may not be complete yet; all of
      // them are mounted once it is (below).
      if (document.readyState === "loading") return;
      for (var i = 0; i < changes.length; i++) {
        var added = changes[i].addedNodes;
        for (var j = 0; j < added.length; j++) if (added[j].nodeType === 1) mountAll(added[j]);
      }
    }).observe(document.documentElement, { childList: true, subtree: true });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () {
      mountAll(document);
    });
  } else mountAll(document);
})();
