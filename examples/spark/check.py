#!/usr/bin/env python3
"""`make spark`: runs winnow_spark.py in local[2] mode over the benchmark corpus and checks that
the union of its part files equals the output of one winnow process over the same JSONL.

    python3 check.py --winnow .build/release/winnow --text Benchmarks/corpus/corpus.txt
"""
import argparse
import glob
import json
import os
import subprocess
import sys
import tempfile
import time


def text_to_jsonl(text_path, jsonl_path):
    """The benchmark corpus as JSONL: one document per blank-line-separated block (as the
    benchmarks split it), ids d0, d1, ..."""
    with open(text_path, encoding="utf-8") as f:
        blocks = f.read().split("\n\n")
    with open(jsonl_path, "w", encoding="utf-8") as out:
        for number, block in enumerate(blocks):
            out.write(json.dumps({"id": f"d{number}", "text": block}, ensure_ascii=False) + "\n")
    return len(blocks)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--winnow", required=True)
    parser.add_argument("--text", required=True, help="the benchmark corpus (text, blank-line separated)")
    args = parser.parse_args()
    winnow = os.path.abspath(args.winnow)
    here = os.path.dirname(os.path.abspath(__file__))
    work = tempfile.mkdtemp(prefix="winnow-spark-")
    corpus = os.path.join(work, "corpus.jsonl")
    count = text_to_jsonl(args.text, corpus)
    print(f"check: {count} documents in {corpus}")

    started = time.monotonic()
    single = subprocess.run(
        [winnow, "extract", "--corpus", corpus, "--format", "jsonl"], check=True, capture_output=True
    ).stdout.decode("utf-8").splitlines()
    print(f"check: one process: {len(single)} lines in {time.monotonic() - started:.1f} s")

    out = os.path.join(work, "predictions")
    started = time.monotonic()
    subprocess.run(
        [sys.executable, os.path.join(here, "winnow_spark.py"), "--master", "local[2]", "--winnow", winnow,
         "--corpus", corpus, "--out", out],
        check=True,
    )
    parts = []
    for part in sorted(glob.glob(os.path.join(out, "part-*"))):
        with open(part, encoding="utf-8") as f:
            parts += f.read().splitlines()
    print(f"check: Spark local[2]: {len(parts)} lines from {len(glob.glob(os.path.join(out, 'part-*')))} "
          f"part files in {time.monotonic() - started:.1f} s")

    if sorted(parts) != sorted(single):
        missing = set(single) - set(parts)
        extra = set(parts) - set(single)
        print(f"check: FAILED: {len(missing)} lines only in one process's output, {len(extra)} only in Spark's",
              file=sys.stderr)
        return 1
    mentions = sum(len(json.loads(line)["mentions"]) for line in single)
    print(f"check: OK: the union of Spark's output is the single-process output "
          f"({len(single)} documents, {mentions} mentions)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
