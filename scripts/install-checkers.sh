#!/usr/bin/env bash
# Installs the system programs some tests use to check outputs (Debian; run as root).
# Locally, tests that need a missing checker are skipped; in CI (CI=true) they fail instead.
set -euo pipefail

PACKAGES=(
  chromium                # headless browser: email and page screenshots, axe-core, the preview test
  fonts-noto-core         # Latin and Cyrillic text in screenshots
  fonts-noto-color-emoji  # emoji in screenshots
  default-jre-headless    # Java for the Nu HTML Checker (vnu-jar)
  libxml2-utils           # xmllint: well-formed RSS and Atom
  jing                    # the Atom RELAX NG grammar
  python3-feedparser      # an independent feed parser (Debian's python3)
)

apt_get() {
  for attempt in 1 2 3 4 5 6 7 8 9 10; do
    if DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=120 "$@"; then return 0; fi
    echo "apt-get $1 failed (attempt $attempt); retrying in 10 s" >&2
    sleep 10
  done
  return 1
}

missing=()
for pkg in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  apt_get update -q
  apt_get install -y -q --no-install-recommends "${missing[@]}"
fi
