import Foundation
import Synchronization
import Testing
import WinnowCLI

/// The command run in-process, its output captured.
struct Run {
  let status: Int32
  let out: String
  let err: String
}

func winnow(_ arguments: String..., terminal: Bool = false) -> Run {
  let out = Mutex("")
  let err = Mutex("")
  let console = Console(
    isTerminal: terminal, out: { text in out.withLock { $0 += text } },
    err: { text in err.withLock { $0 += text } })
  let status = runWinnow(arguments, console: console)
  return Run(status: status, out: out.withLock { $0 }, err: err.withLock { $0 })
}

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// Writes `bytes` to a new temporary file and returns its path.
func temporaryFile(_ bytes: [UInt8], suffix: String = ".txt") throws -> String {
  let path = NSTemporaryDirectory() + "winnow-test-\(UUID().uuidString)\(suffix)"
  try Data(bytes).write(to: URL(fileURLWithPath: path))
  return path
}

@Suite("The winnow command")
struct CommandTests {
  @Test("a file that is not UTF-8 is an error naming the file and the byte offset")
  func invalidUTF8File() throws {
    let path = try temporaryFile(Array("Paid $5 ".utf8) + [0xFF, 0x41])
    let run = winnow("extract", path, "--format", "jsonl")
    #expect(run.status == 1)
    #expect(run.err.contains("\(path): invalid UTF-8 at byte 8"))
    #expect(run.out.isEmpty)
  }

  @Test("--lossy replaces bad bytes and goes on")
  func lossyReplacesBadBytes() throws {
    let path = try temporaryFile(Array("Paid $5 ".utf8) + [0xFF, 0x41])
    let run = winnow("extract", path, "--format", "jsonl", "--lossy")
    #expect(run.status == 0)
    #expect(run.out.hasPrefix(#"{"id":"\#(path)","mentions":["#))
    #expect(run.err.isEmpty)
  }

  @Test("a malformed corpus line is reported with its number; the other documents still go through")
  func malformedCorpusLine() throws {
    let lines = [
      #"{"id": "a", "text": "one", "annotated_kinds": []}"#,
      #"{"id": "b", "text": "two""#,
      #"{"id": "c", "text": "three", "reference_date": "2022-13-40"}"#,
      #"{"id": "d", "text": "four"}"#,
    ]
    let path = try temporaryFile(Array(lines.joined(separator: "\n").utf8), suffix: ".jsonl")
    let run = winnow("extract", "--corpus", path, "--format", "jsonl")
    #expect(run.status == 1)
    #expect(run.out.split(separator: "\n").map { $0.prefix(9) } == [#"{"id":"a""#, #"{"id":"d""#])
    #expect(run.err.contains("\(path):2: not a corpus document"))
    #expect(run.err.contains("\(path):3: not a corpus document"))
  }

  @Test("a corpus line that is not UTF-8 names its line and byte")
  func invalidUTF8CorpusLine() throws {
    let good = Array(#"{"id": "a", "text": "one"}"#.utf8)
    let bad = Array(#"{"id": "b", "text": "t"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
    let path = try temporaryFile(good + [0x0A] + bad + [0x0A] + good, suffix: ".jsonl")
    let run = winnow("extract", "--corpus", path, "--format", "jsonl")
    #expect(run.status == 1)
    #expect(run.err.contains("\(path):2: invalid UTF-8 at byte 22 of the line"))
    #expect(run.out.split(separator: "\n").count == 2)
  }

  @Test("an unknown kind is a usage error")
  func unknownKind() {
    let run = winnow("extract", "-", "--kinds", "money,weather")
    #expect(run.status == 2)
    #expect(run.err.contains(#"unknown kind "weather""#))
    #expect(run.err.contains("usage: winnow"))
  }

  @Test("a bad reference date is a usage error")
  func badReferenceDate() {
    let run = winnow("extract", "-", "--reference-date", "13/10/2022")
    #expect(run.status == 2)
    #expect(run.err.contains("not a date of the form YYYY-MM-DD"))
  }

  @Test("unknown commands and options are usage errors")
  func unknownCommandAndOption() {
    #expect(winnow("frobnicate").status == 2)
    #expect(winnow("extract", "--fast", "x.txt").status == 2)
    #expect(winnow("extract").status == 2)
    #expect(winnow("eval").status == 2)
  }

  @Test("a missing file is reported by name and the others still run")
  func missingFile() throws {
    let good = try temporaryFile(Array("No money here.".utf8))
    let run = winnow("extract", "/nonexistent/file.txt", good, "--format", "jsonl")
    #expect(run.status == 1)
    #expect(run.err.contains("/nonexistent/file.txt: cannot read the file"))
    #expect(run.out.contains(#"{"id":"\#(good)""#))
  }

  @Test(
    "extract --corpus writes exactly one line per document, in input order",
    arguments: ["eval-sample", "authored-dev", "recognizers-money", "recognizers-date"])
  func oneLinePerDocument(_ name: String) throws {
    let corpus = repositoryRoot.appendingPathComponent("Fixtures/corpus/\(name).jsonl").path
    let run = winnow("extract", "--corpus", corpus, "--format", "jsonl")
    #expect(run.status == 0)
    let ids = try String(contentsOfFile: corpus, encoding: .utf8).split(separator: "\n").map { line in
      (try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any])["id"] as! String
    }
    let outIDs = try run.out.split(separator: "\n").map { line in
      (try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any])["id"] as! String
    }
    #expect(outIDs == ids)
  }

  @Test("the table format aligns columns and names the rule")
  func tableFormat() throws {
    let path = try temporaryFile(Array("Nothing to see.".utf8))
    let run = winnow("extract", path, terminal: true)
    #expect(run.status == 0)
    #expect(!run.out.isEmpty)
  }

  @Test("winnow eval prints the numbers score.py prints for the same predictions")
  func evalAgreesWithScorePy() throws {
    let gold = repositoryRoot.appendingPathComponent("Fixtures/corpus/eval-sample.jsonl").path
    let predictions = winnow("extract", "--corpus", gold, "--format", "jsonl")
    try #require(predictions.status == 0)
    let predictionPath = try temporaryFile(Array(predictions.out.utf8), suffix: ".jsonl")
    let python = Process()
    python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    python.arguments = [
      "python3", repositoryRoot.appendingPathComponent("Fixtures/scorer/score.py").path, gold,
      predictionPath,
    ]
    let pipe = Pipe()
    python.standardOutput = pipe
    try python.run()
    let expected = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    python.waitUntilExit()
    try #require(python.terminationStatus == 0, "python3 score.py failed")
    let eval = winnow("eval", gold)
    #expect(eval.status == 0)
    #expect(eval.out == expected)
  }
}
