// speed: the standard pipeline's throughput on the benchmark corpus and on dense text, and
// nothing else, for quick A/B runs of two builds on a shared machine (run one after the other,
// several times, and compare the ranges).
//
//     swift run -c release speed [REPETITIONS] [DENSE_BYTES]      (from Benchmarks/)
import BenchmarkSupport
import Foundation
import Winnow

let repetitions = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 5
let corpus = Corpus.shared
let dense = Corpus.dense(bytes: CommandLine.arguments.dropFirst(2).first.flatMap(Int.init) ?? 4_000_000)
let pipeline = try Pipeline.standard()
let workspace = Workspace()
var counts = (corpus: 0, dense: 0)
let samples = try Timing.interleaved(
  repetitions: repetitions,
  [
    { counts.corpus = try pipeline.mentionCount(in: corpus, workspace: workspace) },
    { counts.dense = try pipeline.mentionCount(in: dense, workspace: workspace) },
  ])
func rate(_ corpus: Corpus, _ sample: Timing.Sample) -> Double {
  Timing.megabytesPerSecond(corpus.byteCount, sample.wall)
}
print(
  String(
    format:
      "benchmark corpus %.1f MB/s (%d mentions); dense %.1f MB/s (%d mentions, one per %d bytes); dense ÷ corpus %.2f",
    rate(corpus, samples[0]), counts.corpus, rate(dense, samples[1]), counts.dense,
    dense.byteCount / max(counts.dense, 1), rate(dense, samples[1]) / rate(corpus, samples[0])))
