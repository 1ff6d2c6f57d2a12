#!/usr/bin/env bash
# Installs Debian's PostgreSQL server when it is missing: the register's tests run against a real one
# (test/support/postgres.ts starts it on a loopback port with a throw-away data folder, and stops it).
set -euo pipefail
if ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || command -v initdb >/dev/null 2>&1; then exit 0; fi
export DEBIAN_FRONTEND=noninteractive
apt-get -o DPkg::Lock::Timeout=600 update -qq
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends postgresql >/dev/null
