import Foundation
import Testing

/// The repository's example rule and word list files (`examples/`).
private func example(_ path: String) -> String {
  repositoryRoot.appendingPathComponent("examples/\(path)").path
}

private let demoText =
  "Banks face DORA audits. The bosun, Tom Harlow, said $AAPL rose while the club paid $5 million.\n"

@Suite("Rule files and word lists on the command line")
struct RulesAndListsTests {
  @Test("--rules and --lexicon add a ticker rule, acronyms and a title head to extract, with no rebuild")
  func extractWithUserFiles() throws {
    let run = winnow(
      [
        "extract", "--format", "jsonl", "--rules", example("rules/tickers.jsonl"),
        "--lexicon", "legislation.acronyms=\(example("lexicon/eu-finance-acronyms.tsv"))",
        "--lexicon=title.heads=\(example("lexicon/sailing-heads.tsv"))", "-",
      ], stdin: stdinText(demoText))
    #expect(run.status == 0, "\(run.err)")
    for expected in [
      #""text":"DORA""#, #""rule":"legislation.short-name""#, #""text":"bosun""#, #""role":"Boatswain""#,
      #""text":"$AAPL""#, #""rule":"ticker.dollar-symbol""#, #""value":"AAPL""#, #""text":"$5 million""#,
    ] {
      #expect(run.out.contains(expected), "missing \(expected) in \(run.out)")
    }
    let plain = winnow(["extract", "--format", "jsonl", "-"], stdin: stdinText(demoText))
    #expect(!plain.out.contains("AAPL\"") && !plain.out.contains("DORA") && !plain.out.contains("bosun"))
  }

  @Test("test-rules passes on the example rule file and on the built-in examples")
  func testRulesPasses() throws {
    let run = winnow("test-rules", example("rules/tickers.jsonl"))
    #expect(run.status == 0, "\(run.out)\(run.err)")
    #expect(run.outLines.last == "test-rules: 4 passed, 0 failed")
    let builtin = winnow(
      "test-rules", "--builtin", "--examples-directory",
      repositoryRoot.appendingPathComponent("Fixtures/examples").path)
    #expect(builtin.status == 0, "\(builtin.out)")
    #expect(builtin.outLines.last?.hasSuffix(" passed, 0 failed") == true)
  }

  @Test("a failing example is printed with expected and actual mentions, and the status is 1")
  func testRulesFailure() throws {
    let rules = try temporaryFile(
      #"{"id": "ticker.bad", "kind": "ticker", "pattern": "\\$[A-Z]+", "examples": [{"text": "$AB", "value": "AB"}, {"text": "$5", "negative": true}]}"#,
      suffix: ".jsonl")
    let run = winnow("test-rules", rules)
    #expect(run.status == 1)
    #expect(
      run.outLines.first
        == #"\#(rules):1: rule ticker.bad: "$AB": expected one mention "$AB" by ticker.bad = "AB"; got "$AB" [0,3) by ticker.bad = null"#
    )
    #expect(run.outLines.last == "test-rules: 1 passed, 1 failed")
  }

  @Test("a bad rule or list file stops the command with its file, line and rule (status 1)")
  func badFiles() throws {
    let rules = try temporaryFile(
      #"{"id": "x.y", "kind": "x", "pattern": "(", "trigger": "everywhere"}"#, suffix: ".jsonl")
    let run = winnow("extract", "--rules", rules, "-", stdin: stdinText("text"))
    #expect(run.status == 1)
    #expect(
      run.err.hasPrefix("winnow: \(rules):1:39: error: rule x.y: the pattern does not compile"), "\(run.err)")
    let list = try temporaryFile("form\trole\nskipper\n", suffix: ".tsv")
    let listRun = winnow("extract", "--lexicon", "title.heads=\(list)", "-", stdin: stdinText("text"))
    #expect(listRun.status == 1)
    #expect(
      listRun.err.hasPrefix("winnow: \(list):2:9: error: title.heads: missing the `role` field"),
      "\(listRun.err)")
    let unknown = winnow("extract", "--lexicon", "title.colours=\(list)", "-", stdin: stdinText("text"))
    #expect(unknown.status == 64)
    #expect(winnow("test-rules").status == 64)
  }
}
