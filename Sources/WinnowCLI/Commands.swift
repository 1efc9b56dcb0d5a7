import Foundation
import Winnow

/// Runs the `winnow` command; returns the exit status (0 ok, 1 some input failed, 2 usage).
public func runWinnow(_ arguments: [String], console: Console = .standard()) -> Int32 {
  let command: Command
  do {
    command = try parseCommand(arguments)
  } catch {
    console.error("winnow: \(error)\n\n\(usage)")
    return 2
  }
  do {
    switch command {
    case .help:
      console.line(usage)
      return 0
    case .extract(let options):
      return try runExtract(options, console: console)
    case .eval(let options):
      return try runEval(options, console: console)
    }
  } catch {
    console.error("winnow: \(error)")
    return 1
  }
}

func makePipeline(kinds: Set<Kind>?) throws -> Pipeline {
  var configuration = StandardConfiguration()
  configuration.kinds = kinds
  return try Pipeline.standard(configuration)
}

/// `winnow extract`: files or a corpus, to a table, JSON or JSONL.
func runExtract(_ options: ExtractOptions, console: Console) throws -> Int32 {
  let pipeline = try makePipeline(kinds: options.kinds)
  let workspace = Workspace()
  let encoder = MentionEncoder()
  let format = options.format ?? (console.isTerminal ? .table : .jsonl)
  var status: Int32 = 0

  if let corpus = options.corpus {
    // Streams: one prediction line per document, written as it goes, in input order.
    var all: [(String, [Mention])] = []
    var first = true
    if format == .json { console.out("[") }
    try LineReader(path: corpus).forEachLine { line, number in
      if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
      do {
        let document = try decodeCorpusLine(line, number: number, path: corpus, lossy: options.lossy)
        let mentions = try pipeline.extract(
          from: Document(
            id: document.id, text: document.text,
            referenceDate: document.referenceDate ?? options.referenceDate),
          workspace: workspace)
        switch format {
        case .jsonl:
          console.line(try encoder.string(Prediction(id: document.id, mentions: mentions)))
        case .json:
          console.out(
            (first ? "\n" : ",\n") + (try encoder.string(Prediction(id: document.id, mentions: mentions))))
          first = false
        case .table:
          all.append((document.id, mentions))
        }
      } catch {
        console.error("winnow: \(error)")
        status = 1
      }
    }
    switch format {
    case .json: console.line("\n]")
    case .table: console.line(renderTable(all))
    case .jsonl: break
    }
    console.flush()
    return status
  }

  var results: [(String, [Mention])] = []
  for path in options.files {
    do {
      let text = try readText(path: path, lossy: options.lossy)
      let mentions = try pipeline.extract(
        from: Document(id: path, text: text, referenceDate: options.referenceDate),
        workspace: workspace)
      results.append((path, mentions))
      if format == .jsonl {
        console.line(try encoder.string(Prediction(id: path, mentions: mentions)))
      }
    } catch {
      console.error("winnow: \(error)")
      status = 1
    }
  }
  switch format {
  case .table: console.line(renderTable(results))
  case .json:
    let pretty = MentionEncoder(pretty: true)
    console.line(try pretty.string(results.map { Prediction(id: $0.0, mentions: $0.1) }))
  case .jsonl: break
  }
  console.flush()
  return status
}

/// `winnow eval`: runs the standard pipeline over an annotated corpus and scores it.
func runEval(_ options: EvalOptions, console: Console) throws -> Int32 {
  let pipeline = try makePipeline(kinds: nil)
  let workspace = Workspace()
  var scorer = Scorer(only: options.kinds.map { Set($0.map(\.rawValue)) }, listErrors: options.errors)
  var status: Int32 = 0
  try LineReader(path: options.gold).forEachLine { line, number in
    if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return }
    do {
      let document = try decodeCorpusLine(line, number: number, path: options.gold, lossy: false)
      let mentions = try pipeline.extract(
        from: Document(id: document.id, text: document.text, referenceDate: document.referenceDate),
        workspace: workspace)
      scorer.add(gold: document, predicted: try mentions.map(ScoredMention.init))
    } catch {
      console.error("winnow: \(error)")
      status = 1
    }
  }
  if options.errors {
    console.line(scorer.errors.joined(separator: "\n"))
    console.line("")
  }
  console.line(scorer.table())
  return status
}
