import Foundation
import Testing
import Winnow

/// One line of `Fixtures/examples/<kind>.jsonl`: a positive example names its rule and value
/// and must produce exactly one mention covering the whole text; a negative one
/// (`"negative": true`) must produce no mention of the kind.
struct Example: Decodable, CustomTestStringConvertible {
  var text: String
  var rule: String?
  var value: JSONValue?
  var negative: Bool?
  var referenceDate: String?
  var line = 0

  private enum CodingKeys: String, CodingKey {
    case text, rule, value, negative
    case referenceDate = "reference_date"
  }

  var testDescription: String { "line \(line): \(text)" }
}

func loadExamples(_ kind: Kind) throws -> [Example] {
  let url = Repository.fixtures.appendingPathComponent("examples/\(kind.rawValue).jsonl")
  guard FileManager.default.fileExists(atPath: url.path) else { return [] }
  return try jsonLines(url).map { number, text in
    var example = try JSONDecoder().decode(Example.self, from: Data(text.utf8))
    example.line = number
    return example
  }
}

func check(_ example: Example, kind: Kind) throws {
  var configuration = StandardConfiguration()
  configuration.kinds = [kind]
  let pipeline = try Pipeline.standard(configuration)
  let mentions = try pipeline.extract(
    from: Document(
      text: example.text, referenceDate: example.referenceDate.flatMap(CalendarDate.init)))
  if example.negative == true {
    #expect(
      mentions.isEmpty,
      "line \(example.line): expected no \(kind) in \"\(example.text)\", got \(mentions.map(\.text))")
    return
  }
  try #require(
    mentions.count == 1,
    "line \(example.line): expected one \(kind) mention in \"\(example.text)\", got \(mentions.map(\.text))")
  let mention = mentions[0]
  #expect(mention.range == 0..<example.text.utf8.count, "line \(example.line): extent \"\(mention.text)\"")
  #expect(mention.rule == example.rule, "line \(example.line): rule")
  if let value = example.value {
    #expect(try canonicalJSON(mention.value.json) == canonicalJSON(value), "line \(example.line): value")
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

@Suite("Rule examples beside the rules (Fixtures/examples)")
struct ExamplesTests {
  @Test("money examples", arguments: try loadExamples(.money))
  func money(_ example: Example) throws { try check(example, kind: .money) }

  @Test("date examples", arguments: try loadExamples(.date))
  func date(_ example: Example) throws { try check(example, kind: .date) }

  @Test("title examples", arguments: try loadExamples(.title))
  func title(_ example: Example) throws { try check(example, kind: .title) }

  @Test("legislation examples", arguments: try loadExamples(.legislation))
  func legislation(_ example: Example) throws { try check(example, kind: .legislation) }

  @Test("every built-in rule has a positive example")
  func everyRuleHasAnExample() throws {
    let configuration = StandardConfiguration()
    let rules: [Rule] =
      MoneyRules.rules(configuration.money) + DateRules.rules(configuration.date)
      + TitleRules.rules(configuration.title) + LegislationRules.rules(configuration.legislation)
    var covered = Set<String>()
    for kind in Kind.builtIn {
      for example in try loadExamples(kind) { if let rule = example.rule { covered.insert(rule) } }
    }
    let missing = rules.map(\.id).filter { !covered.contains($0) }
    #expect(missing.isEmpty, "rules without a positive example: \(missing)")
  }
}
