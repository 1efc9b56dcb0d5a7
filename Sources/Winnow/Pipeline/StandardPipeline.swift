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
  /// Only these kinds are returned (nil: all four).
  public var kinds: Set<Kind>? = nil

  /// The defaults: `$` is USD, numeric dates are month first, longest mention wins.
  public init() {}
}

extension Pipeline {
  /// The four built-in extractors with their document passes, as SPEC describes them.
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
        try RuleExtractor(rules: MoneyRules.rules(configuration.money) + DateRules.rules(configuration.date)),
        try TitleRules.extractor(configuration.title),
        try LegislationRules.extractor(configuration.legislation),
      ],
      passes: MoneyRules.passes(configuration.money) + DateRules.passes(configuration.date)
        + TitleRules.passes(configuration.title) + LegislationRules.passes(configuration.legislation),
      overlapPolicy: configuration.overlapPolicy,
      outputKinds: configuration.kinds)
  }
}
