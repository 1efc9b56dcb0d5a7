/// Settings of the built-in money extractor: the currencies of the markers that name no
/// country (SPEC § money, "Defaults, each configurable"). A Canadian newsroom sets
/// `dollarSign` and `dollars` to `CAD`.
public struct MoneyConfiguration: Sendable {
  /// The markers whose currency is a setting.
  public enum Default: Sendable, Hashable {
    case dollarSign, dollars, cents, yenSign, pesos, rupees
  }

  /// `$` (and a `$` after the number).
  public var dollarSign = "USD"
  /// `dollars`, `dollar` without a country word.
  public var dollars = "USD"
  /// `cents`, `cent` (GUIDE M2: USD even in Canadian or Australian contexts).
  public var cents = "USD"
  /// `¥`.
  public var yenSign = "JPY"
  /// `pesos`, `peso` without a country word.
  public var pesos = "MXN"
  /// `rupees`, `Rs`, `Rs.` without a country word.
  public var rupees = "INR"

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
    }
  }
}

/// The built-in money rules and passes (SPEC § money, GUIDE M1–M8).
///
/// One rule per shape of amount: a marker before the number (symbol, letter-led dollar sign,
/// code), a marker after it (currency word, code, symbol), ranges, and numbers in words.
/// Qualifiers stay outside every extent and are read from the left context.
public enum MoneyRules {
  /// The rules, in order.
  public static func rules(_ configuration: MoneyConfiguration) -> [Rule] {
    let sp = MoneyPatterns.space
    let number = MoneyPatterns.numeral("num")
    let number2 = MoneyPatterns.numeral("num2")
    // A number already led by a symbol (`$10 dollars`) is read from the symbol.
    let unmarkedNumber = #"(?<! \$ | € | £ | ¥ | ₹ ) \#(number)"#
    let scale = MoneyPatterns.scale()
    let joint = MoneyPatterns.rangeJoint
    let beforeMarker = #"(?: \#(MoneyPatterns.prefixedDollar) | \#(MoneyPatterns.codeBefore) )"#
    let letterMarkerWords =
      ["u"] + MoneyLexicon.dollarPrefixes.keys
      + MoneyLexicon.codes.keys.flatMap { [$0.lowercased(), "m" + $0.lowercased()] }
      + MoneyLexicon.prefixAbbreviations.keys.map { $0.lowercased().filter(\.isLetter) }
    let numberWordStarts =
      Array(MoneyLexicon.units.keys) + Array(MoneyLexicon.tens.keys) + ["a", "an", "half", "quarter"]
    let build = MoneyBuilder(configuration: configuration)
    return [
      Rule(
        id: "money.symbol-number", kind: .money,
        pattern: #"(?<marker> \#(MoneyPatterns.symbol) ) \#(sp)? \#(number) \#(scale)?"#,
        build: build.markerFirst),
      Rule(
        id: "money.symbol-range", kind: .money,
        pattern: #"""
          (?<marker> \#(MoneyPatterns.symbol) ) \#(sp)? \#(number) \#(joint)
          (?<marker2> \#(MoneyPatterns.symbol) \#(sp)? )? \#(number2) \#(scale)
          """#,
        build: build.markerFirstRange),
      Rule(
        id: "money.letter-dollar-number", kind: .money,
        pattern: #"(?<marker> \#(MoneyPatterns.prefixedDollar) ) \#(sp)? \#(number) \#(scale)?"#,
        trigger: .words(letterMarkerWords), build: build.markerFirst),
      Rule(
        id: "money.code-number", kind: .money,
        pattern: #"(?<marker> \#(MoneyPatterns.codeBefore) ) \#(sp)? \#(number) \#(scale)?"#,
        trigger: .words(letterMarkerWords), build: build.markerFirst),
      Rule(
        id: "money.code-range", kind: .money,
        pattern: #"""
          (?<marker> \#(beforeMarker) ) \#(sp)? \#(number) \#(joint)
          (?<marker2> \#(beforeMarker) \#(sp)? )? \#(number2) \#(scale)
          """#,
        trigger: .words(letterMarkerWords), build: build.markerFirstRange),
      Rule(
        id: "money.number-currency-word", kind: .money,
        pattern: #"""
          \#(unmarkedNumber) \#(scale)? \#(MoneyPatterns.wordJoint) \#(MoneyPatterns.currencyWord)
          \#(MoneyPatterns.minorTail)
          """#,
        build: build.numberThenWord),
      Rule(
        id: "money.number-range-currency-word", kind: .money,
        pattern: #"""
          \#(unmarkedNumber) \#(joint) \#(number2) \#(scale)? \#(MoneyPatterns.wordJoint)
          \#(MoneyPatterns.currencyWord)
          """#,
        build: build.numberRangeThenWord),
      Rule(
        id: "money.number-code", kind: .money,
        pattern: #"""
          \#(unmarkedNumber) \#(scale)? \#(sp)? \#(MoneyPatterns.codeAfter) (?: \#(MoneyPatterns.scale("2")) )?
          \#(MoneyPatterns.minorTail)
          """#,
        build: build.numberThenCode),
      Rule(
        id: "money.number-symbol", kind: .money,
        pattern: #"""
          \#(unmarkedNumber) \#(sp)? (?<symbol> \#(MoneyPatterns.symbol) )
          (?: \#(sp)+ (?<cents> \d{1,2} ) \#(sp)+ (?i: cents? ) \b | (?! \#(sp)? \d | [A-Za-z] ) )
          """#,
        build: build.numberThenSymbol),
      Rule(
        id: "money.words-currency-word", kind: .money,
        pattern: #"""
          \#(MoneyPatterns.numberWords)
          (?: \#(sp)+ (?: (?i:and) \#(sp)+ )? (?<hundredths> (?i:no) | \d\d ) / 100 )?
          (?<wordJoint> \#(MoneyPatterns.wordJoint) ) \#(MoneyPatterns.currencyWord)
          \#(MoneyPatterns.minorTail)
          """#,
        trigger: .words(numberWordStarts), build: build.wordsThenWord),
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
