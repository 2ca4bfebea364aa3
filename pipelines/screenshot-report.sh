#!/usr/bin/env bash
# Renders a run's report.html in headless Chromium (Debian package `chromium`) and saves a PNG, to check what a
# reader sees. The page loads nothing from the network (its Content-Security-Policy forbids it).
#
#   pipelines/screenshot-report.sh runs/latest/report.html [OUT.png] [WIDTHxHEIGHT]
#
# OUT defaults to report.png beside the report; the window defaults to 1400x2600 (the screenshot is the window).
set -euo pipefail
report="${1:?usage: screenshot-report.sh REPORT.html [OUT.png] [WIDTHxHEIGHT]}"
out="${2:-$(dirname "$report")/report.png}"
size="${3:-1400x2600}"
[ -f "$report" ] || { echo "screenshot-report.sh: $report: no such file" >&2; exit 1; }
browser="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [ -z "$browser" ]; then
    echo "screenshot-report.sh: Chromium is missing (Debian: apt-get install chromium)" >&2
    exit 1
fi
abs="$(cd "$(dirname "$report")" && pwd)/$(basename "$report")"
out_abs="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# --no-sandbox: Chromium refuses to start as root otherwise (CI and containers run as root).
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
    --window-size="${size/x/,}" --screenshot="$out_abs" "file://$abs" >/dev/null 2>&1
[ -s "$out_abs" ] || { echo "screenshot-report.sh: Chromium wrote no screenshot" >&2; exit 1; }
echo "$out_abs"
