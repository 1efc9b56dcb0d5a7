/// Reading the context of a date mention in real text (docs/judgement-calls.md "Real text", D17–D19): clock
/// times before a day, sentence starts, and the words of the sentence around a mention.
extension DateContext {
  /// The word (letters, digits, apostrophes) ending just before `offset`, across a phrase gap
  /// (``TextBytes``), as written; nil when punctuation or the end of a phrase comes first.
  static func previousWordText(before offset: Int, in text: DocumentText) -> String? {
    guard let end = text.skipGap(before: offset) else { return nil }
    var start = end
    while start > 0, isWordByte(text[start - 1]) { start -= 1 }
    guard start < end else { return nil }
    return text.string(start..<end)
  }

  /// Whether `offset` starts a sentence or a line: only spaces and then the start of the text,
  /// a line break, `.`, `!`, `?`, `:` or an opening quote come before it.
  static func isSentenceStart(_ offset: Int, in text: DocumentText) -> Bool {
    var end = offset
    while case let width = TextBytes.spaceWidth(text.bytes, before: end), width > 0 { end -= width }
    guard end > 0 else { return true }
    switch text[end - 1] {
    case 0x0A, 0x0B, 0x0C, UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"),
      UInt8(ascii: "\""), UInt8(ascii: "`"), 0x9C:  // 0x9C ends `“`
      return true
    default: return false
    }
  }

  /// Whether a clock time and `on` come just before `offset` (D18: `0001 GMT on Friday`,
  /// `10:30 on Tuesday` are times, not dates): `h:mm`, a number with `am`/`pm`, or four
  /// digits with a time zone.
  static func isClockTimeBefore(_ offset: Int, in text: DocumentText) -> Bool {
    var end = offset
    func skipSpaces() { end = text.skipGap(before: end) ?? end }
    func token() -> String? {
      skipSpaces()
      var start = end
      while start > 0, end - start <= 8, isTimeByte(text[start - 1]) { start -= 1 }
      guard start < end, end - start <= 8 else { return nil }
      defer { end = start }
      return text.string(start..<end).lowercased()
    }
    guard var word = token() else { return false }
    // `0001 GMT on Friday`: the day is the time's; `9 a.m. Tuesday` is left as the day
    // (TimeML's own reading of it is a time of that day).
    guard word == "on" || word == "at", let next = token() else { return false }
    word = next
    var zone = false
    if DateWords.clockZones.contains(word) {
      zone = true
      guard let next = token() else { return false }
      word = next
    }
    let meridiem = ["am", "pm", "a.m.", "p.m.", "a.m", "p.m"]
    if meridiem.contains(word) {
      guard let number = token() else { return false }
      return isClock(number) || (number.count <= 2 && number.allSatisfy(\.isNumber))
    }
    if let suffix = meridiem.first(where: { word.hasSuffix($0) }) {
      return isClock(String(word.dropLast(suffix.count)))
        || word.dropLast(suffix.count).allSatisfy(\.isNumber) && word.count > suffix.count
    }
    if isClock(word) && word.contains(":") { return true }
    return zone && word.count == 4 && word.allSatisfy(\.isNumber)
  }

  /// `10:30`, `9`, `0001`: digits with at most one colon.
  private static func isClock(_ word: String) -> Bool {
    let parts = word.split(separator: ":", omittingEmptySubsequences: false)
    return (1...2).contains(parts.count) && parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) }
  }

  private static func isTimeByte(_ byte: UInt8) -> Bool {
    isWordByte(byte) || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
  }

  /// Whether the sentence around `range` (to `.`, `!`, `?` or a line break, at most 200 bytes
  /// each way) has one of `words` (lowercase).
  static func sentence(around range: Range<Int>, in text: DocumentText, has words: Set<String>)
    -> Bool
  {
    func isEnd(_ byte: UInt8) -> Bool {
      byte == 0x0A || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!")
        || byte == UInt8(ascii: "?")
    }
    var start = range.lowerBound
    while start > 0, range.lowerBound - start < 200, !isEnd(text[start - 1]) { start -= 1 }
    var end = range.upperBound
    let count = text.bytes.count
    while end < count, end - range.upperBound < 200, !isEnd(text[end]) { end += 1 }
    var position = start
    while position < end {
      guard isWordByte(text[position]) || text[position] == UInt8(ascii: "-") else {
        position += 1
        continue
      }
      var stop = position
      while stop < end, isWordByte(text[stop]) || text[stop] == UInt8(ascii: "-") { stop += 1 }
      if stop - position <= 12, words.contains(text.string(position..<stop).lowercased()) {
        return true
      }
      position = stop
    }
    return false
  }

  /// Whether `byte` is an ASCII digit.
  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
