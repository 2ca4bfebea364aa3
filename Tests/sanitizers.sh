#!/usr/bin/env bash
# Runs the whole test suite under AddressSanitizer and ThreadSanitizer (or the one named), each in its own build
# folder (.build-address, .build-thread), and prints how long each took. The tests also run the built `scout`
# binaries, which are then instrumented too: a report there fails the test that ran them.
#   Tests/sanitizers.sh                 # both
#   Tests/sanitizers.sh thread          # one
#   Tests/sanitizers.sh thread --filter 'ScoringEngineTests|PipelineTests'   # one, some suites (swift test options)
# ASan's leak checker is off (the Swift runtime keeps metadata alive on purpose); memory errors stop the run.
set -euo pipefail
cd "$(dirname "$0")/.."
source pipelines/lib/ensure-deps.sh
ensure_libcsv
ensure_sqlite
export PATH="/opt/swift/usr/bin:/opt/swift/bin:$PATH"
export ASAN_OPTIONS="detect_leaks=0:abort_on_error=0:halt_on_error=1"
export TSAN_OPTIONS="halt_on_error=0:exitcode=66"
status=0
sanitizers="${1:-address thread}"
shift || true
for s in $sanitizers; do
    start=$(date +%s)
    swift build --build-tests --scratch-path ".build-$s" --sanitize="$s"
    if swift test --skip-build --scratch-path ".build-$s" --sanitize="$s" "$@"; then result=passed; else result=FAILED; status=1; fi
    echo "sanitizers.sh: $s sanitizer: suite $result in $(( $(date +%s) - start )) s (build included)"
done
exit $status
