#!/usr/bin/env python3
"""Winnow beyond one machine: extract mentions from a JSONL corpus with PySpark.

Each partition of the corpus (one {"id", "text", "reference_date"} object per line) is piped
through `winnow extract --corpus - --format jsonl`, which reads the partition's lines on its
standard input and writes one prediction line per document on its standard output.
`RDD.pipe` starts one winnow process per partition, so the work spreads over the cluster's
executors; every executor needs the winnow binary (and libpcre2-8) at the same path.

    python3 winnow_spark.py --winnow /path/to/winnow --corpus corpus.jsonl --out predictions/
    spark-submit winnow_spark.py ...             (on a cluster: set --master there)

Settings of the command (--date-order dmy, --currency '$=CAD', ...) go after `--`:

    python3 winnow_spark.py --winnow ... --corpus ... --out ... -- --date-order dmy
"""
import argparse
import shlex

from pyspark.sql import SparkSession


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--winnow", required=True, help="the winnow executable (same path on every executor)")
    parser.add_argument("--corpus", required=True, help="JSONL corpus (a path Spark can read)")
    parser.add_argument("--out", required=True, help="directory for the prediction part files")
    parser.add_argument("--master", default=None, help="Spark master, e.g. local[2] (default: spark-submit's)")
    parser.add_argument("--partitions", type=int, default=8, help="minimum number of partitions")
    parser.add_argument("winnow_options", nargs="*", help="options for winnow extract (after --)")
    args = parser.parse_args()

    builder = SparkSession.builder.appName("winnow-extract")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("WARN")

    # One winnow per partition; one thread each, since Spark already runs partitions in parallel.
    command = [args.winnow, "extract", "--corpus", "-", "--format", "jsonl", "--threads", "1"]
    command += args.winnow_options
    documents = spark.sparkContext.textFile(args.corpus, minPartitions=args.partitions)
    predictions = documents.pipe(shlex.join(command))
    predictions.saveAsTextFile(args.out)
    print(f"winnow_spark: {documents.getNumPartitions()} partitions, predictions in {args.out}")
    spark.stop()


if __name__ == "__main__":
    main()
