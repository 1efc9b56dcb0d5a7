import Foundation
import Testing
import WinnowCLI

@Suite("The command line: parsing, help and usage errors")
struct ParsingTests {
  @Test(
    "--help, -h and help COMMAND print the help and exit 0",
    arguments: [
      ["--help"], ["-h"], ["extract", "--help"], ["extract", "-h"], ["eval", "--help"], ["help", "extract"],
    ])
  func help(_ arguments: [String]) {
    let run = winnow(arguments)
    #expect(run.status == 0)
    #expect(run.out.contains("USAGE: winnow"))
    #expect(run.err.isEmpty)
    if arguments.contains("extract") { #expect(run.out.contains("--date-order")) }
  }

  @Test("--version prints the version and exits 0")
  func version() {
    let run = winnow("--version")
    #expect(run.status == 0)
    #expect(run.out == winnowVersion + "\n")
  }

  @Test(
    "a usage error is one line pointing at --help, exit 64",
    arguments: [
      (["extract", "--fast", "x.txt"], "Unknown option '--fast'"),
      (["extract", "--format", "xml", "x.txt"], "'xml' is invalid for '--format"),
      (["extract", "--kinds", "money,weather", "x"], "'money,weather' is invalid for '--kinds"),
      (["extract", "--reference-date", "13/10/2022", "x"], "'13/10/2022' is invalid for '--reference-date"),
      (["extract", "--date-order", "ydm", "x"], "'ydm' is invalid for '--date-order"),
      (["extract", "--currency", "$=dollars", "x"], "'$=dollars' is invalid for '--currency"),
      (["extract", "--overlap", "some", "x"], "'some' is invalid for '--overlap"),
      (["extract", "--threads", "0", "x"], "--threads must be at least 1"),
      (["extract", "--corpus"], "Missing value for '--corpus"),
      (["extract", "--corpus", "a.jsonl", "b.txt"], "either --corpus or files"),
      (["frobnicate"], "unknown command 'frobnicate'"),
      ([], "no command given"),
    ])
  func usageError(_ arguments: [String], _ expected: String) {
    let run = winnow(arguments)
    #expect(run.status == 64)
    #expect(run.out.isEmpty)
    #expect(run.err.contains(expected), "\(run.err)")
    #expect(run.err.split(separator: "\n").count == 1)
    #expect(run.err.hasSuffix("--help')\n"))
  }

  @Test("a mistyped option or command gets a suggestion")
  func didYouMean() {
    #expect(winnow("extract", "--formt", "json", "x").err.contains("Did you mean '--format'?"))
    #expect(winnow("extrct", "x").err.contains("did you mean 'extract'?"))
    #expect(winnow("extract", "--date-ordr", "dmy", "x").err.contains("'--date-order'"))
  }

  @Test("the usage error names the subcommand's help")
  func usageErrorNamesSubcommandHelp() {
    #expect(winnow("eval", "--bogus").err.hasSuffix("(see 'winnow eval --help')\n"))
    #expect(winnow("--bogus").err.hasSuffix("(see 'winnow --help')\n"))
  }

  @Test("--opt=value and -- are understood")
  func equalsAndDoubleDash() throws {
    let directory = NSTemporaryDirectory() + "winnow-test-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    let path = directory + "/-paid.txt"
    try Data("It cost $5.".utf8).write(to: URL(fileURLWithPath: path))
    let run = winnow(
      ["extract", "--format=jsonl", "--kinds=money", "--", "-paid.txt"].map {
        $0 == "-paid.txt" ? path : $0
      })
    #expect(run.status == 0, "\(run.err)")
    #expect(try mentions(run.outLines[0]).map { $0["text"] as! String } == ["$5"])
    // After --, a file whose name starts with a dash is a file, not an option.
    _ = FileManager.default.changeCurrentDirectoryPath(directory)
    let dashed = winnow("extract", "--format", "jsonl", "--", "-paid.txt")
    #expect(dashed.status == 0, "\(dashed.err)")
    #expect(dashed.out.hasPrefix(#"{"id":"-paid.txt""#))
  }
}

@Suite("The command line: every library setting")
struct SettingsTests {
  let sentence =
    "On 07/12/2022 President Biden paid $5 million and ¥300 for the Inflation Reduction Act of 2022."

