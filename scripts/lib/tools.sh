# Sourced by scripts/serve and scripts/test: installs what is missing, and is quick when
# everything is there. Only package registries are reachable on our machines, so nothing
# is downloaded from elsewhere: trunk runs offline and takes wasm-bindgen and wasm-opt from PATH.

TOOLS_HOME="${FOUR_ISLANDS_TOOLS:-$HOME/.local/share/four-islands}"
export PATH="$HOME/.cargo/bin:$TOOLS_HOME/binaryen/node_modules/.bin:$PATH"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

need_wasm_target() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
}

need_trunk() {
  # trunk 0.22 needs a newer rustc than ours.
  trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.' || cargo install trunk@^0.21 --locked
}

need_wasm_bindgen() {
  # The CLI must be exactly the version of the wasm-bindgen crate in Cargo.lock. Installed
  # without --locked: its own lock file pins a crate release the registry here does not serve.
  local want
  want=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
  wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $want" || cargo install wasm-bindgen-cli --version "=$want"
}

need_wasm_opt() {
  # Debian's binaryen is too old for rustc's output; the npm package ships a current one.
  wasm-opt --version 2>/dev/null | grep -q 'version 132' ||
    npm install --no-audit --no-fund --prefix "$TOOLS_HOME/binaryen" binaryen@132
}

need_browser() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null && fc-list :lang=ja | grep -q .; then
    return
  fi
  as_root apt-get update -qq
  # A Japanese font, so screenshots show the Japanese names instead of boxes.
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver fonts-ipafont-gothic
}

need_axe() {
  # The accessibility rules the browser tests run in the page.
  [ -f "$TOOLS_HOME/axe/node_modules/axe-core/axe.min.js" ] ||
    npm install --no-audit --no-fund --prefix "$TOOLS_HOME/axe" axe-core@4
  export FOUR_ISLANDS_AXE="$TOOLS_HOME/axe/node_modules/axe-core/axe.min.js"
}

need_web_tools() {
  need_wasm_target
  need_trunk
  need_wasm_bindgen
  need_wasm_opt
}
