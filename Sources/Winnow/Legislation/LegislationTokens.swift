/// Word-level reading of a document's bytes for the legislation name finder: tokens to the
/// left and right of a position across phrase gaps (``TextBytes``) and their shape.
struct LegislationTokens {
  let text: DocumentText
  var count: Int { text.bytes.count }

  @inline(__always) subscript(_ offset: Int) -> UInt8 { text[offset] }

  /// The token that ends a phrase gap before `position` (`Act` in `Clean Act|`; ``TextBytes``:
  /// spaces, tabs, no-break spaces, one line break), or nil when no gap precedes `position`.
  /// A token runs back to white space, a bracket or a quote; trailing commas and periods stay
  /// on it so callers can see them.
  func token(before position: Int) -> Range<Int>? {
    guard let end = text.gap(before: position) else { return nil }
    var start = end
    while start > 0, !isDelimiter(endingAt: start - 1) { start -= 1 }
    return start < end ? start..<end : nil
  }

  /// The token that starts a phrase gap after `position`, or nil.
  func token(after position: Int) -> Range<Int>? {
    guard let start = text.gap(from: position) else { return nil }
    var end = start
    while end < count, !isDelimiter(startingAt: end) { end += 1 }
    return start < end ? start..<end : nil
  }

  /// Whether the byte at `offset` ends a delimiter (white space, bracket, ASCII or curly
  /// double quote, slash, dash).
  func isDelimiter(endingAt offset: Int) -> Bool {
    let byte = self[offset]
    if byte < 0x80 { return Self.asciiDelimiters[Int(byte)] }
    if byte == 0xA0 && self[offset - 1] == 0xC2 { return true }
    return offset >= 2 && self[offset - 2] == 0xE2 && self[offset - 1] == 0x80
      && Self.isPunctuationTail(byte)
  }

  /// Whether a delimiter starts at `offset`.
  func isDelimiter(startingAt offset: Int) -> Bool {
    let byte = self[offset]
    if byte < 0x80 { return Self.asciiDelimiters[Int(byte)] }
    if byte == 0xC2 && self[offset + 1] == 0xA0 { return true }
    return byte == 0xE2 && self[offset + 1] == 0x80 && Self.isPunctuationTail(self[offset + 2])
  }

  /// Whether a word character (a letter or digit, ``TextBytes``) ends just before `offset`.
  func isWordCharacter(before offset: Int) -> Bool { TextBytes.isWordCharacter(text.bytes, before: offset) }

  /// Whether the token starts with a capital letter (ASCII, or Latin-1 `À`–`Þ`).
  func isCapitalized(_ token: Range<Int>) -> Bool {
    let byte = self[token.lowerBound]
    if Self.isUpper(byte) { return true }
    let next = self[token.lowerBound + 1]
    return byte == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97
  }

  /// Whether the token is an ordinal number (`21st` in `21st Century Cures Act`).
  func isOrdinal(_ token: Range<Int>) -> Bool {
    guard token.count >= 3, Self.isDigit(self[token.lowerBound]) else { return false }
    var offset = token.lowerBound
    while offset < token.upperBound, Self.isDigit(self[offset]) { offset += 1 }
    guard token.upperBound - offset == 2 else { return false }
    let suffix = (self[offset], self[offset + 1])
    return suffix == (0x73, 0x74) || suffix == (0x6E, 0x64) || suffix == (0x72, 0x64)
      || suffix == (0x74, 0x68)
  }

  /// Whether the token starts with a lowercase ASCII letter.
  func isLowercase(_ token: Range<Int>) -> Bool { Self.isLower(self[token.lowerBound]) }

  /// Whether every byte of the token can be inside a name word: letters, digits, `-`, `&`,
  /// apostrophes (`Nation's`), inner periods (`U.S.-Mexico-Canada`).
  func hasNameShape(_ token: Range<Int>) -> Bool {
    for offset in token {
      let byte = self[offset]
      if byte >= 0x80 || Self.isAlphanumeric(byte) || byte == 0x2D || byte == 0x26 || byte == 0x27 {
        continue
      }
      if byte == 0x2E, offset + 1 < token.upperBound { continue }
      return false
    }
    let last = self[token.upperBound - 1]
    return last >= 0x80 || Self.isAlphanumeric(last)
  }

