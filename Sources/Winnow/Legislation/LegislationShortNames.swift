/// Widely used short names of instruments that stand alone, without their full name in the
/// document (GUIDE L3: `USMCA`, `AUKUS`, `New START`, `T-MEC`). Reviewable data, read by
/// ``LegislationExtractor``; a short name defined in the document
/// (`General Data Protection Regulation (GDPR)`) is linked by ``LegislationShortFormPass``
/// whether or not it is listed here.
enum LegislationShortNames {
  /// Each short name, exactly as written, and its kind. Ambiguous ones (`IRA`, `ACA`, `DSA`)
  /// are left out.
  static let names: [String: LegislationValue.InstrumentKind] = [
    "USMCA": .agreement, "CUSMA": .agreement, "T-MEC": .agreement, "NAFTA": .agreement,
    "CPTPP": .agreement, "TPP": .agreement, "RCEP": .agreement, "CETA": .agreement,
    "TTIP": .agreement, "GATT": .agreement, "AUKUS": .pact, "New START": .treaty,
    "NPT": .treaty, "CTBT": .treaty, "TFEU": .treaty, "UNCLOS": .convention,
    "CITES": .convention, "GDPR": .regulation, "MiCA": .regulation, "HIPAA": .act,
    "FCPA": .act, "ERISA": .act, "DMCA": .act, "PIPEDA": .act, "CCPA": .act, "NDAA": .act,
    "FISA": .act, "NEPA": .act, "CERCLA": .act, "RICO": .act, "FOIA": .act, "FATCA": .act,
    "COPPA": .act, "FERPA": .act,
  ]
}
