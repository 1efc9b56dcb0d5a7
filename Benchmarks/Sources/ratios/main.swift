// ratios: the issue's numbers, all measured in this one run on the loaded corpus, printed as
// the Markdown table of README.md. Each figure is the median of several timed runs after one
// warm-up run; the runs of the things a ratio compares are interleaved, so that both see the
// same load on a shared machine. MB/s is corpus bytes (10⁶) per second of wall clock.
//
//     swift run -c release ratios [REPETITIONS]      (from Benchmarks/, after ./fetch-corpus.sh)
import BenchmarkSupport
import Foundation
import PCRE2
import Winnow

let repetitions = CommandLine.arguments.dropFirst().first.flatMap(Int.init) ?? 5
let loadBefore = Timing.loadAverage
let corpus = Corpus.shared
let slice = corpus.prefix(bytes: Baseline.sliceBytes)
let rules = BuiltInExtractor.allRules
let cores = ProcessInfo.processInfo.activeProcessorCount
let pipeline = try Pipeline.standard()
let workspace = Workspace()
var table = Table()

// The standard pipeline over the whole corpus: one thread, batched over every core, and on
// one thread without its document passes.
var mentions = 0
var batchMentions = 0
var withoutPasses = pipeline
withoutPasses.passes = []
let whole = try Timing.interleaved(
  repetitions: repetitions,
  [
    { mentions = try pipeline.mentionCount(in: corpus, workspace: workspace) },
    { batchMentions = try pipeline.batchMentionCount(in: corpus) },
    { _ = try withoutPasses.mentionCount(in: corpus, workspace: workspace) },
  ])
let (oneThread, batch) = (whole[0], whole[1])
Check.nonZero(mentions, "standard pipeline", expected: try BuiltInExtractor.standardMustFindMentions())
precondition(batchMentions == mentions, "batch found \(batchMentions), one thread \(mentions)")
table.row("Standard pipeline, 1 core (MB/s)", megabytesPerSecond(corpus, oneThread), target: "≥ 50")
table.row(
  "Batch over \(cores) cores ÷ 1 core (wall clock)", oneThread.wall / batch.wall, digits: 2, target: "≥ 1.8")
table.row(
  "  Cores the batch got (its CPU time ÷ its wall clock)", batch.cpu / Timing.seconds(batch.wall), digits: 2)
table.row("  Batch CPU time ÷ 1-core CPU time (1.00: no contention)", batch.cpu / oneThread.cpu, digits: 2)
table.row("  Standard pipeline without its document passes (MB/s)", megabytesPerSecond(corpus, whole[2]))

// Dense text (Fixtures texts and the seed, repeated to 4 MB: a mention every few dozen bytes)
// against the benchmark corpus, interleaved: what a mention costs beyond the scan.
let dense = Corpus.dense()
var denseMentions = 0
let densities = try Timing.interleaved(
  repetitions: repetitions,
  [
    { denseMentions = try pipeline.mentionCount(in: dense, workspace: workspace) },
    { _ = try pipeline.mentionCount(in: corpus, workspace: workspace) },
  ])
Check.nonZero(denseMentions, "standard pipeline on dense text", expected: true)
let denseSpeed = megabytesPerSecond(dense, densities[0])
table.row(
  "Dense text, \(dense.byteCount / 1_000_000) MB, a mention every \(dense.byteCount / max(denseMentions, 1)) bytes (MB/s)",
  denseSpeed)
table.row(
  "  Dense ÷ benchmark corpus throughput (same run)", denseSpeed / megabytesPerSecond(corpus, densities[1]),
  digits: 2, target: "≥ 0.5")

// The command, as a user runs it: whole processes of `winnow extract` (release build of the
// root package) over the same corpus, its text as one file and as JSONL, against the library's
// one-core pipeline in the same interleaved runs.
let command = try WinnowProcess.winnowExecutable()
let corpusFiles = try WinnowProcess.writeCorpusFiles(corpus)
var commandLines = (file: 0, corpus1: 0, corpus2: 0)
/// CPU seconds of each run of the command processes (their own, from RUSAGE_CHILDREN).
var commandCPU: [[Double]] = [[], [], []]
let commandSamples = try Timing.interleaved(
  repetitions: repetitions,
  [
    { _ = try pipeline.mentionCount(in: corpus, workspace: workspace) },
    {
      commandLines.file = try WinnowProcess.run(
        command, ["extract", corpusFiles.text, "--format", "jsonl"], cpu: &commandCPU[0])
    },
    {
      commandLines.corpus1 = try WinnowProcess.run(
        command, ["extract", "--corpus", corpusFiles.jsonl, "--format", "jsonl", "--threads", "1"],
        cpu: &commandCPU[1])
    },
    {
      commandLines.corpus2 = try WinnowProcess.run(
        command, ["extract", "--corpus", corpusFiles.jsonl, "--format", "jsonl", "--threads", "2"],
        cpu: &commandCPU[2])
    },
  ])
