//! The files the pages start: the starters (named by their content), the embed's and the
//! analysis worker's binaries (named by their content, with their integrity hashes), and the
//! embed loader pinned by its integrity.

use super::scripts::{self, Binary, TextFiles};
use four_islands::i18n::Lang;
use four_islands::i18n::texts::{self, Part};
use four_islands::model::site::EMBED_LOADER;
use std::path::Path;

/// The binaries `scripts/lib/post-build.sh` adds, by the names it gives them.
const EMBED_BINARY: &str = "four-islands-embed";
const CARD_BINARY: &str = "four-islands-card";
const PANELS_BINARY: &str = "four-islands-panels";
const ANALYSIS_BINARY: &str = "four-islands-analysis";

/// What every page names: the starter of its binary, and the files the explorer loads later.
pub struct Files {
    /// The full page's binary, which every page but the embed's starts.
    pub main: Binary,
    /// The binary of the full page's parts far below its first screen, which the embed page
    /// starts instead of its own when the embed code asks for the long panels.
    pub panels: Option<Binary>,
    /// The embed's card without yew, which the embed page starts unless the embed code asks
    /// for every control or the long panels.
    pub card: Option<Binary>,
    pub boot: String,
    pub embed_boot: Option<(String, Binary)>,
    pub worker: Option<String>,
    pub loader: Option<(String, String)>,
}

/// Writes the starters and names the binaries; returns the template with the starter in
/// place of trunk's loader, and what every page names.
pub fn assets(dist: &Path, template: &str) -> Result<(String, Files), String> {
    let main = main_binary(template)
        .or_else(|| started_earlier(dist, template))
        .ok_or("index.html has neither trunk's preloads of the main binary nor a starter: is it trunk's output?")?;
    let texts = write_texts(dist)?;
    let panels = name_by_content(dist, PANELS_BINARY)?;
    let card = name_by_content(dist, CARD_BINARY)?;
    let boot = write_named(dist, "boot", &scripts::boot(&main, panels.as_ref(), None, &texts))?;
    let view = write_named_script(dist, "view", scripts::view_check(), Script::Classic)?;
    let template = with_boot_script(template, &boot, &view)?;
    let worker = match name_by_content(dist, ANALYSIS_BINARY)? {
        Some(binary) => Some(write_named(dist, "analysis-worker", &scripts::worker(&binary))?),
        None => None,
    };
    let embed_boot = match name_by_content(dist, EMBED_BINARY)? {
        Some(binary) => Some((write_named(dist, "embed-boot", &scripts::boot(&binary, panels.as_ref(), card.as_ref(), &texts))?, binary)),
        None => None,
    };
    let loader = pin_loader(dist)?;
    Ok((template, Files { main, panels, card, boot, embed_boot, worker, loader }))
}

