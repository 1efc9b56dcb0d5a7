/// Settings of the built-in title extractor.
public struct TitleConfiguration: Sendable {
  public init() {}
}

/// The built-in title rules and passes (SPEC § title).
public enum TitleRules {
  /// The rules, in order.
  public static func rules(_ configuration: TitleConfiguration) -> [Rule] {
    []
  }

  /// The extractor the standard pipeline runs.
  public static func extractor(_ configuration: TitleConfiguration) throws(WinnowError) -> any Extractor {
    try RuleExtractor(rules: rules(configuration))
  }

  /// The document passes the standard pipeline runs after extraction.
  public static func passes(_ configuration: TitleConfiguration) -> [any DocumentPass] {
    []
  }
}
