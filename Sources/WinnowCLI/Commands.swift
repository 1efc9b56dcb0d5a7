import ArgumentParser
import Winnow

/// The version `winnow --version` prints.
public let winnowVersion = "0.2.0"

/// A subcommand that runs against a ``Console`` and returns its exit status.
protocol ConsoleCommand {
  func run(console: Console) throws -> Int32
}

/// A mistake in how the command was called, found only when it runs (exit status 64).
struct UsageError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// `winnow`: the root command.
public struct WinnowCommand: ParsableCommand {
  /// The name, the version and the subcommands.
  public static let configuration = CommandConfiguration(
    commandName: "winnow",
    abstract: "Finds money amounts, dates, titles and legislation names in English text.",
    discussion: """
      Each mention comes with its UTF-8 byte offsets, its text, a normalized value and the id of \
      the rule that found it (docs/output-format.md in the repository).
      """,
    version: winnowVersion,
    subcommands: [Extract.self, Eval.self, TestRules.self])

  /// The root command, as the parser makes it.
  public init() {}
}

/// Runs the `winnow` command line (without the program name) and returns the exit status:
/// 0 when everything went through, 1 when some input could not be read or processed (the
/// others still were), 64 for a usage error (one line, pointing at `--help`).
public func runWinnow(_ arguments: [String], console: Console) -> Int32 {
  let command: any ParsableCommand
  do {
    command = try WinnowCommand.parseAsRoot(arguments)
  } catch {
    let code = WinnowCommand.exitCode(for: error)
    if code == .success {
      // --help, -h, --version.
      try? console.line(WinnowCommand.fullMessage(for: error))
      return 0
    }
    var message = WinnowCommand.message(for: error)
    if let first = arguments.first, !first.hasPrefix("-"), subcommand(named: first) == nil {
      message = "unknown command '\(first)'"
      if let near = nearest(first, among: subcommandNames) { message += "; did you mean '\(near)'?" }
    }
    usageError(message, arguments: arguments, console: console)
    return code == .validationFailure ? 64 : code.rawValue
  }
  if command is WinnowCommand {
    usageError("no command given (extract, eval or test-rules)", arguments: arguments, console: console)
    return 64
  }
  guard let runnable = command as? any ConsoleCommand else {
    // The help command (`--help`, `-h`, `help extract`): its text for the command asked about.
    var asked: any ParsableCommand.Type = WinnowCommand.self
    for argument in arguments {
      if let named = subcommand(named: argument) {
        asked = named
        break
      }
    }
    try? console.write(WinnowCommand.helpMessage(for: asked))
    return 0
  }
  do {
    return try runnable.run(console: console)
  } catch let error as UsageError {
    usageError(error.description, arguments: arguments, console: console)
    return 64
  } catch {
    console.error("winnow: \(error)")
    return 1
  }
}

private let subcommandNames = ["extract", "eval", "test-rules"]

private func subcommand(named name: String) -> (any ParsableCommand.Type)? {
  switch name {
  case "extract": Extract.self
  case "eval": Eval.self
  case "test-rules": TestRules.self
  default: nil
  }
}

/// The name at most two edits away from `word`, if there is one.
func nearest(_ word: String, among names: [String]) -> String? {
  func distance(_ a: [Character], _ b: [Character]) -> Int {
    var row = Array(0...b.count)
    for i in 1...max(1, a.count) where !a.isEmpty {
      var previous = row[0]
      row[0] = i
      for j in 1...max(1, b.count) where !b.isEmpty {
        let old = row[j]
        row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
        previous = old
      }
    }
    return row[b.count]
  }
  let scored = names.map { ($0, distance(Array(word), Array($0))) }.filter { $0.1 <= 2 }
  return scored.min { $0.1 < $1.1 }?.0
}

/// One line: what is wrong, and where the help is.
private func usageError(_ message: String, arguments: [String], console: Console) {
  let asked = arguments.first.flatMap { subcommandNames.contains($0) ? $0 : nil }
  let help = asked.map { "winnow \($0) --help" } ?? "winnow --help"
  var text = message.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: " ") }
    .filter { !$0.isEmpty }.joined(separator: " ")
  if text.hasPrefix("Error: ") { text.removeFirst(7) }
  console.error("winnow: \(text) (see '\(help)')")
}

/// `winnow extract`.
struct Extract: ParsableCommand, ConsoleCommand {
  static let configuration = CommandConfiguration(
    abstract: "Extract mentions from text files or a JSONL corpus.",
    discussion: """
      Reads the files given, or standard input when none is given and it is not a terminal \
      (- names it explicitly). With --corpus, reads a JSONL corpus (one {"id", "text", \
      "reference_date"} object per line) and writes one prediction line per document, in input \
      order.
      """)

  @Argument(help: "Text files to read (- for standard input).")
  var files: [String] = []

