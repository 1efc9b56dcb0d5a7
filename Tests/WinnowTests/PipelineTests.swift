import Foundation
import Testing
import Winnow

@Suite("Pipeline")
struct PipelineTests {
  /// A user's own kind, written exactly as the built-in kinds are.
  static let ticker = Rule(
    id: "ticker.dollar-symbol", kind: "ticker",
    pattern: #" \$ (?<symbol>[A-Z]{1,5}) \b "#
  ) { match in .json(.string(match["symbol"]!)) }

  static let percent = Rule(
    id: "percent.number", kind: "percent",
    pattern: #" (?<n>\d+(?:\.\d+)?) \s? (?:%|percent\b) "#
  ) { match in .json(.string(match["n"]!)) }

  static let weekday = Rule(
    id: "weekday.name", kind: "weekday",
    pattern: #" (?i: monday | tuesday | wednesday ) \b "#,
    trigger: .words(["monday", "tuesday", "wednesday"])
  ) { _ in .null }

  static let agency = Rule(
    id: "agency.federal-x", kind: "agency",
    pattern: #" Federal \s+ [A-Z][a-z]+ \s+ (?:Commission|Agency) "#,
    trigger: .words(["commission", "agency"], lookbehind: 40)
  ) { _ in .null }

  @Test("a pipeline runs a user-defined kind and rule through the public API")
  func userDefinedKindAndRule() throws {
    let pipeline = Pipeline(extractors: [try RuleExtractor(rules: [Self.ticker, Self.percent])])
    let text = "Shares of $AAPL rose 3.5% while $MSFT fell 2 percent."
    let mentions = try pipeline.extract(from: text)
    #expect(mentions.map(\.text) == ["$AAPL", "3.5%", "$MSFT", "2 percent"])
    #expect(mentions.map(\.kind) == ["ticker", "percent", "ticker", "percent"])
    #expect(mentions[0].value == .json(.string("AAPL")))
    #expect(mentions[0].rule == "ticker.dollar-symbol")
    #expect(mentions[0].range == 10..<15)
    #expect(text[mentions[0].range(in: text)] == "$AAPL")
  }

  @Test("word triggers fire case-insensitively, never inside a word")
  func wordTriggers() throws {
    let pipeline = Pipeline(extractors: [try RuleExtractor(rules: [Self.weekday])])
    let mentions = try pipeline.extract(from: "MONDAY or Tuesday, not Wednesdays or xmonday.")
    #expect(mentions.map(\.text) == ["MONDAY", "Tuesday"])
  }

  @Test("a word trigger with a lookbehind finds a match that starts before the word")
  func lookbehindTrigger() throws {
    let pipeline = Pipeline(extractors: [try RuleExtractor(rules: [Self.agency])])
    let mentions = try pipeline.extract(
      from: "He told the Federal Trade Commission and the Federal Aviation Agency.")
    #expect(mentions.map(\.text) == ["Federal Trade Commission", "Federal Aviation Agency"])
  }

  @Test("byte offsets stay exact after multi-byte characters")
  func offsetsAfterMultibyteText() throws {
    let pipeline = Pipeline(extractors: [try RuleExtractor(rules: [Self.ticker])])
    let text = "Café naïve 日本 👍🏽 e\u{301} $NVDA"
    let mentions = try pipeline.extract(from: text)
    #expect(mentions.count == 1)
    let mention = try #require(mentions.first)
    #expect(Array(text.utf8)[mention.range].elementsEqual("$NVDA".utf8))
    #expect(String(text[mention.range(in: text)]) == "$NVDA")
  }