/// The main binary, from the preloads trunk writes (`./four-islands-web-<hash>.js` and its
/// wasm, with the wasm's integrity hash). The pages leave the preloads out (see
/// [`without_preloads`]), so a second run over the same folder finds the binary in the
/// starter the first run wrote ([`started_earlier`]).
fn main_binary(html: &str) -> Option<Binary> {
    let unprefixed = |a: String| a.trim_start_matches("./").to_owned();
    let module = attribute_of(html, r#"rel="modulepreload""#, "href").map(unprefixed)?;
    let wasm = attribute_of(html, r#"type="application/wasm""#, "href").map(unprefixed)?;
    let integrity = attribute_of(html, r#"type="application/wasm""#, "integrity");
    Some(Binary { module, wasm, integrity })
}

/// The binary that the starter of an earlier run loads: the `{ module: "./…", wasm: "…",
/// integrity: "…" }` that `scripts::boot` wrote (the full page's starter names no other).
fn started_earlier(dist: &Path, html: &str) -> Option<Binary> {
    let boot = attribute_of(html, r#"src="./boot-"#, "src")?;
    let script = std::fs::read_to_string(dist.join(boot.trim_start_matches("./"))).ok()?;
    // As written, or minified (`{module:"./…",wasm:"…",integrity:"…"}`); the starter names the
    // panels' binary too.
    let compact: String = script.split_whitespace().collect();
    let named = &compact[compact.find("{module:\"./four-islands-web-")?..];
    let quoted_after = |needle: &str| -> Option<String> {
        let rest = &named[named.find(needle)? + needle.len()..];
        Some(rest[..rest.find('"')?].to_owned())
    };
    let module = quoted_after("module:\"./")?;
    let wasm = quoted_after("wasm:\"")?;
    let integrity = quoted_after("integrity:\"");
    Some(Binary { module, wasm, integrity })
}

/// The page without trunk's preloads of the main binary. The explorer's files are fetched
/// once the pre-rendered page is on screen (boot.js), so that the first paint is the largest
/// and the reader keeps it; a preload would download them before it.
pub fn without_preloads(html: &str) -> String {
    let mut html = html.to_owned();
    for opening in [r#"<link rel="modulepreload" "#, r#"<link rel="preload" "#] {
        while let Some(start) = html.find(opening)
            && let Some(len) = html[start..].find('>')
        {
            html.replace_range(start..=start + len, "");
        }
    }
    html
}

/// The value of `attribute` in the first tag that contains `needle`.
fn attribute_of(html: &str, needle: &str, attribute: &str) -> Option<String> {
    let at = html.find(needle)?;
    let start = html[..at].rfind('<')?;
    let tag = &html[start..start + html[start..].find('>')?];
    let rest = &tag[tag.find(&format!(" {attribute}=\""))? + attribute.len() + 3..];
    Some(rest[..rest.find('"')?].to_owned())
}

/// The template with the view check and the starter instead of trunk's inline loader, which
/// the security policy would refuse (or instead of those an earlier run put there).
fn with_boot_script(template: &str, boot: &str, view: &str) -> Result<String, String> {
    let tag = format!(r#"<script src="./{view}"></script><script type="module" src="./{boot}"></script>"#);
    let mut template = template.to_owned();
    if let Some(start) = template.find(r#"<script src="./view-"#)
        && let Some(len) = template[start..].find("</script>")
    {
        template.replace_range(start..start + len + "</script>".len(), "");
    }
    let template = template.as_str();
    if let Some(start) = template.find("<script type=\"module\">") {
        let end = start + template[start..].find("</script>").ok_or("an unclosed inline script")? + "</script>".len();
        return Ok(format!("{}{tag}{}", &template[..start], &template[end..]));
    }
    let start = template
        .find(r#"<script type="module" src="./boot-"#)
        .ok_or("index.html has neither trunk's loader nor the starter")?;
    let end = start + template[start..].find("</script>").ok_or("an unclosed script")? + "</script>".len();
    Ok(format!("{}{tag}{}", &template[..start], &template[end..]))
}

/// Writes the module `script` as `{stem}-{hash}.js`, named by its content like the binaries,
/// so that caches can keep it for good; returns the name.
fn write_named(dist: &Path, stem: &str, script: &str) -> Result<String, String> {
    write_named_script(dist, stem, script, Script::Module)
}

/// How a script is loaded, which decides how it may be minified.
#[derive(Clone, Copy, PartialEq)]
enum Script {
    Module,
    Classic,
}

fn write_named_script(dist: &Path, stem: &str, script: &str, kind: Script) -> Result<String, String> {
    write_file_named(dist, stem, "js", &minified(script, kind)?)
}

/// `script` minified by the terser that `FOUR_ISLANDS_TERSER` names (the release build's hook
/// sets it, as for the wasm-bindgen glue), or as it is: every reader downloads the starters
/// before anything else, and their comments are for the repository's readers.
fn minified(script: &str, kind: Script) -> Result<String, String> {
    let Some(terser) = std::env::var_os("FOUR_ISLANDS_TERSER") else { return Ok(script.to_owned()) };
    let mut command = std::process::Command::new(&terser);
    command.args(["--compress", "--mangle"]);
    if kind == Script::Module {
        command.arg("--module");
    }
    let mut child = command
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| format!("{}: {e}", terser.to_string_lossy()))?;
    let mut stdin = child.stdin.take().ok_or("terser: no input")?;
    let input = script.to_owned();
    // Written from a thread, so that a script larger than the pipe cannot block both sides.
    let writer = std::thread::spawn(move || std::io::Write::write_all(&mut stdin, input.as_bytes()));
    let out = child.wait_with_output().map_err(|e| format!("terser: {e}"))?;
    writer.join().map_err(|_| "terser: the input could not be written")?.map_err(|e| format!("terser: {e}"))?;
    if !out.status.success() {
        return Err(format!("terser: {}", String::from_utf8_lossy(&out.stderr)));
    }
    String::from_utf8(out.stdout).map_err(|e| format!("terser: {e}"))
}

fn write_file_named(dist: &Path, stem: &str, extension: &str, content: &str) -> Result<String, String> {
    let name = format!("{stem}-{:016x}.{extension}", fnv1a(content.as_bytes()));
    std::fs::write(dist.join(&name), content).map_err(|e| format!("{name}: {e}"))?;
    Ok(name)
}

/// The files of texts, one per language and part (`i18n::texts`), named by their content;
/// the page fetches its reader's beside the wasm.
fn write_texts(dist: &Path) -> Result<TextFiles, String> {
    let mut names: TextFiles = Default::default();
    for lang in Lang::ALL {
        for part in Part::ALL {
            let stem = match part {
                Part::Shared => format!("texts-{}", lang.code()),
                Part::Page => format!("page-texts-{}", lang.code()),
            };
            names[lang as usize][part as usize] = write_file_named(dist, &stem, "txt", texts::built_in(lang, part))?;
        }
    }
    Ok(names)
}

/// A copy of the loader named by its content, and its Subresource Integrity hash.
fn pin_loader(dist: &Path) -> Result<Option<(String, String)>, String> {
    use base64::Engine;
    use sha2::Digest;
    let Ok(loader) = std::fs::read(dist.join(EMBED_LOADER)) else { return Ok(None) };
    let name = format!("embed-{:016x}.js", fnv1a(&loader));
    std::fs::write(dist.join(&name), &loader).map_err(|e| format!("{name}: {e}"))?;
    let integrity =
        format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(&loader)));
    Ok(Some((name, integrity)))
}

/// Names a binary's glue and wasm by their content (so that caches can keep them forever, as
/// trunk does for the main binary); `None` when the build did not make it (the embed page then
/// runs on the main binary, and the analysis is not offered a worker).
fn name_by_content(dist: &Path, stem: &str) -> Result<Option<Binary>, String> {
    let (glue, wasm) = (dist.join(format!("{stem}.js")), dist.join(format!("{stem}_bg.wasm")));
    let (module, binary) = if glue.exists() && wasm.exists() {
        let read = |p: &Path| std::fs::read(p).map_err(|e| format!("{}: {e}", p.display()));
        let hash = fnv1a(&[read(&glue)?, read(&wasm)?].concat());
        let module = format!("{stem}-{hash:016x}.js");
        let binary = format!("{stem}-{hash:016x}_bg.wasm");
        for (from, to) in [(glue, &module), (wasm, &binary)] {
            std::fs::rename(&from, dist.join(to)).map_err(|e| format!("{}: {e}", from.display()))?;
        }
        (module, binary)
    } else {
        // An earlier run over the same folder has named them already.
        match named_earlier(dist, stem) {
            Some(named) => named,
            None => return Ok(None),
        }
    };
    let integrity = std::fs::read(dist.join(&binary)).ok().map(|bytes| sri(&bytes));
    Ok(Some(Binary { module, wasm: binary, integrity }))
}

/// The Subresource Integrity value of a file (`sha384-` and the digest in base64).
fn sri(bytes: &[u8]) -> String {
    use base64::Engine;
    use sha2::Digest;
    format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(sha2::Sha384::digest(bytes)))
}

/// The glue and wasm that `name_by_content` named in an earlier run: `{stem}-{hash}.js` with
/// its `{stem}-{hash}_bg.wasm`, the newest if the folder holds several.
fn named_earlier(dist: &Path, stem: &str) -> Option<(String, String)> {
    let prefix = format!("{stem}-");
    std::fs::read_dir(dist)
        .ok()?
        .filter_map(Result::ok)
        .filter_map(|entry| {
            let name = entry.file_name().into_string().ok()?;
            let hash = name.strip_prefix(&prefix)?.strip_suffix(".js")?;
            let binary = format!("{prefix}{hash}_bg.wasm");
            let is_hash = hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit());
            let modified = entry.metadata().and_then(|m| m.modified()).ok()?;
            (is_hash && dist.join(&binary).exists()).then_some((modified, name, binary))
        })
        .max()
        .map(|(_, module, binary)| (module, binary))
}

/// 64-bit FNV-1a: stable across Rust releases, unlike std's hasher, so a rebuild of the same
/// files gives the same names.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// The page with the embed's starter instead of the main binary's.
pub fn with_embed_binary(html: &str, boot: &str, embed_boot: &str) -> String {
    html.replace(&format!("./{boot}\""), &format!("./{embed_boot}\""))
}

#[cfg(test)]
mod tests {
    use super::{name_by_content, started_earlier};

    #[test]
    fn a_second_run_finds_the_main_binary_in_a_starter_written_or_minified() {
        let dist = std::env::temp_dir().join(format!("four-islands-starter-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        let html = r#"<script type="module" src="./boot-1.js"></script>"#;
        for starter in [
            r#"const BINARY = { module: "./four-islands-web-1.js", wasm: "four-islands-web-1_bg.wasm", integrity: "sha384-a" }; const PANELS = null;"#,
            // Minified, with the panels' binary named before the page's.
            r#"const p={module:"./four-islands-panels-2.js",wasm:"four-islands-panels-2_bg.wasm",integrity:"sha384-b"},e={module:"./four-islands-web-1.js",wasm:"four-islands-web-1_bg.wasm",integrity:"sha384-a"};"#,
        ] {
            std::fs::write(dist.join("boot-1.js"), starter).unwrap();
            let found = started_earlier(&dist, html).unwrap();
            assert_eq!(
                (found.module.as_str(), found.wasm.as_str(), found.integrity.as_deref()),
                ("four-islands-web-1.js", "four-islands-web-1_bg.wasm", Some("sha384-a")),
                "{starter}"
            );
        }
        std::fs::remove_dir_all(&dist).unwrap();
    }

    #[test]
    fn a_second_run_finds_the_binaries_the_first_one_named() {
        let dist = std::env::temp_dir().join(format!("four-islands-prerender-{}", std::process::id()));
        std::fs::create_dir_all(&dist).unwrap();
        std::fs::write(dist.join("four-islands-embed.js"), "glue").unwrap();
        std::fs::write(dist.join("four-islands-embed_bg.wasm"), "wasm").unwrap();
        let first = name_by_content(&dist, "four-islands-embed").unwrap().unwrap();
        assert!(
            first.module.starts_with("four-islands-embed-") && first.wasm.ends_with("_bg.wasm"),
            "{}",
            first.module
        );
        assert!(first.integrity.as_deref().is_some_and(|i| i.starts_with("sha384-")));
        let again = name_by_content(&dist, "four-islands-embed").unwrap().unwrap();
        assert_eq!((again.module, again.wasm, again.integrity), (first.module, first.wasm, first.integrity));
        // Another binary's files are not taken for the one that was not built.
        assert!(name_by_content(&dist, "four-islands-analysis").unwrap().is_none());
        std::fs::remove_dir_all(&dist).unwrap();
    }
}
