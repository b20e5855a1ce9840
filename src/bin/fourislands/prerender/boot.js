// Starts the explorer (written by `fourislands prerender`). If it cannot start (WebAssembly
// blocked, an old browser, a failed download) or fails later, the page keeps what it shows and
// says so: which scenario and date the figures are for, and what the link asked for.
const TEXTS = __TEXTS__;
const PRESETS = __PRESETS__;
// The files of texts this page's explorer reads, by language (one language is downloaded).
const TEXT_FILES = __TEXT_FILES__;
const root = document.documentElement;
// Not Object.hasOwn: the browsers that cannot start the explorer are often too old for it.
const has = (table, key) => Object.prototype.hasOwnProperty.call(table, key);
// The address as view.js read it, before the first paint (the last value of a parameter
// counts, "&amp;" is "&").
const address = window.fourIslandsAsked || {};
const param = (name) => (has(address, name) ? address[name] : null);
const known = (code) => {
  const primary = (code || "").split(/[-_]/)[0].toLowerCase();
  return has(TEXTS, primary) ? primary : null;
};
const lang = known(param("lang")) || (navigator.languages || []).map(known).find(Boolean) || "en";
const names = ["ja", "ru"].includes(param("names")) ? param("names") : "both";
const text = (key, values = {}) => TEXTS[lang][key].replace(/\{(\w+)\}/g, (all, name) => values[name] ?? all);
const day = (iso) => {
  const [y, m, d] = iso.split("-");
  return lang === "ja" ? `${+y}年${+m}月${+d}日` : lang === "ru" ? `${d}.${m}.${y}` : iso;
};
const title = (link) => has(PRESETS, link)
  ? PRESETS[link].title[lang][names]
  : text("boot_custom", { link: link.slice(0, 64) });