  func values(_ arguments: String...) throws -> [String: [[String: Any]]] {
    let run = winnow(["extract", "--format", "jsonl"] + arguments, stdin: stdinText(sentence))
    #expect(run.status == 0, "\(run.err)")
    var byKind: [String: [[String: Any]]] = [:]
    for mention in try mentions(run.outLines[0]) {
      byKind[mention["kind"] as! String, default: []].append(mention)
    }
    return byKind
  }

  func value(_ mention: [String: Any], _ key: String) -> String? {
    (mention["value"] as? [String: Any])?[key] as? String
  }

  @Test(
    "--date-order dmy reads 07/12/2022 as 7 December, mdy (the default) as 12 July, ymd 22/07/12 as 12 July")
  func dateOrder() throws {
    #expect(try value(values()["date"]![0], "value") == "2022-07-12")
    #expect(try value(values("--date-order", "mdy")["date"]![0], "value") == "2022-07-12")
    #expect(try value(values("--date-order", "dmy")["date"]![0], "value") == "2022-12-07")
    let ymd = winnow(
      ["extract", "--format", "jsonl", "--date-order=ymd"], stdin: stdinText("Filed 22/07/12."))
    #expect(try value(mentions(ymd.outLines[0])[0], "value") == "2022-07-12")
  }

  @Test("--currency sets what a bare $ or ¥ means; the others keep their defaults")
  func currency() throws {
    let standard = try values()["money"]!
    #expect(standard.map { value($0, "currency") } == ["USD", "JPY"])
    let changed = try values("--currency", "$=CAD", "--currency=¥=CNY")["money"]!
    #expect(changed.map { value($0, "currency") } == ["CAD", "CNY"])
    let pesos = winnow(
      ["extract", "--format", "jsonl", "--currency", "pesos=ARS"], stdin: stdinText("It cost 300 pesos."))
    #expect(try value(mentions(pesos.outLines[0])[0], "currency") == "ARS")
    let lost = winnow(
      ["extract", "--format", "jsonl", "--currency", "?=EUR"], stdin: stdinText("It cost ?5 million."))
    #expect(try value(mentions(lost.outLines[0])[0], "currency") == "EUR")
  }

  @Test("--overlap nested keeps the year inside a law's name; all keeps everything; longest neither")
  func overlap() throws {
    #expect(try values()["date"]!.count == 1)
    #expect(try values("--overlap", "longest")["date"]!.count == 1)
    #expect(try values("--overlap", "nested")["date"]!.count == 2)
    #expect(try values("--overlap", "all")["date"]!.count >= 2)
  }

  @Test("--kind-priority is accepted and changes nothing where no mentions tie")
  func kindPriority() throws {
    let standard = try values()
    let reordered = try values("--kind-priority", "title,date,money,legislation")
    #expect(standard.mapValues(\.count) == reordered.mapValues(\.count))
  }

  @Test("--narrative gives a yearless month the year of the date before it")
  func narrative() throws {
    let text = "The deal closed on March 3, 2021. In May the board met."
    func may(_ extra: [String]) throws -> String? {
      let run = winnow(["extract", "--format", "jsonl", "--kinds", "date"] + extra, stdin: stdinText(text))
      return try mentions(run.outLines[0]).first { $0["text"] as? String == "May" }.flatMap {
        value($0, "value")
      }
    }
    #expect(try may([]) == "XXXX-05")
    #expect(try may(["--narrative"]) == "2021-05")
  }

  @Test("--no-short-forms leaves a law's short form unlinked to its full name")
  func shortForms() throws {
    let text = "The General Data Protection Regulation (GDPR) took effect. The GDPR applies widely."
    func names(_ extra: [String]) throws -> [String?] {
      let run = winnow(
        ["extract", "--format", "jsonl", "--kinds", "legislation"] + extra, stdin: stdinText(text))
      return try mentions(run.outLines[0]).map { value($0, "name") }
    }
    let full = "General Data Protection Regulation"
    #expect(try names([]) == [full, full, full])
    #expect(try names(["--no-short-forms"]) == [full, "GDPR", "GDPR"])
  }

