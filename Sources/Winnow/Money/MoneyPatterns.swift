/// The PCRE2 fragments the money rules are built from (extended syntax: spaces in the
/// pattern are layout; ``space`` stands for white space in the text).
enum MoneyPatterns {
  /// White space of the text layer (`TextPatterns.white`: a space, tab, no-break space or
  /// line break; a match never runs across a blank line, nor across a line break where lines
  /// do not join, so `$3.4\nbillion` in wrapped text is one amount): one character class, so
  /// that a run of them is one
  /// single-character repeat (an alternation in a repeated group costs a JIT stack frame per
  /// character, and a long run of spaces then overflows the stack). Every run is written
  /// possessive (`++`, `*+`): nothing that follows a run in these patterns starts with a space.
  static let space = TextPatterns.white

  /// `words` as one alternation factored by common prefixes (``Rule/alternation(of:writing:)``);
  /// a space in a word matches one or more spaces.
  static func alternation(_ words: some Sequence<String>) -> String {
    Rule.alternation(of: words) { $0 == " " ? "\(space)++" : Rule.literal($0) }
  }

  /// A numeral in group `name`: thousands or lakh separators, decimals; never the tail of a
  /// longer number (`5.4.3`). The decimal point may be Hansard's middle dot (`17·9`, also as
  /// its Latin-1 mis-decoding `17Â·9`), and a decimal may be written without its leading zero
  /// (`.33 euro`).
  static func numeral(_ name: String) -> String {
    #"""
    (?<!\d[.,]) (?<\#(name)> (?> \d{1,3}(?:,\d{3})+ | \d{1,2}(?:,\d{2})+,\d{3} | \d+ )
                            (?: (?: \. | \x{C2}?\x{B7} ) \d+ )?
                          | (?<![\w.,]) \. \d{1,3} )
    (?! \d | [.,]\d )
    """#
  }

  /// A `?` against a number, after a space, a parenthesis or the start (group `lost`): a
  /// currency sign lost when the text was converted to ASCII (`paid ?11,250`).
  static let lostSign = #"(?<lost> (?<![^\s(]) \? (?=\d) )"#

  /// A scale after a number, in group `scale<suffix>` (`billion`, `lakh crore`, after a
  /// space or a hyphen: `$4.2-million`) or `short<suffix>` (`bn`, `m`, `K`; lower-case single
  /// letters only against the number); without groups when `suffix` is nil.
  static func scale(_ suffix: String? = "") -> String {
    let words = suffix.map { "?<scale\($0)>" } ?? "?:"
    let short = suffix.map { "?<short\($0)>" } ?? "?:"
    return #"""
      (?: (?: \#(space)++ | \#(space)*+-\#(space)*+ )
          (\#(words) (?i: (?: lakh | lac ) \#(space)++ crores? | thousand | million | billion
                       | trillion | lakhs? | lacs? | crores? ) ) \b
        | (\#(short) \#(space)? (?i: bn | mn | tn | bln | mln | trn | mil | bil | cr )
                   | \#(space)? [KMB] | (?<=\d)[kmb] ) \b
      )
      """#
  }

  /// Currency symbols.
  static let symbol = #"(?: \#(alternation(MoneyLexicon.symbols.keys)) )"#

  /// A dollar sign led by letters that name the dollar: `US$`, `C$`,
  /// `HK$`, `u.s $`; a single capital (`A$`, `S$`, `R$`) only against the sign.
  static let prefixedDollar = #"""
    (?: (?i: u\.s\.? | \#(alternation(MoneyLexicon.dollarPrefixes.keys.filter { $0.count > 1 && $0 != "us" })) | c ) \#(space)? \$
      | US \#(space)? \$ | (?i:us)\$ | [ASR]\$ )
    """#

  /// ISO codes in capitals, and those that are no English word in any case.
  static let code = #"""
    (?: \#(alternation(MoneyLexicon.codes.keys)) | (?i: \#(alternation(MoneyLexicon.lowercaseCodes)) ) )
    """#

  /// A code or abbreviation before the number: `USD 20`, `EUR 500 million`,
  /// `Rs. 1.68 lakh crore`, `MAUD 60` (millions).
  static let codeBefore = #"""
    (?: \#(alternation(MoneyLexicon.prefixAbbreviations.keys))
      | M? (?-i: \#(alternation(MoneyLexicon.codes.keys)) ) )
    """#

  /// A code after the number (group `code`), optionally `M`-prefixed for millions (`120 MEUR`).
  static let codeAfter = #"(?<code> (?:M(?=[A-Z]{3}))? \#(code) ) \b"#

  /// A currency word after the number (group `word`).
  static let currencyWord = currencyWord(MoneyLexicon.words.keys)

  /// A currency word of `words` after the number (group `word`).
  static func currencyWord(_ words: some Sequence<String>) -> String {
    #"(?<word> (?i: \#(alternation(words)) ) ) \b"#
  }

  /// Number words below a hundred (`forty-five`, `forty five`, `fifteen`).
  static let wordsBelowHundred = #"""
    (?i: (?: \#(alternation(MoneyLexicon.tens.keys)) ) (?: (?: \#(space) | - ) (?: \#(alternation(MoneyLexicon.units.keys.filter { MoneyLexicon.units[$0]! < 10 })) ) )?
       | \#(alternation(MoneyLexicon.units.keys)) ) \b
    """#

  /// A number in words (group `words`): number words, scale words, `half`, `quarter`, joined
  /// by spaces, hyphens, `and` and `a`, and a fraction by `of a` (`a quarter of a billion`);
  /// led by a number word or a fraction, or by `a`/`an` before a scale (`a billion`), never
  /// by a bare scale word (`$5 million dollars`).
  ///
  /// At most ``maxNumberWordTokens`` words follow the first, possessively: each attempt then
  /// reads a bounded stretch of a long run of number words (`one one one …`), so a document
  /// costs linear time, not quadratic, and the JIT stack stays small. The word list is written
  /// once, in a `DEFINE` group the repetition calls, so the bound does not copy it.
  static let numberWords: String = {
    let leads = Array(MoneyLexicon.tens.keys) + Array(MoneyLexicon.units.keys) + MoneyLexicon.fractions
    let lead = #"(?i: \#(alternation(leads)) ) \b"#
    let token = #"(?i: \#(alternation(leads + Array(MoneyLexicon.scales.keys))) ) \b"#
    let scaleAhead = #"(?i: \#(alternation(Array(MoneyLexicon.scales.keys) + MoneyLexicon.fractions)) ) \b"#
    return #"""
      (?(DEFINE) (?<moneyWordToken> \#(token) ) )
      (?<words> (?: (?i:an?) \#(space)++ (?= \#(scaleAhead) ) (?&moneyWordToken) | \#(lead) )
                (?: (?: (?<= (?i:half) | (?i:quarter) | (?i:quarters) ) \#(space)++ (?i: of )
                        (?= \#(space)++ (?i: an? ) \#(space) ) )?
                    (?: \#(space)++ | - ) (?: (?i: and ) \#(space)++ )? (?: (?i: an? ) \#(space)++ )?
                    (?&moneyWordToken) ){0,\#(maxNumberWordTokens)}+ )
      """#
  }()

  /// The most words a number in words has after its first: more than the longest amount
  /// written out (`nine hundred ninety-nine billion … ninety-nine` is 19 words).
  static let maxNumberWordTokens = 40

  /// `p` for pence or `¢` for cents, against the number (group `pence`): `113.5p`, `99¢`;
  /// not `3p.m.`.
  static let penceAfter = #"(?<pence> p \b (?! \.[A-Za-z] ) | ¢ )"#

  /// Minor units after a main unit (`15 dollars 50`, `thirteen dollars and forty-five cents`):
  /// group `minor`; without `cents` only at the end of a phrase; never after a minor unit.
  static let minorTail = #"""
    (?: (?<! (?i:cents) | (?i:cent) | (?i:pence) | (?i:satoshis) | (?i:satoshi) | \dp )
        (?: \#(space)++ (?i:and) )? \#(space)++ (?<minor> \d{1,2}(?![\d.,]\d|\d) | \#(wordsBelowHundred) )
        (?: \#(space)++ (?i: cents? | pence ) \b | (?! \#(space)*+ (?: \w | [$€£%] ) ) ) )?
    """#

  /// Sets the empty group `between` when the match follows `between ` (so that a range may
  /// be joined by `and`).
  static let afterBetween = #"(?: (?<between>) (?<= [Bb]etween\#(space) ) )?"#

  /// The joint between a range's two numbers: a dash, or (group `joint2`) `to`, or `and`
  /// after `between`.
  static let rangeJoint = #"""
    (?: \#(space)*+ (?: - | – | — ) \#(space)*+
      | \#(space)++ (?<joint2> (?i:to) | (?(between) (?i:and) | (*FAIL) ) ) \#(space)++ )
    """#

  /// What can come after the number of an amount whose marker follows it, spaces skipped: a
  /// letter (a scale, a currency word or code, `to`, `p`), a dash, or a currency sign. A
  /// cheap test that ends most attempts at the numbers of a text (`2017,`, `5%`, `3.2)`)
  /// before the rest of the pattern is tried.
  static let markerAhead = #"""
    (?= \#(space)*+ [A-Za-z\-\x{2013}\x{2014}$\x{A2}-\x{A5}\x{20A0}-\x{20CF}\x{0BB0}] )
    """#

  /// Not right after a symbol: `$10 dollars` is read from the `$`.
  static let unmarked = #"(?<! \$ | € | £ | ¥ | ₹ )"#

  /// A symbol after the number (group `symbol`): `10 €`, `100₾`; not a ticker (`12 $AAPL`),
  /// not the symbol of a following number (`in 2023 $5`), unless cents follow (`10 $ 30 cents`).
  static let symbolAfter = #"""
    (?<symbol> \#(symbol) )
    (?: (?= \#(space)++ \d{1,2} \#(space)++ (?i:cents?) \b ) | (?! \#(space)? \d | [A-Za-z] ) )
    """#

  /// The joint between a number (or scale) and the currency word after it.
  static let wordJoint = #"(?: \#(space)++ | - )"#
}
