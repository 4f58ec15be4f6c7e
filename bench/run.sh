#!/usr/bin/env bash
# make bench: morgue's speed and memory against a peer, measured in one run.
# Usage: bench/run.sh [PAGES] [PEER_SAMPLE]   (defaults: 10000 pages, 500 for the peer comparison;
# IMPORT_RUNS=N in the environment sets how many times the import is timed, 3 by default)
set -euo pipefail
cd "$(dirname "$0")/.."
PAGES=${1:-10000}
SAMPLE=${2:-500}
SHARED=${SHARED:-../shared}
OUT=${BENCH_OUT:-.build/bench}
VENV=.build/bench-venv
MORGUE=.build/release/morgue
TOOL=.build/release/MorgueBench

swift build -c release --product morgue >/dev/null
swift build -c release --product MorgueBench >/dev/null
if [ ! -x "$VENV/bin/python" ]; then
  python3 -m venv "$VENV"
  "$VENV/bin/pip" install -q --upgrade pip >/dev/null
  "$VENV/bin/pip" install -q trafilatura >/dev/null
fi

rm -rf "$OUT" && mkdir -p "$OUT"
"$TOOL" generate --from "$SHARED/corpus/readability" --from "$SHARED/corpus/trafilatura/pages" \
  --count "$PAGES" --out "$OUT/pages" >&2
find "$OUT/pages" -name '*.html' | sort > "$OUT/all.txt"
# The peer comparison uses an even spread of the pages, the same for both tools.
awk -v n="$(wc -l < "$OUT/all.txt")" -v k="$SAMPLE" 'NR % int((n + k - 1) / k) == 0' "$OUT/all.txt" | head -n "$SAMPLE" > "$OUT/sample.txt"

echo "measuring extraction on one core..." >&2
taskset -c 0 "$TOOL" throughput "$OUT/sample.txt" > "$OUT/morgue-sample.json"
taskset -c 0 "$VENV/bin/python" bench/peer_throughput.py trafilatura "$OUT/sample.txt" > "$OUT/peer-sample.json"
taskset -c 0 "$TOOL" throughput "$OUT/all.txt" > "$OUT/morgue-all.json"

# The import runs IMPORT_RUNS times into a fresh archive (shared machines are noisy: the report gives
# the median and the spread); the re-run imports the same pages again into the last archive.
IMPORT_RUNS=${IMPORT_RUNS:-3}
echo "importing with --jobs 2 ($IMPORT_RUNS runs)..." >&2
DB="$OUT/archive.sqlite"
JOBS_FLAG=""
if "$MORGUE" import --help 2>&1 | grep -q -- "--jobs"; then JOBS_FLAG="--jobs 2"; fi
for run in $(seq 1 "$IMPORT_RUNS"); do
  rm -f "$DB" "$DB-wal" "$DB-shm"
  /usr/bin/time -v "$MORGUE" import "$OUT/pages" $JOBS_FLAG --quiet --db "$DB" 2> "$OUT/import-$run.time" >/dev/null || true
done
/usr/bin/time -v "$MORGUE" import "$OUT/pages" $JOBS_FLAG --quiet --db "$DB" 2> "$OUT/reimport.time" >/dev/null || true

python3 bench/report.py "$OUT" "$PAGES" "${JOBS_FLAG:-(sequential)}"
