/// Turns the money rules' matches into values: reads the number, the scale and the marker,
/// resolves the currency through the configuration, and rejects look-alikes (docs/judgement-calls.md M5).
struct MoneyBuilder: Sendable {
  let configuration: MoneyConfiguration
  /// The currency words: ``MoneyLexicon/words`` and a user's `money.currencies`.
  var words = MoneyLexicon.words

  // MARK: Marker before the number

  /// `$3.4 billion`, `US$20 million`, `Rs. 1.68 lakh crore`, `USD 20`; and ranges whose
  /// first bound needs the second (`$1-2 million`, `$1 to $2 million`: docs/judgement-calls.md M3), where a
  /// second marker, when written, is the first one again, or whose second bound needs the
  /// first (`€2bn-3bn`).
  func markerFirst(_ match: RuleMatch) -> MentionValue? {
    guard let marker = match["marker"], let (currency, exponent) = currency(before: marker) else {
      return nil
    }
    if let second = match["marker2"], trimmed(second) != trimmed(marker) { return nil }
    let scale = (scaleExponent(match) ?? 0) + exponent
    guard let amount = number(match, "num", scale: scale) else { return nil }
    if match.has("num2") {
      let lowScale = scaleExponent(match, suffix: "1").map { $0 + exponent } ?? scale
      guard let low = number(match, "num", scale: lowScale),
        let high = number(match, "num2", scale: scale)
      else { return nil }
      return range(match, low: low, high: high, currency: currency)
    }
    return value(match, amount: amount, currency: currency)
  }

  // MARK: Marker after the number

  /// `1.5 billion pesos`, `98 cents`, `20 billion dollar`, `15 dollars 50`, `20 EUR`,
  /// `75 USD million`, `120 MEUR`, `10 €`, `10 $ 30 cents`, `113.5p`, `99¢`; and ranges
  /// (`1-2 million dollars`).
  func numberThenMarker(_ match: RuleMatch) -> MentionValue? {
    let unit: CurrencyWord
    var scale = scaleExponent(match)
    if let word = match["word"] {
      guard let found = currencyWord(word), plausible(word: word, hasScale: scale != nil, match: match)
      else { return nil }
      unit = found
    } else if let code = match["code"], let (currency, exponent) = currency(before: code) {
      let after = scaleExponent(match, suffix: "2")
      if scale != nil && after != nil { return nil }
      scale = (scale ?? after ?? 0) + exponent
      unit = CurrencyWord(currency: currency, exponent: 0)
    } else if let symbol = match["symbol"], let currency = MoneyLexicon.symbols[symbol] {
      unit = CurrencyWord(currency: currency, exponent: 0)
    } else if let pence = match["pence"], let num = match["num"], scale == nil,
      !MoneyLexicon.videoResolutions.contains(num)
    {
      unit = CurrencyWord(currency: pence == "¢" ? .configured(.cents) : .iso("GBP"), exponent: -2)
    } else {
      return nil
    }
    guard let amount = number(match, "num", scale: scale ?? 0) else { return nil }
    if match.has("num2") {
      // `The euro is up 0.08 to 63.43 rubles`: a change, then a level, not a range.
      if match["joint2"] != nil,
        MoneyLexicon.movementWords.contains(where: {
          MoneyLeftContext.word($0, endsBefore: match.range.lowerBound, in: match.text)
        })
      {
        return nil
      }
      let lowScale = scaleExponent(match, suffix: "1") ?? scale ?? 0
      guard !match.has("minor"), let low = number(match, "num", scale: lowScale),
        let high = number(match, "num2", scale: scale ?? 0)
      else { return nil }
      return range(match, low: low, high: high, currency: unit.currency, exponent: unit.exponent)
    }
    guard let total = addingMinor(match, to: amount, unit: unit, scaled: (scale ?? 0) != 0) else {
      return nil
    }
    return value(match, amount: total, currency: unit.currency, exponent: unit.exponent)
  }

  // MARK: Numbers in words

  /// `three million dollars`, `a billion dollars`, `half a million dollars`,
  /// `twenty-five cents`, `Fifty Thousand and NO/100 Dollars`.
  func wordsThenWord(_ match: RuleMatch) -> MentionValue? {
    guard let word = match["word"].flatMap(currencyWord), let text = match["words"],
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
    guard let total = addingMinor(match, to: amount, unit: word, scaled: hasScale) else { return nil }
    return value(match, amount: total, currency: word.currency, exponent: word.exponent)
  }

  // MARK: Parts

