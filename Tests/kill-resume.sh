#!/usr/bin/env bash
# Kills `scout nightly` with SIGKILL at random moments, resumes after each kill, and checks that
#   - runs/latest always points at a complete night whose deliverables are byte-identical to an uninterrupted run;
#   - the resumed night ends byte-identical (every file but run.json and run.log) to an uninterrupted night.
# Usage: Tests/kill-resume.sh [KILLS] [SEED]      (default 23 kills, seed 15). Prints one line per kill.
set -euo pipefail
cd "$(dirname "$0")/.."
kills="${1:-23}"
RANDOM="${2:-15}"
export PATH="/opt/swift/usr/bin:/opt/swift/bin:$PATH"
swift build --product scout >&2
scout="$(swift build --show-bin-path)/scout"
work="$(mktemp -d /tmp/scout-kill-resume.XXXXXX)"
export SCOUT_SECRET_FILE="$work/secret"
args=(--creators data/sample/creators --briefs data/sample/briefs.csv --data data)
[ -d data/sample/creators ] || args=(--creators data/sample --briefs data/sample/briefs.csv --data data)

night() {
    "$scout" nightly "${args[@]}" --runs-dir "$1" --run-id "$2" 2>"$work/stderr" \
        || { echo "kill-resume: scout nightly --run-id $2 into $1 failed:"; cat "$work/stderr"; exit 1; }
}
compare() { # compare two run directories, every file but run.json and run.log
    diff -r -q -x run.json -x run.log "$1" "$2" >/dev/null
}

# The reference: night-1 then night-2, uninterrupted.
night "$work/ref" night-1
night "$work/ref" night-2
# Under test: night-1 complete, then night-2 killed again and again.
night "$work/runs" night-1
start=$(date +%s%N); SCOUT_TEST_SLOW_WRITE_MS=5 night "$work/probe" night-1; span_ms=$(( ($(date +%s%N) - start) / 1000000 ))
failures=0
for k in $(seq 1 "$kills"); do
    delay_ms=$(( RANDOM % (span_ms + 1) ))
    SCOUT_TEST_SLOW_WRITE_MS=5 "$scout" nightly "${args[@]}" --runs-dir "$work/runs" --run-id night-2 2>/dev/null &
    pid=$!
    sleep "$(printf '0.%03d' $((delay_ms % 1000)))"; sleep $((delay_ms / 1000))
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    latest="$(readlink "$work/runs/latest")"
    # While a night is re-run, latest points at a hard-linked copy of it: .latest-<run-id>-<pid>.
    night_id="$(echo "$latest" | sed -n 's/^\.latest-\(.*\)-[0-9]*$/\1/p')"; night_id="${night_id:-$latest}"
    if compare "$work/runs/$latest" "$work/ref/$night_id"; then
        verdict="latest=$latest ($night_id) intact"
    else
        verdict="latest=$latest DIFFERS from an uninterrupted $night_id"; failures=$((failures + 1))
    fi
    status="$(sed -n 's/.*"status" : "\([a-z]*\)".*/\1/p' "$work/runs/night-2/run.json" 2>/dev/null | head -1)"
    echo "kill $k after ${delay_ms} ms (night-2 run.json status: ${status:-none}): $verdict"
done
night "$work/runs" night-2
if compare "$work/runs/night-2" "$work/ref/night-2" && [ "$(readlink "$work/runs/latest")" = night-2 ]; then
    echo "kill-resume: $kills kills; resumed night byte-identical to the uninterrupted one; latest -> night-2"
else
    echo "kill-resume: resumed night DIFFERS from the uninterrupted one"; diff -r -q -x run.json -x run.log "$work/runs/night-2" "$work/ref/night-2" || true
    failures=$((failures + 1))
fi
rm -rf "$work"
exit $(( failures > 0 ))
