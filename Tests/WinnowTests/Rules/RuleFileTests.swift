import Foundation
import Testing
import Winnow

/// The error `body` throws, which must be a ``WinnowFileError``.
private func fileError(_ body: () throws -> Void) throws -> WinnowFileError {
  do {
    try body()
  } catch let error as WinnowFileError {
    return error
  }
  Issue.record("expected a WinnowFileError")
  throw CancellationError()
}

/// The error reading `text` as the rule file `rules.jsonl` throws.
private func readError(_ text: String) throws -> WinnowFileError {
  try readError(Array(text.utf8))
}

private func readError(_ bytes: [UInt8]) throws -> WinnowFileError {
  do {
    let rules = try RuleFile.parse(bytes, file: "rules.jsonl")
    var configuration = StandardConfiguration()
    try configuration.add(rules: rules)
  } catch {
    return error
  }
  Issue.record("expected an error")
  throw CancellationError()
}

let tickerRuleText = #"""
  {"id": "ticker.dollar-symbol", "kind": "ticker", "pattern": "\\$(?<symbol>[A-Z]{1,5})\\b(?![.,]\\d)", "trigger": {"bytes": "$"}, "value": {"capture": "symbol"}, "examples": [{"text": "$AAPL", "value": "AAPL"}, {"text": "Shares of $MSFT rose.", "mention": "$MSFT", "value": "MSFT"}, {"text": "It cost $5.", "negative": true}]}
  """#

@Suite("Rule files")
struct RuleFileTests {
  @Test("a rule from a file runs beside the built-in rules, its value from a capture")
  func tickerRule() throws {
    var configuration = StandardConfiguration()
    try configuration.add(rules: RuleFile.parse(Array(tickerRuleText.utf8), file: "ticker.jsonl"))
    let mentions = try Pipeline.standard(configuration).extract(from: "Apple ($AAPL) paid $3 billion.")
    #expect(mentions.map(\.text) == ["$AAPL", "$3 billion"])
    #expect(mentions.first?.rule == "ticker.dollar-symbol")
    #expect(mentions.first?.value == .json(.string("AAPL")))
    let rule = try #require(configuration.rules.first)
    #expect(rule.examples.count == 3)
    #expect(rule.examples[1].mention == "$MSFT")
    #expect(rule.examples[2].negative)
  }

  @Test("fixed values, capture objects and the money builder")
  func values() throws {
    let text = #"""
      [
        {"id": "sport.derby", "kind": "event", "pattern": "[Dd]erby day", "trigger": {"words": ["derby"]},
         "value": {"fixed": {"type": "match"}}},
        {"id": "code.flight", "kind": "flight", "pattern": "(?<airline>[A-Z]{2})(?<number>\\d{2,4})\\b",
         "value": {"captures": {"airline": "airline", "number": "number"}}},
        {"id": "money.quid", "kind": "money", "pattern": "(?<num>\\d+(?:\\.\\d+)?)\\s*(?<scale>million)?\\s*quid\\b",
         "trigger": "digits", "value": {"builder": "money", "currency": "GBP"}, "priority": 1}
      ]
      """#
    var configuration = StandardConfiguration()
    try configuration.add(rules: RuleFile.parse(Array(text.utf8), file: "more.json"))
    let mentions = try Pipeline.standard(configuration).extract(
      from: "On derby day BA117 carried 2.5 million quid.")
    #expect(mentions.map(\.text) == ["derby day", "BA117", "2.5 million quid"])
    #expect(mentions[0].value == .json(.object(["type": .string("match")])))
    #expect(mentions[1].value == .json(.object(["airline": .string("BA"), "number": .string("117")])))
    #expect(mentions[2].value.money?.currency == "GBP")
    #expect(mentions[2].value.money?.amount.map { "\($0)" } == "2500000")
    #expect(mentions[2].rule == "money.quid")
  }

  @Test("a catastrophic pattern hits the match limit and is reported against its rule id")
  func catastrophicPattern() throws {
    let text = #"{"id": "bad.backtrack", "kind": "bad", "pattern": "(a+)+$", "trigger": "everywhere"}"#
    var configuration = StandardConfiguration()
    try configuration.add(rules: RuleFile.parse(Array(text.utf8), file: "bad.jsonl"))
    let pipeline = try Pipeline.standard(configuration)
    #expect {
      _ = try pipeline.extract(from: Document(id: "doc-1", text: String(repeating: "a", count: 40) + "!"))
    } throws: { error in
      "\(error)".hasPrefix("rule bad.backtrack on document doc-1:")
    }
  }

  @Test(
    "a bad rule file is reported with its file, line, column and rule id",
    arguments: [
      (
        #"{"id": "a.b", "kind": "x", "pattern": "("}"#,
        #"rules.jsonl:1:39: error: rule a.b: the pattern does not compile: PCRE2 error 114 at pattern offset 1: missing closing parenthesis"#
      ),
      (
        #"{"id": "a.b", "kind": "x", "pattern": "x", "colour": "red"}"#,
        "rules.jsonl:1:44: error: rule a.b: unknown field `colour`"
      ),
      (
        "\n" + #"{"id": "a.b", "kind": "x", "pattern": "x"}"# + "\n"
          + #"{"id": "a.b", "kind": "y", "pattern": "y"}"#,
        "rules.jsonl:3:1: error: rule a.b: the id is used twice (first on line 2)"
      ),
      (
        #"{"id": "a.b", "kind": "x", "pattern": "x",}"#,
        "rules.jsonl:1:43: error: expected a key in double quotes"
      ),
      (#"{"id": "a.b", "kind": "x"}"#, "rules.jsonl:1:1: error: rule a.b: the field `pattern` is missing"),
      (
        #"{"id": "a.b", "kind": "x", "pattern": "x", "priority": "high"}"#,
        "rules.jsonl:1:56: error: rule a.b: `priority` must be an integer"
      ),
      (
        #"{"id": "a.b", "kind": "x", "pattern": "x", "trigger": {"words": []}}"#,
        "rules.jsonl:1:65: error: rule a.b: `words` must list at least one word"
      ),
      (
        #"{"id": "a.b", "kind": "x", "pattern": "x", "value": {"builder": "date"}}"#,
        "rules.jsonl:1:65: error: rule a.b: the only built-in value builder is \"money\""
      ),
      (
        #"{"id": "a.b", "kind": "x", "pattern": "x", "examples": [{"text": "x", "expected": 1}]}"#,
        "rules.jsonl:1:71: error: rule a.b: an example takes `text`"
      ),
      (
        #"{"id": "a.b", "kind": "x", "pattern": "x", "examples": [{"text": "x\udc00"}]}"#,
        "rules.jsonl:1:68: error: rule a.b: an example's text is not valid UTF-8"
      ),
      (
        #"{"id": "money.symbol-number", "kind": "money", "pattern": "x"}"#,
        "rules.jsonl:1: error: rule money.symbol-number: the id is a built-in rule's"
      ),
      (#"["#, "rules.jsonl:1:2: error: the text ends where a value should be"),
    ])
  func badRuleFile(text: String, message: String) throws {
    let error = try readError(text)
    #expect(error.description.hasPrefix(message), "\(error)")
  }

  @Test("an example whose bytes are not UTF-8 is reported against its rule")
  func invalidUTF8Example() throws {
    let bytes =
      Array(#"{"id": "a.b", "kind": "x", "pattern": "x", "examples": [{"text": "x"#.utf8) + [0xC3, 0x28]
      + Array(#""}]}"#.utf8)
    let error = try readError(bytes)
    #expect(error.description == "rules.jsonl:1:68: error: rule a.b: an example's text is not valid UTF-8")
  }

  @Test("the caret of a pattern that does not compile points at the problem")
  func patternCaret() throws {
    let error = try readError(#"{"id": "a.b", "kind": "x", "pattern": "ab[c"}"#)
    #expect(error.description.hasSuffix("\n    ab[c\n        ^"), "\(error)")
  }

  @Test("a rule file is read from disk; a missing one is reported with its path")
  func loadFromDisk() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-rules-\(UUID()).jsonl")
      .path
    try tickerRuleText.write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    var configuration = StandardConfiguration()
    try configuration.loadRules(from: path)
    #expect(configuration.rules.map(\.id) == ["ticker.dollar-symbol"])
    #expect(configuration.rules.first?.file == path)
    let again = try fileError { try configuration.loadRules(from: path) }
    #expect(
      again.description
        == "\(path):1: error: rule ticker.dollar-symbol: the id is used twice (first in \(path) on line 1)")
    let missing = try fileError { try configuration.loadRules(from: path + ".missing") }
    #expect(missing.description.hasPrefix("\(path).missing: error: cannot read the file: No such file"))
  }
}
