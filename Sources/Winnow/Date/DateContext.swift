/// Reading the words around a date mention: the rules use it to reject non-dates (`Section
/// 1983`, `Theresa May`), the resolution pass to find the tense of a clause (D4).
enum DateContext {
  /// The ASCII word (letters, digits, apostrophes) ending just before `offset`, across a phrase
  /// gap (``TextBytes``), lowercased; nil when punctuation or a blank line comes first.
  static func previousWord(before offset: Int, in text: DocumentText) -> String? {
    guard let end = text.skipGap(before: offset) else { return nil }
    var start = end
    while start > 0, isWordByte(text[start - 1]) { start -= 1 }
    guard start < end else { return nil }
    return text.string(start..<end).lowercased()
  }

  /// The byte just before `offset`, across a phrase gap (0 at the start of the text or after a
  /// blank line).
  static func previousByte(before offset: Int, in text: DocumentText) -> UInt8 {
    guard let end = text.skipGap(before: offset) else { return 0 }
    return text[end - 1]
  }

  /// The ASCII word starting after `offset`, across a phrase gap, lowercased; nil when
  /// punctuation or a blank line comes first.
  static func nextWord(after offset: Int, in text: DocumentText) -> String? {
    guard let start = text.skipGap(from: offset) else { return nil }
    var end = start
    while end < text.bytes.count, isWordByte(text[end]) { end += 1 }
    guard start < end else { return nil }
    return text.string(start..<end).lowercased()
  }

  /// The direction the tense of the clause around `range` points to: `.onOrBefore` for a
  /// past clause, `.onOrAfter` for a future one, `.tense` when the words do not decide.
  ///
  /// The clause is the sentence around the mention, cut at `.`, `;`, `?`, `!` and line
  /// breaks. A deadline preposition just before the mention (`by`, `until`, `as soon as`)
  /// points forward;
  /// otherwise the last tense marker before the mention decides (``DateWords/futureMarkers``,
  /// ``DateWords/pastMarkers``, verbs in `-ed`; `said the bank would keep` is future), else
  /// the first one after it.
  static func tense(around range: Range<Int>, in text: DocumentText) -> DateExpression.Direction {
    let limit = 160
    var position = range.lowerBound
    var nearest: String?  // the word just before the mention
    var second: String?  // the one before that
    while position > 0, range.lowerBound - position < limit {
      let byte = text[position - 1]
      if isClauseEnd(byte, at: position - 1, in: text) { break }
      guard isWordByte(byte) else {
        position -= 1
        continue
      }
      var start = position - 1
      while start > 0, isWordByte(text[start - 1]) { start -= 1 }
      let word = lowercaseWord(start..<position, in: text)
      if nearest == nil {
        // `by Friday`, `effective Feb. 1`: a deadline ahead, unless the clause is in the
        // past perfect (`until Thursday, they had not called`).
        if DateWords.deadlinePrepositions.contains(word) {
          return isPastPerfect(around: range, in: text) ? .onOrBefore : .onOrAfter
        }
        nearest = word
      } else if second == nil {
        second = word
        // `as soon as Tuesday`, `as early as next week`: the earliest of a future.
        if nearest == "as", word == "soon" || word == "early" { return .onOrAfter }
      }
      if let direction = markerDirection(word, length: position - start),
        !isNotTense(word, direction: direction, at: start..<position, in: text)
      {
        return direction
      }
      position = start
    }
    position = range.upperBound
    let count = text.bytes.count
    while position < count, position - range.upperBound < limit {
      let byte = text[position]
      if isClauseEnd(byte, at: position, in: text) { break }
      guard isWordByte(byte) else {
        position += 1
        continue
      }
      var end = position + 1
      while end < count, isWordByte(text[end]) { end += 1 }
      let word = lowercaseWord(position..<end, in: text)
      if let direction = markerDirection(word, length: end - position),
        !isNotTense(word, direction: direction, at: position..<end, in: text)
      {
        return direction
      }
      position = end
    }
    // `extends the supplement through September 6`: an end point ahead when nothing else
    // decides.
    return nearest.map(DateWords.openEndPrepositions.contains) == true ? .onOrAfter : .tense
  }

  /// Whether a tense marker at `range` is not the tense of its clause: a noun that is a
  /// verb only before `to` (`vacation plans`, not `plans to`), a participle after an
  /// auxiliary (`will be named … in December`, `would be paid`: the auxiliary before it is
  /// the tense), an adjective after a determiner (`a still unspecified date`), or a
  /// capitalized `-ed` word (`the United States`, `Limited`).
  private static func isNotTense(
    _ word: String, direction: DateExpression.Direction, at range: Range<Int>,
    in text: DocumentText
  ) -> Bool {
    if direction == .onOrAfter {
      guard DateWords.markersBeforeTo.contains(word) else { return false }
      if nextWord(after: range.upperBound, in: text) != "to" { return true }
      // `is due to appear`, not `fell due to weak demand`.
      return word == "due"
        && !(previousWord(before: range.lowerBound, in: text).map(DateWords.formsOfBe.contains)
          ?? false)
    }
    let start = range.lowerBound
    guard let previous = previousWord(before: start, in: text) else { return false }
    // An irregular form is a participle only after a form of `be` (`would be paid`).
    if DateWords.pastMarkers.contains(word) { return DateWords.passiveAuxiliaries.contains(previous) }
    // Capitalized inside a clause: a name (`Rescued on Nov. 25` opens one, a verb).
    if DateBuild.isCapital(text[start]) { return true }
    return DateWords.auxiliaries.contains(previous) || DateWords.determiners.contains(previous)
  }

