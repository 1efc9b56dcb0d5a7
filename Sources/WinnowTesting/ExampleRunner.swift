import Foundation
public import Winnow

/// An example that did not hold: what was expected and what the pipeline found.
public struct ExampleFailure: Sendable, CustomStringConvertible {
  /// The example.
  public let example: RuleExample
  /// What the example asks for, in a sentence.
  public let expected: String
  /// The mentions of the example's kind that the pipeline found.
  public let actual: [Mention]

  /// `file:line: rule ID: "text": expected …; got …`, as a compiler prints a diagnostic.
  public var description: String {
    let rule = example.rule.map { "rule \($0): " } ?? "\(example.kind): "
    let got =
      actual.isEmpty
      ? "no \(example.kind) mention"
      : actual.map {
        "\"\($0.text)\" [\($0.start),\($0.end)) by \($0.rule) = \(ExampleRunner.json($0.value))"
      }
      .joined(separator: ", ")
    return "\(example.file):\(example.line): \(rule)\"\(example.text)\": expected \(expected); got \(got)"
  }
}

/// Runs rule examples through a standard pipeline: the runner behind `winnow test-rules` and
/// the built-in examples test, for a user's own `swift test` too:
///
/// ```swift
/// import Testing
/// import Winnow
/// import WinnowTesting
///
/// @Test func myRulesKeepTheirExamples() throws {
///   var configuration = StandardConfiguration()
///   try configuration.loadRules(from: "rules/tickers.jsonl")
///   let failures = try ExampleRunner(configuration: configuration).run(configuration.rules.flatMap(\.examples))
///   #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
/// }
/// ```
///
/// A positive example must give exactly one mention of its kind, found by its rule, covering
/// the whole text (or its `mention`), with its value when one is given; a negative example
/// must give no mention of its kind. Each kind is run alone, as the built-in examples are.
public final class ExampleRunner: @unchecked Sendable {
  private let configuration: StandardConfiguration
  private var pipelines: [Kind: Pipeline] = [:]
  private let lock = NSLock()

  /// A runner whose pipelines use `configuration` (its rules and word lists included).
  public init(configuration: StandardConfiguration = StandardConfiguration()) {
    self.configuration = configuration
  }

  /// The failures among `examples`, in their order.
  /// - Throws: an error from building the pipeline or from a rule that hits a match limit.
  public func run(_ examples: [RuleExample]) throws -> [ExampleFailure] {
    try examples.compactMap(check)
  }

  /// The failure of `example`, or nil when it holds.
  public func check(_ example: RuleExample) throws -> ExampleFailure? {
    let mentions = try pipeline(for: example.kind).extract(
      from: Document(text: example.text, referenceDate: example.referenceDate))
    if example.negative {
      return mentions.isEmpty
        ? nil : ExampleFailure(example: example, expected: "no \(example.kind) mention", actual: mentions)
    }
    let target = example.mention ?? example.text
    let start =
      example.mention.flatMap { example.text.range(of: $0) }.map {
        example.text.utf8.distance(from: example.text.startIndex, to: $0.lowerBound)
      } ?? 0
    var expected = "one mention \"\(target)\""
    if let rule = example.rule { expected += " by \(rule)" }
    if let value = example.value { expected += " = \(Self.json(value))" }
    guard mentions.count == 1, let mention = mentions.first,
      mention.range == start..<start + target.utf8.count,
      example.rule == nil || mention.rule == example.rule,
      example.value == nil || Self.json(mention.value) == Self.json(example.value!)
    else {
      return ExampleFailure(example: example, expected: expected, actual: mentions)
    }
    return nil
  }

  /// The examples of every `Fixtures/examples/<kind>.jsonl` file in `directory`, by kind, in
  /// file order.
  /// - Throws: ``WinnowFileError`` naming the file and line of an example that does not read.
  public static func examples(inDirectory directory: String) throws -> [RuleExample] {
    let names = try FileManager.default.contentsOfDirectory(atPath: directory)
      .filter { $0.hasSuffix(".jsonl") }.sorted()
    return try names.flatMap { name in
      try RuleFile.loadExamples(directory + "/" + name, kind: Kind(String(name.dropLast(6))))
    }
  }

  private func pipeline(for kind: Kind) throws -> Pipeline {
    lock.lock()
    defer { lock.unlock() }
    if let pipeline = pipelines[kind] { return pipeline }
    var configuration = self.configuration
    configuration.kinds = [kind]
    let pipeline = try Pipeline.standard(configuration)
    pipelines[kind] = pipeline
    return pipeline
  }

  /// Canonical JSON of a mention's value, as a mention writes it.
  static func json(_ value: MentionValue) -> String {
    let mention = Mention(kind: .money, range: 0..<0, text: "", value: value, rule: "")
    guard let data = try? JSONEncoder().encode(mention),
      case .object(let fields) = try? JSONDecoder().decode(JSONValue.self, from: data)
    else { return "?" }
    return json(fields["value"] ?? .null)
  }

  /// Canonical JSON (sorted keys) of a value, for comparing and printing.
  static func json(_ value: some Encodable) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "?"
  }
}
