import Winnow

/// One built-in extractor: its kind's name, its rules, and how the standard pipeline makes it.
public struct BuiltInExtractor: Sendable {
  /// The kind's name (`money`, `date`, `title`, `legislation`).
  public let name: String
  /// Its rules, as the standard pipeline compiles them.
  public let rules: [Rule]
  /// Makes (compiles) the extractor.
  public let make: @Sendable () throws -> any Extractor

  /// A pipeline of this extractor alone: no passes, the standard overlap policy.
  public func pipeline() throws -> Pipeline { Pipeline(extractors: [try make()]) }

  /// Whether the extractor must find mentions in the corpus: false only while it is still
  /// an empty `RuleExtractor` (no rules yet), so that benchmarks run before the rules land.
  public func mustFindMentions() throws -> Bool {
    !(try make() is RuleExtractor && rules.isEmpty)
  }

  /// Whether the standard pipeline must find mentions in the corpus.
  public static func standardMustFindMentions() throws -> Bool {
    try all.contains { try $0.mustFindMentions() }
  }

  /// The four built-in extractors, in the standard pipeline's order.
  public static let all: [BuiltInExtractor] = [
    BuiltInExtractor(
      name: "money", rules: MoneyRules.rules(MoneyConfiguration()),
      make: { try MoneyRules.extractor(MoneyConfiguration()) }),
    BuiltInExtractor(
      name: "date", rules: DateRules.rules(DateConfiguration()),
      make: { try DateRules.extractor(DateConfiguration()) }),
    BuiltInExtractor(
      name: "title", rules: TitleRules.rules(TitleConfiguration()),
      make: { try TitleRules.extractor(TitleConfiguration()) }),
    BuiltInExtractor(
      name: "legislation", rules: LegislationRules.rules(LegislationConfiguration()),
      make: { try LegislationRules.extractor(LegislationConfiguration()) }),
  ]

  /// Every built-in rule.
  public static var allRules: [Rule] { all.flatMap(\.rules) }
}

extension Pipeline {
  /// The number of mentions `self` finds in `corpus`, one document at a time on this thread.
  public func mentionCount(in corpus: Corpus, workspace: Workspace) throws -> Int {
    var count = 0
    for document in corpus.documents {
      count += try extract(from: document, workspace: workspace).count
    }
    return count
  }

  /// The number of mentions `self` finds in `corpus`, its documents batched over `threads`
  /// threads (default: one per core).
  public func batchMentionCount(in corpus: Corpus, threads: Int? = nil) throws -> Int {
    try extract(from: corpus.documents, threads: threads).reduce(0) { $0 + $1.count }
  }
}
