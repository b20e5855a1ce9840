//! `fourislands prerender` over a small stand-in for trunk's output: pages whose addresses
//! hold under any path, their markers, the content-named starters and loader, and link
//! previews that name the public address when a release build gives one.

use std::path::{Path, PathBuf};
use std::process::Command;

const TRUNK_INDEX: &str = r#"<!doctype html>
<html lang="en">
<head>
  <link rel="stylesheet" href="./style-0123456789abcdef.css" integrity="sha384-css"/>
  <script type="module">import init, * as bindings from './four-islands-web-0123456789abcdef.js';
const wasm = await init({ module_or_path: './four-islands-web-0123456789abcdef_bg.wasm' });
</script>
  <!-- meta:start --><!-- meta:end -->
<link rel="modulepreload" href="./four-islands-web-0123456789abcdef.js" crossorigin="anonymous" integrity="sha384-glue"><link rel="preload" href="./four-islands-web-0123456789abcdef_bg.wasm" crossorigin="anonymous" integrity="sha384-wasm" as="fetch" type="application/wasm"></head>
<body><div id="app"><!-- prerender:start --><p class="loading">Loading</p><!-- prerender:end --></div></body>
</html>"#;

fn dist(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("four-islands-prerender-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("index.html"), TRUNK_INDEX).unwrap();
    let loader = Path::new(env!("CARGO_MANIFEST_DIR")).join("www/embed.js");
    std::fs::copy(loader, dir.join("embed.js")).unwrap();
    for bin in ["four-islands-card", "four-islands-embed", "four-islands-panels", "four-islands-analysis"] {
        std::fs::write(dir.join(format!("{bin}.js")), format!("glue of {bin}")).unwrap();
        std::fs::write(dir.join(format!("{bin}_bg.wasm")), format!("wasm of {bin}")).unwrap();
    }
    dir
}

fn prerender(dir: &Path, extra: &[&str]) -> Result<String, String> {
    let out = Command::new(env!("CARGO_BIN_EXE_fourislands"))
        .args(["prerender", "--dist", &dir.display().to_string()])
        .args(extra)
        .output()
        .unwrap();
    if out.status.success() {
        Ok(String::from_utf8_lossy(&out.stdout).into_owned())
    } else {
        Err(String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

fn read(dir: &Path, file: &str) -> String {
    std::fs::read_to_string(dir.join(file)).unwrap_or_else(|e| panic!("{file}: {e}"))
}

/// The one file named `{stem}-<16 hex digits>.js`.
fn named(dir: &Path, stem: &str) -> String {
    named_as(dir, stem, ".js")
}

/// The one file named `{stem}-<16 hex digits>{extension}`.
fn named_as(dir: &Path, stem: &str, extension: &str) -> String {
    let names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| {
            n.strip_prefix(&format!("{stem}-"))
                .and_then(|r| r.strip_suffix(extension))
                .is_some_and(|h| h.len() == 16 && h.bytes().all(|b| b.is_ascii_hexdigit()))
        })
        .collect();
    assert_eq!(names.len(), 1, "{stem}: {names:?}");
    names[0].clone()
}

#[test]
fn pages_work_under_any_path_and_previews_name_the_public_address() {
    let dir = dist("public");
    prerender(&dir, &["--base-url", "https://graphics.example.org/2026/four-islands"]).unwrap();
    let public = "https://graphics.example.org/2026/four-islands/";
    let (boot, embed_boot, worker, loader) =
        (named(&dir, "boot"), named(&dir, "embed-boot"), named(&dir, "analysis-worker"), named(&dir, "embed"));
    let view = named(&dir, "view");

    let preset = read(&dir, "p/1956.html");
    for part in [
        format!(r#"<meta property="og:image" content="{public}og/1956.png">"#),
        format!(r#"<meta property="og:url" content="{public}p/1956.html?s=1-JJRR-t">"#),
        r#"data-page="preset""#.into(),
        r#"data-preset="1956""#.into(),
        r#"data-root="../""#.into(),
        r#"data-scenario="1-JJRR-t""#.into(),
        format!(r#"data-worker="{worker}""#),
        format!(r#"data-loader="{loader}""#),
        // The view check runs before the first paint, then the starter.
        format!(r#"<script src="../{view}"></script><script type="module" src="../{boot}"></script>"#),
        r#"href="../style-0123456789abcdef.css""#.into(),
    ] {
        assert!(preset.contains(&part), "p/1956.html lacks {part}");
    }
    // Nothing of the explorer is fetched before the first paint: no preloads.
    assert!(!preset.contains("preload") && !read(&dir, "embed.html").contains("preload"), "{preset}");
    assert!(!preset.contains("=\"./") && !preset.contains("=\"/"), "an address not relative to p/: {preset}");
    assert!(!preset.contains("<script type=\"module\">"), "trunk's inline loader is left");

    let index = read(&dir, "index.html");
    assert!(index.contains(&format!(r#"<meta property="og:url" content="{public}?s=1-RRRR">"#)));
    // The full page is pre-rendered as the explorer draws its first screen, which it patches;
    // without scripts, each preset's static page is a link away. A preset's page keeps its
    // summary, which is the static page those links and the starter's notices point to.
    assert!(index.contains(r#"<div data-live="" data-prerendered=""><header class="masthead">"#), "{index}");
    assert!(index.contains(r#"<select id="status-etorofu""#) && index.contains(r#"id="land-japan""#), "{index}");
    assert!(index.contains(r#"<noscript><div class="notice no-scripts">"#) && index.contains(r#"<a href="./p/1956.html">"#));
    assert!(!index.contains("static-summary") && preset.contains("static-summary"), "{preset}");
    assert!(index.contains(r#"data-page="full""#) && index.contains(r#"data-root="./""#));
    let embed = read(&dir, "embed.html");
    assert!(embed.contains(r#"data-page="embed""#));
    assert!(embed.contains(&format!(r#"src="./{embed_boot}""#)) && read(&dir, &embed_boot).contains("four-islands-embed-"));

    // The starters load their files relative to themselves, the main wasm by its integrity.
    let starter = read(&dir, &boot);
    let web = r#"{ module: "./four-islands-web-0123456789abcdef.js", wasm: "four-islands-web-0123456789abcdef_bg.wasm", integrity: "sha384-wasm" }"#;
    assert!(starter.contains(&format!("const BINARY = {web};")), "{starter}");
    assert!(starter.contains("fourIslandsCompile(binary.wasm, binary.integrity, import.meta.url)"), "{starter}");
    // The second binary of the full page, named by its content, which the first asks for.
    let panels_wasm = named_as(&dir, "four-islands-panels", "_bg.wasm");
    let panels = format!(
        r#"{{ module: "./{}", wasm: "{panels_wasm}", integrity: "sha384-"#,
        named(&dir, "four-islands-panels")
    );
    assert!(starter.contains(&format!("const PANELS = {panels}")), "{starter}");
    assert!(starter.contains("globalThis.fourIslandsPanels = "), "{starter}");
    // Each page names its binaries for view.js, which fetches them at once for a link to
    // another view: the full page's, and on the embed page its own and the long panels'.
    let main = r#"data-wasm="four-islands-web-0123456789abcdef_bg.wasm" data-wasm-integrity="sha384-wasm""#;
    assert!(index.contains(main) && !index.contains("data-panels-wasm"), "{index}");
    assert!(embed.contains(r#"data-wasm="four-islands-embed-"#), "{embed}");
    assert!(embed.contains(&format!(r#"data-panels-wasm="{panels_wasm}" data-panels-wasm-integrity="sha384-"#)), "{embed}");
    let card_wasm = named_as(&dir, "four-islands-card", "_bg.wasm");
    assert!(embed.contains(&format!(r#"data-card-wasm="{card_wasm}" data-card-wasm-integrity="sha384-"#)), "{embed}");
    assert!(!index.contains("data-card-wasm") && starter.contains("const CARD = null;"), "{starter}");
    assert!(starter.contains("import(binary.module)"));
    // The embed's starter runs its own binary, and the long panels' when the code asks for
    // them; it tells the host page the height in each form article pages listen for.
    let embed_starter = read(&dir, &embed_boot);
    assert!(embed_starter.contains(&format!("const PANELS = {panels}")), "{embed_starter}");
    assert!(embed_starter.contains(r#"const BINARY = { module: "./four-islands-embed-"#), "{embed_starter}");
    // An embed code that asks for neither the long panels nor every control runs on the card
    // without yew.
    assert!(embed_starter.contains(r#"const CARD = { module: "./four-islands-card-"#), "{embed_starter}");
    assert!(
        embed_starter.contains(r#"embed && PANELS && param("panels") === "all"
  ? PANELS
  : embed && CARD && param("controls") !== "all" ? CARD : BINARY"#),
        "{embed_starter}"
    );
    for message in [
        "type: \"four-islands:height\"",
        "sentinel: \"amp\", type: \"embed-size\"",
        "`pymxPYMx${pymId}xPYMxheightxPYMx${height}`",
    ] {
        assert!(embed_starter.contains(message), "no {message} in {embed_starter}");
    }
    // The embed page is pre-rendered as the card the live embed shows, not the full summary.
    assert!(
        embed.contains(r#"<div class="embed"><article class="card"><h2 class="card-title">Status quo</h2>"#),
        "{embed}"
    );
    assert!(!embed.contains("static-summary") && embed.contains(r#"class="card-verdict""#));
    assert!(read(&dir, &worker).contains("new URL(\"four-islands-analysis-"));
    // The files of texts, one per language and part, named by their content, in both
    // starters (the embed's binary asks only for the first; the long panels for both).
    let embed_starter = read(&dir, &embed_boot);
    for lang in ["en", "ja", "ru"] {
        let first = named_as(&dir, &format!("texts-{lang}"), ".txt");
        let below = named_as(&dir, &format!("page-texts-{lang}"), ".txt");
        let files = format!("{lang:?}: [{first:?}, {below:?}]");
        assert!(starter.contains(&files) && embed_starter.contains(&files), "{starter}");
    }
    // The pinned loader is embed.js, byte for byte, and its integrity hash is on the page.
    assert_eq!(read(&dir, &loader), read(&dir, "embed.js"));
    assert!(index.contains(r#"data-loader-integrity="sha384-"#));

    // A second run over the same folder (as after a build) finds what the first named.
    let summary = prerender(&dir, &[]).unwrap();
    assert!(summary.contains("its own binaries (the card without yew") && summary.contains("relative"), "{summary}");
    assert_eq!((named(&dir, "boot"), named(&dir, "embed-boot"), named(&dir, "view")), (boot, embed_boot, view));
    let preset = read(&dir, "p/1956.html");
    assert!(preset.contains(r#"<meta property="og:image" content="../og/1956.png">"#), "local previews are relative");
    assert!(preset.contains(r#"data-root="../""#) && !preset.contains("data-root=\"./\""));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_public_address_must_be_an_absolute_http_address() {
    let dir = dist("bad-address");
    let refused = prerender(&dir, &["--base-url", "graphics.example.org/fi/"]).unwrap_err();
    assert!(refused.contains("not an http(s) address"), "{refused}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_release_build_asks_for_the_public_address_by_name() {
    let out = Command::new("bash")
        .arg(Path::new(env!("CARGO_MANIFEST_DIR")).join("scripts/build"))
        .env_remove("FOUR_ISLANDS_PUBLIC_URL")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("set FOUR_ISLANDS_PUBLIC_URL"));
}
