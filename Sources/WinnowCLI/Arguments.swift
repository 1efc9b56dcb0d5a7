import Winnow

/// A mistake in how the command was called; printed with the usage, exit status 2.
struct UsageError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}

/// The output formats of `winnow extract`.
enum OutputFormat: String {
  case table, json, jsonl
}

/// `winnow extract` options.
struct ExtractOptions {
  var files: [String] = []
  var corpus: String? = nil
  var format: OutputFormat? = nil
  var kinds: Set<Kind>? = nil
  var referenceDate: CalendarDate? = nil
  var lossy = false
}

/// `winnow eval` options.
struct EvalOptions {
  var gold: String = ""
  var kinds: Set<Kind>? = nil
  var errors = false
}

enum Command {
  case extract(ExtractOptions)
  case eval(EvalOptions)
  case help
}

let usage = """
  usage: winnow extract [options] FILE... | -     mentions in text files (- for stdin)
         winnow extract --corpus IN.jsonl [options] one prediction line per corpus document
         winnow eval GOLD.jsonl [--kinds K,K] [--errors]
                                                  P/R/F1 per kind, as tools/score.py prints them

  options:
    --format table|json|jsonl   output format (default: table on a terminal, else jsonl)
    --kinds money,date,...      only these kinds (money, date, title, legislation)
    --reference-date YYYY-MM-DD the documents' date, for relative dates (a corpus document's
                                own reference_date wins over it)
    --lossy                     replace invalid UTF-8 with U+FFFD instead of failing
    --errors                    (eval) list misses, false alarms and wrong values
  """

/// Parses the command line (without the program name).
func parseCommand(_ arguments: [String]) throws -> Command {
  guard let verb = arguments.first else { throw UsageError("no command given") }
  var rest = Array(arguments.dropFirst())
  func value(for option: String) throws -> String {
    guard !rest.isEmpty, !rest[0].hasPrefix("--") else {
      throw UsageError("\(option) needs a value")
    }
    return rest.removeFirst()
  }
  func parseKinds(_ text: String) throws -> Set<Kind> {
    let names = text.split(separator: ",").map { String($0).trimmingWhitespace() }
    let known = Set(Kind.builtIn.map(\.rawValue))
    for name in names where !known.contains(name) {
      throw UsageError(
        "unknown kind \"\(name)\" in --kinds (known: \(Kind.builtIn.map(\.rawValue).joined(separator: ", ")))"
      )
    }
    guard !names.isEmpty else { throw UsageError("--kinds needs at least one kind") }
    return Set(names.map { Kind($0) })
  }
  switch verb {
  case "-h", "--help", "help":
    return .help
  case "extract":
    var options = ExtractOptions()
    while !rest.isEmpty {
      let argument = rest.removeFirst()
      switch argument {
      case "--corpus": options.corpus = try value(for: argument)
      case "--format":
        let text = try value(for: argument)
        guard let format = OutputFormat(rawValue: text) else {
          throw UsageError("unknown format \"\(text)\" (table, json or jsonl)")
        }
        options.format = format
      case "--kinds": options.kinds = try parseKinds(try value(for: argument))
      case "--reference-date":
        let text = try value(for: argument)
        guard let date = CalendarDate(text) else {
          throw UsageError("--reference-date \"\(text)\" is not a date of the form YYYY-MM-DD")
        }
        options.referenceDate = date
      case "--lossy": options.lossy = true
      case "-": options.files.append("-")
      default:
        if argument.hasPrefix("-") { throw UsageError("unknown option \(argument)") }
        options.files.append(argument)
      }
    }
    if options.corpus == nil && options.files.isEmpty {
      throw UsageError("extract needs FILE..., - for standard input, or --corpus IN.jsonl")
    }
    if options.corpus != nil && !options.files.isEmpty {
      throw UsageError("give either --corpus or files, not both")
    }
    return .extract(options)
  case "eval":
    var options = EvalOptions()
    var gold: [String] = []
    while !rest.isEmpty {
      let argument = rest.removeFirst()
      switch argument {
      case "--kinds": options.kinds = try parseKinds(try value(for: argument))
      case "--errors": options.errors = true
      default:
        if argument.hasPrefix("-") { throw UsageError("unknown option \(argument)") }
        gold.append(argument)
      }
    }
    guard gold.count == 1 else { throw UsageError("eval needs exactly one GOLD.jsonl") }
    options.gold = gold[0]
    return .eval(options)
  default:
    throw UsageError("unknown command \"\(verb)\" (extract or eval)")
  }
}

extension String {
  func trimmingWhitespace() -> String {
    String(drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
  }
}
