/// Reads the parts of an amount written in words, exactly: scale words and their short forms,
/// and numbers in words. (Numerals are read in place by ``ExactDecimal/init(utf8:skipping:)``.)
enum MoneyNumber {
  /// The power of ten of a scale: one or two scale words (`million`, `lakh crore`) or a short
  /// form (`bn`, `K`), with any spaces or hyphen around it, read from its UTF-8 bytes.
  static func scaleExponent(_ bytes: some Sequence<UInt8>) -> Int? {
    scaleKeys[scaleKey(bytes)]
  }

  /// A hash of the lowercased letters, words joined by one space: the scales' table key.
  private static func scaleKey(_ bytes: some Sequence<UInt8>) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    var pendingSpace = false
    var started = false
    for byte in bytes {
      if (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") {
        if pendingSpace && started { hash = (hash ^ UInt64(UInt8(ascii: " "))) &* 0x100_0000_01b3 }
        hash = (hash ^ UInt64(byte | 0x20)) &* 0x100_0000_01b3
        pendingSpace = false
        started = true
      } else {
        pendingSpace = true
      }
    }
    return hash
  }

  /// Every scale a match can hold (`million`, `bn`, `lakh crore`), by ``scaleKey(_:)``.
  private static let scaleKeys: [UInt64: Int] = {
    var scales = MoneyLexicon.scales.merging(MoneyLexicon.shortScales) { a, _ in a }
    for (first, a) in MoneyLexicon.scales {
      for (second, b) in MoneyLexicon.scales where b > a { scales["\(first) \(second)"] = a + b }
    }
    let keys = Dictionary(scales.map { (scaleKey($0.key.utf8), $0.value) }) { a, _ in a }
    precondition(keys.count == scales.count, "scale words collide in the hash")
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
    var lastScale: Int?
    for word in tokens(text) {
      defer { afterArticle = word == "a" || word == "an" }
      if word == "and" || word == "of" { continue }  // `a quarter of a billion`
      if word == "a" || word == "an" {
        afterScale = false
        continue
      }
      let fraction = word == "half" ? ExactDecimal("0.5")! : ExactDecimal("0.25")!
      if let value = MoneyLexicon.units[word] ?? MoneyLexicon.tens[word] {
        current = current.adding(ExactDecimal(value))
      } else if MoneyLexicon.fractions.contains(word), current.isZero, let lastScale {
        // `a billion and a half`: a fraction of the scale before.
        total = total.adding(fraction.multiplied(byPowerOfTen: lastScale))
      } else if word == "half" {
        current = current.adding(fraction)
      } else if word == "quarter" || word == "quarters" {
        current =
          current.isZero
          ? fraction : afterArticle ? current.adding(fraction) : current.multiplied(by: fraction)
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
        lastScale = power
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
