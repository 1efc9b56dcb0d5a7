/// The value of a money mention (docs/values.md § money): an exact amount, or a range, in a currency.
///
/// Prints as `3400000000 USD`, `1000000–2000000 USD`, `approx 5000000 EUR`, or the amount
/// alone when no currency is known.
public struct MoneyValue: Hashable, Sendable, Codable, CustomStringConvertible {
  /// A word before the amount that says it is not exact (docs/judgement-calls.md M1).
  public enum Qualifier: String, Hashable, Sendable, Codable {
    case approx
    case moreThan = "more_than"
    case lessThan = "less_than"
    case upTo = "up_to"
    case atLeast = "at_least"
  }

  /// The amount in the currency's unit; nil for a range.
  public var amount: ExactDecimal?
  /// The lower bound of a range whose first bound needs the second (`$1-2 million`).
  public var min: ExactDecimal?
  /// The upper bound of such a range.
  public var max: ExactDecimal?
  /// ISO 4217 code (`USD`), or nil when the marker names no particular currency.
  public var currency: String?
  /// `about`, `more than`, `up to`… before the amount.
  public var qualifier: Qualifier?

  /// An amount (or a `min`/`max` range) in `currency`, with an optional qualifier.
  public init(
    amount: ExactDecimal? = nil, min: ExactDecimal? = nil, max: ExactDecimal? = nil,
    currency: String?, qualifier: Qualifier? = nil
  ) {
    self.amount = amount
    self.min = min
    self.max = max
    self.currency = currency
    self.qualifier = qualifier
  }

  private enum CodingKeys: String, CodingKey { case amount, min, max, currency, qualifier }

  /// Encodes the value in the corpus format (`amount` or `min`/`max` as decimal strings).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encodeIfPresent(amount, forKey: .amount)
    try container.encodeIfPresent(min, forKey: .min)
    try container.encodeIfPresent(max, forKey: .max)
    try container.encode(currency, forKey: .currency)
    try container.encodeIfPresent(qualifier, forKey: .qualifier)
  }

  /// The amount (or range) and currency, the qualifier first when there is one.
  public var description: String {
    var text = qualifier.map { $0.rawValue + " " } ?? ""
    if let amount {
      text += amount.description
    } else {
      text += "\(min.map(\.description) ?? "?")–\(max.map(\.description) ?? "?")"
    }
    if let currency { text += " " + currency }
    return text
  }
}
