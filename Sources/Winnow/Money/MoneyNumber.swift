/// Reads the number of an amount, exactly: numerals with separators, scale words and their
/// short forms, and numbers written in words.
enum MoneyNumber {
  /// A numeral with optional thousands (or Indian lakh) separators and decimals: `1,234.56`,
  /// `12,34,567.89`.
  static func numeral(_ text: String) -> ExactDecimal? {
    ExactDecimal(String(text.unicodeScalars.filter { $0 != "," }))
  }

  /// The power of ten of a scale: one or two scale words (`million`, `lakh crore`) or a short
  /// form (`bn`, `K`), with any spaces or hyphen around it.
  static func scaleExponent(_ text: String) -> Int? {
    // Lowercased, single-spaced, without the hyphen: a small string, so no allocation.
    var key = ""
    var pendingSpace = false
    for byte in text.utf8 {
      switch byte {
      case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"):
        if pendingSpace && !key.isEmpty { key.append(" ") }
        pendingSpace = false
        key.unicodeScalars.append(Unicode.Scalar(byte | 0x20))
      default: pendingSpace = true
      }
    }
    return scaleKeys[key]
  }

  /// Every scale a match can hold, by its lowercased, single-spaced words.
  private static let scaleKeys: [String: Int] = {
    var keys = MoneyLexicon.scales.merging(MoneyLexicon.shortScales) { a, _ in a }
    for (first, a) in MoneyLexicon.scales {
      for (second, b) in MoneyLexicon.scales where b > a { keys["\(first) \(second)"] = a + b }
    }
    return keys
  }()

  /// A number written in words: `three million`, `a billion`, `half a million`,
  /// `two hundred thousand`, `twenty-five`, `three quarters billion`, `five lakh`.
  /// Nil when a word is not a number word or no word gives a number.
  static func words(_ text: String) -> ExactDecimal? {
    var total = ExactDecimal.zero
    var current = ExactDecimal.zero
    var sawNumber = false
    var afterArticle = false
    var afterScale = false
    for word in tokens(text) {
      defer { afterArticle = word == "a" || word == "an" }
      if word == "and" { continue }
      if word == "a" || word == "an" {
        afterScale = false
        continue
      }
      if let value = MoneyLexicon.units[word] ?? MoneyLexicon.tens[word] {
        current = current.adding(ExactDecimal(value))
      } else if word == "half" {
        current = current.adding(ExactDecimal("0.5")!)
      } else if word == "quarter" || word == "quarters" {
        let quarter = ExactDecimal("0.25")!
        current =
          current.isZero
          ? quarter : afterArticle ? current.adding(quarter) : current.multiplied(by: quarter)
      } else if word == "hundred" {
        current = (current.isZero ? ExactDecimal(1) : current).multiplied(byPowerOfTen: 2)
      } else if let power = MoneyLexicon.scales[word] {
        if afterScale && current.isZero {
          total = total.multiplied(byPowerOfTen: power)
        } else {
          total = total.adding((current.isZero ? ExactDecimal(1) : current).multiplied(byPowerOfTen: power))
        }
        current = .zero
        sawNumber = true
        afterScale = true
        continue
      } else {
        return nil
      }
      sawNumber = true
      afterScale = false
    }
    return sawNumber ? total.adding(current) : nil
  }

  /// The lowercased words of `text`, split at spaces, tabs, no-break spaces and hyphens.
  static func tokens(_ text: String) -> [String] {
    text.lowercased().split { $0 == " " || $0 == "\t" || $0 == "-" || $0 == "\u{A0}" }.map(String.init)
  }
}
