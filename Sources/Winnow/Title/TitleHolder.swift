/// Links a title to the person who holds it when the name stands next to it (docs/judgement-calls.md T6):
/// `TITLE NAME`, `NAME, (a|the) TITLE`, `the TITLE, NAME`; otherwise no holder.
enum TitleHolder {
  /// Punctuation that closes an appositive.
  static let closers = [",", ";", ".", ")", ":", "\u{2014}", "\u{2013}"]

  /// Finds the holder of `candidate` in its own tokens.
  static func link(_ candidate: inout TitleCandidate) {
    let tokens = candidate.tokens
    let after = candidate.last + 1
    guard candidate.holder == nil else { return }
    // TITLE NAME (`President Joe Biden`, `Presidents Biden and …`: the first name), a
    // courtesy title skipped (`Sir Anthony Greener`).
    if after < tokens.count, tokens[after].spaced {
      let start = PersonName.skippingCourtesy(after, in: tokens)
      if let end = PersonName.forward(from: start, in: tokens) {
        candidate.holder = start..<end
        candidate.holderPlace = .after
        return
      }
    }
    // `the hon. Member for Walsall, North (Mr. Winnick)`: the name in parentheses (docs/judgement-calls.md T10).
    if let name = nameInParentheses(candidate) {
      candidate.holder = name
      candidate.holderPlace = .after
      return
    }
    // `Taoiseach @EndaKennyTD`: a handle is the holder as written.
    if after + 1 < tokens.count, tokens[after].spaced, tokens[after].is("@"),
      tokens[after + 1].isWord, !tokens[after + 1].spaced
    {
      candidate.holder = after..<(after + 2)
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
    // `Rod Eddington, BA's chief executive`: the organization's possessive before the title.
    if i > 1, tokens[i].kind == .possessive {
      var k = i - 1
      while k > 0, i - k <= 5, tokens[k].isWord,
        tokens[k].isCapitalized || tokens[k].isAcronym
          || tokens[k].matches(any: TitleExtent.innerConnectors)
      {
        k -= 1
      }
      if k < i - 1, tokens[k + 1].isCapitalized || tokens[k + 1].isAcronym { i = k }
    }
    guard i > 0, tokens[i].is(","), let start = PersonName.backward(endingAt: i, in: tokens) else {
      return nil
    }
    return start..<i
  }

  /// `TITLE (Mr. NAME)`, the Hansard way of naming a member (docs/judgement-calls.md T10): the name's tokens,
  /// without the courtesy title.
  static func nameInParentheses(_ candidate: TitleCandidate) -> Range<Int>? {
    let tokens = candidate.tokens
    let open = candidate.last + 1
    guard open + 2 < tokens.count, tokens[open].is("(") else { return nil }
    let start = PersonName.skippingCourtesy(open + 1, in: tokens)
    guard let end = PersonName.forward(from: start, in: tokens), end < tokens.count,
      tokens[end].is(")")
    else { return nil }
    return start..<end
  }

  /// `Margaret Moran MP`: the name right before a parliamentary acronym, which the extent
  /// took as premodifiers. Party words and places (`Labour MP`, `Dublin South TD`) are not
  /// names. The name's tokens, or nil.
  static func nameBeforeAcronym(_ candidate: TitleCandidate) -> Range<Int>? {
    let tokens = candidate.tokens
    var start = candidate.headFirst
    while start > candidate.first, candidate.headFirst - start < 4,
      PersonName.isNameWord(tokens[start - 1]) || tokens[start - 1].isInitial,
      !tokens[start - 1].classes.contains(.partyOrPlace), tokens[start].spaced
    {
      start -= 1
    }
    let name = start..<candidate.headFirst
    // A title word before the name (`minister Frank Field MP`) or nothing at all.
    guard words(name, tokens) >= 2,
      start == candidate.first || tokens[start - 1].classes.contains(.headWord),
      PersonName.forward(from: start, in: tokens) == candidate.headFirst
    else { return nil }
    return name
  }

  /// `(the) TITLE, NAME, …`: the name's tokens.
  static func nameAfterComma(_ candidate: TitleCandidate) -> Range<Int>? {
    let tokens = candidate.tokens
    let after = candidate.last + 1
    // `As Governor, Mr. Pence complied`, `as an MP for X, Kerala`: predicative or indefinite.
    let before = candidate.wordBefore?.token
    if let before, before.isWord,
      TitleWords.predicateWords.contains(before.lower)
        || TitleWords.indefiniteDeterminers.contains(before.lower)
    {
      return nil
    }
    // `the TITLE, NAME` (docs/judgement-calls.md T6): a determiner or a modifier makes the
    // title a phrase of its own; a bare head in a list (`Hodgson, King, Wilkinson`) is not.
    if let before, before.is(",") || before.is(";") || before.classes.contains(.courtesy),
      !candidate.isModified
    {
      return nil
    }
    guard after + 1 < tokens.count, tokens[after].is(","),
      case let start = PersonName.skippingCourtesy(after + 1, in: tokens),
      let end = PersonName.forward(from: start, in: tokens),
      end == tokens.count || closes(at: end, in: tokens) || tokens[end].matches("and")
        || (tokens[end].isWord && !tokens[end].isCapitalized)
    else { return nil }
    return start..<end
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
  static func areCoordinated(_ a: TitleSettled, _ b: TitleSettled, in text: DocumentText) -> Bool {
    guard a.range.upperBound < b.range.lowerBound, b.range.lowerBound - a.range.upperBound <= 12
    else { return false }
    let between = text.phrase(a.range.upperBound..<b.range.lowerBound)
    guard between.utf8.count <= 5 else { return false }
    let joiner = between.split(separator: " ").map { $0.lowercased() }
    return joiner == ["and"] || joiner == ["&"]
  }

  /// Coordinated titles of one person share a holder (docs/judgement-calls.md T5): `Chairman and CEO NAME`,
  /// `NAME, chairman and chief executive`. `candidates` are sorted by start.
  static func shareAcrossCoordination(_ candidates: inout [TitleSettled], in text: DocumentText) {
    guard candidates.count > 1 else { return }
    for index in 0..<(candidates.count - 1) {
      let a = candidates[index]
      let b = candidates[index + 1]
      // Stacked titles (docs/judgement-calls.md T12): `Chief of the General Staff of the
      // Russian Armed Forces Army General Valery Gerasimov` share the name after the last.
      if a.holderRange == nil, b.holderPlace == .after, let holder = b.holderRange,
        a.range.upperBound < b.range.lowerBound,
        (a.range.upperBound..<b.range.lowerBound).allSatisfy({ text[$0] == 0x20 })
      {
        candidates[index].holderRange = holder
        candidates[index].holderPlace = .coordinated
        continue
      }
      guard areCoordinated(a, b, in: text) else { continue }
      if a.holderRange == nil, let holder = b.holderRange, b.holderPlace != .before {
        candidates[index].holderRange = holder
        candidates[index].holderPlace = .coordinated
      } else if b.holderRange == nil, let holder = a.holderRange, a.holderPlace == .before {
        candidates[index + 1].holderRange = holder
        candidates[index + 1].holderPlace = .coordinated
      }
    }
  }
}