  /// The currency and extra power of ten (`MAUD`: millions) of a marker written before the
  /// number or as a code after it.
  func currency(before marker: String) -> (CurrencyReference, Int)? {
    let text = trimmed(marker)
    if text == "?" { return (.configured(.lostSign), 0) }
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

  /// A currency word, looked up lowercased and single-spaced.
  func currencyWord(_ word: String) -> CurrencyWord? {
    words[MoneyNumber.tokens(word).joined(separator: " ")]
  }

  /// Rejects currency words that are often something else: `pounds` of weight without a
  /// scale (`2,300 pounds of methamphetamine`), a plural number of `cent` (`50 Cent`), the verb `won` (`one won`) without a scale or
  /// a three-digit number, and constant dollars (`in 2023 dollars`, `constant 2015 dollars`).
  func plausible(word: String, hasScale: Bool, match: RuleMatch) -> Bool {
    let lower = word.lowercased()
    if lower == "pounds" || lower == "pound" { return hasScale }
    // `50 Cent` (the rapper); the adjective is hyphenated (`a 25-cent stamp`).
    if lower == "cent", match["num"] != "1", !hasScale,
      let range = match.range("word"), match.text[range.lowerBound - 1] != UInt8(ascii: "-")
    {
      return false
    }
    if lower == "won" {
      // The verb: `2016 won the competition` (a year, written without a separator), `300
      // won their seats` (a determiner or pronoun after it).
      if !hasScale, let num = match["num"], num.count == 4, num.hasPrefix("19") || num.hasPrefix("20") {
        return false
      }
      if let range = match.range("word"),
        let next = DateContext.nextWord(after: range.upperBound, in: match.text),
        MoneyLexicon.afterVerbWon.contains(next)
      {
        return false
      }
      return hasScale || (match["num"].map { $0.filter(\.isNumber).count >= 3 } ?? false)
    }
    if let num = match["num"], num.count == 4, num.hasPrefix("19") || num.hasPrefix("20"),
      !hasScale,
      ["in", "constant", "real", "nominal"].contains(where: {
        MoneyLeftContext.word($0, endsBefore: match.range.lowerBound, in: match.text)
      })
    {
      return false
    }
    return true
  }

  /// Adds the minor units of a tail (`15 dollars 50`): only to a whole main-unit amount with
  /// no scale. Nil when a tail stands where it cannot.
  func addingMinor(_ match: RuleMatch, to amount: ExactDecimal, unit: CurrencyWord, scaled: Bool)
    -> ExactDecimal?
  {
    guard let minor = match["minor"] else { return amount }
    guard unit.exponent == 0, !scaled, !(match["num"]?.contains(".") ?? false),
      let cents = ExactDecimal(minor) ?? MoneyNumber.words(minor)
    else { return nil }
    return amount.adding(cents.multiplied(byPowerOfTen: -2))
  }

  /// The power of ten of the match's scale (group `scale<suffix>` or `short<suffix>`).
  func scaleExponent(_ match: RuleMatch, suffix: String = "") -> Int? {
    guard let range = match.range("scale" + suffix) ?? match.range("short" + suffix) else {
      return nil
    }
    return MoneyNumber.scaleExponent(UnsafeBufferPointer(rebasing: match.text.bytes[range]))
  }

  /// The numeral in `group` times 10^`scale`. Without a scale, a point before exactly three
  /// zeros (`84.000 euros`) separates thousands, as in much of Europe: no amount is written to
  /// a thousandth of a unit that way.
  func number(_ match: RuleMatch, _ group: String, scale: Int?) -> ExactDecimal? {
    guard let range = match.range(group) else { return nil }
    let bytes = UnsafeBufferPointer(rebasing: match.text.bytes[range])
    if bytes.contains(0xB7) {
      // Hansard's decimal middle dot (`17·9`, or `17Â·9` mis-decoded): a point.
      var point: [UInt8] = []
      for (index, byte) in bytes.enumerated() where byte != 0xC3 && byte != 0x82 {
        point.append(byte == 0xB7 ? UInt8(ascii: ".") : byte)
        if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xB7 { point.removeLast() }
      }
      return ExactDecimal(utf8: point, skipping: UInt8(ascii: ","))?.multiplied(
        byPowerOfTen: scale ?? 0)
    }
    let europeanThousands =
      (scale ?? 0) == 0 && (5...7).contains(bytes.count) && bytes.suffix(4).elementsEqual(".000".utf8)
    let separator = europeanThousands ? UInt8(ascii: ".") : UInt8(ascii: ",")
    return ExactDecimal(utf8: bytes, skipping: separator)?.multiplied(byPowerOfTen: scale ?? 0)
  }

  /// The marker without the spaces around it.
  func trimmed(_ text: String) -> String {
    String(text.unicodeScalars.filter { !$0.properties.isWhitespace })
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

  /// A range's value; nil when the bounds are not in order (`47-42 euros`).
  func range(
    _ match: RuleMatch, low: ExactDecimal, high: ExactDecimal, currency: CurrencyReference,
    exponent: Int = 0
  ) -> MentionValue? {
    guard low.isLess(than: high) else { return nil }
    return .money(
      MoneyValue(
        min: normalized(low, exponent: exponent), max: normalized(high, exponent: exponent),
        currency: code(currency),
        qualifier: MoneyLeftContext.qualifier(before: match.range.lowerBound, in: match.text)))
  }

  /// In the main unit, with no trailing zeros, except that amounts from cents keep two
  /// decimals (docs/judgement-calls.md M8).
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
