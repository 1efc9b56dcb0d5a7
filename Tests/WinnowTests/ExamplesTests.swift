import Foundation
import Testing
import Winnow
import WinnowTesting

/// One example of `Fixtures/examples/<kind>.jsonl`, as a test argument.
struct Example: CustomTestStringConvertible, Sendable {
  let example: RuleExample
  var testDescription: String { "line \(example.line): \(example.text)" }
}

/// The examples of the built-in kind `kind`, read by the library's own reader.
func loadExamples(_ kind: Kind) throws -> [Example] {
  let path = Repository.fixtures.appendingPathComponent("examples/\(kind.rawValue).jsonl").path
  guard FileManager.default.fileExists(atPath: path) else { return [] }
  return try RuleFile.loadExamples(path, kind: kind).map(Example.init)
}

/// One runner (and so one pipeline per kind) for every example.
let builtInRunner = ExampleRunner()

/// Runs `example` with the WinnowTesting runner that `winnow test-rules` uses: a positive
/// example names its rule and value and must produce exactly one mention covering the whole
/// text; a negative one (`"negative": true`) must produce no mention of the kind.
func check(_ example: Example) throws {
  let failure = try builtInRunner.check(example.example)
  #expect(failure == nil, "\(failure?.description ?? "")")
}

@Suite("Rule examples beside the rules (Fixtures/examples)")
struct ExamplesTests {
  @Test("money examples", arguments: try loadExamples(.money))
  func money(_ example: Example) throws { try check(example) }

  @Test("date examples", arguments: try loadExamples(.date))
  func date(_ example: Example) throws { try check(example) }

  @Test("title examples", arguments: try loadExamples(.title))
  func title(_ example: Example) throws { try check(example) }

  @Test("legislation examples", arguments: try loadExamples(.legislation))
  func legislation(_ example: Example) throws { try check(example) }

  @Test("every built-in rule has a positive example")
  func everyRuleHasAnExample() throws {
    let configuration = StandardConfiguration()
    let rules: [Rule] =
      MoneyRules.rules(configuration.money) + DateRules.rules(configuration.date)
      + TitleRules.rules(configuration.title) + LegislationRules.rules(configuration.legislation)
    var covered = Set<String>()
    for kind in Kind.builtIn {
      for example in try loadExamples(kind) { if let rule = example.example.rule { covered.insert(rule) } }
    }
    let missing = rules.map(\.id).filter { !covered.contains($0) }
    #expect(missing.isEmpty, "rules without a positive example: \(missing)")
  }

  @Test("a failing example is reported with its file, line, rule, and expected and actual mentions")
  func failureMessage() throws {
    let example = RuleExample(
      text: "$3.4 billion", rule: "money.symbol-number", kind: .money,
      value: .object(["currency": .string("USD"), "amount": .string("3")]), file: "money.jsonl", line: 7)
    let failure = try #require(try ExampleRunner().check(example))
    #expect(
      failure.description
        == #"money.jsonl:7: rule money.symbol-number: "$3.4 billion": expected one mention "$3.4 billion" by money.symbol-number = {"amount":"3","currency":"USD"}; got "$3.4 billion" [0,12) by money.symbol-number = {"amount":"3400000000","currency":"USD"}"#
    )
    let negative = RuleExample(
      text: "It cost $5.", rule: nil, kind: .money, negative: true, file: "m.jsonl", line: 2)
    #expect(
      try ExampleRunner().check(negative)?.description
        == #"m.jsonl:2: money: "It cost $5.": expected no money mention; got "$5" [8,10) by money.symbol-number = {"amount":"5","currency":"USD"}"#
    )
  }
}

extension MentionValue {
  /// The value as plain JSON, as it is written in a mention.
  var json: JSONValue {
    let mention = Mention(kind: .money, range: 0..<0, text: "", value: self, rule: "")
    let data = try! JSONEncoder().encode(mention)
    guard case .object(let fields) = try! JSONDecoder().decode(JSONValue.self, from: data) else {
      return .null
    }
    return fields["value"] ?? .null
  }
}
