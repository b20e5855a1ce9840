//! The tools that build what readers run are the ones the repository pins.

use std::path::Path;

/// The version of `name` in a Cargo.lock.
fn locked(lock: &str, name: &str) -> Option<String> {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(lock)).ok()?;
    let at = text.find(&format!("name = \"{name}\"\nversion = \""))?;
    let rest = &text[at..].split_once("version = \"")?.1;
    Some(rest.split('"').next()?.to_owned())
}

#[test]
fn the_pinned_wasm_bindgen_cli_is_the_version_the_build_links() {
    let crate_version = locked("Cargo.lock", "wasm-bindgen").expect("wasm-bindgen in Cargo.lock");
    let cli = locked("tools/wasm-bindgen-cli/Cargo.lock", "wasm-bindgen-cli").expect("the CLI's lock");
    assert_eq!(
        cli, crate_version,
        "tools/wasm-bindgen-cli pins another wasm-bindgen-cli than Cargo.lock's wasm-bindgen"
    );
    let manifest =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/wasm-bindgen-cli/Cargo.toml"))
            .unwrap();
    assert!(
        manifest.contains(&format!("wasm-bindgen-cli = \"={crate_version}\"")),
        "the manifest names another version"
    );
}

#[test]
fn the_npm_tools_are_pinned_with_their_integrity() {
    let lock: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tools/npm/package-lock.json")).unwrap(),
    )
    .unwrap();
    let packages = lock["packages"].as_object().expect("a lockfile v3");
    for (name, version) in [("binaryen", "132.0.0"), ("axe-core", "4.14.1")] {
        let entry = &packages[&format!("node_modules/{name}")];
        assert_eq!(entry["version"], version, "{name}");
        assert!(entry["integrity"].as_str().is_some_and(|i| i.starts_with("sha512-")), "{name} has no integrity");
    }
}
