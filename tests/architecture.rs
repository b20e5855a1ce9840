//! The invariants of ARCHITECTURE.md that a machine can check: which layers may import which,
//! no cycles between the model's modules, the vocabulary build.rs shares with the core, side
//! effects in their few files, and functions and components small enough to read at once.
//! Only code outside tests counts (a test may reach across layers to check them).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `dir`, as (path relative to the repository, text).
fn sources(dir: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut dirs = vec![root().join(dir)];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path.strip_prefix(root()).unwrap().to_string_lossy().replace('\\', "/");
                out.push((relative, std::fs::read_to_string(&path).unwrap()));
            }
        }
    }
    out.sort();
    out
}

/// The code of a Rust file with comments, string and character literals blanked (newlines
/// kept), and `#[cfg(test)]` modules (and files named `tests.rs`) left out.
fn code(path: &str, text: &str) -> String {
    if path.ends_with("/tests.rs") {
        return String::new();
    }
    let blanked = blank_literals(text);
    let mut out = String::with_capacity(blanked.len());
    let mut rest = blanked.as_str();
    while let Some(at) = rest.find("#[cfg(test)]") {
        out.push_str(&rest[..at]);
        let after = &rest[at..];
        // A test module's body is skipped to its closing brace; `mod tests;` to its end.
        let module = after.find("mod ").filter(|&m| after[..m].trim_end().ends_with(']'));
        match module.and_then(|m| after[m..].find(['{', ';']).map(|b| m + b)) {
            Some(open) if after.as_bytes()[open] == b'{' => {
                let close = matching_brace(after, open);
                out.extend(after[..close].chars().filter(|&c| c == '\n'));
                rest = &after[close..];
            }
            _ => {
                out.push_str("#[cfg(test)]");
                rest = &after["#[cfg(test)]".len()..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn blank_literals(text: &str) -> String {
    let b = text.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    let blank =
        |out: &mut Vec<u8>, from: &[u8]| out.extend(from.iter().map(|&c| if c == b'\n' { b'\n' } else { b' ' }));
    while i < b.len() {
        let rest = &b[i..];
        let end = if rest.starts_with(b"//") {
            rest.iter().position(|&c| c == b'\n').unwrap_or(rest.len())
        } else if rest.starts_with(b"/*") {
            rest.windows(2).position(|w| w == b"*/").map_or(rest.len(), |p| p + 2)
        } else if let Some(hashes) = raw_string_start(b, i) {
            let close: Vec<u8> = std::iter::once(b'"').chain(std::iter::repeat_n(b'#', hashes)).collect();
            let open = 2 + hashes;
            rest[open..]
                .windows(close.len())
                .position(|w| w == close.as_slice())
                .map_or(rest.len(), |p| open + p + close.len())
        } else if rest[0] == b'"' {
            let mut j = 1;
            while j < rest.len() && rest[j] != b'"' {
                j += if rest[j] == b'\\' { 2 } else { 1 };
            }
            (j + 1).min(rest.len())
        } else if rest[0] == b'\'' {
            // A character literal ('a', '\n', '\u{1F600}', '{'); a lifetime ('a) is left alone.
            match rest.iter().skip(1).take(12).position(|&c| c == b'\'') {
                Some(p) if p == 1 || (rest[1] == b'\\') || (p > 1 && !rest[1].is_ascii_alphanumeric()) => p + 2,
                _ => 0,
            }
        } else {
            0
        };
        if end == 0 {
            out.push(b[i]);
            i += 1;
        } else {
            blank(&mut out, &rest[..end]);
            i += end;
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// How many `#` a raw string starting at `i` has (`r"…"`, `r#"…"#`, `br"…"`), if one does.
fn raw_string_start(b: &[u8], i: usize) -> Option<usize> {
    let word_before = i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
    if word_before || b[i] != b'r' {
        return None;
    }
    let hashes = b[i + 1..].iter().take_while(|&&c| c == b'#').count();
    (b.get(i + 1 + hashes) == Some(&b'"')).then_some(hashes)
}

/// The index just past the brace that closes the one at `open`.
fn matching_brace(code: &str, open: usize) -> usize {
    let mut depth = 0;
    for (i, c) in code.char_indices().skip_while(|&(i, _)| i < open) {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
    }
    code.len()
}

/// Each function of a file's code: its name, first line and length in lines.
fn functions(code: &str) -> Vec<(String, usize, usize)> {
    let mut out = Vec::new();
    let mut search = 0;
    while let Some(found) = code[search..].find("fn ") {
        let at = search + found;
        search = at + 3;
        let word_before = code[..at].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_');
        let name: String = code[at + 3..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        if word_before || name.is_empty() {
            continue;
        }
        // The body opens at the first `{` before any `;` (a declaration without a body).
        let Some(open) = code[at..].find(['{', ';']).map(|o| at + o).filter(|&o| code.as_bytes()[o] == b'{') else {
            continue;
        };
        let close = matching_brace(code, open);
        let line = code[..at].matches('\n').count() + 1;
        out.push((name, line, code[at..close].matches('\n').count() + 1));
    }
    out
}

/// The crate-internal modules and outside crates a file's code names in paths.
fn paths(code: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for prefix in ["crate::", "super::", "four_islands::"] {
        for (at, _) in code.match_indices(prefix) {
            let path: String =
                code[at..].chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':').collect();
            out.insert(path.trim_end_matches(':').to_owned());
        }
    }
    for krate in ["yew", "web_sys", "wasm_bindgen", "js_sys", "serde", "toml"] {
        let named = code
            .match_indices(&format!("{krate}::"))
            .any(|(at, _)| !code[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == ':'));
        if named || code.contains(&format!("use {krate};")) {
            out.insert(krate.to_owned());
        }
    }
    out
}

/// The files (outside tests) of `dir` that name any of `forbidden`.
fn naming(dir: &str, forbidden: &[&str]) -> Vec<String> {
    let mut found = Vec::new();
    for (path, text) in sources(dir) {
        for p in paths(&code(&path, &text)) {
            if forbidden.iter().any(|f| p == *f || p.starts_with(&format!("{f}::"))) {
                found.push(format!("{path} names {p}"));
            }
        }
    }
    found
}

#[test]
fn the_model_knows_nothing_of_texts_renderers_the_interface_or_the_browser() {
    let found = naming(
        "src/model",
        &[
            "crate::i18n",
            "crate::render",
            "crate::ui",
            "crate::source_data",
            "yew",
            "web_sys",
            "wasm_bindgen",
            "js_sys",
        ],
    );
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn texts_and_renderers_serve_every_output_and_know_nothing_of_the_interface() {
    let forbidden = ["crate::ui", "yew", "web_sys", "wasm_bindgen", "js_sys"];
    let mut found = naming("src/i18n", &forbidden);
    found.extend(naming("src/i18n", &["crate::render"]));
    found.extend(naming("src/render", &forbidden));
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn components_touch_no_browser_api_and_take_no_locale_as_props() {
    let mut found = naming("src/ui/components", &["web_sys", "wasm_bindgen", "js_sys"]);
    for (path, text) in sources("src/ui/components") {
        let code = code(&path, &text);
        for prop in ["pub lang: Lang", "pub naming: Naming", "pub locale: Locale"] {
            if code.contains(prop) {
                found.push(format!("{path}: a prop `{prop}` (the locale comes from context)"));
            }
        }
    }
    // Side effects live in browser.rs, the event readers in events.rs, the worker in
    // analysis_worker.rs, the full page's two binaries' ties in two_binaries.rs: nothing else
    // in the interface calls the browser.
    let allowed = ["src/ui/browser.rs", "src/ui/events.rs", "src/ui/analysis_worker.rs", "src/ui/two_binaries.rs"];
    for (path, text) in sources("src/ui") {
        let names = paths(&code(&path, &text));
        if !allowed.contains(&path.as_str())
            && names.iter().any(|p| ["web_sys", "js_sys", "wasm_bindgen"].contains(&p.as_str()))
        {
            found.push(format!("{path} calls the browser outside browser.rs, events.rs, analysis_worker.rs and two_binaries.rs"));
        }
    }
    assert!(found.is_empty(), "{found:#?}");
}

#[test]
fn markup_is_inserted_from_two_places_only() {
    let inserting = |call: &str| -> Vec<String> {
        ["src/ui", "src/model", "src/i18n"]
            .iter()
            .flat_map(|dir| sources(dir))
            .filter(|(path, text)| code(path, text).contains(call))
            .map(|(path, _)| path)
            .collect()
    };
    assert_eq!(inserting("from_html_unchecked"), ["src/ui/components.rs"], "only trusted_markup inserts markup, from src/render");
    // The pages without yew (the embed's card, the full page's first screen) draw what
    // src/render writes, through browser.rs (the second binary's host only empties its place),
    // and components patch it through one hook.
    assert_eq!(inserting("set_outer_html("), ["src/ui/browser.rs"]);
    assert_eq!(inserting("set_inner_html(m"), ["src/ui/browser.rs"]);
    let mut drawing: Vec<String> =
        ["browser::draw_live_page(", "browser::redraw(", "browser::patch_live_page(", "browser::patch_content("]
            .iter()
            .flat_map(|c| inserting(c))
            .collect();
    drawing.sort();
    drawing.dedup();
    assert_eq!(drawing, ["src/ui/components.rs", "src/ui/plain_embed.rs", "src/ui/plain_page.rs"]);
}

/// The model's top-level modules each file belongs to, and those its code names.
fn model_graph() -> BTreeMap<String, BTreeSet<String>> {
    let mut graph: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for (path, text) in sources("src/model") {
        let inside = path.trim_start_matches("src/model/").trim_end_matches(".rs");
        let mut parts = inside.split('/');
        let module = parts.next().unwrap_or("").to_owned();
        if module == "mod" {
            continue;
        }
        // `super::` in a top-level file names a sibling; in a file of a folder module
        // (negotiation/value.rs) it names the folder, and `super::super::` a sibling.
        let nested = parts.next().is_some_and(|file| file != "mod");
        let sibling = if nested { "super::super::" } else { "super::" };
        let names = paths(&code(&path, &text));
        let uses = graph.entry(module.clone()).or_default();
        for p in names {
            let named = p.strip_prefix("crate::model::").or_else(|| p.strip_prefix(sibling));
            if let Some(other) = named.and_then(|rest| rest.split("::").next()) {
                if other != module && !other.is_empty() {
                    uses.insert(other.to_owned());
                }
            }
        }
    }
    graph
}

#[test]
fn the_models_modules_form_no_cycle() {
    let graph = model_graph();
    assert!(graph.len() > 20, "{} modules", graph.len());
    // Depth-first, keeping the path: a module met again on its own path closes a cycle.
    fn visit(m: &str, graph: &BTreeMap<String, BTreeSet<String>>, path: &mut Vec<String>, done: &mut BTreeSet<String>) {
        if let Some(at) = path.iter().position(|p| p == m) {
            panic!("the model's modules form a cycle: {} → {m}", path[at..].join(" → "));
        }
        if !done.insert(m.to_owned()) {
            return;
        }
        path.push(m.to_owned());
        for next in graph.get(m).into_iter().flatten() {
            visit(next, graph, path, done);
        }
        path.pop();
    }
    let mut done = BTreeSet::new();
    for m in graph.keys() {
        visit(m, &graph, &mut Vec::new(), &mut done);
    }
}

#[test]
fn the_vocabulary_build_rs_shares_depends_on_nothing_else() {
    let build = std::fs::read_to_string(root().join("build.rs")).unwrap();
    let shared: BTreeSet<String> = build
        .lines()
        .filter_map(|l| l.trim().strip_prefix("#[path = \"src/model/")?.strip_suffix(".rs\"]").map(str::to_owned))
        .collect();
    for expected in ["island", "scenario", "condition", "formula", "party", "population", "confidence", "date", "map"] {
        assert!(shared.contains(expected), "build.rs compiles in the core's `{expected}`");
    }
    let graph = model_graph();
    for module in &shared {
        let beyond: Vec<&String> = graph[module].iter().filter(|m| !shared.contains(*m)).collect();
        assert!(beyond.is_empty(), "model::{module}, which build.rs compiles in, names {beyond:?}");
    }
    // The schema reads the core's types: it declares none of the same names.
    let schema = std::fs::read_to_string(root().join("src/source_data/schema.rs")).unwrap();
    for name in
        ["IslandId", "Party", "Condition", "Formula", "Population", "Confidence", "Term", "Status", "Land", "PastLand"]
    {
        assert!(!schema.contains(&format!("pub enum {name} ")), "schema.rs mirrors the core's {name}");
    }
}

#[test]
fn functions_and_components_are_short_enough_to_read_at_once() {
    let mut found = Vec::new();
    for dir in ["src", "benches", "build.rs"] {
        let files = if dir.ends_with(".rs") {
            vec![(dir.to_owned(), std::fs::read_to_string(root().join(dir)).unwrap())]
        } else {
            sources(dir)
        };
        for (path, text) in files {
            for (name, line, lines) in functions(&code(&path, &text)) {
                if lines > 60 {
                    found.push(format!("{path}:{line}: fn {name} has {lines} lines"));
                }
            }
        }
    }
    for (path, text) in sources("src/ui/components") {
        let lines = text.lines().count();
        if lines > 150 {
            found.push(format!("{path} has {lines} lines"));
        }
    }
    assert!(found.is_empty(), "over 60 lines a function or 150 a component:\n{}", found.join("\n"));
}

#[test]
fn the_scanner_sees_functions_tests_and_literals() {
    let text = "fn a() {\n    let s = \"}\";\n    let c = '{';\n}\n#[cfg(test)]\nmod tests {\n    fn b() {}\n}\nfn c<'a>(x: &'a str) -> &'a str {\n    // }\n    x\n}\n";
    let code = code("src/x.rs", text);
    assert_eq!(functions(&code), [("a".to_owned(), 1, 4), ("c".to_owned(), 9, 4)]);
    assert!(
        paths("use crate::model::island::IslandId; yew::html!{} super::x").contains("crate::model::island::IslandId")
    );
    assert!(paths("use web_sys::Element;").contains("web_sys"));
    assert!(!paths("let my_web_sys::x = 1;").contains("web_sys"));
    assert!(Path::new(&root()).join("ARCHITECTURE.md").exists());
}
