/// What a mention is: one of the built-in kinds, or a kind of the user's own.
///
/// An extensible set, as a struct with static members: `Kind("ticker")` is as good as
/// ``money``, and rules of that kind run through the same pipeline.
public struct Kind: RawRepresentable, Hashable, Comparable, Sendable, Codable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  /// The kind's name as it appears in JSON (`"money"`, `"ticker"`).
  public let rawValue: String
  /// The kind named `rawValue`.
  public init(rawValue: String) { self.rawValue = rawValue }
  /// The kind named `rawValue`: `Kind("ticker")`.
  public init(_ rawValue: String) { self.rawValue = rawValue }
  /// The kind named by a string literal: `let kind: Kind = "ticker"`.
  public init(stringLiteral value: String) { self.rawValue = value }

  /// Amounts of money (docs/values.md § money).
  public static let money = Kind("money")
  /// Calendar dates and date-like expressions, as TIMEX3 DATE (docs/values.md § date).
  public static let date = Kind("date")
  /// Positions of people (docs/values.md § title).
  public static let title = Kind("title")
  /// Names of laws and policy instruments (docs/values.md § legislation).
  public static let legislation = Kind("legislation")

  /// The four built-in kinds.
  public static let builtIn: [Kind] = [.money, .date, .title, .legislation]

  /// The kind's name.
  public var description: String { rawValue }
  /// Orders kinds by name, so reports list them in a stable order.
  public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }

  /// Decodes a kind from its name, a JSON string.
  public init(from decoder: any Decoder) throws {
    self.rawValue = try decoder.singleValueContainer().decode(String.self)
  }
  /// Encodes the kind as its name, a JSON string.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