// In an embed, the host page sizes the frame: keep telling it the height of what is shown, in
// the three forms article pages listen for: this explorer's loader (embed.js), pym.js (whose
// `new pym.Parent` names the frame in `childId`) and AMP's `amp-iframe resizable`. Only the
// number is sent, and nothing a parent sends is read.
const pymId = /^[\w-]{1,64}$/.test(param("childId") || "") ? param("childId") : null;
let reporting = false;
let lastHeight = 0;
const postHeight = () => {
  const height = document.body.offsetHeight;
  // A hidden or not yet laid out page measures 0: it says nothing.
  if (!height || height === lastHeight) return;
  lastHeight = height;
  window.parent.postMessage({ type: "four-islands:height", height }, "*");
  window.parent.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
  if (pymId) window.parent.postMessage(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`, "*");
};
const reportHeight = () => {
  if (window.parent === window || reporting) return;
  reporting = true;
  postHeight();
  if (window.ResizeObserver) new ResizeObserver(postHeight).observe(document.body);
};
if (root.dataset.page === "embed") {
  // With scripts running, the note for readers without them is moot; and the host page
  // learns the height once the explorer shows what the link asks for (or cannot start), so
  // that the frame moves once, from the height the loader reserved.
  document.querySelector(".loading")?.remove();
  if (param("theme") === "dark") document.querySelector(".embed")?.classList.add("theme-dark");
  new MutationObserver(() => { if (root.hasAttribute("data-ready")) reportHeight(); })
    .observe(root, { attributes: true, attributeFilter: ["data-ready"] });
}
// One paragraph of sentences (Japanese puts no space after 。), then the link if there is one.
const notice = (sentences, link) => {
  const box = document.createElement("div");
  box.className = "notice";
  box.setAttribute("role", "alert");
  box.lang = lang;
  const inner = document.createElement("div");
  const p = document.createElement("p");
  p.textContent = sentences.join(lang === "ja" ? "" : " ");
  inner.append(p);
  if (link) {
    const more = document.createElement("p");
    more.append(link.label, " ", link.anchor);
    inner.append(more);
  }
  box.append(inner);
  (document.getElementById("app") || document.body).prepend(box);
};
let reported = false;
const failed = () => {
  if (reported) return;
  reported = true;
  // Started, then failed: what is on screen stays, but may no longer follow the reader.
  if (root.hasAttribute("data-ready")) {
    root.setAttribute("data-stopped", "");
    notice([text("boot_stopped")]);
    return;
  }
  root.setAttribute("data-boot-failed", "");
  // The figures view.js hid wait no longer: they show, with what they are for.
  root.removeAttribute("data-other");
  const shown = root.dataset.scenario || "";
  const shownDate = root.dataset.asof || "";
  const asked = param("s");
  const askedDate = param("asof");
  const sentences = [text("boot_failed")];
  if (asked && asked !== shown) {
    sentences.push(text("boot_asked", { scenario: title(asked) }));
    sentences.push(text("boot_shown_other", { scenario: title(shown), date: day(shownDate) }));
  } else {
    sentences.push(text("boot_shown", { scenario: title(shown), date: day(shownDate) }));
  }
  if (askedDate && /^\d{4}-\d{2}-\d{2}$/.test(askedDate) && askedDate !== shownDate) {
    sentences.push(text("boot_asked_date", { date: day(askedDate) }));
  }
  let link = null;
  if (asked && asked !== shown && has(PRESETS, asked)) {
    const anchor = document.createElement("a");
    anchor.href = new URL(`${root.dataset.root || "./"}__PRESET_FOLDER__/${PRESETS[asked].id}.html`, location.href).href;
    anchor.textContent = title(asked);
    if (window.parent !== window) anchor.target = "_blank";
    link = { label: text("boot_static_page"), anchor };
  }
  document.querySelector(".loading")?.remove();
  notice(sentences, link);
  reportHeight();
};
addEventListener("error", (event) => { if (event.error) failed(); });
addEventListener("unhandledrejection", failed);
// The page's binary; the one of the parts far below the full page's first screen, which
// the embed code that asks for the long panels gets instead (it has the card too); and the
// embed's card without yew, which every other embed code but one asking for every control
// gets (view.js picks the same, and the explorer reads `controls` and `panels` the same way).
const BINARY = __BINARY__;
const PANELS = __PANELS__;
const CARD = __CARD__;
const embed = root.dataset.page === "embed";
const binary = embed && PANELS && param("panels") === "all"
  ? PANELS
  : embed && CARD && param("controls") !== "all" ? CARD : BINARY;
// The reader's first file of texts is fetched beside the wasm; the explorer asks for it (and
// for the one of the panels far below the first screen when a reader nears them, or another
// language's when the reader picks one) through `fourIslandsTexts`, by language and number.
const textsOf = {};
const loadTexts = (code, part) => {
  const file = TEXT_FILES[has(TEXT_FILES, code) ? code : lang][part === 1 ? 1 : 0];
  return textsOf[file] || (textsOf[file] = fetch(new URL(file, import.meta.url)).then((response) => {
    if (!response.ok) throw new Error(`${response.status} ${response.url}`);
    return response.text();
  }));
};
globalThis.fourIslandsTexts = (code, part) => loadTexts(code, part).catch((error) => { failed(); throw error; });
// The long panels' binary on the embed page renders them at once: both files.
const firstParts = binary === PANELS ? [0, 1] : [0];
// On a page whose pre-rendered content the explorer replaces (a preset's static page, the
// embed's card), the explorer's files are fetched once that content is on screen, not
// before: that first paint is the page's largest (nothing the explorer draws in its place is
// larger), so the reader keeps what they first see, and the download competes with nothing
// the first paint needs. A page that is not painted (a hidden tab, a frame far off screen) starts at
// once or after a short wait. (Animation frames alone are too early: a page draws frames
// before its first contentful one.)
const start = () => {
  // The wasm is compiled while the glue module loads, instead of after it: the two overlap.
  // view.js compiles it (and started already if the link asks for another view).
  const early = globalThis.fourIslandsEarly;
  const compiled = early && early.wasm === binary.wasm
    ? early.compiled
    : globalThis.fourIslandsCompile(binary.wasm, binary.integrity, import.meta.url);
  Promise.all([import(binary.module), compiled, ...firstParts.map((part) => loadTexts(lang, part))])
    .then(([glue, module]) => glue.default({ module_or_path: module }))
    // The benchmark reads the wasm memory's size from here.
    .then((wasm) => { globalThis.fourIslandsWasmMemory = wasm.memory; })
    .catch(failed);
};
// The full page's first binary asks for the second when a reader nears the parts far below
// the first screen; it renders them into the places the first left. If it cannot start, the
// page stops following the reader, and says so.
let panelsStarted = null;
globalThis.fourIslandsPanels = () => {
  if (!PANELS || binary === PANELS) return;
  panelsStarted = panelsStarted || Promise.all([
    import(PANELS.module),
    globalThis.fourIslandsCompile(PANELS.wasm, PANELS.integrity, import.meta.url),
  ])
    .then(([glue, module]) => glue.default({ module_or_path: module }))
    // The benchmark reads the second wasm memory's size from here.
    .then((wasm) => { globalThis.fourIslandsPanelsMemory = wasm.memory; })
    .catch(failed);
};
let started = false;
const once = () => {
  if (started) return;
  started = true;
  start();
};
// The first contentful paint is in the performance timeline once it is on screen; it is
// looked for at each frame, as its observer's callback can come 100 ms later.
const painted = () => performance.getEntriesByType("paint").some((e) => e.name === "first-contentful-paint");
// A link to another view (view.js hid the figures; the embed's card then shows nothing) has
// no paint worth keeping: it starts at once. So does a page pre-rendered as the explorer
// draws it (the full page's first screen): the explorer patches only what differs, and
// where nothing does, nothing is laid out or painted again.
const live = document.querySelector("#app > [data-prerendered]");
if (live || document.visibilityState === "hidden" || root.hasAttribute("data-other") || !window.requestAnimationFrame || !performance.getEntriesByType) {
  once();
} else {
  const look = () => (painted() ? setTimeout(once, 0) : started || requestAnimationFrame(look));
  look();
  setTimeout(once, 1000);
}