  /// The token without one trailing `,` `.` `;` `:` `!` `?` `)`, and that character (0 if none).
  func splitTrailingPunctuation(_ token: Range<Int>) -> (core: Range<Int>, mark: UInt8) {
    let last = self[token.upperBound - 1]
    if token.count > 1, Self.trailingMarks.contains(last) {
      return (token.lowerBound..<(token.upperBound - 1), last)
    }
    return (token, 0)
  }

  /// The token without a possessive ending (`'s`, `’s`, `s'`, `s’`), or nil if it has none.
  func possessiveBase(_ token: Range<Int>) -> Range<Int>? {
    let end = token.upperBound
    guard token.count > 2 else { return nil }
    if self[end - 1] == 0x73, self[end - 2] == 0x27 { return token.lowerBound..<(end - 2) }
    if self[end - 1] == 0x27, self[end - 2] == 0x73 { return token.lowerBound..<(end - 1) }
    if token.count > 4, self[end - 1] == 0x73, self[end - 2] == 0x99, self[end - 3] == 0x80,
      self[end - 4] == 0xE2
    {
      return token.lowerBound..<(end - 4)
    }
    if token.count > 4, self[end - 1] == 0x99, self[end - 2] == 0x80, self[end - 3] == 0xE2,
      self[end - 4] == 0x73
    {
      return token.lowerBound..<(end - 3)
    }
    return nil
  }

  /// The four-digit year (1200–2099) at `offset`, not followed by another digit or letter.
  func year(at offset: Int) -> Int? {
    guard offset + 4 <= count else { return nil }
    var value = 0
    for index in offset..<(offset + 4) {
      let byte = self[index]
      guard Self.isDigit(byte) else { return nil }
      value = value * 10 + Int(byte - 0x30)
    }
    guard value >= 1200, value < 2100, !Self.isAlphanumeric(self[offset + 4]) else { return nil }
    return value
  }

  /// Whether the bytes at `offset` spell `literal`.
  func matches(_ literal: StaticString, at offset: Int) -> Bool {
    let length = literal.utf8CodeUnitCount
    guard offset + length <= count else { return false }
    let pointer = literal.utf8Start
    for index in 0..<length where self[offset + index] != pointer[index] { return false }
    return true
  }

  /// Where `literal` ends when written at `offset`, each space in it standing for a phrase
  /// gap (``TextBytes``): `" of "` matches ` of `, `\u{A0}of\n`, `  of `; nil when it is not.
  func phraseEnd(_ literal: StaticString, at offset: Int) -> Int? {
    let pointer = literal.utf8Start
    var position = offset
    for index in 0..<literal.utf8CodeUnitCount {
      if pointer[index] == 0x20 {
        guard let end = text.gap(from: position) else { return nil }
        position = end
      } else {
        guard position < count, self[position] == pointer[index] else { return nil }
        position += 1
      }
    }
    return position
  }

  @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { TextBytes.isUpper(byte) }
  @inline(__always) static func isLower(_ byte: UInt8) -> Bool { TextBytes.isLower(byte) }
  @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { TextBytes.isDigit(byte) }
  @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { TextBytes.isAlphanumeric(byte) }

  /// `“` `”` `‘` `–` `—` after `E2 80` (`’` is not: it is an apostrophe inside words).
  @inline(__always) static func isPunctuationTail(_ byte: UInt8) -> Bool {
    byte == 0x9C || byte == 0x9D || byte == 0x98 || byte == 0x93 || byte == 0x94
  }

  static let trailingMarks: Set<UInt8> = Set(",.;:!?)".utf8)

  static let asciiDelimiters: [Bool] = (0..<128).map { byte in
    TextBytes.isWhiteByte(UInt8(byte)) || "()[]{}\"/|".utf8.contains(UInt8(byte))
  }
}
