/// Words that name a jurisdiction, mapped to its ISO 3166-1 alpha-2 code or `EU` (docs/judgement-calls.md L1).
/// Reviewable data, read by ``LegislationNameReader``.
enum LegislationJurisdictions {
  /// Abbreviations written before a name and kept outside its extent (`U.S. Bipartisan
  /// Infrastructure Law`).
  static let abbreviations: [String: String] = BuiltinLexicon.table("legislation.jurisdiction-abbreviations")
  { $0[1] }

  /// Country names, as written before `'s` (`Mexico's`, outside the extent) or inside an
  /// `of …` tail (`Constitution of India`, inside).
  static let countries: [String: String] = BuiltinLexicon.table("legislation.countries") { $0[1] }

  /// Adjectives of nationality that carry the jurisdiction when they open a name
  /// (`Australian Consumer Law`, `Indian Penal Code`). `American` and `European` are left
  /// out: they name a continent as often as a state (`American Rescue Plan Act`,
  /// `European Chips Act` have no jurisdiction).
  static let demonyms: [String: String] = BuiltinLexicon.table("legislation.demonyms") { $0[1] }

  /// States and provinces whose name, written inside an official name, stays in the extent
  /// and gives an ISO 3166-2 code (docs/judgement-calls.md L9: `Arkansas … Act` → `US-AR`, `U.P. … Act, 2014`
  /// → `IN-UP`).
  static let subdivisions: [String: String] = BuiltinLexicon.table("legislation.subdivisions") { $0[1] }
}
