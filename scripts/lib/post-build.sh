#!/usr/bin/env sh
# Trunk's post-build hook, one script because trunk runs separate hooks at the same time:
# 1. builds the four other wasm binaries into trunk's staging folder the way trunk builds the
#    main one (same profile, wasm-bindgen for the web, wasm-opt with the flags index.html
#    gives): `four-islands-card`, the embed's card without yew (for every embed code but
#    those asking for every control or the long panels), `four-islands-embed`, the explorer
#    without the full page's panels (for the embed with every control),
#    `four-islands-panels`, the full page's parts far below its first screen (and the embed
#    with the long panels), and `four-islands-analysis`, the negotiation analysis's web worker;
# 2. `fourislands prerender` writes the static pages, names those files by their content and
#    writes the scripts that start them (the pages' starters, the analysis worker), with
#    absolute link-preview addresses when FOUR_ISLANDS_PUBLIC_URL is set.
set -eu
out="${TRUNK_STAGING_DIR:?run by trunk as a post-build hook}"
cd "${TRUNK_SOURCE_DIR:-.}"
profile="${TRUNK_PROFILE:-debug}"
# One list of wasm-opt flags, in index.html, for every binary.
level=$(sed -n 's/.*data-wasm-opt="\([^"]*\)".*/\1/p' index.html)
params=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)
# The wasm-bindgen glue, minified in place (terser from tools/npm, as an ES module, so its
# exports keep their names).
minify() {
  terser "$1" --module --compress --mangle --output "$1.min" && mv "$1.min" "$1"
}
for bin in four-islands-card four-islands-embed four-islands-panels four-islands-analysis; do
  if [ "$profile" = release ]; then
    cargo build --locked --quiet --release --target wasm32-unknown-unknown --bin "$bin"
  else
    cargo build --locked --quiet --target wasm32-unknown-unknown --bin "$bin"
  fi
  wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name "$bin" \
    "target/wasm32-unknown-unknown/$profile/$bin.wasm"
  if [ "$profile" = release ]; then
    # shellcheck disable=SC2086 # the flags are words
    wasm-opt "-O${level:-z}" $params -o "$out/${bin}_bg.wasm" "$out/${bin}_bg.wasm"
    minify "$out/$bin.js"
  fi
done
# The main binary's glue too: trunk would minify it only with the HTML, whose prerender markers
# are comments. prerender drops trunk's preload tags, whose integrity hashes name the glue as
# trunk wrote it, and boot.js loads the glue without one.
if [ "$profile" = release ]; then
  for glue in "$out"/four-islands-web-*.js; do minify "$glue"; done
fi
# Link previews need the address the site is published at (scripts/build asks for it); local
# builds go without, and their previews use addresses relative to each page.
if [ -n "${FOUR_ISLANDS_PUBLIC_URL:-}" ]; then
  set -- --base-url "$FOUR_ISLANDS_PUBLIC_URL"
else
  set --
fi
# prerender minifies the starters it writes with the same terser, before naming them by their
# content.
if [ "$profile" = release ]; then
  FOUR_ISLANDS_TERSER=$(command -v terser)
  export FOUR_ISLANDS_TERSER
fi
cargo run --locked --quiet --bin fourislands -- prerender --dist "$out" "$@"
