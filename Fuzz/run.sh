#!/usr/bin/env bash
# Builds and runs the two libFuzzer harnesses (Sources/FuzzPipeline, Sources/FuzzMatchLoop),
# each for SECONDS (default 600), with seeds made from Fixtures and the dictionary beside this
# script. A crash, a failed invariant or a timeout (30 s on one input) fails the run; the
# reproducer is left in Fuzz/artifacts/. Usage: Fuzz/run.sh [SECONDS] [HARNESS...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"
shift || true
harnesses=("${@:-FuzzPipeline FuzzMatchLoop}")
read -r -a harnesses <<<"${harnesses[*]}"
flags=(-c release --sanitize=fuzzer --sanitize=address -Xswiftc -parse-as-library -Xswiftc -DFUZZING
  -Xswiftc -enable-testing --scratch-path .build-fuzz)
seeds=.build-fuzz/seeds
rm -rf "$seeds" && mkdir -p "$seeds" Fuzz/artifacts
# Seeds: every corpus line of Fixtures (a JSONL line each), every example text, the seed text.
python3 - "$seeds" <<'PY'
import glob, hashlib, json, os, sys
out = sys.argv[1]
def seed(data):
    with open(os.path.join(out, hashlib.sha1(data).hexdigest()), "wb") as f:
        f.write(data)
for path in glob.glob("Fixtures/corpus/*.jsonl"):
    for line in open(path, "rb"):
        if line.strip() and len(line) < 64000:
            seed(line.rstrip(b"\n"))
for path in glob.glob("Fixtures/examples/*.jsonl"):
    for line in open(path, encoding="utf-8"):
        try:
            text = json.loads(line).get("text")
        except ValueError:
            continue
        if text:
            seed(text.encode())
for path in glob.glob("seeds/*.txt"):
    seed(open(path, "rb").read()[:64000])
# Long-run programs (first byte 0x80): each unit of LongRuns repeated 255² + 1 times.
for unit in range(31):
    seed(bytes([0x80, unit, 255, unit, 255, unit, 255, unit, 255]))
PY
for harness in "${harnesses[@]}"; do
  swift build "${flags[@]}" --product "$harness"
  mkdir -p .build-fuzz/corpus-"$harness"
  echo "== $harness: ${seconds}s"
  ".build-fuzz/release/$harness" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=4096 \
    -max_len=8192 -dict=Fuzz/winnow.dict -artifact_prefix=Fuzz/artifacts/ -print_final_stats=1 \
    .build-fuzz/corpus-"$harness" "$seeds" 2>&1 | grep -v '^#[0-9]*.*\(NEW\|REDUCE\|pulse\)' || {
    echo "fuzz: $harness failed (reproducer in Fuzz/artifacts/)" >&2
    exit 1
  }
done
