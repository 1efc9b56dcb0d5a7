#!/usr/bin/env bash
# Checks that `winnow extract --corpus` streams: over a ~1 GB corpus file (the benchmark corpus
# repeated, as JSONL documents of a few KB each, written to /tmp) its peak memory must stay
# small, and it must write one line per document as it goes.
#
#     ./stream-check.sh [SIZE_MB]      (default 1000; needs ./fetch-corpus.sh and a release build
#                                       of the winnow command, which it makes when missing)
# Prints the peak RSS (from /usr/bin/time -v), the input and output line counts, and when the
# first output line arrived.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
SIZE_MB="${1:-1000}"
CORPUS="$HERE/corpus/corpus.txt"
JSONL="${STREAM_JSONL:-/tmp/winnow-stream-${SIZE_MB}mb.jsonl}"
WINNOW="$HERE/../.build/release/winnow"
PY="${PYTHON:-python3}"

[ -s "$CORPUS" ] || "$HERE/fetch-corpus.sh"
if [ ! -x /usr/bin/time ]; then
  echo "stream-check: installing GNU time (apt-get install time)" >&2
  SUDO=$([ "$(id -u)" = 0 ] || echo sudo)
  $SUDO apt-get install -y -qq time >/dev/null
fi
[ -x "$WINNOW" ] || swift build -c release --package-path "$HERE/.." --product winnow

if [ ! -s "$JSONL" ]; then
  echo "stream-check: writing $JSONL (${SIZE_MB} MB)" >&2
  "$PY" "$HERE/scripts/repeat_corpus.py" "$CORPUS" "$JSONL" "$SIZE_MB"
fi
documents=$(wc -l <"$JSONL")

TIMES="$(mktemp)"
trap 'rm -f "$TIMES"' EXIT
started=$(date +%s.%N)
read -r lines first_line_at < <(
  /usr/bin/time -v -o "$TIMES" "$WINNOW" extract --corpus "$JSONL" --format jsonl |
    "$PY" -c '
import sys, time
count, first = 0, None
for _ in sys.stdin.buffer:
    if first is None:
        first = time.time()
    count += 1
print(count, first or 0)'
)
ended=$(date +%s.%N)

peak_kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$TIMES")
wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$TIMES")
bytes=$(wc -c <"$JSONL")
echo "input:       $JSONL, $bytes bytes, $documents documents"
echo "wall clock:  $wall"
seconds=$(awk -v w="$wall" 'BEGIN {n = split(w, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s}')
echo "throughput:  $(awk -v b="$bytes" -v s="$seconds" 'BEGIN {printf "%.1f MB/s", b / 1e6 / s}')"
echo "peak RSS:    $((peak_kb / 1024)) MB ($peak_kb kB; target <= 100 MB)"
echo "first line:  read $(awk -v f="$first_line_at" -v s="$started" 'BEGIN {printf "%.2f", f - s}') s after the start (the whole run took $(awk -v e="$ended" -v s="$started" 'BEGIN {printf "%.2f", e - s}') s)"
echo "output:      $lines lines for $documents documents"
if [ "$lines" -ne "$documents" ]; then
  echo "stream-check: FAIL: one output line per document expected" >&2
  exit 1
fi
if [ "$peak_kb" -gt $((100 * 1024)) ]; then
  echo "stream-check: FAIL: peak RSS above 100 MB" >&2
  exit 1
fi
echo "stream-check: OK"
