/// Turns the money rules' matches into values: reads the number, the scale and the marker,
/// resolves the currency through the configuration, and rejects look-alikes (GUIDE M5).
struct MoneyBuilder: Sendable {
  let configuration: MoneyConfiguration

  // MARK: Marker before the number

  /// `$3.4 billion`, `US$20 million`, `Rs. 1.68 lakh crore`, `USD 20`.
  func markerFirst(_ match: RuleMatch) -> MentionValue? {
    guard let marker = match["marker"], let (currency, exponent) = currency(before: marker),
      let amount = number(match, "num", scale: scaleExponent(match))
    else { return nil }
    return value(match, amount: amount.multiplied(byPowerOfTen: exponent), currency: currency)
  }

  /// `$1-2 million`, `$1 to $2 million`, `Rs 10-12 crore`: one mention with `min`/`max`
  /// (GUIDE M3); a second marker, when written, is the first one again.
  func markerFirstRange(_ match: RuleMatch) -> MentionValue? {
    guard let marker = match["marker"], let (currency, exponent) = currency(before: marker),
      rangeJointFits(match)
    else { return nil }
    if let second = match["marker2"], trimmed(second) != trimmed(marker) { return nil }
    guard let scale = scaleExponent(match), let low = number(match, "num", scale: scale + exponent),
      let high = number(match, "num2", scale: scale + exponent)
    else { return nil }
    return range(match, low: low, high: high, currency: currency)
  }

  // MARK: Marker after the number

  /// `1.5 billion pesos`, `98 cents`, `20 billion dollar`, `15 dollars 50`.
  func numberThenWord(_ match: RuleMatch) -> MentionValue? {
    let scale = scaleExponent(match) ?? 0
    guard let word = currencyWord(match), let amount = number(match, "num", scale: scale),
      plausible(word: match["word"]!, hasScale: match.has("scale") || match.has("short"), match: match)
    else { return nil }
    guard let total = addingMinor(match, to: amount, word: word, scaled: scale != 0) else { return nil }
    return value(match, amount: total, currency: word.currency, exponent: word.exponent)
  }

  /// `1-2 million dollars`, `10 to 12 billion pesos`.
  func numberRangeThenWord(_ match: RuleMatch) -> MentionValue? {
    guard let word = currencyWord(match), rangeJointFits(match),
      plausible(word: match["word"]!, hasScale: match.has("scale") || match.has("short"), match: match)
    else { return nil }
    let scale = scaleExponent(match) ?? 0
    guard let low = number(match, "num", scale: scale), let high = number(match, "num2", scale: scale)
    else { return nil }
    return range(match, low: low, high: high, currency: word.currency, exponent: word.exponent)
  }

  /// `20 EUR`, `75 USD million`, `120 MEUR`, `17 USD 25`.
  func numberThenCode(_ match: RuleMatch) -> MentionValue? {
    guard let code = match["code"], let (currency, exponent) = currency(before: code) else {
      return nil
    }
    let before = scaleExponent(match)
    let after = scaleExponent(match, suffix: "2")
    if before != nil && after != nil { return nil }
    let scale = (before ?? after ?? 0) + exponent
    guard let amount = number(match, "num", scale: scale),
      let total = addingMinor(match, to: amount, word: CurrencyWord(currency: currency, exponent: 0), scaled: scale != 0)
    else { return nil }
    return value(match, amount: total, currency: currency)
  }

  /// `10 €`, `100₾`, `10 $ 30 cents`.
  func numberThenSymbol(_ match: RuleMatch) -> MentionValue? {
    guard let symbol = match["symbol"], let currency = MoneyLexicon.symbols[symbol],
      var amount = number(match, "num", scale: 0)
    else { return nil }
    if let cents = match["cents"].flatMap(ExactDecimal.init) {
      amount = amount.adding(cents.multiplied(byPowerOfTen: -2))
    }
    return value(match, amount: amount, currency: currency)
  }

  // MARK: Numbers in words

  /// `three million dollars`, `a billion dollars`, `half a million dollars`,
  /// `twenty-five cents`, `Fifty Thousand and NO/100 Dollars`.
  func wordsThenWord(_ match: RuleMatch) -> MentionValue? {
    guard let word = currencyWord(match), let text = match["words"],
      var amount = MoneyNumber.words(text)
    else { return nil }
    let tokens = MoneyNumber.tokens(text)
    let hasScale = tokens.contains { MoneyLexicon.scales[$0] != nil && $0 != "hundred" }
    let hasDigitWord = tokens.contains {
      MoneyLexicon.units[$0] != nil || MoneyLexicon.tens[$0] != nil || $0 == "hundred"
    }
    // `a million-dollar question` is an adjective, not an amount.
    if match["wordJoint"] == "-" && !hasDigitWord { return nil }
    guard plausible(word: match["word"]!, hasScale: hasScale, match: match) else { return nil }
    if let hundredths = match["hundredths"], let cents = ExactDecimal(hundredths) {
      amount = amount.adding(cents.multiplied(byPowerOfTen: -2))
    }
    guard let total = addingMinor(match, to: amount, word: word, scaled: hasScale) else { return nil }
    return value(match, amount: total, currency: word.currency, exponent: word.exponent)
  }

  // MARK: Parts

