/// The one reading of a document's bytes every extractor shares: what white space is, where
/// a phrase may continue across it, and what a letter is.
///
/// White space: a space, a tab, a carriage return and a no-break space (U+00A0) are spaces; a
/// line feed, a vertical tab and a form feed are line breaks. Within a phrase (a name, an
/// amount, a date) a run of spaces joins two words, and so does one line break in wrapped text
/// (``joinsLines(_:)``), so `$3.4\nbillion`, `Section\u{A0}1983`, `Safer  Communities` and a
/// name broken across a line read as on one line; a blank line (two line breaks, spaces between
/// or not) always ends a phrase, and so does a line break where each line is a paragraph or a
/// headline. ``DocumentText`` knows which its text is: use its `gap` and `skipGap` methods.
enum TextBytes {
  /// The byte class of each byte (see ``ByteClass``).
  static let classes = ByteClass.table

  /// Whether `byte` is an ASCII letter.
  @inline(__always) static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 }
  /// Whether `byte` is an ASCII capital letter.
  @inline(__always) static func isUpper(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }
  /// Whether `byte` is an ASCII small letter.
  @inline(__always) static func isLower(_ byte: UInt8) -> Bool { byte &- 0x61 < 26 }
  /// Whether `byte` is an ASCII digit.
  @inline(__always) static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }
  /// Whether `byte` is an ASCII letter or digit.
  @inline(__always) static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || isDigit(byte) }
  /// `byte` with an ASCII capital lowercased.
  @inline(__always) static func lowercased(_ byte: UInt8) -> UInt8 { isUpper(byte) ? byte | 0x20 : byte }

  /// Whether `byte` is a one-byte space: space, tab, carriage return.
  @inline(__always) static func isSpaceByte(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x09 || byte == 0x0D
  }

  /// Whether `byte` is a line break: line feed, vertical tab, form feed.
  @inline(__always) static func isLineBreak(_ byte: UInt8) -> Bool { byte &- 0x0A < 3 }

  /// Whether `byte` is one-byte white space (a space or a line break).
  @inline(__always) static func isWhiteByte(_ byte: UInt8) -> Bool { isSpaceByte(byte) || isLineBreak(byte) }

  /// The width of the space at `offset` of `bytes`: 1 for a space, tab or carriage return, 2 for
  /// a no-break space, 0 for anything else (a line break is no space).
  @inline(__always)
  static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
    guard offset >= 0, offset < bytes.count else { return 0 }
    let byte = bytes[offset]
    if isSpaceByte(byte) { return 1 }
    return byte == 0xC2 && offset + 1 < bytes.count && bytes[offset + 1] == 0xA0 ? 2 : 0
  }

  /// The width of the space ending just before `offset` (see ``spaceWidth(_:at:)``).
  @inline(__always)
  static func spaceWidth(_ bytes: UnsafeBufferPointer<UInt8>, before offset: Int) -> Int {
    guard offset > 0, offset <= bytes.count else { return 0 }
    let byte = bytes[offset - 1]
    if isSpaceByte(byte) { return 1 }
    return byte == 0xA0 && offset >= 2 && bytes[offset - 2] == 0xC2 ? 2 : 0
  }

  /// The width of the white space (a space or a line break) at `offset`, or 0.
  @inline(__always)
  static func whiteWidth(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Int {
    guard offset >= 0, offset < bytes.count else { return 0 }
    return isLineBreak(bytes[offset]) ? 1 : spaceWidth(bytes, at: offset)
  }

  /// The end of the white space starting at `offset` and how many line breaks it holds (the
  /// end is `offset` itself when no white space starts there).
  @inline(__always)
  static func whiteRun(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> (end: Int, breaks: Int) {
    var i = offset
    var breaks = 0
    while i < bytes.count {
      let byte = bytes[i]
      if isSpaceByte(byte) {
        i += 1
      } else if isLineBreak(byte) {
        breaks += 1
        i += 1
      } else if byte == 0xC2 && i + 1 < bytes.count && bytes[i + 1] == 0xA0 {
        i += 2
      } else {
        break
      }
    }
    return (i, breaks)
  }

  /// The start of the white space ending at `offset` and how many line breaks it holds.
  @inline(__always)
  static func whiteRun(_ bytes: UnsafeBufferPointer<UInt8>, before offset: Int) -> (start: Int, breaks: Int) {
    var i = min(offset, bytes.count)
    var breaks = 0
    while i > 0 {
      let byte = bytes[i - 1]
      if isSpaceByte(byte) {
        i -= 1
      } else if isLineBreak(byte) {
        breaks += 1
        i -= 1
      } else if byte == 0xA0 && i >= 2 && bytes[i - 2] == 0xC2 {
        i -= 2
      } else {
        break
      }
    }
    return (i, breaks)
  }

  /// Whether one line break inside a phrase joins its lines, for a document's bytes: yes where
  /// the text is wrapped, so a line break is where an editor broke a sentence; no where each
  /// line is a paragraph or a headline (`Howard attacks 'pay later' Budget\nTory leader
  /// Michael Howard`, `2008-01-09 Criminal Justice and Immigration Bill\nFiona Mactaggart: …`):
  /// there a line break ends a phrase, as a blank line does everywhere.
  ///
  /// Wrapped text has at most one line in ten longer than ``wrappedLineLength`` bytes, and a
  /// line that goes on with a small letter or a digit (a sentence broken mid-way; a headline or
  /// a speaker's name starts with a capital).
  static func joinsLines(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let n = bytes.count
    var lines = 0
    var longLines = 0
    var lineStart = 0
    var continued = false
    var i = 0
    @inline(__always) func endLine(at end: Int) {
      let length = end - lineStart
      lines += 1
      if length > wrappedLineLength { longLines += 1 }
      lineStart = end + 1
      if end + 1 < n, isLower(bytes[end + 1]) || isDigit(bytes[end + 1]) { continued = true }
    }
    // Eight bytes at a time: a line feed is a zero byte of `word ^ 0x0A0A…`.
    while n - i >= 8 {
      let word = load64(base + i) ^ 0x0A0A_0A0A_0A0A_0A0A
      let zero = (word &- 0x0101_0101_0101_0101) & ~word & 0x8080_8080_8080_8080
      if zero == 0 {
        i += 8
        continue
      }
      i += zero.trailingZeroBitCount >> 3
      endLine(at: i)
      i += 1
    }
    while i < n {
      if bytes[i] == 0x0A { endLine(at: i) }
      i += 1
    }
    guard lines > 0 else { return true }
    endLine(at: n)
    return longLines * 10 <= lines && continued
  }

  /// The first line break at or after `offset` and before `end`, or `end`: eight bytes at a
  /// time (a line break is a byte in 0x0A...0x0C).
  @inline(__always)
  static func nextLineBreak(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, before end: Int) -> Int {
    guard let base = bytes.baseAddress else { return end }
    var i = offset
    while end - i >= 8 {
      let word = load64(base + i)
      // A byte b with b - 0x0A < 3: subtracting 0x0A wraps to >= 0xF6 for smaller bytes, so
      // test (b - 0x0A) < 3 as a zero test on each of the three values.
      let a = word ^ 0x0A0A_0A0A_0A0A_0A0A
      let b = word ^ 0x0B0B_0B0B_0B0B_0B0B
      let c = word ^ 0x0C0C_0C0C_0C0C_0C0C
      let zero =
        ((a &- 0x0101_0101_0101_0101) & ~a) | ((b &- 0x0101_0101_0101_0101) & ~b)
        | ((c &- 0x0101_0101_0101_0101) & ~c)
      let hits = zero & 0x8080_8080_8080_8080
      if hits != 0 { return i + hits.trailingZeroBitCount >> 3 }
      i += 8
    }
    while i < end, !isLineBreak(bytes[i]) { i += 1 }
    return i
  }

  /// The longest line of wrapped text, in bytes (editors and mail wrap at 72–80 characters;
  /// PDF extractions of judgments at about 100).
  static let wrappedLineLength = 120

  /// Where the next word may start after `offset` when what lies between is a phrase gap
  /// (white space with at most `breaks` line breaks); `offset` itself when no white space
  /// starts there; nil when more line breaks come first.
  @inline(__always)
  static func skipGap(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, breaks: Int) -> Int? {
    let run = whiteRun(bytes, from: offset)
    return run.breaks > breaks ? nil : run.end
  }

  /// Where the phrase gap ending at `offset` starts (`offset` itself when no white space ends
  /// there); nil when it holds more than `breaks` line breaks.
  @inline(__always)
  static func skipGap(_ bytes: UnsafeBufferPointer<UInt8>, before offset: Int, breaks: Int) -> Int? {
    let run = whiteRun(bytes, before: offset)
    return run.breaks > breaks ? nil : run.start
  }

  /// The end of the phrase gap (at least one white-space character, at most `breaks` line
  /// breaks) starting at `offset`, or nil when none starts there.
  @inline(__always)
  static func gap(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, breaks: Int) -> Int? {
    let run = whiteRun(bytes, from: offset)
    return run.end > offset && run.breaks <= breaks ? run.end : nil
  }

  /// The start of the phrase gap ending at `offset`, or nil when none ends there.
  @inline(__always)
  static func gap(_ bytes: UnsafeBufferPointer<UInt8>, before offset: Int, breaks: Int) -> Int? {
    let run = whiteRun(bytes, before: offset)
    return run.start < offset && run.breaks <= breaks ? run.start : nil
  }

  /// The length of the UTF-8 character whose lead byte is `byte`.
  @inline(__always)
  static func width(_ byte: UInt8) -> Int {
    byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
  }

  /// The Unicode scalar starting at `offset` (a lead byte), decoded from valid UTF-8.
  @inline(__always)
  static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Unicode.Scalar? {
    let lead = bytes[offset]
    if lead < 0x80 { return Unicode.Scalar(lead) }
    let n = width(lead)
    guard n > 1, offset + n <= bytes.count else { return nil }
    var value = UInt32(lead) & (0xFF >> UInt32(n + 1))
    for k in 1..<n { value = value << 6 | UInt32(bytes[offset + k] & 0x3F) }
    return Unicode.Scalar(value)
  }

  /// Whether a letter or digit starts at `offset`: ASCII from the byte; beyond ASCII from the
  /// character's Unicode properties (alphabetic or numeric).
  @inline(__always)
  static func isWordCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    guard offset >= 0, offset < bytes.count else { return false }
    let byte = bytes[offset]
    if byte < 0x80 { return isAlphanumeric(byte) }
    guard let scalar = scalar(bytes, at: offset) else { return false }
    // U+FFFD stands for a letter lost in a bad conversion (`Fianna F\u{FFFD}\u{FFFD}il`, docs/judgement-calls.md
    // T14): the word goes on through it.
    return scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "\u{FFFD}"
  }

  /// Whether an uppercase letter starts at `offset` (ASCII fast path, Unicode beyond).
  @inline(__always)
  static func isUppercase(_ bytes: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
    guard offset >= 0, offset < bytes.count else { return false }
    let byte = bytes[offset]
    if byte < 0x80 { return isUpper(byte) }
    return scalar(bytes, at: offset)?.properties.isUppercase ?? false
  }

  /// Whether a letter or digit ends just before `offset` (the lead byte found by stepping over
  /// continuation bytes).
  @inline(__always)
  static func isWordCharacter(_ bytes: UnsafeBufferPointer<UInt8>, before offset: Int) -> Bool {
    guard offset > 0, offset <= bytes.count else { return false }
    var lead = offset - 1
    while lead > 0, bytes[lead] & 0xC0 == 0x80, offset - lead < 4 { lead -= 1 }
    return isWordCharacter(bytes, at: lead)
  }

  /// `text` with every run of white space made one space and trimmed: how a value reads a name
  /// written across a line break or with a no-break space.
  static func squeezingWhiteSpace(_ text: String) -> String {
    var plain = true
    var previousSpace = true
    for byte in text.utf8 {
      let white = isWhiteByte(byte) || byte == 0xC2 || byte == 0xA0
      if white && (byte != 0x20 || previousSpace) {
        plain = false
        break
      }
      previousSpace = byte == 0x20
    }
    if plain && !previousSpace { return text }
    var out = ""
    out.reserveCapacity(text.utf8.count)
    var pending = false
    for scalar in text.unicodeScalars {
      if scalar == " " || scalar == "\t" || scalar == "\r" || scalar == "\n" || scalar == "\u{0B}"
        || scalar == "\u{0C}" || scalar == "\u{A0}"
      {
        pending = !out.isEmpty
      } else {
        if pending { out.unicodeScalars.append(" ") }
        pending = false
        out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

extension DocumentText {
  /// The text of `range` with its white space squeezed (``TextBytes/squeezingWhiteSpace(_:)``).
  func phrase(_ range: Range<Int>) -> String {
    TextBytes.squeezingWhiteSpace(string(range))
  }

  /// How many line breaks a phrase gap of this document may hold: one where lines join
  /// (``TextBytes/joinsLines(_:)``), else none.
  @inline(__always) var gapBreaks: Int { joinsLines ? 1 : 0 }

  /// The end of the phrase gap starting at `offset` (``TextBytes``), or nil when none does.
  @inline(__always) func gap(from offset: Int) -> Int? {
    TextBytes.gap(bytes, from: offset, breaks: gapBreaks)
  }

  /// The start of the phrase gap ending at `offset`, or nil when none does.
  @inline(__always) func gap(before offset: Int) -> Int? {
    TextBytes.gap(bytes, before: offset, breaks: gapBreaks)
  }

  /// `offset` after the phrase gap starting there, if any; nil when the white space there ends
  /// the phrase.
  @inline(__always) func skipGap(from offset: Int) -> Int? {
    TextBytes.skipGap(bytes, from: offset, breaks: gapBreaks)
  }

  /// `offset` before the phrase gap ending there, if any; nil when the white space there ends
  /// the phrase.
  @inline(__always) func skipGap(before offset: Int) -> Int? {
    TextBytes.skipGap(bytes, before: offset, breaks: gapBreaks)
  }

  /// Where the phrases around `offset` end: the next blank line (the first of its line
  /// breaks), or the next line break where lines do not join; `stop` (the end of the text by
  /// default) when none comes before it. A rule's match may not run past it.
  func phraseLimit(from offset: Int, stop: Int? = nil) -> Int {
    let n = min(stop ?? bytes.count, bytes.count)
    var i = offset
    while i < n {
      i = TextBytes.nextLineBreak(bytes, from: i, before: n)
      guard i < n else { return n }
      if !joinsLines || TextBytes.whiteRun(bytes, from: i).breaks > 1 { return i }
      i += 1
    }
    return n
  }
}

/// Byte classes for finding word starts without decoding: ASCII letters and digits, and the
/// lead bytes of characters taken as word characters, start words; continuation bytes only
/// continue them. The lead bytes 0xC2 (U+0080–U+00BF: `£`, `¥`, no-break space) and 0xE2
/// (U+2000–U+2FFF: `€`, `₹`, dashes, quotes) are symbols, not word characters; so are ASCII
/// punctuation and the C0 controls other than white space. A no-break space (`C2 A0`) is
/// white space: the index reads the byte after a 0xC2.
enum ByteClass {
  /// White space: no token.
  static let space: UInt8 = 0
  /// ASCII punctuation and symbols, and the lead bytes 0xC2 and 0xE2: a token of its own.
  static let symbol: UInt8 = 1
  /// 0xC2: a symbol (`£`, `§`), or with 0xA0 after it a no-break space.
  static let lead2: UInt8 = 6
  /// Everything at or above this continues a word.
  static let wordByte: UInt8 = 2
  static let continuation: UInt8 = 2
  /// Everything at or above this starts a word.
  static let wordStart: UInt8 = 3
  static let wordLead: UInt8 = 3
  static let digit: UInt8 = 4
  static let letter: UInt8 = 5

  static let table: [UInt8] = (0..<256).map { b in
    switch b {
    case 0x09...0x0D, 0x20: return space
    case 0x30...0x39: return digit
    case 0x41...0x5A, 0x61...0x7A: return letter
    case 0x80...0xBF: return continuation
    case 0xC2: return lead2
    case 0xE2: return symbol
    case 0xC3...0xF4: return wordLead
    default: return symbol
    }
  }
}
