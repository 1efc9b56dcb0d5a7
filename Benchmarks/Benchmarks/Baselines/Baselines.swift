// The same rule patterns without Winnow's trigger engine, over a slice of the corpus with the
// same mix: Foundation's NSRegularExpression (ICU), and a naive PCRE2 scan (every pattern
// unanchored over the whole text, JIT, UCP on). The standard pipeline runs on the same slice,
// so that the three can be compared.
import Benchmark
import BenchmarkSuite
import BenchmarkSupport
import PCRE2
import Winnow

let benchmarks: @Sendable () -> Void = {
  Suite.configure(maxIterations: 3)
  let slice = Corpus.shared.prefix(bytes: Baseline.sliceBytes)
  let rules = BuiltInExtractor.allRules
  let foundation = FoundationScan(rules: rules)
  let naive = try! NaiveScan(rules: rules)
  let pipeline = try! Pipeline.standard()
  let data = PCRE2MatchData()
  let workspace = Workspace()
  let haveRules = !rules.isEmpty
  let mustFind = try! BuiltInExtractor.standardMustFindMentions()

  Suite.scan(
    "NSRegularExpression (ICU skips \(foundation.skipped.count) of \(rules.count) patterns)",
    bytes: slice.byteCount,
    check: { Check.nonZero($0, "NSRegularExpression", expected: !foundation.regexes.isEmpty) }
  ) {
    foundation.matchCount(in: slice.text)
  }
  Suite.scan(
    "Naive PCRE2 scan", bytes: slice.byteCount,
    check: { Check.nonZero($0, "Naive scan", expected: haveRules) }
  ) {
    try naive.matchCount(in: slice.text, using: data)
  }
  Suite.scan(
    "Standard pipeline, same slice", bytes: slice.byteCount,
    check: { Check.nonZero($0, "Standard pipeline", expected: mustFind) }
  ) {
    try pipeline.mentionCount(in: slice, workspace: workspace)
  }
}
