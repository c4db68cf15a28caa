#!/usr/bin/env bash
# Installs Neovim (Debian's package) for the second, independent LSP client test.
# Idempotent; runs as root without prompts (CI and fresh machines).
set -euo pipefail
if command -v nvim >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "setup-nvim: Neovim is missing and installing it needs root (apt-get install neovim)" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq </dev/null >/dev/null
apt-get install -y -qq neovim </dev/null >/dev/null
command -v nvim >/dev/null
