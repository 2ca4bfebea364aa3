#!/usr/bin/env bash
# Builds the libFuzzer target (AddressSanitizer on) and fuzzes Scout's CSV and export readers.
#   Fuzz/run.sh [SECONDS] [extra libFuzzer flags]     default 60 s; corpus in Fuzz/corpus (seeded from Tests/Fixtures)
#   FUZZ_CONFIG=debug Fuzz/run.sh 60                   a quicker build (CI's smoke run); release by default
# Exits non-zero on a crash, a sanitizer report or a block-size difference; the input is saved as Fuzz/crash-*.
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"; shift || true
source ../pipelines/lib/ensure-deps.sh
ensure_libcsv
ensure_sqlite
export PATH="/opt/swift/usr/bin:/opt/swift/bin:$PATH"
config="${FUZZ_CONFIG:-release}"
swift build -c "$config" -Xswiftc -sanitize=fuzzer,address -Xswiftc -g >&2
binary="$(swift build -c "$config" -Xswiftc -sanitize=fuzzer,address -Xswiftc -g --show-bin-path)/ScoutFuzz"
mkdir -p corpus seeds
# Seeds: every CSV fixture of the test suite (copied, so the fixtures stay untouched).
find ../Tests/Fixtures -name '*.csv' -size -64k | while read -r f; do cp "$f" "seeds/$(echo "$f" | tr '/.' '__')"; done
"$binary" corpus seeds -max_total_time="$seconds" -max_len=65536 -timeout=20 -rss_limit_mb=4096 \
    -artifact_prefix=./ -print_final_stats=1 "$@"
