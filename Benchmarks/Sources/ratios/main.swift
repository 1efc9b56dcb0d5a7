// ratios: the numbers, all measured in this one run on the loaded corpus, printed as
// the Markdown table of README.md. Each figure is the median of several timed runs after one
// warm-up run (ContinuousClock); MB/s is corpus bytes (10⁶) per second of wall clock.
//
//     swift run -c release ratios [REPETITIONS]      (from Benchmarks/, after ./fetch-corpus.sh)
import BenchmarkSupport
import Foundation
import PCRE2
import Winnow

let repetitions = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 5
let corpus = Corpus.shared
let slice = corpus.prefix(bytes: Baseline.sliceBytes)
let rules = BuiltInExtractor.allRules
let cores = ProcessInfo.processInfo.activeProcessorCount
let pipeline = try Pipeline.standard()
let workspace = Workspace()
var rows: [(String, String, String)] = []

/// Adds a table row: what, the measured figure, and the target when there is one.
@MainActor func row(_ what: String, _ value: String, target: String = "") {
  rows.append((what, value, target))
}
func format(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }
func megabytesPerSecond(_ bytes: Int, _ duration: Duration) -> Double {
  Timing.megabytesPerSecond(bytes, duration)
}

// The standard pipeline over the whole corpus: one thread, then batched over every core.
var mentions = 0
let oneThread = try Timing.median(repetitions: repetitions) {
  mentions = try pipeline.mentionCount(in: corpus, workspace: workspace)
}
Check.nonZero(mentions, "standard pipeline", expected: try BuiltInExtractor.standardMustFindMentions())
var batchMentions = 0
let batch = try Timing.median(repetitions: repetitions) {
  batchMentions = try pipeline.batchMentionCount(in: corpus)
}
precondition(batchMentions == mentions, "batch found \(batchMentions), one thread \(mentions)")
let pipelineRate = megabytesPerSecond(corpus.byteCount, oneThread)
row("Standard pipeline, 1 core (MB/s)", format(pipelineRate), target: "≥ 50")
row(
  "Batch over \(cores) cores ÷ 1 core", format(Timing.seconds(oneThread) / Timing.seconds(batch), 2),
  target: "≥ 1.8")

// The baselines, on a slice with the same mix, against the pipeline on the same slice.
let foundation = FoundationScan(rules: rules)
let naive = try NaiveScan(rules: rules)
let data = PCRE2MatchData()
var sliceCounts = (pipeline: 0, foundation: 0, naive: 0)
let pipelineSlice = try Timing.median(repetitions: repetitions) {
  sliceCounts.pipeline = try pipeline.mentionCount(in: slice, workspace: workspace)
}
let foundationSlice = Timing.median(repetitions: min(repetitions, 3)) {
  sliceCounts.foundation = foundation.matchCount(in: slice.text)
}
let naiveSlice = try Timing.median(repetitions: min(repetitions, 3)) {
  sliceCounts.naive = try naive.matchCount(in: slice.text, using: data)
}
Check.nonZero(sliceCounts.foundation, "NSRegularExpression", expected: !foundation.regexes.isEmpty)
Check.nonZero(sliceCounts.naive, "naive scan", expected: !rules.isEmpty)
let ratioFoundation = Timing.seconds(foundationSlice) / Timing.seconds(pipelineSlice)
let ratioNaive = Timing.seconds(naiveSlice) / Timing.seconds(pipelineSlice)
row(
  "Pipeline ÷ NSRegularExpression, same \(rules.count - foundation.skipped.count) patterns "
    + "(\(foundation.skipped.count) ICU can't compile)", format(ratioFoundation), target: "≥ 40")
row("Pipeline ÷ naive PCRE2 scan (JIT, UCP), \(rules.count) patterns", format(ratioNaive), target: "≥ 5")
row("  NSRegularExpression (MB/s)", format(megabytesPerSecond(slice.byteCount, foundationSlice), 2))
row("  Naive scan (MB/s)", format(megabytesPerSecond(slice.byteCount, naiveSlice), 2))
row("  Pipeline on the same slice (MB/s)", format(megabytesPerSecond(slice.byteCount, pipelineSlice)))

// Building the standard pipeline: compile and JIT every rule.
let build = try Timing.median(repetitions: max(repetitions, 11)) { _ = try Pipeline.standard() }
row("Pipeline.standard() build (ms)", format(Timing.seconds(build) * 1000, 2), target: "≤ 30")

// Where the time goes: each extractor alone (no passes) over the whole corpus.
for extractor in BuiltInExtractor.all {
  let alone = try extractor.pipeline()
  let time = try Timing.median(repetitions: repetitions) {
    _ = try alone.mentionCount(in: corpus, workspace: workspace)
  }
  row(
    "  \(extractor.name) alone, \(extractor.rules.count) rules (MB/s)",
    format(megabytesPerSecond(corpus.byteCount, time)))
}

// The match loop: the wrapper against libpcre2-8 called directly, same pattern and subject.
let regex = try PCRE2Regex(MatchLoopInputs.moneyPattern)
let raw = RawPCRE2Regex(MatchLoopInputs.moneyPattern)
var loopCounts = (wrapper: 0, raw: 0)
let wrapperLoop = try Timing.median(repetitions: repetitions) {
  loopCounts.wrapper = try regex.matchCount(in: corpus.text, using: data)
}
let rawLoop = Timing.median(repetitions: repetitions) {
  loopCounts.raw = corpus.text.utf8.withContiguousStorageIfAvailable(raw.matchCount)!
}
precondition(loopCounts.wrapper == loopCounts.raw && loopCounts.raw > 0, "match loop counts differ")
row(
  "Match loop: wrapper ÷ raw C time (money pattern, \(loopCounts.raw) matches)",
  format(Timing.seconds(wrapperLoop) / Timing.seconds(rawLoop), 2))

print(
  "Corpus: \(corpus.byteCount) bytes, \(corpus.documents.count) documents, \(mentions) mentions; "
    + "baseline slice: \(slice.byteCount) bytes; \(repetitions) runs each, median; \(cores) cores\n")
print("| Measure | Value | Target |\n|---|---:|---:|")
for (what, value, target) in rows { print("| \(what) | \(value) | \(target) |") }

extension PCRE2Regex {
  /// The number of matches in `text`, found with `forEachMatch`.
  fileprivate func matchCount(in text: String, using data: PCRE2MatchData) throws -> Int {
    try PCRE2Subject.withSubject(text) { subject in
      var count = 0
      try forEachMatch(in: subject, using: data) { _ in count += 1 }
      return count
    }
  }
}
