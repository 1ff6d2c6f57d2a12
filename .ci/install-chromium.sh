#!/usr/bin/env bash
# Installs Debian's headless Chromium for the browser tests, once; does nothing when one is there.
set -euo pipefail
for bin in chromium-headless-shell chromium; do
  if command -v "$bin" >/dev/null 2>&1 || [ -x "/usr/lib/chromium/$bin" ]; then exit 0; fi
done
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update -qq
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends chromium-headless-shell \
  || apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends chromium
