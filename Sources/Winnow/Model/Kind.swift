/// What a mention is: one of the built-in kinds, or a kind of the user's own.
///
/// An extensible set, as a struct with static members: `Kind("ticker")` is as good as
/// ``money``, and rules of that kind run through the same pipeline.
public struct Kind: RawRepresentable, Hashable, Comparable, Sendable, Codable,
  ExpressibleByStringLiteral, CustomStringConvertible
{
  public let rawValue: String
  public init(rawValue: String) { self.rawValue = rawValue }
  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }

  /// Amounts of money (SPEC § money).
  public static let money = Kind("money")
  /// Calendar dates and date-like expressions, as TIMEX3 DATE (SPEC § date).
  public static let date = Kind("date")
  /// Positions of people (SPEC § title).
  public static let title = Kind("title")
  /// Names of laws and policy instruments (SPEC § legislation).
  public static let legislation = Kind("legislation")

  /// The four built-in kinds.
  public static let builtIn: [Kind] = [.money, .date, .title, .legislation]

  public var description: String { rawValue }
  public static func < (lhs: Kind, rhs: Kind) -> Bool { lhs.rawValue < rhs.rawValue }

  public init(from decoder: any Decoder) throws {
    self.rawValue = try decoder.singleValueContainer().decode(String.self)
  }
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }
}
