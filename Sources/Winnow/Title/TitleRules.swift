/// Settings of the built-in title extractor.
public struct TitleConfiguration: Sendable {
  /// A user's extra word list entries (set from ``StandardConfiguration/lexicon``).
  var lexicon = Lexicon()

  /// The defaults.
  public init() {}
}

/// The built-in title rules and passes (docs/values.md § title).
///
/// The rules find title heads (`President`, `Lt. Gen.`); `TitleExtractor` grows each into
/// the whole title phrase and links it to its holder.
public enum TitleRules {
  /// The rules, in order.
  public static func rules(_ configuration: TitleConfiguration) -> [Rule] {
    let heads = TitleHeads.with(configuration.lexicon)
    return [
      heads.words == TitleHeads.builtin.words ? headWord : headRule(heads), abbreviation,
      parliamentAbbreviation,
    ]
  }

  /// The extractor the standard pipeline runs.
  public static func extractor(_ configuration: TitleConfiguration) throws(WinnowError) -> any Extractor {
    try TitleExtractor(rules: rules(configuration), heads: TitleHeads.with(configuration.lexicon))
  }

  /// The document passes the standard pipeline runs after extraction.
  public static func passes(_ configuration: TitleConfiguration) -> [any DocumentPass] {
    []
  }

  /// A title word or fixed compound from ``TitleWords/heads``, in either case, singular or
  /// plural (`President`, `chief executive`, `Secretaries`, `Vice-President`). The pattern is
  /// made from the list, so every match is a head: `TitleExtractor` reads it and makes the
  /// value once it has the whole title and its holder.
  static let headWord = headRule(.builtin)

  /// The head rule for `heads`.
  static func headRule(_ heads: TitleHeads) -> Rule {
    Rule(
      id: "title.head", kind: .title, pattern: heads.pattern, options: [.extended, .caseless],
      trigger: .words(heads.triggerWords)
    ) { _ in .null }
  }

  /// An abbreviated title from ``TitleWords/abbreviations`` (`Sen.`, `Lt. Gen.`), docs/judgement-calls.md T4;
  /// its value too is made by `TitleExtractor`.
  static let abbreviation = Rule(
    id: "title.abbreviation", kind: .title, pattern: abbreviationPattern,
    trigger: .words(abbreviationTriggers)
  ) { _ in .null }

  static let abbreviationPattern = pattern(of: TitleWords.abbreviations)

  static let abbreviationTriggers = triggers(of: TitleWords.abbreviations)

  /// A parliamentary title written as an acronym (`MP`, `MEP`, `MSP`, `TD`; docs/judgement-calls.md T10), with
  /// a party or constituency premodifier (`Fine Gael TD`) grown by ``TitleExtractor``.
  static let parliamentAbbreviation = Rule(
    id: "title.parliament-abbreviation", kind: .title,
    pattern: #"(?<![\p{L}\p{N}])"# + pattern(of: TitleWords.parliamentAbbreviations),
    trigger: .words(triggers(of: TitleWords.parliamentAbbreviations))
  ) { _ in .null }

  /// The alternation of `forms`, longest first; a space in a form is optional white space
  /// (`TextPatterns.white`).
  static func pattern(of forms: [(form: String, role: String)]) -> String {
    "(?:"
      + forms.map(\.form).sorted { $0.count > $1.count }.map { form in
        form.map { $0 == "." ? #"\."# : $0 == " " ? "\(TextPatterns.white)*" : String($0) }.joined()
      }.joined(separator: "|") + #")(?![\p{L}\p{N}])"#
  }

  static func triggers(of forms: [(form: String, role: String)]) -> [String] {
    forms.map { String($0.form.prefix { $0.isLetter }).lowercased() }
  }

  static let abbreviationRoles: [String: String] = Dictionary(
    TitleWords.abbreviations.map { (squeeze($0.form), $0.role) }, uniquingKeysWith: { a, _ in a })

  static let parliamentRoles: [String: String] = Dictionary(
    TitleWords.parliamentAbbreviations.map { ($0.form, $0.role) }, uniquingKeysWith: { a, _ in a })

  /// Whether titles found by rule `id` are seats in a parliament (`Member for …`, `MP`).
  static func isParliamentary(_ id: String) -> Bool {
    id == parliamentAbbreviation.id || id == "title.parliament-member"
  }

  static func squeeze(_ text: String) -> String {
    String(text.unicodeScalars.filter { !$0.properties.isWhitespace })
  }

  /// The head a title mention was found with: its role, usage, number and the rule id its
  /// mention carries.
  static func head(of mention: Mention, in heads: TitleHeads = .builtin) -> (
    role: String, usage: TitleWords.Usage, plural: Bool, rule: String
  )? {
    if mention.rule == abbreviation.id {
      return abbreviationRoles[squeeze(mention.text)].map { ($0, .common, false, mention.rule) }
    }
    if mention.rule == parliamentAbbreviation.id {
      return parliamentRoles[mention.text].map { ($0, .informal, false, mention.rule) }
    }
    return heads.read(mention.text).map {
      ($0.head.role, $0.head.usage, $0.plural, $0.head.rule ?? mention.rule)
    }
  }
}
