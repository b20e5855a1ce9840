#!/usr/bin/env sh
# Trunk's post-build hook, one script because trunk runs separate hooks at the same time:
# 1. builds the embed page's own wasm (`four-islands-embed`, the explorer without the full
#    page's panels) into trunk's staging folder the way trunk builds the main one: same
#    profile, wasm-bindgen for the web, wasm-opt with the flags index.html gives;
# 2. `fourislands prerender` writes the static pages, names the embed's files by their
#    content and points embed.html at them.
set -eu
out="${TRUNK_STAGING_DIR:?run by trunk as a post-build hook}"
cd "${TRUNK_SOURCE_DIR:-.}"
wasm=target/wasm32-unknown-unknown
if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  cargo build --locked --quiet --release --target wasm32-unknown-unknown --bin four-islands-embed
  wasm="$wasm/release/four-islands-embed.wasm"
else
  cargo build --locked --quiet --target wasm32-unknown-unknown --bin four-islands-embed
  wasm="$wasm/debug/four-islands-embed.wasm"
fi
wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name four-islands-embed "$wasm"
if [ "${TRUNK_PROFILE:-debug}" = release ]; then
  # One list of wasm-opt flags, in index.html, for both binaries.
  level=$(sed -n 's/.*data-wasm-opt="\([^"]*\)".*/\1/p' index.html)
  params=$(sed -n 's/.*data-wasm-opt-params="\([^"]*\)".*/\1/p' index.html)
  # shellcheck disable=SC2086 # the flags are words
  wasm-opt "-O${level:-z}" $params -o "$out/four-islands-embed_bg.wasm" "$out/four-islands-embed_bg.wasm"
fi
cargo run --locked --quiet --bin fourislands -- prerender --dist "$out"
