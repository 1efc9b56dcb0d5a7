/// Links a title to the person who holds it when the name stands next to it (GUIDE T6):
/// `TITLE NAME`, `NAME, (a|the) TITLE`, `the TITLE, NAME`; otherwise no holder.
enum TitleHolder {
  /// Punctuation that closes an appositive.
  static let closers = [",", ";", ".", ")", ":", "\u{2014}", "\u{2013}"]

  /// Finds the holder of `candidate` in its own tokens.
  static func link(_ candidate: inout TitleCandidate) {
    let tokens = candidate.tokens
    let after = candidate.last + 1
    // TITLE NAME (`President Joe Biden`, `Presidents Biden and …`: the first name).
    if after < tokens.count, tokens[after].spaced,
      let end = PersonName.forward(from: after, in: tokens)
    {
      candidate.holder = after..<end
      candidate.holderPlace = .after
      return
    }
    let before = nameBefore(candidate)
    let afterComma = nameAfterComma(candidate)
    // `Russia, Belarusian Foreign Ministry spokesman, Dmitry Mironchik, said`: a full name
    // after the title beats a single word before it.
    if let before, let afterComma, words(afterComma, tokens) >= 2, words(before, tokens) == 1 {
      candidate.holder = afterComma
      candidate.holderPlace = .afterComma
    } else if let before {
      candidate.holder = before
      candidate.holderPlace = .before
    } else if let afterComma {
      candidate.holder = afterComma
      candidate.holderPlace = .afterComma
    }
  }

  /// `NAME, (a|an|the) (former) TITLE, …` (or `… TITLE and TITLE, …`): the name's tokens.
  static func nameBefore(_ candidate: TitleCandidate) -> Range<Int>? {
    let tokens = candidate.tokens
    let after = candidate.last + 1
    guard !candidate.plural, closes(at: after, in: tokens) || tokens[after].matches("and") else {
      return nil
    }
    var i = candidate.first - 1
    while i >= 0, tokens[i].isWord,
      tokens[i].classes.contains(.outsideModifier) || tokens[i].matches(any: ["a", "an", "the"])
    {
      i -= 1
    }
    guard i > 0, tokens[i].is(","), let start = PersonName.backward(endingAt: i, in: tokens) else {
      return nil
    }
    return start..<i
  }

  /// `(the) TITLE, NAME, …`: the name's tokens.
  static func nameAfterComma(_ candidate: TitleCandidate) -> Range<Int>? {
    let tokens = candidate.tokens
    let after = candidate.last + 1
    guard after + 1 < tokens.count, tokens[after].is(","),
      let end = PersonName.forward(from: after + 1, in: tokens),
      end == tokens.count || closes(at: end, in: tokens) || tokens[end].matches("and")
        || (tokens[end].isWord && !tokens[end].isCapitalized)
    else { return nil }
    return (after + 1)..<end
  }

  /// The number of capitalized words (not initials or particles) in a name.
  static func words(_ name: Range<Int>, _ tokens: [TitleToken]) -> Int {
    name.filter { PersonName.isNameWord(tokens[$0]) }.count
  }

  /// Whether an appositive closes at token `index` (punctuation or the end of the line).
  static func closes(at index: Int, in tokens: [TitleToken]) -> Bool {
    index >= tokens.count
      || (tokens[index].kind == .punctuation && closers.contains { tokens[index].is($0) })
  }

  /// Whether `b` follows `a` joined by `and` or `&` (`chairman and chief executive`).
  static func areCoordinated(_ a: TitleCandidate, _ b: TitleCandidate, in text: DocumentText) -> Bool {
    guard a.range.upperBound < b.range.lowerBound, b.range.lowerBound - a.range.upperBound <= 8
    else { return false }
    let between = text.string(a.range.upperBound..<b.range.lowerBound)
    let joiner = between.split(separator: " ").map { $0.lowercased() }
    return joiner == ["and"] || joiner == ["&"]
  }

  /// Coordinated titles of one person share a holder (GUIDE T5): `Chairman and CEO NAME`,
  /// `NAME, chairman and chief executive`. `candidates` are sorted by start.
  static func shareAcrossCoordination(_ candidates: inout [TitleCandidate], in text: DocumentText) {
    guard candidates.count > 1 else { return }
    for index in 0..<(candidates.count - 1) {
      let a = candidates[index]
      let b = candidates[index + 1]
      guard areCoordinated(a, b, in: text) else { continue }
      if a.holderRange == nil, let holder = b.holderRange, b.holderPlace != .before {
        candidates[index].holderBytes = holder
        candidates[index].holderPlace = .coordinated
      } else if b.holderRange == nil, let holder = a.holderRange, a.holderPlace == .before {
        candidates[index + 1].holderBytes = holder
        candidates[index + 1].holderPlace = .coordinated
      }
    }
  }
}
