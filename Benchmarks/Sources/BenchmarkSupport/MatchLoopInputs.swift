/// The pattern and inputs of the MatchLoop benchmarks.
public enum MatchLoopInputs {
  /// One representative money pattern: a currency symbol, then an amount and an optional
  /// scale word. PCRE2 knows the bytes a match can start with, so most positions are skipped.
  public static let moneyPattern =
    #"(?:US\$|[$£€])\s?\d{1,3}(?:,\d{3})*(?:\.\d+)?(?:\s?(?:million|billion|trillion|bn|m)\b)?"#

  /// Whether `line` holds a byte a money match must start with (`US$` holds `$`).
  public static func hasCurrencySymbol(_ line: Substring) -> Bool {
    line.utf8.contains(UInt8(ascii: "$")) || line.contains("£") || line.contains("€")
  }

  /// The corpus's paragraphs that hold a currency symbol: real text dense with matches.
  public static let matchHeavy: Corpus = Corpus.shared.paragraphs(where: hasCurrencySymbol)

  /// The corpus's paragraphs without one: real text in which the pattern cannot match.
  public static let noMatch: Corpus = Corpus.shared.paragraphs { !hasCurrencySymbol($0) }
}
