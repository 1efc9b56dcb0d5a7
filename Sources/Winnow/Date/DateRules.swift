/// Settings of the built-in date extractor.
public struct DateConfiguration: Sendable {
  public init() {}
}

/// The built-in date rules and passes (SPEC § date).
public enum DateRules {
  /// The rules, in order.
  public static func rules(_ configuration: DateConfiguration) -> [Rule] {
    []
  }

  /// The extractor the standard pipeline runs.
  public static func extractor(_ configuration: DateConfiguration) throws(WinnowError) -> any Extractor {
    try RuleExtractor(rules: rules(configuration))
  }

  /// The document passes the standard pipeline runs after extraction.
  public static func passes(_ configuration: DateConfiguration) -> [any DocumentPass] {
    []
  }
}
