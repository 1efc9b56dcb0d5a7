/// What stands just left of a money match: the approximators and comparators of docs/judgement-calls.md M1,
/// which stay outside the extent and go to `value.qualifier`, and words that change how a
/// match reads (`between`, `in`).
enum MoneyLeftContext {
  /// Qualifier phrases, lowercased, single-spaced, longest first (so `no less than` is tried
  /// before `less than`). A verb (`exceeded`, `topped`) is no qualifier.
  static let phrases: [(phrase: [UInt8], qualifier: MoneyValue.Qualifier)] =
    ([
      ("approximately", .approx), ("an estimated", .approx), ("roughly", .approx),
      ("around", .approx), ("about", .approx), ("some", .approx),
      ("just under", .lessThan), ("less than", .lessThan), ("nearly", .lessThan),
      ("almost", .lessThan), ("under", .lessThan), ("below", .lessThan),
      ("just shy of", .lessThan), ("shy of", .lessThan),
      ("more than", .moreThan), ("in excess of", .moreThan), ("upwards of", .moreThan),
      ("just over", .moreThan), ("well over", .moreThan), ("over", .moreThan),
      ("above", .moreThan),
      ("up to", .upTo), ("as much as", .upTo), ("no more than", .upTo), ("as high as", .upTo),
      ("at most", .upTo),
      ("at least", .atLeast), ("no less than", .atLeast), ("not less than", .atLeast),
    ] as [(String, MoneyValue.Qualifier)])
    .map { (Array($0.0.utf8), $0.1) }
    .sorted { $0.phrase.count > $1.phrase.count }

  /// The qualifier written just before `start` (spaces between), if any: a whole phrase,
  /// compared case-insensitively, not preceded by a letter or digit.
  static func qualifier(before start: Int, in text: DocumentText) -> MoneyValue.Qualifier? {
    guard let end = text.gap(before: start) else { return nil }
    // Every phrase ends in a letter: most amounts stop here.
    guard end < start, end > 0, (text[end - 1] | 0x20) >= UInt8(ascii: "a"),
      (text[end - 1] | 0x20) <= UInt8(ascii: "z")
    else { return nil }
    for (phrase, qualifier) in phrases where phrase.last == text[end - 1] | 0x20 {
      let from = end - phrase.count
      guard from >= 0 else { continue }
      if from > 0 && isWordByte(text[from - 1]) { continue }
      var equal = true
      for (k, byte) in phrase.enumerated() where lowercased(text[from + k]) != byte {
        equal = false
        break
      }
      if equal { return qualifier }
    }
    return nil
  }

  /// Whether the word `word` (lowercase ASCII) ends just before `start`, spaces between.
  static func word(_ word: String, endsBefore start: Int, in text: DocumentText) -> Bool {
    guard let end = text.gap(before: start) else { return false }
    let bytes = Array(word.utf8)
    let from = end - bytes.count
    guard from >= 0, end < start, !(from > 0 && isWordByte(text[from - 1])) else { return false }
    return bytes.indices.allSatisfy { lowercased(text[from + $0]) == bytes[$0] }
  }

  private static func lowercased(_ byte: UInt8) -> UInt8 {
    byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
  }

  private static func isWordByte(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z")
      || byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") || byte >= 0x80
  }
}
