/// The normalized value of a mention: typed for the built-in kinds, JSON for a user's own.
///
/// Prints as people read it: `3400000000 USD`, `2022-06`, `President ← Biden`,
/// `Bipartisan Safer Communities Act (act)`.
public enum MentionValue: Hashable, Sendable, CustomStringConvertible {
  /// No value can be given.
  case null
  /// An amount of money.
  case money(MoneyValue)
  /// A TIMEX3 date value.
  case date(DateValue)
  /// A role and, when named next to it, its holder.
  case title(TitleValue)
  /// An instrument's full name, kind, year and jurisdiction.
  case legislation(LegislationValue)
  /// The value of a mention of a user-defined kind.
  case json(JSONValue)

  /// The money value, or nil for another case.
  public var money: MoneyValue? { if case .money(let v) = self { v } else { nil } }
  /// The date value, or nil for another case.
  public var date: DateValue? { if case .date(let v) = self { v } else { nil } }
  /// The title value, or nil for another case.
  public var title: TitleValue? { if case .title(let v) = self { v } else { nil } }
  /// The legislation value, or nil for another case.
  public var legislation: LegislationValue? { if case .legislation(let v) = self { v } else { nil } }

  /// The value as people read it (the kind's own description; `null` when none).
  public var description: String {
    switch self {
    case .null: "null"
    case .money(let value): value.description
    case .date(let value): value.description
    case .title(let value): value.description
    case .legislation(let value): value.description
    case .json(let value): value.description
    }
  }

  /// Decodes the value of a mention of `kind` (the JSON shape depends on the kind).
  init(from container: KeyedDecodingContainer<Mention.CodingKeys>, kind: Kind) throws {
    let key = Mention.CodingKeys.value
    if try !container.contains(key) || container.decodeNil(forKey: key) {
      self = .null
      return
    }
    switch kind {
    case .money: self = .money(try container.decode(MoneyValue.self, forKey: key))
    case .date: self = .date(try container.decode(DateValue.self, forKey: key))
    case .title: self = .title(try container.decode(TitleValue.self, forKey: key))
    case .legislation: self = .legislation(try container.decode(LegislationValue.self, forKey: key))
    default: self = .json(try container.decode(JSONValue.self, forKey: key))
    }
  }

  func encode(to container: inout KeyedEncodingContainer<Mention.CodingKeys>) throws {
    let key = Mention.CodingKeys.value
    switch self {
    case .null: try container.encodeNil(forKey: key)
    case .money(let value): try container.encode(value, forKey: key)
    case .date(let value): try container.encode(value, forKey: key)
    case .title(let value): try container.encode(value, forKey: key)
    case .legislation(let value): try container.encode(value, forKey: key)
    case .json(let value): try container.encode(value, forKey: key)
    }
  }
}
