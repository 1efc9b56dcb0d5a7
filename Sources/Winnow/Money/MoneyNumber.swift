/// Reads the parts of an amount written in words, exactly: scale words and their short forms,
/// and numbers in words. (Numerals are read in place by ``ExactDecimal/init(utf8:skipping:)``.)
enum MoneyNumber {
  /// The power of ten of a scale: one or two scale words (`million`, `lakh crore`) or a short
  /// form (`bn`, `K`), with any spaces or hyphen around it, read from its UTF-8 bytes.
  static func scaleExponent(_ bytes: some Sequence<UInt8>) -> Int? {
    scaleKeys[scaleKey(bytes)]
  }

  /// The scales' table key: the ``WordHash`` of the lowercased letters, words joined by one
  /// space (`lakh  crore` and `lakh\ncrore` are `lakh crore`); 0 for a scale longer than any.
  private static func scaleKey(_ bytes: some Sequence<UInt8>) -> UInt64 {
    withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { buffer in
      var count = 0
      var pendingSpace = false
      for byte in bytes {
        if TextBytes.isLetter(byte) {
          guard count < 31 else { return 0 }
          if pendingSpace && count > 0 {
            buffer[count] = 0x20
            count += 1
          }
          buffer[count] = byte
          count += 1
          pendingSpace = false
        } else {
          pendingSpace = true
        }
      }
      return WordHash.of(UnsafeBufferPointer(buffer), 0..<count)
    }
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

  /// The lowercased words of `text`, split at white space (``TextBytes``) and hyphens.
  static func tokens(_ text: String) -> [String] {
    text.lowercased().split { $0 == "-" || $0.isWhitespace }.map(String.init)
  }
}
