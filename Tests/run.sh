#!/usr/bin/env bash
# Runs Scout's test suite. Installs libcsv-dev and libsqlite3-dev first when they are missing (Debian/Ubuntu).
set -euo pipefail
cd "$(dirname "$0")/.."
source pipelines/lib/ensure-deps.sh
ensure_libcsv
ensure_sqlite
swift build --build-tests
swift test --skip-build "$@"
