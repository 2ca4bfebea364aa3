#!/usr/bin/env bash
# Scout benchmarks: ingest MB/s vs raw libcsv, end-to-end time and peak RSS, 1 vs 2 threads, DuckDB side-by-side.
#
#   Benchmarks/run.sh                      # everything: sizes 10k 100k 1m, 3 repetitions
#   REPS=5 SIZES="10k 100k" Benchmarks/run.sh
#   SCOUT=/path/to/other/scout Benchmarks/run.sh   # measure another build (e.g. a baseline) with the same data
#   SKIP_DUCKDB=1 / SKIP_DUCKDB_1M=1 (DuckDB needs ~8 GiB and minutes at 1M) / SKIP_BUILD=1 / SKIP_INGEST=1 / SKIP_THREADS=1
#
# Generated data and results go under $WORK (default /tmp/scout-bench); nothing is written to the repository.
# Results: $WORK/results.md (medians) and $WORK/raw.tsv (every measurement).
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${WORK:-/tmp/scout-bench}"
REPS="${REPS:-3}"
SIZES="${SIZES:-10k 100k 1m}"
BRIEFS="${BRIEFS:-1000}"
SEED="${SEED:-6}"
mkdir -p "$WORK"
RAW="$WORK/raw.tsv"
RESULTS="$WORK/results.md"
: > "$RAW"

log() { printf '%s\n' "$*" >&2; }
count_of() { case "$1" in *k) echo $(( ${1%k} * 1000 ));; *m) echo $(( ${1%m} * 1000000 ));; *) echo "$1";; esac; }
median() { sort -g | awk '{v[NR]=$1} END {if (NR==0) {print "n/a"} else if (NR%2) {print v[(NR+1)/2]} else {print (v[NR/2]+v[NR/2+1])/2}}'; }
record() { printf '%s\t%s\t%s\n' "$1" "$2" "$3" >> "$RAW"; }          # key, repetition, value
med() { awk -F'\t' -v k="$1" '$1==k {print $3}' "$RAW" | median; }

# --- tools ---------------------------------------------------------------------------------------------
if [ ! -x /usr/bin/time ]; then log "installing GNU time"; apt-get install -y time >/dev/null; fi
if [ -z "${SKIP_BUILD:-}" ] && [ -z "${SCOUT:-}" ]; then
  log "building scout (release)"
  (cd "$ROOT" && swift build -c release --product scout >&2)
fi
SCOUT="${SCOUT:-$ROOT/.build/release/scout}"
cc -O2 -o "$WORK/raw_libcsv" "$ROOT/Benchmarks/RawLibcsv/raw_libcsv.c" -lcsv

# --- data ----------------------------------------------------------------------------------------------
for size in $SIZES; do
  dir="$WORK/data-$size"
  if [ ! -f "$dir/.done-$SEED-$BRIEFS" ]; then
    log "generating $size creators x $BRIEFS briefs (seed $SEED)"
    rm -rf "$dir"
    python3 "$ROOT/Benchmarks/generate.py" --creators "$(count_of "$size")" --briefs "$BRIEFS" --seed "$SEED" --out "$dir"
    touch "$dir/.done-$SEED-$BRIEFS"
  fi
done
LARGEST="${SIZES##* }"
SMALLEST="${SIZES%% *}"

timed() {  # timed KEY REP command...  -> records KEY.wall and KEY.rss (MiB)
  local key="$1" rep="$2"; shift 2
  /usr/bin/time -f '%e %M' -o "$WORK/time.out" "$@" > "$WORK/last.log" 2>&1 || { log "FAILED: $*"; tail -5 "$WORK/last.log" >&2; return 1; }
  read -r wall rss < "$WORK/time.out"
  record "$key.wall" "$rep" "$wall"
  record "$key.rss" "$rep" "$(awk -v k="$rss" 'BEGIN {printf "%.0f", k/1024}')"
}

