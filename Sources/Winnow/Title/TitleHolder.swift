/// Links a title to the person who holds it when the name stands next to it (GUIDE T6):
/// `TITLE NAME`, `NAME, (a|the) TITLE`, `the TITLE, NAME`; otherwise no holder.
enum TitleHolder {
  /// Punctuation that closes an appositive.
  static let closers: Set<String> = [",", ";", ".", ")", ":", "\u{2014}", "\u{2013}"]

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
    // NAME, (a|an|the) (former) TITLE, … (or `… TITLE and TITLE, …`)
    if !candidate.plural, closes(at: after, in: tokens) || tokens[after].lower == "and" {
      var i = candidate.first - 1
      while i >= 0, tokens[i].isWord,
        TitleWords.outsideModifiers.contains(tokens[i].lower)
          || ["a", "an", "the"].contains(tokens[i].lower)
      {
        i -= 1
      }
      if i > 0, tokens[i].is(","), let start = PersonName.backward(endingAt: i, in: tokens) {
        candidate.holder = start..<i
        candidate.holderPlace = .before
        return
      }
    }
    // (the) TITLE, NAME, …
    if after + 1 < tokens.count, tokens[after].is(","),
      let end = PersonName.forward(from: after + 1, in: tokens),
      end == tokens.count || closes(at: end, in: tokens) || tokens[end].lower == "and"
        || (tokens[end].isWord && !tokens[end].isCapitalized)
    {
      candidate.holder = (after + 1)..<end
      candidate.holderPlace = .afterComma
    }
  }

  /// Whether an appositive closes at token `index` (punctuation or the end of the line).
  static func closes(at index: Int, in tokens: [TitleToken]) -> Bool {
    index >= tokens.count || (tokens[index].kind == .punctuation && closers.contains(tokens[index].lower))
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