  @Test("a bad user pattern is an error naming the rule")
  func invalidRuleNamesTheRule() throws {
    let bad = Rule(id: "user.broken", kind: "x", pattern: "(unclosed") { _ in .null }
    #expect {
      _ = try RuleExtractor(rules: [bad])
    } throws: { error in
      guard case WinnowError.invalidRule(let id, let underlying) = error else { return false }
      return id == "user.broken" && underlying.kind == .compile
    }
  }

  @Test("two rules with one id are refused")
  func duplicateRuleIDs() throws {
    #expect(throws: WinnowError.self) { _ = try RuleExtractor(rules: [Self.ticker, Self.ticker]) }
  }

  @Test("a runaway rule ends in a match-limit error naming the rule and document")
  func runawayRuleIsAnError() throws {
    let runaway = Rule(id: "user.runaway", kind: "x", pattern: "(a+)+$", trigger: .everywhere) { _ in .null }
    let pipeline = Pipeline(extractors: [try RuleExtractor(rules: [runaway])])
    let document = Document(id: "doc-7", text: String(repeating: "a", count: 40) + "b")
    #expect {
      _ = try pipeline.extract(from: document)
    } throws: { error in
      guard case WinnowError.matchFailed(let rule, let id, let underlying) = error else { return false }
      return rule == "user.runaway" && id == "doc-7" && underlying.kind == .matchLimit
    }
  }

  @Test("batch extraction over several threads gives the single-thread results in order")
  func batchMatchesSingleThread() throws {
    let pipeline = Pipeline(extractors: [try RuleExtractor(rules: [Self.ticker, Self.percent])])
    let documents = (0..<40).map {
      Document(id: "d\($0)", text: "Doc \($0): $T\($0 % 7 == 0 ? "X" : "") up \($0)%")
    }
    let one = try documents.map { try pipeline.extract(from: $0) }
    let many = try pipeline.extract(from: documents, threads: 2)
    #expect(one == many)
  }
}

@Suite("Word triggers")
struct WordTriggerTests {
  static func rule(_ word: String) -> Rule {
    // The pattern matches the word's leading letters: what the trigger is keyed on.
    Rule(
      id: "t.\(word.count)", kind: "t", pattern: "(?i)\(word.prefix { $0.isLetter })\\b",
      trigger: .words([word])
    ) { _ in .null }
  }

  @Test(
    "a trigger word matches the text's word at every length, in any case",
    arguments: ["a", "seven77", "eightcha", "administrations", "abcdefghijklmnopqrstuvwxyzabcdef"])
  func triggerWordLengths(_ word: String) throws {
    let pipeline = Pipeline(extractors: [try RuleExtractor(rules: [Self.rule(word)])])
    let letters = String(word.prefix { $0.isLetter })
    let text = "x \(letters.uppercased()) y \(letters)! \(letters)s"
    let found = try pipeline.extract(from: text).map(\.start)
    let expected = [2, 5 + letters.count]
    #expect(Array(found.prefix(2)) == expected, "\(text)")
  }

  @Test("a word longer than the hashed prefix does not trigger its prefix's rule")
  func longWordsDoNotTriggerShortRules() throws {
    let pipeline = Pipeline(extractors: [try RuleExtractor(rules: [Self.rule("eight")])])
    #expect(try pipeline.extract(from: "eighteen eightfold").isEmpty)
    #expect(try pipeline.extract(from: "eight").count == 1)
  }
}

@Suite("Byte triggers")
struct ByteTriggerTests {
  @Test("a digit trigger with a lookbehind finds a match that starts at a word before the number")
  func digitsWithLookbehind() throws {
    let ordinal = Rule(
      id: "day.ordinal", kind: "day", pattern: #"(?:the\ )?\d{1,2}(?:st|nd|rd|th)\b"#,
      trigger: .digits(lookbehind: 4)
    ) { _ in .null }
    let pipeline = Pipeline(extractors: [try RuleExtractor(rules: [ordinal])])
    let mentions = try pipeline.extract(from: "On the 21st, not the 3 or 4th and the end.")
    #expect(mentions.map(\.text) == ["the 21st", "4th"])
  }
}

@Suite("Next-token filters")
struct NextTokenFilterTests {
  @Test("a trigger followed by digits is tried only where a number comes next")
  func followedByDigits() throws {
    let ordinal = Rule(
      id: "day.the-ordinal", kind: "day", pattern: #"the\ \d{1,2}(?:st|nd|rd|th)\b|the\ end"#,
      trigger: Trigger.words(["the"]).followed(by: Trigger.digitBytes)
    ) { _ in .null }
    let pipeline = Pipeline(extractors: [try RuleExtractor(rules: [ordinal])])
    let mentions = try pipeline.extract(from: "On the 21st, not the end, and the 3rd. The")
    #expect(mentions.map(\.text) == ["the 21st", "the 3rd"])
  }
}