let medianCPU = commandCPU.map { runs in runs.sorted()[runs.count / 2] }
precondition(commandLines.file == 1, "winnow extract FILE wrote \(commandLines.file) lines")
precondition(
  commandLines.corpus1 == corpus.documents.count && commandLines.corpus2 == corpus.documents.count,
  "winnow extract --corpus wrote \(commandLines) lines for \(corpus.documents.count) documents")
table.row(
  "`winnow extract FILE --format jsonl`, whole process (MB/s)", megabytesPerSecond(corpus, commandSamples[1]))
table.row(
  "  Command ÷ library pipeline on 1 core (\(String(format: "%.1f", megabytesPerSecond(corpus, commandSamples[0]))) MB/s in these runs)",
  commandSamples[0].wall / commandSamples[1].wall, digits: 2, target: "≥ 0.85")
table.row(
  "  Its CPU time ÷ the library's (1.00: no overhead; robust to a loaded machine)",
  medianCPU[0] / commandSamples[0].cpu, digits: 2)
table.row(
  "`winnow extract --corpus` (JSONL), 1 thread (MB/s)", megabytesPerSecond(corpus, commandSamples[2]))
table.row(
  "  Its CPU time ÷ the library's, and ÷ wall clock (cores it got)", medianCPU[1] / commandSamples[0].cpu,
  digits: 2, note: String(format: "%.2f", medianCPU[1] / Timing.seconds(commandSamples[2].wall)))
table.row(
  "`winnow extract --corpus`, 2 threads ÷ 1 thread (wall clock)", commandSamples[2].wall / commandSamples[3].wall,
  digits: 2, target: "≥ 1.6")
table.row(
  "  Cores the 2-thread run got (its CPU time ÷ its wall clock)",
  medianCPU[2] / Timing.seconds(commandSamples[3].wall), digits: 2)

// The baselines, on a slice with the same mix, against the pipeline on the same slice.
let foundation = FoundationScan(rules: rules)
let naive = try NaiveScan(rules: rules)
let data = PCRE2MatchData()
var sliceCounts = (pipeline: 0, foundation: 0, naive: 0)
let slices = try Timing.interleaved(
  repetitions: min(repetitions, 3),
  [
    { sliceCounts.pipeline = try pipeline.mentionCount(in: slice, workspace: workspace) },
    { sliceCounts.foundation = foundation.matchCount(in: slice.text) },
    { sliceCounts.naive = try naive.matchCount(in: slice.text, using: data) },
  ])
Check.nonZero(sliceCounts.foundation, "NSRegularExpression", expected: !foundation.regexes.isEmpty)
Check.nonZero(sliceCounts.naive, "naive scan", expected: !rules.isEmpty)
table.row(
  "Pipeline ÷ NSRegularExpression, same \(foundation.regexes.count) rule patterns "
    + "(\(foundation.skipped.count) more ICU can't compile)", slices[1].wall / slices[0].wall, target: "≥ 40")
table.row(
  "Pipeline ÷ naive PCRE2 scan (JIT, UCP), \(rules.count) rule patterns", slices[2].wall / slices[0].wall,
  target: "≥ 5")
table.row("  Pipeline on the \(slice.byteCount / 1000) kB slice (MB/s)", megabytesPerSecond(slice, slices[0]))
table.row("  NSRegularExpression (MB/s)", megabytesPerSecond(slice, slices[1]), digits: 2)
table.row("  Naive scan (MB/s)", megabytesPerSecond(slice, slices[2]), digits: 2)

// Building the standard pipeline: compile and JIT every rule.
let build = try Timing.median(repetitions: max(repetitions, 11)) { _ = try Pipeline.standard() }
table.row("Pipeline.standard() build (ms)", Timing.seconds(build.wall) * 1000, digits: 2, target: "≤ 30")

// Where the time goes: each extractor alone, without passes (each builds the per-document
// token index that the standard pipeline builds once for all four).
let parts = try BuiltInExtractor.all.map { try $0.pipeline() }
let partSamples = try Timing.interleaved(
  repetitions: repetitions,
  parts.map { part in { _ = try part.mentionCount(in: corpus, workspace: workspace) } })
for (extractor, sample) in zip(BuiltInExtractor.all, partSamples) {
  table.row(
    "  \(extractor.name) alone, \(extractor.rules.count) rules, no passes (MB/s)",
    megabytesPerSecond(corpus, sample))
}