  @Test("--lexicon adds a user's word list entries; a bad file is an input error naming file and line")
  func lexicon() throws {
    let text = "The bosun, Tom Harlow, said the boat was ready."
    let heads = try temporaryFile("form\trole\nbosun\tBosun\n", suffix: ".tsv")
    let run = winnow(
      ["extract", "--format", "jsonl", "--kinds", "title", "--lexicon", "title.heads=\(heads)"],
      stdin: stdinText(text))
    #expect(run.status == 0, "\(run.err)")
    #expect(try mentions(run.outLines[0]).map { value($0, "role") } == ["Bosun"])
    let bad = try temporaryFile("form\tjob\nbosun\tBosun\n", suffix: ".tsv")
    let failed = winnow(["extract", "--lexicon", "title.heads=\(bad)", "-"], stdin: stdinText(text))
    #expect(failed.status == 1)
    #expect(failed.err.contains("\(bad):1"), "\(failed.err)")
    let unknown = winnow(["extract", "--lexicon", "title.words=\(heads)", "-"], stdin: stdinText(text))
    #expect(unknown.status == 64)
  }

  @Test("--infer-reference-date takes the reference date from the text's header date")
  func inferReferenceDate() throws {
    let text = "1990-03-19 War Crimes Bill\nThe vote was yesterday.\n"
    func yesterday(_ extra: [String]) throws -> String? {
      let run = winnow(["extract", "--format", "jsonl", "--kinds", "date"] + extra, stdin: stdinText(text))
      return try mentions(run.outLines[0]).first { $0["text"] as? String == "yesterday" }.flatMap {
        value($0, "value")
      }
    }
    #expect(try yesterday([]) == "XXXX-XX-XX")
    #expect(try yesterday(["--infer-reference-date"]) == "1990-03-18")
  }

  @Test("limits: a document that reaches one is reported with the rule, the others go on (exit 1)")
  func limits() throws {
    let corpus = try temporaryFile(
      #"{"id":"a","text":"It cost $5."}"# + "\n" + #"{"id":"b","text":"Nothing."}"# + "\n", suffix: ".jsonl")
    let limited = winnow("extract", "--corpus", corpus, "--format", "jsonl", "--match-limit", "1")
    #expect(limited.status == 1)
    #expect(limited.err.contains("rule money."), "\(limited.err)")
    #expect(limited.err.contains("on document a: PCRE2 error"))
    #expect(try limited.outLines.map { try object($0)["id"] as! String } == ["b"])
    let roomy = winnow(
      "extract", "--corpus", corpus, "--format", "jsonl", "--depth-limit", "50000", "--heap-limit", "1000",
      "--jit-stack", "4M", "--work-budget", "none")
    #expect(roomy.status == 0)
    #expect(roomy.outLines.count == 2)
    let budget = winnow("extract", "--corpus", corpus, "--format", "jsonl", "--work-budget=1000000")
    #expect(budget.out == roomy.out)
    for bad in [["--jit-stack", "4Q"], ["--work-budget", "0"], ["--match-limit", "-1"]] {
      #expect(winnow(["extract", "--corpus", corpus] + bad).status == 64)
    }
  }

  @Test("--kinds keeps only those kinds")
  func kinds() throws {
    #expect(try Set(values("--kinds", "money,date").keys) == ["money", "date"])
  }

  @Test("--reference-date resolves relative dates; a corpus document's own date wins")
  func referenceDate() throws {
    let run = winnow(
      ["extract", "--format", "jsonl", "--reference-date", "2022-10-13"],
      stdin: stdinText("It ended yesterday."))
    #expect(try value(mentions(run.outLines[0])[0], "value") == "2022-10-12")
    let corpus = try temporaryFile(
      #"{"id": "a", "text": "It ended yesterday.", "reference_date": "2020-01-01"}"# + "\n"
        + #"{"id": "b", "text": "It ended yesterday."}"#, suffix: ".jsonl")
    let both = winnow("extract", "--corpus", corpus, "--format", "jsonl", "--reference-date", "2022-10-13")
    #expect(try both.outLines.map { try value(mentions($0)[0], "value") } == ["2019-12-31", "2022-10-12"])
  }
}
