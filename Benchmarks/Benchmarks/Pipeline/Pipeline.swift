// The standard pipeline (all extractors, normalization and document passes) over whole
// documents: on one thread, and batched over all cores.
import Benchmark
import BenchmarkSuite
import BenchmarkSupport
import Winnow

let benchmarks: @Sendable () -> Void = {
  Suite.configure()
  let corpus = Corpus.shared
  let pipeline = try! Pipeline.standard()
  let workspace = Workspace()
  let mustFind = try! BuiltInExtractor.standardMustFindMentions()
  let check = { (count: Int) in Check.nonZero(count, "Standard pipeline", expected: mustFind) }
  Suite.scan("Standard pipeline, 1 thread", bytes: corpus.byteCount, check: check) {
    try pipeline.mentionCount(in: corpus, workspace: workspace)
  }
  Suite.scan("Standard pipeline, batch over all cores", bytes: corpus.byteCount, check: check) {
    try pipeline.batchMentionCount(in: corpus)
  }
}
