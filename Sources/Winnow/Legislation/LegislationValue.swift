/// The value of a legislation mention (docs/values.md § legislation).
///
/// Prints as the name with its kind, year and jurisdiction after it:
/// `Enterprise Act 2002 (act, 2002, GB)`.
public struct LegislationValue: Hashable, Sendable, Codable, CustomStringConvertible {
  /// The instrument's kind, from its head kind word (docs/judgement-calls.md L5).
  public enum InstrumentKind: String, Hashable, Sendable, Codable, CaseIterable {
    case act, law, bill, code, statute, amendment, constitution, treaty, convention, accord
    case agreement, `protocol`, charter, pact
    case executiveOrder = "executive_order"
    case regulation, directive, decree, framework, strategy
  }

  /// The full name; for a short form, the full name it stands for.
  public var name: String
  /// The instrument's kind, from the head kind word of its name.
  public var kind: InstrumentKind
  /// The year written in the name (`of 2022`, `Enterprise Act 2002`), else nil.
  public var year: Int?
  /// ISO 3166-1 alpha-2 code or `EU`, from a leading jurisdiction word or the name itself.
  public var jurisdiction: String?

  /// An instrument named `name`, of `kind`, with the year and jurisdiction its name gives.
  public init(name: String, kind: InstrumentKind, year: Int? = nil, jurisdiction: String? = nil) {
    self.name = name
    self.kind = kind
    self.year = year
    self.jurisdiction = jurisdiction
  }

  private enum CodingKeys: String, CodingKey { case name, kind, year, jurisdiction }

  /// Encodes every field, `null` for an unknown year or jurisdiction.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encode(kind, forKey: .kind)
    try container.encode(year, forKey: .year)
    try container.encode(jurisdiction, forKey: .jurisdiction)
  }

  /// The name, then its kind, year and jurisdiction in parentheses (unknown ones left out).
  public var description: String {
    let details = [kind.rawValue, year.map(String.init), jurisdiction].compactMap { $0 }
    return "\(name) (\(details.joined(separator: ", ")))"
  }
}
