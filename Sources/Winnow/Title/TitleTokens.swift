/// A word or punctuation mark near a title head, with its UTF-8 byte range in the document.
///
/// The title extractor reads the few words around each head it finds; tokenizing only that
/// window keeps the cost proportional to the number of heads, not to the text. A token points
/// into the document's bytes, so it is valid only while its ``DocumentText`` is; it makes a
/// `String` only when asked for ``lower``.
struct TitleToken {
  enum Kind { case word, possessive, punctuation }

  let kind: Kind
  /// The UTF-8 byte range in the document.
  let range: Range<Int>
  /// Its bytes in the document.
  let bytes: UnsafeBufferPointer<UInt8>
  /// Whether white space (``TextBytes``: a space, a no-break space, one line break) comes right
  /// before it.
  let spaced: Bool
  /// Whether it is a word whose first letter is uppercase (`Biden`, `U.S.`, `Álvarez`).
  let isCapitalized: Bool
  /// Whether it is an all-caps ASCII word of two or more letters (`NSC`, `IMF`, `U.S.`).
  let isAcronym: Bool
  /// Whether it is a one-letter initial or a run of them (`Q.`, `M.K.`, `T.R.B.`).
  let isInitial: Bool
  /// The word lists it belongs to.
  var classes: TitleWordClass

  var isWord: Bool { kind == .word }

  /// The text, lowercased.
  var lower: String {
    guard bytes.allSatisfy({ $0 < 0x80 }) else {
      return String(decoding: bytes, as: UTF8.self).lowercased()
    }
    return String(unsafeUninitializedCapacity: bytes.count) { buffer in
      for k in bytes.indices { buffer[k] = bytes[k] >= 0x41 && bytes[k] <= 0x5A ? bytes[k] | 0x20 : bytes[k] }
      return bytes.count
    }
  }

  /// Whether it is `word` (lowercase ASCII), in any case, without making a `String`.
  func matches(_ word: String) -> Bool {
    guard bytes.count == word.utf8.count else { return false }
    var k = 0
    for expected in word.utf8 {
      let b = bytes[k]
      guard (b >= 0x41 && b <= 0x5A ? b | 0x20 : b) == expected else { return false }
      k += 1
    }
    return true
  }

  /// Whether it is one of `words` (lowercase ASCII), in any case.
  func matches(any words: [String]) -> Bool { words.contains(where: matches) }

  /// Whether it contains the byte `byte` (`-`, `.`).
  func contains(_ byte: UInt8) -> Bool { bytes.contains(byte) }

  /// Whether it is the punctuation mark `mark`.
  func `is`(_ mark: String) -> Bool { kind == .punctuation && bytes.elementsEqual(mark.utf8) }
}

/// Splits a window of the document into ``TitleToken``s, reading bytes directly (ASCII fast
/// path; a non-ASCII letter is decoded only to tell its case).
enum TitleTokenizer {
  /// Words whose trailing period belongs to them (`Jr.`, `Lt.`, `Gen.`).
  static let periodWords: Set<String> = [
    "jr", "sr", "lt", "gen", "col", "adm", "sen", "rep", "gov", "maj", "brig", "capt", "cmdr",
    "amb", "atty", "st", "mr", "ms", "mrs", "dr", "inc", "co", "corp", "ltd", "no", "sgt",
  ]

  /// ``periodWords`` packed four lowercase ASCII bytes to an integer, for a check that makes
  /// no `String`.
  static let periodWordCodes: [UInt32] = periodWords.map { word in
    word.utf8.reduce(0) { $0 << 8 | UInt32($1) }
  }

