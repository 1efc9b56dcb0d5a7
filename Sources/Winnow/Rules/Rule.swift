public import PCRE2

/// A named extraction rule: a stable id, a readable pattern, where to try it, and a builder
/// that turns a match into a value or rejects it.
///
/// Built-in rules and a user's own are the same thing:
/// ```swift
/// let ticker = Rule(
///   id: "ticker.dollar-symbol", kind: "ticker",
///   pattern: #" \$ (?<symbol>[A-Z]{1,5}) \b "#
/// ) { match in .json(.string(match["symbol"]!)) }
/// let pipeline = try Pipeline(extractors: [RuleExtractor(rules: [ticker])])
/// ```
public struct Rule: Sendable {
  /// Turns a match into the mention's value; returns nil to reject the match.
  public typealias Builder = @Sendable (RuleMatch) -> MentionValue?

  /// A stable dotted id, `kind.what-it-matches` (provenance in every mention).
  public let id: String
  /// The kind of the mentions it makes.
  public let kind: Kind
  /// The PCRE2 pattern; the whole match is the mention's extent.
  public let pattern: String
  /// Compile options; UTF is always on. Default: extended, so patterns can be laid out.
  public let options: PCRE2Options
  /// Where the rule is tried.
  public let trigger: Trigger
  /// Makes the value.
  public let build: Builder

  /// A rule `id` finding mentions of `kind` with `pattern` (extended mode by default), tried
  /// where `trigger` allows, whose value `build` makes (or `nil` to reject the match).
  public init(
    id: String, kind: Kind, pattern: String, options: PCRE2Options = [.extended],
    trigger: Trigger = .startBytes, build: @escaping Builder
  ) {
    self.id = id
    self.kind = kind
    self.pattern = pattern
    self.options = options
    self.trigger = trigger
    self.build = build
  }
}