// A user's rules and word lists (issue 12): 1,000 rules from a JSON Lines file and 100,000
// word list entries from TSV, read and checked (every pattern compiled once); then the
// standard pipeline with them against the pipeline without them, interleaved.
let userRules = UserData.rulesText()
let userLists = UserData.lists()
var userConfiguration = StandardConfiguration()
let userLoad = try Timing.median(repetitions: max(repetitions, 3)) {
  var configuration = StandardConfiguration()
  try configuration.add(rules: RuleFile.parse(userRules, file: "user-rules.jsonl"))
  for (list, text) in userLists { try configuration.lexicon.add(list, tsv: text, file: "\(list).tsv") }
  userConfiguration = configuration
}
table.row(
  "Load \(userConfiguration.rules.count) user rules and 100,000 word list entries (ms)",
  Timing.seconds(userLoad.wall) * 1000, digits: 0, target: "< 1000")
let userParts = try Timing.interleaved(
  repetitions: max(repetitions, 3),
  [
    { _ = try RuleFile.parse(userRules, file: "user-rules.jsonl") },
    {
      var lexicon = Lexicon()
      for (list, text) in userLists { try lexicon.add(list, tsv: text, file: "\(list).tsv") }
    },
  ])
table.row("  of which the rule file (ms)", Timing.seconds(userParts[0].wall) * 1000, digits: 0)
table.row("  of which the word lists (ms)", Timing.seconds(userParts[1].wall) * 1000, digits: 0)
let userBuild = try Timing.median(repetitions: 3) { _ = try Pipeline.standard(userConfiguration) }
table.row("  Pipeline.standard() build with them (ms)", Timing.seconds(userBuild.wall) * 1000, digits: 0)
let userPipeline = try Pipeline.standard(userConfiguration)
var rulesOnly = StandardConfiguration()
try rulesOnly.add(rules: userConfiguration.rules)
var listsOnly = StandardConfiguration()
listsOnly.lexicon = userConfiguration.lexicon
let rulesPipeline = try Pipeline.standard(rulesOnly)
let listsPipeline = try Pipeline.standard(listsOnly)
var userMentions = 0
let withUser = try Timing.interleaved(
  repetitions: repetitions,
  [
    { _ = try pipeline.mentionCount(in: corpus, workspace: workspace) },
    { userMentions = try userPipeline.mentionCount(in: corpus, workspace: workspace) },
    { _ = try rulesPipeline.mentionCount(in: corpus, workspace: workspace) },
    { _ = try listsPipeline.mentionCount(in: corpus, workspace: workspace) },
  ])
precondition(userMentions > mentions, "the user's rules found nothing: \(userMentions) mentions")
table.row(
  "Pipeline with them ÷ standard pipeline, 1 core (throughput)", withUser[0].wall / withUser[1].wall,
  digits: 2, target: "≥ 0.90")
table.row("  Pipeline with them, 1 core (MB/s)", megabytesPerSecond(corpus, withUser[1]))
table.row("  With the rules only ÷ standard", withUser[0].wall / withUser[2].wall, digits: 2)
table.row("  With the word lists only ÷ standard", withUser[0].wall / withUser[3].wall, digits: 2)

// The match loop: one money pattern over the whole corpus, the wrapper's variants against
// libpcre2-8 called directly.
let pattern = MatchLoopInputs.moneyPattern
let jit = try PCRE2Regex(pattern)
let interpreter = try PCRE2Regex(pattern, jit: .never)
let ucp = try PCRE2Regex(pattern, options: .ucp)
let raw = RawPCRE2Regex(pattern)
let loops: [(String, () throws -> Int)] = [
  ("Raw C, pcre2_jit_match_8", { MatchLoops.raw(raw, in: corpus.text) }),
  (
    "Wrapper: JIT, reused match data, unchecked UTF-8", { try MatchLoops.wrapper(jit, in: corpus.text, data) }
  ),
  ("Wrapper: interpreter", { try MatchLoops.wrapper(interpreter, in: corpus.text, data) }),
  ("Wrapper: JIT with UCP", { try MatchLoops.wrapper(ucp, in: corpus.text, data) }),
  ("Wrapper: fresh match data per match", { try MatchLoops.freshData(jit, in: corpus.text) }),
  ("Wrapper: UTF-8 checked once", { try MatchLoops.checkedOnce(jit, in: corpus.text, data) }),
  (
    "Raw C, pcre2_match_8 checking UTF-8 per call, per document",
    {
      MatchLoops.rawCheckingEveryCall(raw, in: corpus)
    }
  ),
]
var loopCounts = [Int](repeating: 0, count: loops.count)
let loopSamples = try Timing.interleaved(
  repetitions: repetitions,
  loops.indices.map { index in { loopCounts[index] = try loops[index].1() } })
