/// The value of a legislation mention (SPEC § legislation).
public struct LegislationValue: Hashable, Sendable, Codable {
  /// The instrument's kind, from its head kind word (GUIDE L5).
  public enum InstrumentKind: String, Hashable, Sendable, Codable, CaseIterable {
    case act, law, bill, code, statute, amendment, constitution, treaty, convention, accord
    case agreement, `protocol`, charter, pact
    case executiveOrder = "executive_order"
    case regulation, directive, decree, framework, strategy
  }

  /// The full name; for a short form, the full name it stands for.
  public var name: String
  public var kind: InstrumentKind
  /// The year written in the name (`of 2022`, `Enterprise Act 2002`), else nil.
  public var year: Int?
  /// ISO 3166-1 alpha-2 code or `EU`, from a leading jurisdiction word or the name itself.
  public var jurisdiction: String?

  public init(name: String, kind: InstrumentKind, year: Int? = nil, jurisdiction: String? = nil) {
    self.name = name
    self.kind = kind
    self.year = year
    self.jurisdiction = jurisdiction
  }

  private enum CodingKeys: String, CodingKey { case name, kind, year, jurisdiction }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(name, forKey: .name)
    try container.encode(kind, forKey: .kind)
    try container.encode(year, forKey: .year)
    try container.encode(jurisdiction, forKey: .jurisdiction)
  }
}
