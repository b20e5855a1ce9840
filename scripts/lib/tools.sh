# Sourced by scripts/serve, scripts/test, scripts/build and scripts/bench: installs what is
# missing, and is quick when everything is there. Only package registries are reachable on our
# machines, so nothing is downloaded from elsewhere: trunk runs offline and takes wasm-bindgen
# and wasm-opt from PATH.

TOOLS_HOME="${FOUR_ISLANDS_TOOLS:-$HOME/.local/share/four-islands}"
# The npm tools, installed from tools/npm/package-lock.json into a folder named by the lock
# file's hash, so that checkouts with different locks on one machine never reinstall over
# each other.
NPM_LOCK="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)/tools/npm/package-lock.json"
NPM_TOOLS="$TOOLS_HOME/npm-$(sha256sum "$NPM_LOCK" | cut -c1-16)"
export PATH="$HOME/.cargo/bin:$NPM_TOOLS/node_modules/.bin:$PATH"

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# Installs Debian packages without starting the services some of them bring (nginx's would
# listen on port 80): policy-rc.d is Debian's switch for that, kept if the machine has one.
apt_install() {
  local guard=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    guard=/usr/sbin/policy-rc.d
    printf '#!/bin/sh\nexit 101\n' | as_root tee "$guard" >/dev/null
    as_root chmod +x "$guard"
  fi
  local status=0
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" || status=$?
  if [ -n "$guard" ]; then as_root rm -f "$guard"; fi
  return $status
}

need_wasm_target() {
  rustup target list --installed | grep -qx wasm32-unknown-unknown || rustup target add wasm32-unknown-unknown
}

need_trunk() {
  # trunk 0.22 needs a newer rustc than ours.
  trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.' || cargo install trunk@^0.21 --locked
}

need_wasm_bindgen() {
  # The CLI must be exactly the version of the wasm-bindgen crate in Cargo.lock. It is built
  # from tools/wasm-bindgen-cli, whose committed Cargo.lock pins its dependencies (the crate's
  # own lock names a release the registry no longer serves).
  local want
  want=$(awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
  if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $want"; then
    # Built outside the work tree, and the build thrown away.
    local build
    build=$(mktemp -d)
    cargo install --path tools/wasm-bindgen-cli --locked --target-dir "$build"
    rm -rf "$build"
  fi
}

need_npm_tools() {
  # Exactly the packages and integrity hashes of the committed lock file (npm ci), once per
  # lock file; `installed` marks an install that finished. Debian's binaryen is too old for rustc's output; npm's is current.
  if [ ! -f "$NPM_TOOLS/installed" ]; then
    mkdir -p "$NPM_TOOLS"
    cp "$(dirname "$NPM_LOCK")/package.json" "$NPM_LOCK" "$NPM_TOOLS/"
    (cd "$NPM_TOOLS" && npm ci --no-audit --no-fund --loglevel=error) && touch "$NPM_TOOLS/installed"
  fi
  # The accessibility rules the browser tests run in the page.
  export FOUR_ISLANDS_AXE="$NPM_TOOLS/node_modules/axe-core/axe.min.js"
  # pym.js, as newsrooms load it: the browser tests' host article embeds through its parent.
  export FOUR_ISLANDS_PYM="$NPM_TOOLS/node_modules/pym.js/dist/pym.v1.min.js"
}

need_wasm_opt() {
  need_npm_tools
  wasm-opt --version 2>/dev/null | grep -q 'version 132' || {
    echo "wasm-opt 132 is not on PATH after installing tools/npm" >&2
    return 1
  }
}

need_browser() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null && fc-list :lang=ja | grep -q .; then
    return
  fi
  # A Japanese font, so screenshots show the Japanese names instead of boxes.
  apt_install chromium chromium-driver fonts-ipafont-gothic
}

# Kept for scripts that still call it: the browser tests' axe-core comes from tools/npm.
need_axe() {
  need_npm_tools
}

need_nginx() {
  # The hosting recipe the browser tests serve dist/ with (hosting/nginx.conf): Debian's
  # nginx and its module that serves the pre-compressed .br files.
  if [ -x /usr/sbin/nginx ] && [ -f /usr/lib/nginx/modules/ngx_http_brotli_static_module.so ]; then
    return
  fi
  apt_install nginx libnginx-mod-http-brotli-static
}

need_cargo_deny() {
  # Checks the licences and sources of every crate in Cargo.lock (deny.toml), offline. Built
  # once (about 5 minutes on two cores), then found in ~/.cargo/bin.
  cargo deny --version 2>/dev/null | grep -qx 'cargo-deny 0.20.2' || cargo install cargo-deny@0.20.2 --locked
}

need_web_tools() {
  need_wasm_target
  need_trunk
  need_wasm_bindgen
  need_wasm_opt
}