  /// Whether `bytes[range]` (at most four bytes) is one of ``periodWords``, in any case.
  @inline(__always)
  static func isPeriodWord(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    var code: UInt32 = 0
    for k in range {
      let b = bytes[k]
      guard b < 0x80 else { return false }
      code = code << 8 | UInt32(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
    }
    return periodWordCodes.contains(code)
  }

  /// The tokens of the phrase-bounded stretch around `range` (a blank line ends it, and a line
  /// break where lines do not join, ``TextBytes/joinsLines(_:)``),
  /// reaching `before` bytes to its left and `after` bytes to its right (cut back to whole
  /// characters), and whether the window cuts the paragraph on each side.
  static func tokens(around range: Range<Int>, before: Int, after: Int, in text: DocumentText)
    -> (tokens: [TitleToken], cutLeft: Bool, cutRight: Bool)
  {
    let bytes = text.bytes
    var low = max(0, range.lowerBound - before)
    var high = min(bytes.count, range.upperBound + after)
    var cutLeft = low > 0
    var cutRight = high < bytes.count
    // The last blank line before the head, and the first after it.
    var k = range.lowerBound
    while k > low {
      if TextBytes.isLineBreak(bytes[k - 1]), TextBytes.whiteRun(bytes, before: k).breaks > text.gapBreaks {
        low = k
        cutLeft = false
        break
      }
      k -= 1
    }
    k = range.upperBound
    while k < high {
      if TextBytes.isLineBreak(bytes[k]), TextBytes.whiteRun(bytes, from: k).breaks > text.gapBreaks {
        high = k
        cutRight = false
        break
      }
      k += 1
    }
    while low < range.lowerBound, bytes[low] & 0xC0 == 0x80 { low += 1 }
    while high < bytes.count, high > range.upperBound, bytes[high] & 0xC0 == 0x80 { high -= 1 }
    return (tokens(in: text, low..<high), cutLeft, cutRight)
  }

  /// The length of the UTF-8 character starting with `byte`.
  @inline(__always)
  static func width(_ byte: UInt8) -> Int { TextBytes.width(byte) }

  /// The tokens of `window`, a range of whole characters of `text`.
  static func tokens(in text: DocumentText, _ window: Range<Int>) -> [TitleToken] {
    let bytes = text.bytes
    let end = window.upperBound
    @inline(__always) func byte(_ i: Int) -> UInt8 { i < end ? bytes[i] : 0 }
    /// Whether a word character (letter or digit, ``TextBytes``) starts at `i`.
    func isLetter(_ i: Int) -> Bool { i < end && TextBytes.isWordCharacter(bytes, at: i) }
    /// The width of an apostrophe (`'` or `’`) at `i`, or 0.
    func apostrophe(_ i: Int) -> Int {
      if byte(i) == 0x27 { return 1 }
      return byte(i) == 0xE2 && byte(i + 1) == 0x80 && byte(i + 2) == 0x99 ? 3 : 0
    }
    /// The width of white space at `i` (``TextBytes``: a blank line never comes inside the
    /// window), or 0.
    func space(_ i: Int) -> Int { i < end ? TextBytes.whiteWidth(bytes, at: i) : 0 }
    func isPossessive(_ i: Int) -> Bool {
      let a = apostrophe(i)
      return a > 0 && (byte(i + a) | 0x20) == 0x73 && !isLetter(i + a + 1)
    }
    func isUpper(_ i: Int) -> Bool { i < end && TextBytes.isUppercase(bytes, at: i) }

    var tokens: [TitleToken] = []
    tokens.reserveCapacity(64)
    var i = window.lowerBound
    var spaced = false
    func token(_ kind: TitleToken.Kind, _ from: Int, _ to: Int, spaced: Bool) -> TitleToken {
      var dots = 0
      var alternating = true  // `Q.`, `M.K.`: capital, dot, capital, dot
      var acronym = true  // capitals, dots and `&` only
      for k in from..<to {
        let b = bytes[k]
        let upper = b >= 0x41 && b <= 0x5A
        if b == 0x2E { dots += 1 }
        if (k - from) & 1 == 0 ? !upper : b != 0x2E { alternating = false }
        if !(upper || b == 0x2E || b == 0x26) { acronym = false }
      }
      let count = to - from
      let capitalized = kind == .word && isUpper(from)
      return TitleToken(
        kind: kind, range: from..<to, bytes: UnsafeBufferPointer(rebasing: bytes[from..<to]),
        spaced: spaced, isCapitalized: capitalized, isAcronym: capitalized && count >= 2 && acronym,
        isInitial: capitalized && alternating && count % 2 == 0 && dots == count / 2,
        classes: kind == .word ? TitleWordClass.of(hash: WordHash.of(bytes, from..<to)) : [])
    }
    while i < end {
      let s = space(i)
      if s > 0 {
        spaced = true
        i += s
        continue
      }
      guard isLetter(i) else {
        if isPossessive(i), !spaced, tokens.last?.isWord == true {
          let a = apostrophe(i)
          tokens.append(token(.possessive, i, i + a + 1, spaced: spaced))
          spaced = false
          i += a + 1
        } else {
          let w = width(byte(i))
          tokens.append(token(.punctuation, i, min(end, i + w), spaced: spaced))
          spaced = false
          i += w
        }
        continue
      }
      let start = i
      var runStart = i
      while true {
        while isLetter(i) { i += width(byte(i)) }
        if byte(i) == 0x2E {  // `.`
          let single = i - runStart == 1 && isUpper(runStart)
          if single || (i - runStart <= 4 && isPeriodWord(bytes, runStart..<i)) {
            i += 1
            // `U.S.`, `M.K.`: another initial follows without a space.
            if single, isLetter(i), i + 1 >= end || !isLetter(i + 1) || byte(i + 1) == 0x2E {
              runStart = i
              continue
            }
          }
          break
        }
        // Hyphens and apostrophes inside a word (`Sherwood-Randall`, `O'Brien`), but not a
        // possessive `'s`.
        let joint =
          byte(i) == 0x2D
          ? 1 : (byte(i) == 0xE2 && byte(i + 1) == 0x80 && byte(i + 2) == 0x91) ? 3 : apostrophe(i)
        if joint > 0, isLetter(i + joint), !(apostrophe(i) > 0 && isPossessive(i)) {
          i += joint
          runStart = i
          continue
        }
        break
      }
      tokens.append(token(.word, start, i, spaced: spaced))
      spaced = false
    }
    return tokens
  }
}
