#!/usr/bin/env bash
# Sets up a fresh Debian/Ubuntu machine for briefdeck: the Cairo/Pango headers the `canvas`
# module builds against, then the npm packages (exact versions from package-lock.json).
# With --test-tools it also installs what the tests use to open decks independently:
# LibreOffice Impress (headless), poppler-utils (pdftotext, pdftoppm) and the fonts.
# Safe to run again: installed packages are skipped.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential pkg-config libcairo2-dev libpango1.0-dev libjpeg-dev libgif-dev librsvg2-dev)
if [[ "${1:-}" == "--test-tools" ]]; then
  packages+=(libreoffice-impress poppler-utils fonts-liberation2 fonts-crosextra-carlito)
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if command -v apt-get >/dev/null; then
    sudo=""; [[ $(id -u) -ne 0 ]] && sudo="sudo"
    echo "setup: installing ${missing[*]}" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: please install the Cairo/Pango development packages for your system (see README, Troubleshooting)" >&2
  fi
fi

# `npm install` (not `npm ci`): it installs exactly the versions locked in package-lock.json, and
# unlike `npm ci` it tolerates optional per-platform packages that a registry mirror does not
# carry (the validator's darwin/win32 builds), which `npm ci` reports as "missing from lock file".
npm install --no-audit --no-fund
