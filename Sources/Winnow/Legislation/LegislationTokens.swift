/// Word-level reading of a document's bytes for the legislation name finder: tokens to the
/// left and right of a position, their shape, and table look-ups by byte hash (so the scan
/// makes no `String` for words it does not keep).
struct LegislationTokens {
  let text: DocumentText
  var count: Int { text.bytes.count }

  @inline(__always) subscript(_ offset: Int) -> UInt8 { text[offset] }

  /// The token that ends one space before `position` (`Act` in `Clean Act|`), or nil when
  /// no single space precedes `position`. A token runs back to whitespace, a bracket or a
  /// quote; trailing commas and periods stay on it so callers can see them.
  func token(before position: Int) -> Range<Int>? {
    guard position >= 2, self[position - 1] == 0x20 else { return nil }
    let end = position - 1
    var start = end
    while start > 0, !isDelimiter(endingAt: start - 1) { start -= 1 }
    return start < end ? start..<end : nil
  }

  /// The token that starts one space after `position`, or nil.
  func token(after position: Int) -> Range<Int>? {
    guard position < count, self[position] == 0x20 else { return nil }
    let start = position + 1
    var end = start
    while end < count, !isDelimiter(startingAt: end) { end += 1 }
    return start < end ? start..<end : nil
  }

  /// Whether the byte at `offset` ends a delimiter (whitespace, bracket, ASCII or curly
  /// double quote, slash, dash).
  func isDelimiter(endingAt offset: Int) -> Bool {
    let byte = self[offset]
    if byte < 0x80 { return Self.asciiDelimiters[Int(byte)] }
    return offset >= 2 && self[offset - 2] == 0xE2 && self[offset - 1] == 0x80
      && Self.isPunctuationTail(byte)
  }

  /// Whether a delimiter starts at `offset`.
  func isDelimiter(startingAt offset: Int) -> Bool {
    let byte = self[offset]
    if byte < 0x80 { return Self.asciiDelimiters[Int(byte)] }
    return byte == 0xE2 && self[offset + 1] == 0x80 && Self.isPunctuationTail(self[offset + 2])
  }

  /// Whether a word character (ASCII letter or digit, or a non-ASCII letter) ends just
  /// before `offset`.
  func isWordCharacter(before offset: Int) -> Bool {
    guard offset > 0 else { return false }
    let byte = self[offset - 1]
    if byte < 0x80 { return Self.isAlphanumeric(byte) }
    return !(offset >= 3 && self[offset - 3] == 0xE2 && self[offset - 2] == 0x80)
  }

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

  /// FNV-1a hash of the bytes of `range`, as ``hash(_:)`` computes it for a `String`.
  func hash(_ range: Range<Int>) -> UInt64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for offset in range { value = (value ^ UInt64(self[offset])) &* 0x100_0000_01b3 }
    return value
  }

  /// FNV-1a hash of `word`'s UTF-8 bytes.
  static func hash(_ word: String) -> UInt64 {
    var value: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in word.utf8 { value = (value ^ UInt64(byte)) &* 0x100_0000_01b3 }
    return value
  }

  @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
  @inline(__always) static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
  @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
  @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool {
    isUpper(byte) || isLower(byte) || isDigit(byte)
  }

  /// `“` `”` `‘` `–` `—` after `E2 80` (`’` is not: it is an apostrophe inside words).
  @inline(__always) static func isPunctuationTail(_ byte: UInt8) -> Bool {
    byte == 0x9C || byte == 0x9D || byte == 0x98 || byte == 0x93 || byte == 0x94
  }

  static let trailingMarks: Set<UInt8> = Set(",.;:!?)".utf8)

  static let asciiDelimiters: [Bool] = (0..<128).map { byte in
    " \t\n\r()[]{}\"/|".utf8.contains(UInt8(byte))
  }
}
