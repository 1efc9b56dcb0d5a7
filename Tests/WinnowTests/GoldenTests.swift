import Foundation
import Testing
import Winnow

/// One seed text and one reference date: a golden file of its own.
struct GoldenCase: CustomTestStringConvertible, Sendable {
  let seed: URL
  let referenceDate: CalendarDate?

  var name: String { seed.deletingPathExtension().lastPathComponent }
  var golden: URL {
    let suffix = referenceDate.map { "@\($0)" } ?? ""
    return Repository.fixtures.appendingPathComponent("golden/\(name)\(suffix).mentions.jsonl")
  }
  var testDescription: String { "\(name) reference date \(referenceDate?.description ?? "none")" }

  static var all: [GoldenCase] {
    let seeds =
      (try? FileManager.default.contentsOfDirectory(
        at: Repository.seeds, includingPropertiesForKeys: nil)) ?? []
    return seeds.filter { $0.pathExtension == "txt" }.sorted { $0.path < $1.path }.flatMap { seed in
      [
        GoldenCase(seed: seed, referenceDate: nil),
        GoldenCase(seed: seed, referenceDate: CalendarDate("2022-10-13")),
      ]
    }
  }
}

/// The golden-file test: the standard pipeline over every seed text, compared line by line
/// with `Fixtures/golden/<name>[@<date>].mentions.jsonl` (one mention a line, keys sorted).
///
/// A missing golden file is written and the test fails; `RECORD_GOLDEN=1` rewrites it and
/// fails; under CI (`CI` set) nothing is ever written. Read a recorded file line by line
/// before committing it.
@Suite("Golden files over the seed text")
struct GoldenTests {
  @Test("seeds/ holds at least one seed text")
  func seedsExist() {
    #expect(!GoldenCase.all.isEmpty)
  }

  @Test("the standard pipeline's mentions equal the golden file", arguments: GoldenCase.all)
  func matchesGolden(_ golden: GoldenCase) throws {
    let text = try String(contentsOf: golden.seed, encoding: .utf8)
    let mentions = try standardPipeline.extract(
      from: Document(id: golden.name, text: text, referenceDate: golden.referenceDate))
    let actual = try mentions.map { try canonicalJSON($0) + "\n" }.joined()
    let environment = ProcessInfo.processInfo.environment
    let inCI = environment["CI"].map { !$0.isEmpty && $0 != "0" && $0 != "false" } ?? false
    let record = environment["RECORD_GOLDEN"] == "1"
    let exists = FileManager.default.fileExists(atPath: golden.golden.path)

    if (!exists || record) && !inCI {
      try FileManager.default.createDirectory(
        at: golden.golden.deletingLastPathComponent(), withIntermediateDirectories: true)
      try actual.write(to: golden.golden, atomically: true, encoding: .utf8)
      Issue.record(
        "\(exists ? "Rewrote" : "Recorded") \(golden.golden.lastPathComponent): read it line by line, then run the tests again without RECORD_GOLDEN."
      )
      return
    }
    try #require(exists, "missing golden file \(golden.golden.lastPathComponent) (CI never records)")
    let expected = try String(contentsOf: golden.golden, encoding: .utf8)
    let expectedLines = expected.split(separator: "\n").map(String.init)
    let actualLines = actual.split(separator: "\n").map(String.init)
    let missing = expectedLines.filter { !actualLines.contains($0) }
    let extra = actualLines.filter { !expectedLines.contains($0) }
    let same = expectedLines == actualLines
    #expect(
      same,
      "\(golden.golden.lastPathComponent) differs.\n- expected, not produced:\n\(missing.joined(separator: "\n"))\n+ produced, not expected:\n\(extra.joined(separator: "\n"))\n(make golden rewrites it; read the diff)"
    )
  }
}