# --- (1) ingest throughput -----------------------------------------------------------------------------
if [ -z "${SKIP_INGEST:-}" ]; then
  for file in "$WORK/data-$LARGEST"/creators/*.csv; do
    name="$(basename "$file" .csv)"
    delim=","; case "$name" in tiktok*) delim=";";; esac
    bytes=$(stat -c %s "$file")
    for rep in $(seq "$REPS"); do
      "$WORK/raw_libcsv" "$file" "$delim" | sed -n 's/.*MBps=\([0-9.]*\).*/\1/p' | while read -r v; do record "raw.$name" "$rep" "$v"; done
      # Scout's CSV reader alone: `scout inspect` reads every record through CSVFileReader and then, when it finds
      # the reference tables, reads the file again as a creator export; a missing --data folder skips that pass.
      /usr/bin/time -f '%e' -o "$WORK/time.out" "$SCOUT" inspect "$file" --data "$WORK/no-reference-tables" > /dev/null
      record "reader.$name" "$rep" "$(awk -v b="$bytes" '{printf "%.1f", b/1e6/$1}' "$WORK/time.out")"
    done
  done
  # The whole ingest stage (header mapping, value cleaning, rows.csv written) on all files.
  total=$(cat "$WORK/data-$LARGEST"/creators/*.csv | wc -c)
  for rep in $(seq "$REPS"); do
    timed "ingest.$LARGEST" "$rep" "$SCOUT" ingest --creators "$WORK/data-$LARGEST/creators" --briefs "$WORK/data-$LARGEST/briefs.csv" \
      --out "$WORK/ingest-$LARGEST" --data "$ROOT/data"
    record "ingest.$LARGEST.mbps" "$rep" "$(awk -v b="$total" -v s="$(awk -F'\t' -v k="ingest.$LARGEST.wall" -v r="$rep" '$1==k && $2==r {print $3}' "$RAW")" 'BEGIN {printf "%.1f", b/1e6/s}')"
  done
fi

# --- (2) end to end ------------------------------------------------------------------------------------
for size in $SIZES; do
  reps="$REPS"; [ "$size" = 1m ] && reps="${REPS_1M:-$REPS}"
  for rep in $(seq "$reps"); do
    SCOUT_TIMINGS=1 timed "run.$size" "$rep" "$SCOUT" run --creators "$WORK/data-$size/creators" --briefs "$WORK/data-$size/briefs.csv" \
      --out "$WORK/run-$size" --data "$ROOT/data"
    grep '^scout: timing' "$WORK/last.log" | sed 's/^scout: timing //' > "$WORK/phases-$size-$rep.txt" || true
  done
done

# --- (2b) the nightly path at the largest size: `scout nightly` into a fresh runs folder (history on) ---------
if [ -z "${SKIP_NIGHTLY:-}" ]; then
  reps="$REPS"; [ "$LARGEST" = 1m ] && reps="${REPS_1M:-$REPS}"
  for rep in $(seq "$reps"); do
    rm -rf "$WORK/nightly-$LARGEST"
    SCOUT_TIMINGS=1 timed "nightly.$LARGEST" "$rep" "$SCOUT" nightly --creators "$WORK/data-$LARGEST/creators" \
      --briefs "$WORK/data-$LARGEST/briefs.csv" --runs-dir "$WORK/nightly-$LARGEST" --data "$ROOT/data"
    grep '^scout: timing' "$WORK/last.log" | sed 's/^scout: timing //' > "$WORK/phases-nightly-$LARGEST-$rep.txt" || true
  done
  rm -rf "$WORK/nightly-$LARGEST"
fi

# --- (3) scaling: the score stage, and the whole run, with 1 and 2 threads -------------------------------
if [ -z "${SKIP_THREADS:-}" ]; then
  for size in $SIZES; do
    [ "$size" = "$SMALLEST" ] && continue
    reps="$REPS"; [ "$size" = 1m ] && reps="${REPS_1M:-$REPS}"
    for threads in 1 2; do
      for rep in $(seq "$reps"); do
        timed "score.$size.t$threads" "$rep" "$SCOUT" score --threads "$threads" --out "$WORK/run-$size" --data "$ROOT/data"
      done
    done
  done
  reps="$REPS"; [ "$LARGEST" = 1m ] && reps="${REPS_1M:-$REPS}"
  for rep in $(seq "$reps"); do
    for threads in 1 2; do
      rm -rf "$WORK/run-$LARGEST-t$threads"
      timed "run.$LARGEST.t$threads" "$rep" "$SCOUT" run --threads "$threads" --creators "$WORK/data-$LARGEST/creators" \
        --briefs "$WORK/data-$LARGEST/briefs.csv" --out "$WORK/run-$LARGEST-t$threads" --data "$ROOT/data"
    done
  done
  rm -rf "$WORK/run-$LARGEST-t1" "$WORK/run-$LARGEST-t2"
fi

# --- (4) DuckDB reference ------------------------------------------------------------------------------
if [ -z "${SKIP_DUCKDB:-}" ]; then
  if [ ! -x "$WORK/venv/bin/python" ]; then
    python3 -m venv "$WORK/venv"
    "$WORK/venv/bin/pip" install -q duckdb
  fi
  "$WORK/venv/bin/python" "$ROOT/Benchmarks/duckdb_reference.py" --run "$WORK/run-$SMALLEST" --data "$ROOT/data" --compare \
    | tee "$WORK/duckdb-compare.txt" >&2 || log "DuckDB top-K sets differ (see $WORK/duckdb-compare.txt)"
  for size in $SIZES; do
    [ "$size" = "$SMALLEST" ] && continue
    [ "$size" = 1m ] && [ -n "${SKIP_DUCKDB_1M:-}" ] && continue
    reps="$REPS"; [ "$size" = 1m ] && reps="${REPS_1M:-1}"
    for rep in $(seq "$reps"); do
      timed "duckdb.$size" "$rep" "$WORK/venv/bin/python" "$ROOT/Benchmarks/duckdb_reference.py" --run "$WORK/run-$size" --data "$ROOT/data"
      sed -n 's/.*SQL scoring \([0-9.]*\) s.*/\1/p' "$WORK/last.log" | while read -r v; do record "duckdb.$size.sql" "$rep" "$v"; done
    done
  done
fi

# --- results -------------------------------------------------------------------------------------------
{
  echo "# Scout benchmark medians ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, REPS=$REPS, scout=$SCOUT)"
  echo
  if [ -z "${SKIP_INGEST:-}" ]; then
    echo "| file ($LARGEST) | raw libcsv MB/s | scout reader MB/s | reader / raw |"
    echo "|---|---|---|---|"
    for file in "$WORK/data-$LARGEST"/creators/*.csv; do
      name="$(basename "$file" .csv)"; r=$(med "raw.$name"); s=$(med "reader.$name")
      echo "| $name | $r | $s | $(awk -v a="$s" -v b="$r" 'BEGIN {printf "%.0f%%", 100*a/b}') |"
    done
    echo
    echo "Ingest stage ($LARGEST, all files): $(med "ingest.$LARGEST.wall") s, $(med "ingest.$LARGEST.mbps") MB/s, peak $(med "ingest.$LARGEST.rss") MiB"
    echo
  fi
  echo "| size | scout run (s) | peak RSS (MiB) | score 1 thread (s) | score 2 threads (s) | DuckDB total (s) | DuckDB SQL only (s) | Scout / DuckDB |"
  echo "|---|---|---|---|---|---|---|---|"
  for size in $SIZES; do
    run=$(med "run.$size.wall"); duck=$(med "duckdb.$size.wall")
    ratio=$(awk -v a="$run" -v b="$duck" 'BEGIN {if (b+0>0) printf "%.2f", a/b; else print "n/a"}')
    echo "| $size | $run | $(med "run.$size.rss") | $(med "score.$size.t1.wall") | $(med "score.$size.t2.wall") | $duck | $(med "duckdb.$size.sql") | $ratio |"
  done
  echo
  t1=$(med "run.$LARGEST.t1.wall"); t2=$(med "run.$LARGEST.t2.wall")
  echo "Whole run at $LARGEST: 1 thread $t1 s, 2 threads $t2 s, speed-up $(awk -v a="$t1" -v b="$t2" 'BEGIN {if (b+0>0) printf "%.2f", a/b; else print "n/a"}')×"
  if [ -z "${SKIP_NIGHTLY:-}" ]; then
    n=$(med "nightly.$LARGEST.wall"); r=$(med "run.$LARGEST.wall")
    echo
    echo "\`scout nightly\` at $LARGEST (fresh history): $n s, peak $(med "nightly.$LARGEST.rss") MiB, $(awk -v a="$n" -v b="$r" 'BEGIN {if (b+0>0) printf "%.2f", a/b; else print "n/a"}')× \`scout run\`"
  fi
  echo
  echo "Phases of the last \`scout run\` at $LARGEST (SCOUT_TIMINGS=1; wall time, peak memory so far):"
  echo
  sed 's/^/    /' "$(ls "$WORK"/phases-"$LARGEST"-*.txt | sort | tail -1)"
  [ -f "$WORK/duckdb-compare.txt" ] && { echo; echo "DuckDB vs Scout top-K sets ($SMALLEST):"; echo; sed 's/^/    /' "$WORK/duckdb-compare.txt"; }
} > "$RESULTS"
cat "$RESULTS"