  /// Whether the clause around `range` is in the past perfect: it has `had` not followed by
  /// `been` (`which had been expected` is a passive aside, not the clause's tense).
  private static func isPastPerfect(around range: Range<Int>, in text: DocumentText) -> Bool {
    let target = Array("had".utf8)
    let limit = 160
    var start = range.lowerBound
    while start > 0, range.lowerBound - start < limit, !isClauseEnd(text[start - 1], at: start - 1, in: text)
    {
      start -= 1
    }
    var end = range.upperBound
    while end < text.bytes.count, end - range.upperBound < limit, !isClauseEnd(text[end], at: end, in: text) {
      end += 1
    }
    var position = start
    while position < end {
      guard isWordByte(text[position]) else {
        position += 1
        continue
      }
      var wordEnd = position + 1
      while wordEnd < end, isWordByte(text[wordEnd]) { wordEnd += 1 }
      if wordEnd - position == target.count,
        (0..<target.count).allSatisfy({ text[position + $0] | 0x20 == target[$0] }),
        nextWord(after: wordEnd, in: text) != "been"
      {
        return true
      }
      position = wordEnd
    }
    return false
  }

  /// Whether the clause before `offset` has one of `words` (lowercase, at most 11 letters):
  /// `the nine months, … a year earlier`.
  static func clauseBefore(_ offset: Int, has words: Set<String>, in text: DocumentText) -> Bool {
    var position = offset
    while position > 0, offset - position < 240 {
      let byte = text[position - 1]
      if isClauseEnd(byte, at: position - 1, in: text) { return false }
      guard isWordByte(byte) else {
        position -= 1
        continue
      }
      var start = position - 1
      while start > 0, isWordByte(text[start - 1]) { start -= 1 }
      if position - start <= 11, words.contains(text.string(start..<position).lowercased()) {
        return true
      }
      position = start
    }
    return false
  }

  /// The word in `range`, lowercased; a long word only as its `-ed` ending (no marker word
  /// is longer than 11 letters), so the hot loop makes no long strings.
  private static func lowercaseWord(_ range: Range<Int>, in text: DocumentText) -> String {
    guard range.count <= 11 else {
      let e = text[range.upperBound - 2] | 0x20
      let d = text[range.upperBound - 1] | 0x20
      return e == UInt8(ascii: "e") && d == UInt8(ascii: "d") ? "-ed" : ""
    }
    return text.string(range).lowercased()
  }

  /// The direction a single lowercased word of `length` bytes marks, if any (`-ed` stands
  /// for a long word in `-ed`).
  static func markerDirection(_ word: String, length: Int) -> DateExpression.Direction? {
    if word == "-ed" { return .onOrBefore }
    var word = Substring(word)
    if let apostrophe = word.firstIndex(of: "'") {
      if word[word.index(after: apostrophe)...] == "ll" { return .onOrAfter }
      word = word[..<apostrophe]
    }
    let w = String(word)
    if let direction = markers[w] { return direction }
    if length > 4, w.hasSuffix("ed"), !DateWords.notPastEd.contains(w) { return .onOrBefore }
    return nil
  }

  /// ``DateWords/futureMarkers`` and ``DateWords/pastMarkers`` in one table (one lookup a
  /// word).
  private static let markers: [String: DateExpression.Direction] = {
    var table: [String: DateExpression.Direction] = [:]
    for word in DateWords.pastMarkers { table[word] = .onOrBefore }
    for word in DateWords.futureMarkers { table[word] = .onOrAfter }
    return table
  }()

  /// Whether the byte at `offset` ends a clause: `;`, `?`, `!`, a line break, or a `.`
  /// followed by a space (not a decimal point or an abbreviation such as `Jan.` followed by
  /// a digit or lowercase word).
  private static func isClauseEnd(_ byte: UInt8, at offset: Int, in text: DocumentText) -> Bool {
    switch byte {
    case UInt8(ascii: ";"), UInt8(ascii: "?"), UInt8(ascii: "!"), 0x0A: return true
    case UInt8(ascii: "."):
      let next = text[offset + 1]
      guard TextBytes.whiteWidth(text.bytes, at: offset + 1) > 0 || next == 0 else { return false }
      let after = text[offset + 2]
      if (after >= 0x61 && after <= 0x7A) || (after >= 0x30 && after <= 0x39) { return false }
      // `Mr. Schwarz`, `Daniel P. Davison`, `Corp. said`: an abbreviation, not an end.
      var start = offset
      while start > 0, isWordByte(text[start - 1]) { start -= 1 }
      let word = text.string(start..<offset).lowercased()
      // A single letter is an initial (`Daniel P. Davison`); a number ends a sentence.
      return (word.count > 1 || word.first?.isNumber == true)
        && !DateWords.abbreviations.contains(word)
    default: return false
    }
  }

  /// ASCII letters, digits and the apostrophe.
  static func isWordByte(_ byte: UInt8) -> Bool {
    (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
      || byte == UInt8(ascii: "'")
  }
}
