/// Settings of the built-in legislation extractor.
public struct LegislationConfiguration: Sendable {
  public init() {}
}

/// The built-in legislation rules and passes (SPEC § legislation).
public enum LegislationRules {
  /// The rules, in order.
  public static func rules(_ configuration: LegislationConfiguration) -> [Rule] {
    []
  }

  /// The extractor the standard pipeline runs.
  public static func extractor(_ configuration: LegislationConfiguration) throws(WinnowError) -> any Extractor {
    try RuleExtractor(rules: rules(configuration))
  }

  /// The document passes the standard pipeline runs after extraction.
  public static func passes(_ configuration: LegislationConfiguration) -> [any DocumentPass] {
    []
  }
}
