public import PCRE2

/// Settings of the standard pipeline, one part per built-in kind.
public struct StandardConfiguration: Sendable {
  /// Money: the currency a bare `$`, `¥` or `dollars` means.
  public var money = MoneyConfiguration()
  /// Dates: the order of numeric dates, narrative anchoring.
  public var date = DateConfiguration()
  /// Titles.
  public var title = TitleConfiguration()
  /// Legislation.
  public var legislation = LegislationConfiguration()
  /// How overlapping mentions are settled (longest first by default).
  public var overlapPolicy = OverlapPolicy.standard
  /// A user's extra entries for the built-in word lists (`legislation.acronyms`, `title.heads`,
  /// `money.currencies`, `date.holidays`), read from TSV files at run time.
  public var lexicon = Lexicon()
  /// A user's rules, read from rule files (``RuleFile``): they run in the same engine as the
  /// built-in money and date rules. Add them with ``add(rules:)`` or ``loadRules(from:)``,
  /// which refuse an id used twice.
  public private(set) var rules: [UserRule] = []
  /// Only these kinds are returned (nil: all).
  public var kinds: Set<Kind>? = nil
  /// The matching limits and per-document work budget (``Pipeline/limits``).
  public var limits = Pipeline.defaultLimits

  /// The defaults: `$` is USD, numeric dates are month first, longest mention wins.
  public init() {}

  /// Adds `rules` to ``rules``.
  /// - Throws: ``WinnowFileError`` naming the rule's file, line and id when its id is a
  ///   built-in rule's or a rule's already added.
  public mutating func add(rules newRules: [UserRule]) throws(WinnowFileError) {
    var seen = Dictionary(rules.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let builtIn = Self.builtInRuleIDs
    for rule in newRules {
      if builtIn.contains(rule.id) {
        throw WinnowFileError(
          file: rule.file, line: rule.line, ruleID: rule.id, message: "the id is a built-in rule's")
      }
      if let first = seen[rule.id] {
        throw WinnowFileError(
          file: rule.file, line: rule.line, ruleID: rule.id,
          message: "the id is used twice (first in \(first.file) on line \(first.line))")
      }
      seen[rule.id] = rule
    }
    rules += newRules
  }

  /// Reads the rule file at `path` (JSON or JSON Lines, ``RuleFile``) and adds its rules.
  /// - Throws: ``WinnowFileError`` naming the file, line, column and rule of the first problem.
  public mutating func loadRules(from path: String) throws(WinnowFileError) {
    try add(rules: RuleFile.load(path))
  }

  /// The ids of the built-in rules.
  static let builtInRuleIDs: Set<String> = {
    let defaults = StandardConfiguration()
    let rules =
      MoneyRules.rules(defaults.money) + DateRules.rules(defaults.date) + TitleRules.rules(defaults.title)
      + LegislationRules.rules(defaults.legislation)
    return Set(rules.map(\.id))
  }()
}

extension Pipeline {
  /// The four built-in extractors with their document passes, as docs/values.md describes them.
  /// - Throws: ``WinnowError`` if a built-in rule fails to compile (a bug: tests pin this).
  public static func standard(_ configuration: StandardConfiguration = StandardConfiguration())
    throws -> Pipeline
  {
    var configuration = configuration
    configuration.money.lexicon = configuration.lexicon
    configuration.date.lexicon = configuration.lexicon
    configuration.title.lexicon = configuration.lexicon
    configuration.legislation.lexicon = configuration.lexicon
    return Pipeline(
      extractors: [
        // Money and date are plain rule sets: one engine walks the document's tokens once for
        // both (the same mentions as two extractors, one walk fewer).
        // A user's rules join the same engine, higher priority first.
        try RuleExtractor(
          rules: MoneyRules.rules(configuration.money) + DateRules.rules(configuration.date)
            + configuration.rules.enumerated().sorted {
              ($1.element.priority, $0.offset) < ($0.element.priority, $1.offset)
            }
            .map { $0.element.rule(money: configuration.money) }),
        try TitleRules.extractor(configuration.title),
        try LegislationRules.extractor(configuration.legislation),
      ],
      passes: MoneyRules.passes(configuration.money) + DateRules.passes(configuration.date)
        + TitleRules.passes(configuration.title) + LegislationRules.passes(configuration.legislation),
      overlapPolicy: configuration.overlapPolicy.placing(configuration.rules),
      outputKinds: configuration.kinds, limits: configuration.limits)
  }
}

extension OverlapPolicy {
  /// The policy with the kinds of a user's `rules` in ``kindPriority``: a kind with a rule of
  /// priority above 0 before the listed kinds (highest first), any other after them, in the
  /// order first met. Kinds already listed keep their place.
  func placing(_ rules: [UserRule]) -> OverlapPolicy {
    var best: [Kind: Int] = [:]
    var order: [Kind] = []
    for rule in rules where !kindPriority.contains(rule.kind) {
      if best[rule.kind] == nil { order.append(rule.kind) }
      best[rule.kind] = max(best[rule.kind] ?? Int.min, rule.priority)
    }
    if order.isEmpty { return self }
    let ahead = order.filter { best[$0]! > 0 }.enumerated().sorted {
      (best[$1.element]!, $0.offset) < (best[$0.element]!, $1.offset)
    }
    .map(\.element)
    var policy = self
    policy.kindPriority = ahead + kindPriority + order.filter { best[$0]! <= 0 }
    return policy
  }
}