  /// The currency and extra power of ten (`MAUD`: millions) of a marker written before the
  /// number or as a code after it.
  func currency(before marker: String) -> (CurrencyReference, Int)? {
    let text = trimmed(marker)
    if let symbol = MoneyLexicon.symbols[text] { return (symbol, 0) }
    if let abbreviation = MoneyLexicon.prefixAbbreviations[text] { return (abbreviation, 0) }
    if text.hasSuffix("$") {
      let letters = String(text.lowercased().filter { $0.isLetter })
      return MoneyLexicon.dollarPrefixes[letters].map { (.iso($0), 0) }
    }
    let upper = text.uppercased()
    if let code = MoneyLexicon.codes[upper] { return (code, 0) }
    if upper.hasPrefix("M"), let code = MoneyLexicon.codes[String(upper.dropFirst())] { return (code, 6) }
    return nil
  }

  /// The currency word of the match, looked up lowercased and single-spaced.
  func currencyWord(_ match: RuleMatch) -> CurrencyWord? {
    guard let word = match["word"] else { return nil }
    return MoneyLexicon.words[MoneyNumber.tokens(word).joined(separator: " ")]
  }

  /// Rejects currency words that are often something else: `pounds` of weight without a
  /// scale (`2,300 pounds of methamphetamine`), the verb `won` (`one won`) without a scale or
  /// a three-digit number, and constant dollars (`in 2023 dollars`).
  func plausible(word: String, hasScale: Bool, match: RuleMatch) -> Bool {
    let lower = word.lowercased()
    if lower == "pounds" || lower == "pound" { return hasScale }
    if lower == "won" {
      return hasScale || (match["num"].map { $0.filter(\.isNumber).count >= 3 } ?? false)
    }
    if let num = match["num"], num.count == 4, num.hasPrefix("19") || num.hasPrefix("20"),
      !hasScale, MoneyLeftContext.word("in", endsBefore: match.range.lowerBound, in: match.text)
    {
      return false
    }
    return true
  }

  /// Adds the minor units of a tail (`15 dollars 50`): only to a whole main-unit amount with
  /// no scale. Nil when a tail stands where it cannot.
  func addingMinor(_ match: RuleMatch, to amount: ExactDecimal, word: CurrencyWord, scaled: Bool)
    -> ExactDecimal?
  {
    guard let minor = match["minor"] else { return amount }
    guard word.exponent == 0, !scaled, !(match["num"]?.contains(".") ?? false),
      let cents = ExactDecimal(minor) ?? MoneyNumber.words(minor)
    else { return nil }
    return amount.adding(cents.multiplied(byPowerOfTen: -2))
  }

  /// A range joined by `and` only after `between`.
  func rangeJointFits(_ match: RuleMatch) -> Bool {
    guard let joint = match["joint2"], joint.lowercased() == "and" else { return true }
    return MoneyLeftContext.word("between", endsBefore: match.range.lowerBound, in: match.text)
  }

  /// The power of ten of the match's scale (group `scale<suffix>` or `short<suffix>`).
  func scaleExponent(_ match: RuleMatch, suffix: String = "") -> Int? {
    (match["scale" + suffix] ?? match["short" + suffix]).flatMap(MoneyNumber.scaleExponent)
  }

  /// The numeral in `group` times 10^`scale`.
  func number(_ match: RuleMatch, _ group: String, scale: Int?) -> ExactDecimal? {
    match[group].flatMap(MoneyNumber.numeral)?.multiplied(byPowerOfTen: scale ?? 0)
  }

  /// The marker without the spaces around it.
  func trimmed(_ text: String) -> String {
    String(text.unicodeScalars.filter { $0 != " " && $0 != "\t" && $0 != "\u{A0}" })
  }

  // MARK: Values

  /// An amount's value, in the main unit: `exponent` is the power of ten of the unit the
  /// amount is counted in (`cents`: -2).
  func value(
    _ match: RuleMatch, amount: ExactDecimal, currency: CurrencyReference, exponent: Int = 0
  ) -> MentionValue {
    .money(
      MoneyValue(
        amount: normalized(amount, exponent: exponent), currency: code(currency),
        qualifier: MoneyLeftContext.qualifier(before: match.range.lowerBound, in: match.text)))
  }

  /// A range's value.
  func range(
    _ match: RuleMatch, low: ExactDecimal, high: ExactDecimal, currency: CurrencyReference,
    exponent: Int = 0
  ) -> MentionValue {
    .money(
      MoneyValue(
        min: normalized(low, exponent: exponent), max: normalized(high, exponent: exponent),
        currency: code(currency),
        qualifier: MoneyLeftContext.qualifier(before: match.range.lowerBound, in: match.text)))
  }

  /// In the main unit, with no trailing zeros, except that amounts from cents keep two
  /// decimals (GUIDE M8).
  func normalized(_ amount: ExactDecimal, exponent: Int) -> ExactDecimal {
    amount.multiplied(byPowerOfTen: exponent).trimmed(minimumScale: exponent == -2 ? 2 : 0)
  }

  func code(_ currency: CurrencyReference) -> String? {
    switch currency {
    case .iso(let code): code
    case .configured(let marker): configuration.currency(for: marker)
    case .unnamed: nil
    }
  }
}
