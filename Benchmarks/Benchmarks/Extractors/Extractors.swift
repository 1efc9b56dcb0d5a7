// Each built-in extractor alone (no document passes) over the corpus's documents, one thread.
import Benchmark
import BenchmarkSuite
import BenchmarkSupport
import Winnow

let benchmarks: @Sendable () -> Void = {
  Suite.configure()
  let corpus = Corpus.shared
  let workspace = Workspace()
  for extractor in BuiltInExtractor.all {
    let pipeline = try! extractor.pipeline()
    let mustFind = try! extractor.mustFindMentions()
    let check = { (count: Int) in Check.nonZero(count, "Extractor \(extractor.name)", expected: mustFind) }
    Suite.scan(extractor.name, bytes: corpus.byteCount, check: check) {
      try pipeline.mentionCount(in: corpus, workspace: workspace)
    }
  }
}
