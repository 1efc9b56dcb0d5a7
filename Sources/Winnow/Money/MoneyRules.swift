/// Settings of the built-in money extractor: the currencies of the markers that name no
/// country (docs/values.md § money, "Defaults, each configurable"). A Canadian newsroom sets
/// `dollarSign` and `dollars` to `CAD`.
public struct MoneyConfiguration: Sendable {
  /// The markers whose currency is a setting.
  public enum Default: Sendable, Hashable {
    case dollarSign, dollars, cents, yenSign, pesos, rupees, lostSign
  }

  /// `$` (and a `$` after the number).
  public var dollarSign = "USD"

  /// A user's extra word list entries (set from ``StandardConfiguration/lexicon``).
  var lexicon = Lexicon()
  /// `dollars`, `dollar` without a country word.
  public var dollars = "USD"
  /// `cents`, `cent` (docs/judgement-calls.md M2: USD even in Canadian or Australian contexts).
  public var cents = "USD"
  /// `¥`.
  public var yenSign = "JPY"
  /// `pesos`, `peso` without a country word.
  public var pesos = "MXN"
  /// `rupees`, `Rs`, `Rs.` without a country word.
  public var rupees = "INR"
  /// A `?` against a number (`paid ?11,250`): a currency sign lost when the text was
  /// converted to ASCII. In English news that is most often the pound sign (`$` is ASCII and
  /// survives), hence GBP; a eurozone source sets `EUR`.
  public var lostSign = "GBP"

  /// The defaults.
  public init() {}

  /// The ISO 4217 code a default stands for.
  public func currency(for marker: Default) -> String {
    switch marker {
    case .dollarSign: dollarSign
    case .dollars: dollars
    case .cents: cents
    case .yenSign: yenSign
    case .pesos: pesos
    case .rupees: rupees
    case .lostSign: lostSign
    }
  }
}

