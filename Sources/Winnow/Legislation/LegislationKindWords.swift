/// The kind words that head a legislation name (docs/values.md § legislation, docs/judgement-calls.md L5), as written in
/// running text: capitalized, singular and plural (not `Frameworks` and `Strategies`, which
/// name plans and firms more often than instruments). Reviewable data, read by
/// ``LegislationNameReader``.
enum LegislationKindWords {
  /// Each kind word and the ``LegislationValue/InstrumentKind`` it gives. `Order` counts only
  /// after `Executive` (``executiveOrderPrefix``).
  static let kinds: [String: LegislationValue.InstrumentKind] = BuiltinLexicon.table(
    "legislation.kind-words"
  ) { LegislationValue.InstrumentKind(rawValue: $0[1])! }

  /// The word that must come right before `Order` for it to be a kind word.
  static let executiveOrderPrefix = "Executive"

  /// Kinds whose name may continue with an `of …` or `on …` tail even after words on the
  /// left (`Political Constitution of the United Mexican States`, `Treaty on the
  /// Non-Proliferation of Nuclear Weapons`); other kinds take only an `of` or `on` tail
  /// (`of` for bills) and only when nothing precedes the kind word (`Act of Union`, `Act on
  /// the Protection of Personal Information`, `Bill of Rights`), so `the Digital Markets Act
  /// of the European Union` stays `Digital Markets Act` and `the Bill on Second Reading` is no
  /// name. A code takes the longer tail too (`Customs Code of the Eurasian Economic Union`).
  static let ofTailKinds: Set<LegislationValue.InstrumentKind> = [
    .constitution, .treaty, .convention, .charter, .protocol, .agreement, .accord, .statute,
    .pact, .executiveOrder, .strategy, .framework, .directive, .regulation, .code,
  ]
}
