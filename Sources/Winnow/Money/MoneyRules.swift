/// Settings of the built-in money extractor.
public struct MoneyConfiguration: Sendable {
  public init() {}
}

/// The built-in money rules and passes (SPEC § money).
public enum MoneyRules {
  /// The rules, in order.
  public static func rules(_ configuration: MoneyConfiguration) -> [Rule] {
    []
  }

  /// The extractor the standard pipeline runs.
  public static func extractor(_ configuration: MoneyConfiguration) throws(WinnowError) -> any Extractor {
    try RuleExtractor(rules: rules(configuration))
  }

  /// The document passes the standard pipeline runs after extraction.
  public static func passes(_ configuration: MoneyConfiguration) -> [any DocumentPass] {
    []
  }
}