/// The built-in money rules and passes (docs/values.md § money, docs/judgement-calls.md M1–M8).
///
/// One rule per shape of amount: a symbol before the number, letters before it (an ISO code,
/// `Rs`, a letter-led dollar sign), a marker after it (currency word, code or symbol), and a
/// number in words before a currency word. The first three also read ranges (docs/judgement-calls.md M3) whose
/// marker or scale is written once (`$1-2 million`, `€2bn-3bn`, `2 to 3 billion pesos`).
/// Qualifiers stay outside every extent and are read from the left context.
///
/// Each trigger position runs one rule, and each rule fails within a few characters at the
/// numbers and words that are not money: word lists are prefix trees.
public enum MoneyRules {
  /// The rules, in order.
  public static func rules(_ configuration: MoneyConfiguration) -> [Rule] {
    let sp = MoneyPatterns.space
    let number = MoneyPatterns.numeral("num")
    let number2 = MoneyPatterns.numeral("num2")
    let scale = MoneyPatterns.scale()
    // The first bound's own scale in a range whose second bound has no marker (`€2bn-3bn`).
    let scale1 = MoneyPatterns.scale("1")
    let between = MoneyPatterns.afterBetween
    let joint = MoneyPatterns.rangeJoint
    let letters = #"(?: \#(MoneyPatterns.prefixedDollar) | \#(MoneyPatterns.codeBefore) )"#
    // The leading letters of those markers (`u` of `U.S.$`).
    let letterStarts =
      ["u"] + MoneyLexicon.dollarPrefixes.keys
      + MoneyLexicon.codes.keys.flatMap { [$0.lowercased(), "m" + $0.lowercased()] }
      + MoneyLexicon.prefixAbbreviations.keys.map { $0.lowercased().filter(\.isLetter) }
    // `a`/`an` lead only before a scale or fraction (`a billion`, `a quarter million`): the
    // rule is triggered by that word and looks back over the article, not at every `a`.
    let numberWordStarts =
      Array(MoneyLexicon.units.keys) + Array(MoneyLexicon.tens.keys) + Array(MoneyLexicon.scales.keys)
      + MoneyLexicon.fractions
    // Word-triggered rules are tried at many words (`a`, `us`, `can`); PCRE2's start-up
    // optimizations would scan ahead from each for a required `$` or digit, so they are off.
    let noScan = "(*NO_START_OPT)"
    let words = MoneyLexicon.words(with: configuration.lexicon)
    let build = MoneyBuilder(configuration: configuration, words: words)
    let currencyWord =
      configuration.lexicon.rows("money.currencies").isEmpty
      ? MoneyPatterns.currencyWord : MoneyPatterns.currencyWord(words.keys)
    return [
      Rule(
        id: "money.symbol-number", kind: .money,
        pattern: #"""
          \#(between) (?<marker> \#(MoneyPatterns.symbol) | \#(MoneyPatterns.lostSign) ) \#(sp)? \#(number)
          (?: \#(scale1)? \#(joint) (?(<scale1>) | (?(<short1>) | (?<marker2> \#(MoneyPatterns.symbol) \#(sp)? )? ) )
              \#(number2) (?= \#(MoneyPatterns.scale(nil)) ) )?
          \#(scale)?
          """#,
        build: build.markerFirst),
      Rule(
        id: "money.code-number", kind: .money,
        pattern: #"""
          \#(noScan) (?= [A-Za-z.]{1,5} \#(sp)? (?: \$ | \#(sp)? \d ) )
          \#(between) (?<marker> \#(letters) ) \#(sp)? \#(number)
          (?: \#(scale1)? \#(joint) (?(<scale1>) | (?(<short1>) | (?<marker2> \#(letters) \#(sp)? )? ) )
              \#(number2) (?= \#(MoneyPatterns.scale(nil)) ) )?
          \#(scale)?
          """#,
        // A code or prefix is followed by `$`, a digit, or the `.` of `U.S.`/`Rs.` (or a
        // no-break or thin space, led by 0xC2 or 0xE2): most `all`, `try` and `us` are not.
        trigger: Trigger.words(letterStarts).followed(
          by: Trigger.digitBytes.map { $0 } + Array("$.".utf8) + [0xC2, 0xE2]),
        build: build.markerFirst),
      Rule(
        id: "money.number-marker", kind: .money,
        pattern: #"""
          \#(between) \#(MoneyPatterns.unmarked) \#(number) \#(MoneyPatterns.markerAhead)
          (?: \#(scale1)? \#(joint) \#(number2) )? \#(scale)?
          (?: \#(MoneyPatterns.wordJoint) \#(currencyWord)
            | \#(sp)? \#(MoneyPatterns.codeAfter) (?: \#(MoneyPatterns.scale("2")) )?
            | \#(sp)? \#(MoneyPatterns.symbolAfter)
            | \#(MoneyPatterns.penceAfter) )
          \#(MoneyPatterns.minorTail)
          """#,
        build: build.numberThenMarker),
      Rule(
        id: "money.words-currency-word", kind: .money,
        pattern: #"""
          \#(noScan) \#(MoneyPatterns.numberWords)
          (?: \#(sp)++ (?: (?i:and) \#(sp)++ )? (?<hundredths> (?i:no) | \d\d ) / 100 )?
          (?<wordJoint> \#(MoneyPatterns.wordJoint) ) \#(currencyWord)
          \#(MoneyPatterns.minorTail)
          """#,
        trigger: .words(numberWordStarts, lookbehind: 3), build: build.wordsThenWord),
    ]
  }

  /// The extractor the standard pipeline runs.
  public static func extractor(_ configuration: MoneyConfiguration) throws(WinnowError) -> any Extractor {
    try RuleExtractor(rules: rules(configuration))
  }

  /// The document passes the standard pipeline runs after extraction: none, every money
  /// mention is settled by its own rule.
  public static func passes(_ configuration: MoneyConfiguration) -> [any DocumentPass] {
    []
  }
}
