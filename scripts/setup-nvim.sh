#!/usr/bin/env bash
# Installs Neovim (Debian's package) for the second, independent LSP client test
# (test/nvim.test.ts). Idempotent: does nothing when `nvim` is on PATH. Runs without
# prompts as root, or through passwordless sudo (CI runners); otherwise it says what to run.
set -euo pipefail
if command -v nvim >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" = 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "setup-nvim: Neovim is missing and installing it needs root: apt-get install -y neovim" >&2
  exit 1
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-nvim: no apt-get here; install Neovim 0.7 or later with the system's package manager" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get update -qq </dev/null >/dev/null
${as_root[@]+"${as_root[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends neovim </dev/null >/dev/null
command -v nvim >/dev/null
echo "setup-nvim: installed $(nvim --version | head -n 1)"
