#!/usr/bin/env bash
# The nightly pipeline: builds Scout (release) if needed, then either
#   - with --runs-dir: runs `scout nightly` (run directory per night, lock, resume, history, runs/latest), or
#   - with --out: chains the four stage executables into one directory (stage by stage).
#
#   pipelines/nightly.sh --sample                      # `scout nightly` on the bundled sample -> runs/sample/latest/
#   pipelines/nightly.sh --sample --out DIR            # the bundled sample, stage by stage, into DIR
#   pipelines/nightly.sh --creators DIR... --briefs FILE --runs-dir RUNS [--run-id ID] [nightly options]
#   pipelines/nightly.sh --creators DIR... --briefs FILE --out DIR [stage options]
#
# nightly options: --wait-lock S, --force, --no-history, --history FILE, --do-not-contact FILE, --statuses FILE,
# --relationships FILE, --outcomes FILE, --as-of DATE (see `scout nightly --help`). --sample reads data/sample/statuses.csv
# and data/sample/outcomes.csv (as of 2026-12-01) unless given --statuses, --outcomes or --as-of, and
# data/sample/relationships.csv unless given --relationships.
# Stage by stage, each stage reads the previous stage's files, so a failed night can be resumed by re-running the
# remaining stages by hand (see docs/development.md). Exit codes are scout's own (README.md "Exit codes").
# SCOUT_BIN=DIR uses the scout binaries in DIR instead of building (the tests run this script on their build).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
source "$root/pipelines/lib/ensure-deps.sh"
ensure_swift
ensure_libcsv
ensure_sqlite
ensure_xlsxwriter

creators=()
briefs=""
out=""
runs_dir=""
sample=0
statuses_given=0
relationships_given=0
extra_nightly=()
extra_ingest=()
extra_normalize=()
extra_score=()
extra_shortlist=()
while [ $# -gt 0 ]; do
    case "$1" in
        --sample)
            creators=("$root/data/sample/creators"); briefs="$root/data/sample/briefs.csv"; sample=1; shift ;;
        --creators)
            shift; while [ $# -gt 0 ] && [[ "$1" != --* ]]; do creators+=("$1"); shift; done ;;
        --briefs) briefs="$2"; shift 2 ;;
        --out) out="$2"; shift 2 ;;
        --runs-dir) runs_dir="$2"; shift 2 ;;
        --run-id|--history) extra_shortlist+=("$1" "$2"); extra_nightly+=("$1" "$2"); shift 2 ;;
        --do-not-contact|--statuses|--relationships|--outcomes|--as-of)
            [ "$1" = --do-not-contact ] || [ "$1" = --relationships ] || statuses_given=1
            [ "$1" = --relationships ] && relationships_given=1
            extra_score+=("$1" "$2"); extra_nightly+=("$1" "$2"); shift 2 ;;
        --wait-lock) extra_nightly+=("$1" "$2"); shift 2 ;;
        --force|--no-history) extra_nightly+=("$1"); shift ;;
        --platform) extra_ingest+=(--platform "$2"); extra_nightly+=(--platform "$2"); shift 2 ;;
        --max-quarantine-ratio|--merge-overrides) extra_normalize+=("$1" "$2"); extra_nightly+=("$1" "$2"); shift 2 ;;
        --min-authenticity) extra_score+=("$1" "$2"); extra_nightly+=("$1" "$2"); shift 2 ;;
        --threads) extra_score+=(--threads "$2"); extra_nightly+=(--threads "$2"); shift 2 ;;
        --strict|--excel|--no-bom|--include-contact) extra_shortlist+=("$1"); extra_nightly+=("$1"); shift ;;
        -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
        *) echo "nightly.sh: unknown option $1" >&2; exit 64 ;;
    esac
done
if [ "$sample" = 1 ] && [ -z "$out" ] && [ -z "$runs_dir" ]; then runs_dir="$root/runs/sample"; fi
if [ "$sample" = 1 ] && [ "$statuses_given" = 0 ]; then
    # The sample's outreach statuses and campaign outcomes are dated 2025-2026: count from one fixed night.
    sample_statuses=(--statuses "$root/data/sample/statuses.csv" --outcomes "$root/data/sample/outcomes.csv"
        --as-of 2026-12-01)
    extra_score+=("${sample_statuses[@]}"); extra_nightly+=("${sample_statuses[@]}")
fi
if [ "$sample" = 1 ] && [ "$relationships_given" = 0 ]; then
    # The sample's relationships (littlesteps-parenting prefers them).
    extra_score+=(--relationships "$root/data/sample/relationships.csv")
    extra_nightly+=(--relationships "$root/data/sample/relationships.csv")
fi
if [ -n "$runs_dir" ] && [ ${#creators[@]} -gt 0 ] && [ -n "$briefs" ]; then
    if [ -n "${SCOUT_BIN:-}" ]; then bin="$SCOUT_BIN"; else
        (cd "$root" && swift build -c release --product scout >&2)
        bin="$(cd "$root" && swift build -c release --show-bin-path)"
    fi
    export SCOUT_DATA="${SCOUT_DATA:-$root/data}"
    if [ "$sample" = 0 ]; then
        exec "$bin/scout" nightly --creators "${creators[@]}" --briefs "$briefs" --runs-dir "$runs_dir" \
            ${extra_nightly[@]+"${extra_nightly[@]}"}
    fi
    "$bin/scout" nightly --creators "${creators[@]}" --briefs "$briefs" --runs-dir "$runs_dir" \
        ${extra_nightly[@]+"${extra_nightly[@]}"}
    echo "nightly: open $runs_dir/latest/shortlists.xlsx (one sheet per brief) or $runs_dir/latest/report.html; CSVs in $runs_dir/latest/shortlists/" >&2
    exit 0
fi
if [ ${#creators[@]} -eq 0 ] || [ -z "$briefs" ] || [ -z "$out" ]; then
    echo "nightly.sh: need --sample, or --creators PATH... --briefs FILE with --runs-dir RUNS or --out DIR" >&2
    exit 64
fi

if [ -n "${SCOUT_BIN:-}" ]; then bin="$SCOUT_BIN"; else
    (cd "$root" && swift build -c release --product scout-ingest >&2 && swift build -c release --product scout-normalize >&2 \
        && swift build -c release --product scout-score >&2 && swift build -c release --product scout-shortlist >&2)
    bin="$(cd "$root" && swift build -c release --show-bin-path)"
fi
export SCOUT_DATA="${SCOUT_DATA:-$root/data}"

"$bin/scout-ingest" --creators "${creators[@]}" --briefs "$briefs" --out "$out" ${extra_ingest[@]+"${extra_ingest[@]}"}
"$bin/scout-normalize" --out "$out" ${extra_normalize[@]+"${extra_normalize[@]}"}
"$bin/scout-score" --out "$out" ${extra_score[@]+"${extra_score[@]}"}
"$bin/scout-shortlist" --out "$out" ${extra_shortlist[@]+"${extra_shortlist[@]}"}
echo "nightly: open $out/shortlists.xlsx (one sheet per brief) or $out/report.html; CSVs in $out/shortlists/" >&2
