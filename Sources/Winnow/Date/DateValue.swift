/// The value of a date mention (docs/values.md § date): a TimeML TIMEX3 value with an optional modifier.
///
/// Prints as its TIMEX3 value, with the modifier after it when there is one: `2022-06`,
/// `2021 EARLY`, `XXXX-01`.
public struct DateValue: Hashable, Sendable, Codable, CustomStringConvertible {
  /// TIMEX3's `mod` attribute.
  public enum Modifier: String, Hashable, Sendable, Codable {
    case early = "EARLY", mid = "MID", late = "LATE", start = "START", end = "END"
    case approx = "APPROX", before = "BEFORE", after = "AFTER"
  }

  /// The TIMEX3 value: `2022-07-12`, `2021-10`, `2021-Q3`, `XXXX-01`, `PRESENT_REF`…
  public var value: String
  /// True for a complete calendar value (no `X`; a decade such as `199X` counts), false for
  /// placeholders and the `*_REF` values (docs/judgement-calls.md D13).
  public var anchored: Bool
  /// `EARLY`, `MID`, `END`…
  public var mod: Modifier?
  /// What the rule understood, kept until ``DateResolutionPass`` resolves it against the
  /// reference date; never encoded.
  var expression: DateExpression? = nil

  /// A TIMEX3 `value`, whether it is a complete calendar value, and its modifier.
  public init(value: String, anchored: Bool, mod: Modifier? = nil) {
    self.value = value
    self.anchored = anchored
    self.mod = mod
  }

  private enum CodingKeys: String, CodingKey { case value, anchored, mod }

  /// Encodes `value`, `anchored` and (when present) `mod`; the rule's reading is not encoded.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(value, forKey: .value)
    try container.encode(anchored, forKey: .anchored)
    try container.encodeIfPresent(mod, forKey: .mod)
  }

  /// The TIMEX3 value, then the modifier when there is one.
  public var description: String {
    mod.map { "\(value) \($0.rawValue)" } ?? value
  }
}
