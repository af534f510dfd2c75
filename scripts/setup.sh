#!/usr/bin/env bash
# Installs what building, serving and testing need, skipping whatever is
# already present. Sourced by scripts/serve and scripts/test; safe to re-run.
# Everything comes from the package registries (crates.io, npm, Debian):
# nothing downloads a binary from anywhere else.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TRUNK_VERSION="0.21.14"
# build-tools/ first: its wasm-opt is the one Trunk.toml names.
export PATH="$HOME/.cargo/bin:$ROOT/build-tools/node_modules/.bin:$ROOT/e2e/node_modules/.bin:$PATH"

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

# The wasm-bindgen CLI must match the wasm-bindgen crate in Cargo.lock exactly.
locked_wasm_bindgen() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

setup_rust() {
  if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
    say "adding the wasm32-unknown-unknown target"
    rustup target add wasm32-unknown-unknown
  fi
  rustup component list --installed | grep -q '^clippy' || rustup component add clippy
  rustup component list --installed | grep -q '^rustfmt' || rustup component add rustfmt
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "installing trunk $TRUNK_VERSION (about 9 minutes)"
    cargo install --locked trunk --version "$TRUNK_VERSION"
  fi
  local want
  want="$(locked_wasm_bindgen)"
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ]; then
    say "installing wasm-bindgen-cli $want (about 7 minutes)"
    # Not --locked: its lockfile names a crate version this registry lacks.
    cargo install wasm-bindgen-cli --version "$want"
  fi
}

setup_browser() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  # Without a CJK font the screenshots show boxes instead of characters.
  fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} from Debian"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
}

# The cross-engine tier (e2e/engines/): WebKitGTK's WebDriver and its
# MiniBrowser (Debian's webkit2gtk-driver) under a virtual X server (xvfb),
# Firefox ESR, and geckodriver from crates.io.
setup_engines() {
  local missing=()
  command -v WebKitWebDriver >/dev/null || missing+=(webkit2gtk-driver)
  command -v xvfb-run >/dev/null || missing+=(xvfb)
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} from Debian"
    local sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
  fi
  if ! command -v geckodriver >/dev/null; then
    say "installing geckodriver (about 3 minutes)"
    cargo install geckodriver
  fi
}

# What `trunk build --release` runs besides Rust (build-tools/): binaryen@132
# for wasm-opt (Debian's binaryen 108 miscompiles): the one Trunk.toml asks
# for (the editor's page) and the one loader/finish-dist.mjs runs on the
# reader's Wasm after pruning it; terser and acorn for finish-dist.mjs. Trunk looks for wasm-opt on PATH and
# then in its own cache; linking it into the cache makes a plain
# `trunk build --release`, from any shell, build what CI builds.
setup_build_tools() {
  if [ ! -x "$ROOT/build-tools/node_modules/.bin/wasm-opt" ] || [ ! -d "$ROOT/build-tools/node_modules/terser" ] ||
     [ "$ROOT/build-tools/package-lock.json" -nt "$ROOT/build-tools/node_modules/.package-lock.json" ]; then
    say "installing the build's tools (build-tools/)"
    (cd "$ROOT/build-tools" && npm ci --no-audit --no-fund --loglevel=error)
  fi
  local version cache
  version="$(sed -n 's/^wasm_opt = "\(.*\)"/\1/p' "$ROOT/Trunk.toml")"
  cache="${XDG_CACHE_HOME:-$HOME/.cache}/trunk/wasm-opt-$version/bin"
  if [ "$(readlink "$cache/wasm-opt" 2>/dev/null)" != "$ROOT/build-tools/node_modules/.bin/wasm-opt" ]; then
    mkdir -p "$cache"
    ln -sfn "$ROOT/build-tools/node_modules/.bin/wasm-opt" "$cache/wasm-opt"
  fi
}

# playwright-core drives Debian's Chromium in the end-to-end tests.
setup_node() {
  if [ ! -d "$ROOT/e2e/node_modules/playwright-core" ] ||
     [ "$ROOT/e2e/package-lock.json" -nt "$ROOT/e2e/node_modules/.package-lock.json" ]; then
    say "installing the test packages (e2e/)"
    (cd "$ROOT/e2e" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

setup_all() {
  setup_rust
  setup_build_tools
  setup_node
  setup_browser
  setup_engines
}

# Run directly (not sourced): install everything.
if [ "${BASH_SOURCE[0]}" = "$0" ]; then
  setup_all
fi