  @Option(help: ArgumentHelp("A JSONL corpus to read (- for standard input).", valueName: "file"))
  var corpus: String?

  @Option(
    help: ArgumentHelp(
      "Output format (default: table on a terminal, else jsonl).", valueName: "table|json|jsonl|html"))
  var format: OutputFormat?

  @Option(
    help: ArgumentHelp("Only these kinds (money, date, title, legislation).", valueName: "kind,kind,..."))
  var kinds: KindList?

  @Option(
    help: ArgumentHelp(
      "The documents' date, for relative dates (a corpus document's own reference_date wins).",
      valueName: "YYYY-MM-DD"))
  var referenceDate: CalendarDate?

  @OptionGroup(title: "Library settings")
  var settings: PipelineOptions

  @OptionGroup(title: "Input and speed")
  var input: RunOptions

  func validate() throws {
    if corpus != nil && !files.isEmpty { throw ValidationError("give either --corpus or files, not both") }
  }

  func run(console: Console) throws -> Int32 {
    let pipeline = try settings.makePipeline(kinds: kinds?.kinds)
    let format = self.format ?? (console.isTerminal ? .table : .jsonl)
    let job = ExtractJob(
      pipeline: pipeline, format: format, referenceDate: referenceDate, lossy: input.lossy,
      runner: BatchRunner(threads: input.threadCount), console: console, forceProgress: input.progress)
    if let corpus { return try job.runCorpus(InputFile(path: corpus)) }
    var paths = files
    if paths.isEmpty {
      guard !console.inputIsTerminal else {
        throw UsageError("give FILE..., - for standard input, or --corpus FILE")
      }
      paths = ["-"]
    }
    return try job.runFiles(paths.map(InputFile.init))
  }
}

/// `winnow eval`.
struct Eval: ParsableCommand, ConsoleCommand {
  static let configuration = CommandConfiguration(
    abstract: "Score the standard pipeline against an annotated JSONL corpus.",
    discussion: """
      Prints strict, relaxed and value precision/recall/F1 per kind, scored as the project's \
      independent scorer scores them (docs/output-format.md#scoring).
      """)

  @Argument(help: ArgumentHelp("The annotated corpus (- for standard input).", valueName: "gold.jsonl"))
  var gold: String?

  @Option(help: ArgumentHelp("Score only these kinds.", valueName: "kind,kind,..."))
  var kinds: KindList?

  @Flag(help: "List misses, false alarms and wrong values before the table.")
  var errors = false

  @OptionGroup(title: "Library settings")
  var settings: PipelineOptions

  @OptionGroup(title: "Input and speed")
  var input: RunOptions

  func run(console: Console) throws -> Int32 {
    var path = gold ?? "-"
    if gold == nil {
      guard !console.inputIsTerminal else {
        throw UsageError("give the annotated corpus, or - for standard input")
      }
      path = "-"
    }
    let pipeline = try settings.makePipeline()
    var scorer = Scorer(only: kinds.map { Set($0.kinds.map(\.rawValue)) }, listErrors: errors)
    let file = try InputFile(path: path).open(console: console)
    let blocks = LineBlocks(file: file)
    let runner = BatchRunner(threads: input.threadCount)
    let lossy = input.lossy
    let place = InputFile(path: path).place
    var status: Int32 = 0
    do {
      while let block = try blocks.next() {
        let results = runner.run(count: block.lines.count) {
          index, workspace -> Result<(CorpusDocument, [ScoredMention])?, InputError> in
          block.bytes.withUnsafeBufferPointer { bytes in
            let line = UnsafeBufferPointer(rebasing: bytes[block.lines[index]])
            if isBlank(line) { return .success(nil) }
            do {
              let document = try CorpusDocument(
                line: line, place: "\(place):\(block.firstLineNumber + index)", lossy: lossy,
                annotations: true)
              var mentions = try pipeline.extract(
                from: Document(id: document.id, text: document.text, referenceDate: document.referenceDate),
                workspace: workspace)
              if let repair = document.repair { mentions = repair.mapping(mentions) }
              return .success((document, mentions.map(ScoredMention.init)))
            } catch let error as InputError {
              return .failure(error)
            } catch {
              return .failure(InputError(description: "\(error)"))
            }
          }
        }
        for result in results {
          switch result {
          case .success(nil): continue
          case .success(let (document, predicted)?): scorer.add(gold: document, predicted: predicted)
          case .failure(let error):
            console.error("winnow: \(error)")
            status = 1
          }
        }
      }
    } catch {
      console.error("winnow: \(error)")
      status = 1
    }
    if errors {
      try console.line(scorer.errors.joined(separator: "\n"))
      try console.line("")
    }
    try console.line(scorer.table())
    return status
  }
}

/// Whether a line holds nothing but spaces and tabs (skipped in a corpus).
func isBlank(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
  line.allSatisfy { $0 == 0x20 || $0 == 0x09 }
}
