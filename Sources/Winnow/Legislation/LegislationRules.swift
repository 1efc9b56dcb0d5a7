/// Settings of the built-in legislation extractor.
public struct LegislationConfiguration: Sendable {
  /// Link short forms to the full names they stand for (`GDPR` after `General Data
  /// Protection Regulation (GDPR)`, a later `the Bicentennial Framework`).
  public var linksShortForms = true

  /// A user's extra word list entries (set from ``StandardConfiguration/lexicon``).
  var lexicon = Lexicon()

  /// The defaults.
  public init() {}
}

/// The built-in legislation rules and passes (docs/values.md § legislation).
///
/// Names are read around their kind word in code (`LegislationNameReader`: deciding
/// where a name starts is easier word by word than in a pattern); designations, which have
/// a fixed shape, are the rules below (docs/judgement-calls.md L4).
public enum LegislationRules {
  /// The designation rules, in order.
  public static func rules(_ configuration: LegislationConfiguration) -> [Rule] {
    [houseBill, numberedBill, executiveOrder, numberedDecree, euInstrument, euNumberedInstrument, publicLaw]
  }

  /// The extractor the standard pipeline runs: names, short names and designations found in
  /// one pass over the document's words.
  public static func extractor(_ configuration: LegislationConfiguration) throws(WinnowError) -> any Extractor
  {
    try LegislationExtractor(
      designations: rules(configuration), shortNames: LegislationShortNames.table(with: configuration.lexicon)
    )
  }

  /// The document passes the standard pipeline runs after extraction.
  public static func passes(_ configuration: LegislationConfiguration) -> [any DocumentPass] {
    configuration.linksShortForms ? [LegislationShortFormPass()] : []
  }

  /// A designation's value: named as written.
  static func designation(_ match: RuleMatch, _ kind: LegislationValue.InstrumentKind) -> MentionValue {
    .legislation(LegislationValue(name: match.text.phrase(match.range), kind: kind))
  }

  /// `H.R. 3684`: a House of Representatives bill number.
  static let houseBill = Rule(
    id: "legislation.house-bill", kind: .legislation,
    pattern: #" H\.\#(TextPatterns.white)*R\.\#(TextPatterns.white)*\d{1,5} \b (?![.,/-]\d) "#,
    trigger: .words(["h"])
  ) { designation($0, .bill) }

  /// `Bill C-18`, `Bill 96`, `Senate Bill 8`: a numbered bill.
  static let numberedBill = Rule(
    id: "legislation.numbered-bill", kind: .legislation,
    pattern: #"""
      (?: (?:Senate|House|Assembly) \#(TextPatterns.gap) )? Bill \#(TextPatterns.gap) (?:No\.\#(TextPatterns.white)*)?
      (?: [A-Z]{1,2}-\d{1,4} | \d{1,3} ) \b (?![.,/-]\d)
      """#,
    trigger: .words(["bill", "senate", "house", "assembly"])
  ) { designation($0, .bill) }

  /// `Executive Order 14067`, `Executive Order No. 13848`.
  static let executiveOrder = Rule(
    id: "legislation.executive-order", kind: .legislation,
    pattern:
      #" Executive \#(TextPatterns.gap) Orders? \#(TextPatterns.gap) (?:No\.\#(TextPatterns.white)*)? \d{3,6} \b (?![.,/-]\d) "#,
    trigger: .words(["executive"])
  ) { designation($0, .executiveOrder) }

  /// `Executive Decree 111`, `Presidential Decree No. 5`, `Decree 2023/45`.
  static let numberedDecree = Rule(
    id: "legislation.numbered-decree", kind: .legislation,
    pattern: #"""
      (?: (?:Executive|Presidential|Royal|Supreme|Legislative|Emergency|Ministerial) \#(TextPatterns.gap) )?
      Decree \#(TextPatterns.gap) (?:No\.\#(TextPatterns.white)*)? \d{1,6} (?:/\d{2,4})? \b (?![.,/-]\d)
      """#,
    trigger: .words([
      "executive", "presidential", "royal", "supreme", "legislative", "emergency", "ministerial", "decree",
    ])
  ) { designation($0, .decree) }

  /// `Regulation (EU) 2016/679`, `Directive (EU) 2019/790`, `Regulation (EC) No 1907/2006`:
  /// year from the number, jurisdiction `EU` (docs/judgement-calls.md L4, L6).
  static let euInstrument = Rule(
    id: "legislation.eu-instrument", kind: .legislation,
    pattern: #"""
      (?<head>Regulation|Directive) \#(TextPatterns.gap) \( (?:EU|EC|EEC|Euratom) \) \#(TextPatterns.gap) (?<numbered>No\.?\#(TextPatterns.gap))?
      (?<first>\d{2,4}) / (?<second>\d{1,4}) \b (?![/-]\d)
      """#,
    trigger: .words(["regulation", "directive"])
  ) { euValue($0) }

  /// `Directive 2014/65/EU`, `Directive 93/13/EEC`: the older numbering.
  static let euNumberedInstrument = Rule(
    id: "legislation.eu-numbered-instrument", kind: .legislation,
    pattern: #"""
      (?<head>Regulation|Directive) \#(TextPatterns.gap) (?<first>\d{2,4}) / (?<second>\d{1,4}) / (?:EU|EC|EEC|Euratom) \b
      """#,
    trigger: .words(["regulation", "directive"])
  ) { euValue($0) }

  /// `Public Law 117-169`: a US public law number.
  static let publicLaw = Rule(
    id: "legislation.public-law", kind: .legislation,
    pattern: #" Public \#(TextPatterns.gap) Law \#(TextPatterns.gap) \d{2,3}-\d{1,4} \b (?![.,/-]\d) "#,
    trigger: .words(["public"])
  ) { designation($0, .law) }

  /// The value of an EU regulation or directive: the year opens the number (`2016/679`) or,
  /// after `No`, closes it (`No 1907/2006`); a two-digit year is an older one (`93/13/EEC` →
  /// 1993).
  static func euValue(_ match: RuleMatch) -> MentionValue? {
    guard let head = match["head"], let first = match["first"], let second = match["second"] else {
      return nil
    }
    let year: Int?
    if match.has("numbered"), second.count == 4 {
      year = Int(second)
    } else if first.count == 4 {
      year = Int(first)
    } else if first.count == 2, let short = Int(first) {
      year = short >= 50 ? 1900 + short : 2000 + short
    } else {
      year = nil
    }
    let kind: LegislationValue.InstrumentKind = head == "Regulation" ? .regulation : .directive
    return .legislation(
      LegislationValue(name: match.text.phrase(match.range), kind: kind, year: year, jurisdiction: "EU"))
  }
}
