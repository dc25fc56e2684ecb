# Sourced by the other scripts: picks how the browser bundle (wasm32) is built on this machine and
# exports the environment every cargo call of the project must share (so build caches are reused).
#
# - A Rust that already has the wasm32-unknown-unknown standard library (e.g. rustup with the
#   target added) is used as it is.
# - Otherwise Debian's rustc-web/cargo-web (Rust 1.96, with rust-web-src) builds std for wasm32
#   itself (`-Zbuild-std`, allowed on a stable compiler by RUSTC_BOOTSTRAP=1); rust-lld comes from
#   rust-web-llvm. `/usr/bin` goes first on PATH so that every build uses that one compiler.

GUESTLIST_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export GUESTLIST_ROOT
# Where cargo puts the binaries (CARGO_TARGET_DIR is honoured, e.g. to share a build cache).
GUESTLIST_TARGET_DIR="${CARGO_TARGET_DIR:-$GUESTLIST_ROOT/target}"

has_wasm_std() {
  local libdir
  libdir="$(rustc --print target-libdir --target wasm32-unknown-unknown 2>/dev/null)" || return 1
  compgen -G "$libdir/libstd-*.rlib" >/dev/null
}

if [ -z "${GUESTLIST_WASM_MODE:-}" ]; then
  if has_wasm_std; then
    GUESTLIST_WASM_MODE=target
  else
    GUESTLIST_WASM_MODE=build-std
  fi
fi
export GUESTLIST_WASM_MODE

# cargo-leptos takes extra cargo arguments for the wasm build on its command line.
LEPTOS_ARGS=()
if [ "$GUESTLIST_WASM_MODE" = build-std ]; then
  export PATH="/usr/bin:$PATH"
  export RUSTC_BOOTSTRAP=1
  LEPTOS_ARGS+=("--lib-cargo-args=-Zbuild-std=std,panic_abort")
fi

# Leptos compiles the bundle's file name into the server (option_env!); cargo-leptos sets it, and
# every other cargo call (tests) must set the same or it rebuilds a server asking for other files.
export LEPTOS_OUTPUT_NAME=guestlist
# Builds here are made once, not edited and rebuilt: incremental caches would only take disk
# (13 GB for a test run). A developer who iterates can set CARGO_INCREMENTAL=1.
export CARGO_INCREMENTAL="${CARGO_INCREMENTAL:-0}"

# Tools the project installs for itself: cargo's bin folder and the npm-installed wasm-opt.
export PATH="$PATH:${CARGO_HOME:-$HOME/.cargo}/bin:$GUESTLIST_ROOT/.tools/node_modules/.bin"

# The versions the project pins.
CARGO_LEPTOS_VERSION=0.3.11
BINARYEN_VERSION=132.0.0
WASM_BINDGEN_VERSION="$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$GUESTLIST_ROOT/Cargo.lock")"
export CARGO_LEPTOS_VERSION BINARYEN_VERSION WASM_BINDGEN_VERSION
