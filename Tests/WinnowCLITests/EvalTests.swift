import Foundation
import Testing
import Winnow

@testable import WinnowCLI

/// The independent scorer, outside the repository (CI has ../shared beside the checkout).
let scorePy = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/tools/score.py").path

/// Every corpus to check `winnow eval` on: the repository's, and ../shared's when present.
let evalCorpora: [String] = {
  let shared = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared/corpus").path
  let sharedFiles = ((try? FileManager.default.contentsOfDirectory(atPath: shared)) ?? [])
    .filter { $0.hasSuffix(".jsonl") }.sorted().map { shared + "/" + $0 }
  return fixtureCorpora.map(fixtureCorpus) + sharedFiles
}()

@Suite("winnow eval")
struct EvalTests {
  @Test(
    "winnow eval prints what the independent score.py prints for the same predictions",
    .enabled(if: FileManager.default.fileExists(atPath: scorePy), "../shared/tools/score.py is not here"),
    arguments: evalCorpora)
  func agreesWithScorePy(_ gold: String) throws {
    let predictions = winnow("extract", "--corpus", gold, "--format", "jsonl")
    try #require(predictions.status == 0)
    let predictionPath = try temporaryFile(Array(predictions.out.utf8), suffix: ".jsonl")
    let python = Process()
    python.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    python.arguments = ["python3", scorePy, gold, predictionPath]
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

  @Test("a date prediction agrees with a gold value that keeps X's when it is one of its resolved readings")
  func resolvedDateReadings() {
    let gold: JSONValue = .object([
      "value": .string("XXXX-04-22"), "resolved": .array([.string("2016-04-22"), .string("2017-04-22")]),
    ])
    func agrees(_ value: String) -> Bool {
      Scorer.valueAgrees(kind: "date", gold: gold, pred: .object(["value": .string(value)]))
    }
    #expect(agrees("XXXX-04-22"))
    #expect(agrees("2017-04-22"))
    #expect(!agrees("2018-04-22"))
    #expect(
      !Scorer.valueAgrees(
        kind: "date", gold: .object(["value": .string("2016")]), pred: .object(["value": .string("2017")])))
  }

  @Test("--errors lists what went wrong before the table; --kinds scores only those kinds")
  func errorsAndKinds() {
    let run = winnow("eval", fixtureCorpus("eval-sample"), "--errors", "--kinds", "money")
    #expect(run.status == 0)
    #expect(run.out.contains("strict P/R/F1"))
    let kindsInTable = run.outLines.drop { !$0.hasPrefix("kind ") }.dropFirst().map {
      $0.split(separator: " ")[0]
    }
    #expect(kindsInTable == ["money", "all"])
  }

  @Test("eval reports a bad line and scores the rest, exit 1")
  func badLine() throws {
    let gold = try String(contentsOfFile: fixtureCorpus("eval-sample"), encoding: .utf8)
    let path = try temporaryFile(gold + "{not json}\n", suffix: ".jsonl")
    let run = winnow("eval", path)
    #expect(run.status == 1)
    #expect(run.err.contains("\(path):25: not a corpus document"))
    #expect(run.out.hasPrefix("24 documents"))
  }
}
