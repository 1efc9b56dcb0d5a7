#!/usr/bin/env python3
"""Writes a corpus JSONL file of about SIZE_MB megabytes for stream-check.sh: the benchmark
corpus's documents, repeated, one `{"id", "text"}` object per line.

    repeat_corpus.py CORPUS_TXT OUT_JSONL SIZE_MB
"""
import json
import os
import sys


def main():
    corpus_path, out_path, size_mb = sys.argv[1], sys.argv[2], int(sys.argv[3])
    with open(corpus_path, encoding="utf-8") as f:
        documents = [d for d in f.read().split("\n\n") if d.strip()]
    lines = [json.dumps({"text": d}, ensure_ascii=False)[1:] for d in documents]
    target = size_mb * 1_000_000
    written = 0
    with open(out_path + ".tmp", "w", encoding="utf-8") as out:
        round_ = 0
        while written < target:
            for index, rest in enumerate(lines):
                line = '{"id": "r%d-d%d", %s\n' % (round_, index, rest)
                out.write(line)
                written += len(line.encode())
                if written >= target:
                    break
            round_ += 1
    os.replace(out_path + ".tmp", out_path)
    print("repeat_corpus: %s, %d bytes" % (out_path, written), file=sys.stderr)


if __name__ == "__main__":
    main()
