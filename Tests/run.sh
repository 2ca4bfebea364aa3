#!/usr/bin/env bash
# Runs Scout's test suite. Installs libcsv-dev, libsqlite3-dev and libxlsxwriter-dev first when they are missing
# (Debian/Ubuntu), and openpyxl (PyPI, into .build/test-python) for the tests that read the workbook back.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
source pipelines/lib/ensure-deps.sh
ensure_libcsv
ensure_sqlite
ensure_xlsxwriter
ensure_openpyxl
# The code stays formatted to .swift-format (line length 120): `swift format -i -r Sources Tests Fuzz/Sources` fixes it.
swift format lint --strict --parallel -r Sources Tests Fuzz/Sources
swift build --build-tests
# Tests write their fixtures and runs under one temporary folder of their own, removed when the run ends.
TMPDIR="$(mktemp -d "${TMPDIR:-/tmp}/scout-test-run.XXXXXX")"
export TMPDIR
trap 'rm -rf "$TMPDIR"' EXIT
swift test --skip-build "$@"
