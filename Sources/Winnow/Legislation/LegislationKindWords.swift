/// The kind words that head a legislation name (SPEC § legislation, GUIDE L5), as written in
/// running text: capitalized, singular and plural (not `Frameworks` and `Strategies`, which
/// name plans and firms more often than instruments). Reviewable data, read by
/// ``LegislationNameReader``.
enum LegislationKindWords {
  /// Each kind word and the ``LegislationValue/InstrumentKind`` it gives. `Order` counts only
  /// after `Executive` (``executiveOrderPrefix``).
  static let kinds: [String: LegislationValue.InstrumentKind] = [
    "Act": .act, "Acts": .act,
    "Law": .law, "Laws": .law,
    "Bill": .bill, "Bills": .bill,
    "Code": .code, "Codes": .code, "Sanhita": .code,
    "Statute": .statute, "Statutes": .statute,
    "Amendment": .amendment, "Amendments": .amendment,
    "Constitution": .constitution, "Constitutions": .constitution,
    "Treaty": .treaty, "Treaties": .treaty,
    "Convention": .convention, "Conventions": .convention,
    "Accord": .accord, "Accords": .accord,
    "Agreement": .agreement, "Agreements": .agreement,
    "Protocol": .protocol, "Protocols": .protocol,
    "Charter": .charter, "Charters": .charter,
    "Pact": .pact, "Pacts": .pact,
    "Order": .executiveOrder, "Orders": .executiveOrder,
    "Regulation": .regulation, "Regulations": .regulation,
    "Directive": .directive, "Directives": .directive,
    "Decree": .decree, "Decrees": .decree,
    "Framework": .framework,
    "Strategy": .strategy,
  ]

  /// The word that must come right before `Order` for it to be a kind word.
  static let executiveOrderPrefix = "Executive"

  /// Kinds whose name may continue with an `of …` or `on …` tail even after words on the
  /// left (`Political Constitution of the United Mexican States`, `Treaty on the
  /// Non-Proliferation of Nuclear Weapons`); other kinds take only an `of` or `on` tail
  /// (`of` for bills) and only when nothing precedes the kind word (`Act of Union`, `Act on
  /// the Protection of Personal Information`, `Bill of Rights`), so `the Digital Markets Act
  /// of the European Union` stays `Digital Markets Act` and `the Bill on Second Reading` is no
  /// name.
  static let ofTailKinds: Set<LegislationValue.InstrumentKind> = [
    .constitution, .treaty, .convention, .charter, .protocol, .agreement, .accord, .statute,
    .pact, .executiveOrder, .strategy, .framework, .directive, .regulation,
  ]
}
