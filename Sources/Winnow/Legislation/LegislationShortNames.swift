/// Widely used short names of instruments that stand alone, without their full name in the
/// document (GUIDE L3: `USMCA`, `AUKUS`, `New START`, `T-MEC`). Reviewable data in
/// `Lexicon/legislation/acronyms.tsv`, read by ``LegislationExtractor``; a short name defined
/// in the document (`General Data Protection Regulation (GDPR)`) is linked by
/// ``LegislationShortFormPass`` whether or not it is listed.
enum LegislationShortNames {
  /// Each short name, exactly as written, and its kind. Ambiguous ones (`IRA`, `ACA`, `DSA`)
  /// are left out.
  static let names: [String: LegislationValue.InstrumentKind] = BuiltinLexicon.table(
    "legislation.acronyms"
  ) { LegislationValue.InstrumentKind(rawValue: $0[1])! }
}
