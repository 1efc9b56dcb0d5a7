/// The currency a marker names: an ISO 4217 code, one of the defaults a pipeline may change
/// (``MoneyConfiguration``), or none in particular (`francs`, `₿`).
enum CurrencyReference: Sendable, Hashable {
  case iso(String)
  case configured(MoneyConfiguration.Default)
  case unnamed
}

/// A currency word after a number (`pesos`, `Swiss francs`, `cents`): its currency, and the
/// power of ten of one such unit in the currency's main unit (`cents`: -2).
struct CurrencyWord: Sendable {
  let currency: CurrencyReference
  let exponent: Int
}

/// The money markers, as reviewable data (`Lexicon/money/*.tsv`): symbols, letter-prefixed dollar signs, ISO codes,
/// currency words and number words. Every list is matched whole; patterns interpolate them
/// through ``MoneyPatterns/alternation(_:)``, longest first.
enum MoneyLexicon {
  /// Currency symbols written before (or after) the number.
  static let symbols: [String: CurrencyReference] = BuiltinLexicon.table(
    "money.symbols"
  ) { CurrencyReference(lexicon: $0[1])! }

  /// Letters before a `$` naming a dollar (`US$`, `C$`, `HK$`, `MX$`), lowercased, without
  /// dots; `A`, `S` and `R` count only as capitals written against the `$`.
  static let dollarPrefixes: [String: String] = BuiltinLexicon.table("money.dollar-prefixes") { $0[1] }

  /// ISO 4217 codes (and `RMB`), written in capitals before or after the number. Not `COP`
  /// (the climate conferences: `COP 26`).
  static let codes: [String: CurrencyReference] = BuiltinLexicon.table("money.codes") {
    CurrencyReference(lexicon: $0[1])!
  }

  /// Codes that are no English word, so they count in lower case too (`10 rmb`, `20 usd`).
  static let lowercaseCodes: Set<String> = Set(
    BuiltinLexicon.list("money.codes").rows.filter { $0[2] == "yes" }.map { $0[0] })

  /// Abbreviations written only before the number (`Rs 40`, `Rs. 1.68 lakh crore`, `RM5`).
  static let prefixAbbreviations: [String: CurrencyReference] = BuiltinLexicon.table(
    "money.prefix-abbreviations"
  ) { CurrencyReference(lexicon: $0[1])! }

  /// Currency words after a number, lowercased, single-spaced.
  static let words: [String: CurrencyWord] = BuiltinLexicon.table("money.currencies") {
    CurrencyWord(currency: CurrencyReference(lexicon: $0[1])!, exponent: Int($0[2])!)
  }

  /// ``words`` with a user's `money.currencies` entries (which replace a built-in entry of
  /// the same form). Forms are lowercased and single-spaced, as the builder looks them up.
  static func words(with lexicon: Lexicon) -> [String: CurrencyWord] {
    var words = words
    for row in lexicon.rows("money.currencies") {
      let form = MoneyNumber.tokens(row[0].lowercased()).joined(separator: " ")
      words[form] = CurrencyWord(currency: CurrencyReference(lexicon: row[1])!, exponent: Int(row[2])!)
    }
    return words
  }

  /// Scale words and their powers of ten; `lakh crore` multiplies the two.
  static let scales: [String: Int] = BuiltinLexicon.integers("money.scales")

  /// Short scale forms (`k`, `m`, `bn`, `cr` for crore), lowercased; `K`, `M` and `B` count
  /// with a space too.
  static let shortScales: [String: Int] = BuiltinLexicon.integers("money.short-scales")

  /// Number words below twenty.
  static let units: [String: Int] = BuiltinLexicon.integers("money.units")

  /// Number words for the tens.
  static let tens: [String: Int] = BuiltinLexicon.integers("money.tens")

  /// Words of change before `X to Y` (`up 0.08 to 63.43 rubles`): a change, then a level.
  static let movementWords = BuiltinLexicon.orderedWords("money.movement-words")

  /// Video resolutions, which read like pence (`720p`, `1080p`) and are not money.
  static let videoResolutions: Set<String> = BuiltinLexicon.words("money.video-resolutions")

  /// Fractions that can lead a number in words (`half a million`, `a quarter million`).
  static let fractions = BuiltinLexicon.orderedWords("money.fractions")

  /// Words after `won` that make it the verb (`300 won their seats`, `2016 won the cup`).
  static let afterVerbWon: Set<String> = BuiltinLexicon.words("money.after-verb-won")
}