precondition(loopCounts[0] > 0 && Set(loopCounts).count == 1, "match loop counts differ: \(loopCounts)")
table.row("Match loop: one money pattern over the corpus (matches)", Double(loopCounts[0]), digits: 0)
for ((name, _), sample) in zip(loops, loopSamples) {
  table.row(
    "  \(name): MB/s (time ÷ raw C)", megabytesPerSecond(corpus, sample),
    note: String(format: "%.2f", sample.wall / loopSamples[0].wall))
}

print(
  """
  Corpus: \(corpus.byteCount) bytes, \(corpus.documents.count) documents, \(mentions) mentions; \
  \(repetitions) runs each (3 for the slice), median; \(cores) cores; \
  load average \(loadBefore) before, \(Timing.loadAverage) after.

  """)
print(table.markdown)

/// The result table: what was measured, its value, and the issue's target when there is one.
struct Table {
  private var rows: [(String, String, String)] = []

  mutating func row(_ what: String, _ value: Double, digits: Int = 1, target: String = "", note: String = "")
  {
    let figure = String(format: "%.\(digits)f", value)
    rows.append((what, note.isEmpty ? figure : "\(figure) (\(note))", target))
  }

  var markdown: String {
    (["| Measure | Value | Target |", "|---|---:|---:|"] + rows.map { "| \($0.0) | \($0.1) | \($0.2) |" })
      .joined(separator: "\n")
  }
}

/// MB/s over `corpus` at `sample`'s wall-clock time.
func megabytesPerSecond(_ corpus: Corpus, _ sample: Timing.Sample) -> Double {
  Timing.megabytesPerSecond(corpus.byteCount, sample.wall)
}

extension Duration {
  /// The ratio of two durations.
  fileprivate static func / (lhs: Duration, rhs: Duration) -> Double {
    Timing.seconds(lhs) / Timing.seconds(rhs)
  }
}

/// The `winnow` command, run as its own process.
enum WinnowProcess {
  /// The root package's release `winnow` (`$WINNOW`, else `../.build/release/winnow`, built
  /// here when missing).
  static func winnowExecutable() throws -> String {
    if let given = ProcessInfo.processInfo.environment["WINNOW"] { return given }
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().deletingLastPathComponent()
    let path = root.appendingPathComponent(".build/release/winnow").path
    if !FileManager.default.isExecutableFile(atPath: path) {
      FileHandle.standardError.write(Data("ratios: building \(path)\n".utf8))
      let build = Process()
      build.executableURL = URL(fileURLWithPath: "/usr/bin/env")
      build.arguments = ["swift", "build", "-c", "release", "--product", "winnow", "--package-path", root.path]
      try build.run()
      build.waitUntilExit()
      precondition(build.terminationStatus == 0, "swift build of winnow failed")
    }
    return path
  }

  /// The corpus written as one text file (its exact bytes) and as JSONL (one document a line).
  static func writeCorpusFiles(_ corpus: Corpus) throws -> (text: String, jsonl: String) {
    let directory = NSTemporaryDirectory() + "winnow-ratios-\(getpid())"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let text = directory + "/corpus.txt"
    let jsonl = directory + "/corpus.jsonl"
    try Data(corpus.text.utf8).write(to: URL(fileURLWithPath: text))
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    var lines = Data()
    for document in corpus.documents {
      struct Line: Encodable {
        var id: String
        var text: String
      }
      lines.append(try encoder.encode(Line(id: document.id, text: document.text)))
      lines.append(0x0A)
    }
    try lines.write(to: URL(fileURLWithPath: jsonl))
    return (text, jsonl)
  }

  /// Runs the command with its output in a pipe read to the end (as a user's next program
  /// would read it); returns the number of lines it wrote.
  static func run(_ executable: String, _ arguments: [String], cpu: inout [Double]) throws -> Int {
    let before = childrenCPUSeconds()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    var lines = 0
    let handle = pipe.fileHandleForReading
    while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
      lines += chunk.reduce(0) { $0 + ($1 == 0x0A ? 1 : 0) }
    }
    process.waitUntilExit()
    precondition(process.terminationStatus == 0, "winnow \(arguments) exited \(process.terminationStatus)")
    cpu.append(childrenCPUSeconds() - before)
    return lines
  }

  /// CPU time, user and system, of the child processes waited for so far.
  static func childrenCPUSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_CHILDREN.rawValue, &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) * 1e-6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }
}
