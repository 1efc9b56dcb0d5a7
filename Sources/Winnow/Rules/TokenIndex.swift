/// Where words and symbols are in one document: found in one pass over the bytes and shared by
/// every rule engine and extractor of a pipeline run, so no extractor scans the bytes itself.
///
/// A token is a word (from an ASCII letter or digit, or a non-ASCII word character, after a
/// non-word byte, to the next non-word byte) or a symbol (ASCII punctuation, or a character in
/// U+0080–U+00BF or U+2000–U+2FFF such as `£`, `€`, `₹`, `—`). White space (``TextBytes``:
/// spaces, tabs, no-break spaces, line breaks) is not a token; each token records the white
/// space before it (``Flags``).
final class TokenIndex {
  /// What the index knows of a token besides its place.
  struct Flags: OptionSet {
    let rawValue: UInt8
    /// White space comes right before the token.
    static let spaced = Flags(rawValue: 1 << 0)
    /// That white space holds one line break.
    static let lineBreak = Flags(rawValue: 1 << 1)
    /// That white space holds two or more (a blank line: a phrase ends there).
    static let blankLine = Flags(rawValue: 1 << 2)
    /// A symbol, not a word.
    static let symbol = Flags(rawValue: 1 << 3)
    /// A word whose first character is an uppercase letter (`Biden`, `Álvarez`, `NSC`).
    static let capitalized = Flags(rawValue: 1 << 4)
    /// A word of ASCII capitals only (and digits), two or more bytes: an acronym's shape.
    static let allCaps = Flags(rawValue: 1 << 5)
    /// A word that starts with a digit.
    static let digit = Flags(rawValue: 1 << 6)
  }

  /// How many tokens the current document has.
  private(set) var count = 0
  private var capacity = 0
  private var positionStorage = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
  private var endStorage = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
  private var hashStorage = UnsafeMutablePointer<UInt64>.allocate(capacity: 1)
  private var flagStorage = UnsafeMutablePointer<Flags>.allocate(capacity: 1)
  /// The serial number of the document indexed (see ``DocumentText/serial``).
  private(set) var serial: UInt64 = 0

  deinit {
    positionStorage.deallocate()
    endStorage.deallocate()
    hashStorage.deallocate()
    flagStorage.deallocate()
  }

  /// Byte offsets of the tokens, ascending. Valid until the next document is indexed.
  var positions: UnsafeBufferPointer<Int32> { UnsafeBufferPointer(start: positionStorage, count: count) }

  /// Byte offsets where the tokens end. Valid until the next document is indexed.
  var ends: UnsafeBufferPointer<Int32> { UnsafeBufferPointer(start: endStorage, count: count) }

  /// For a token that starts with an ASCII letter, the ``WordHash`` of its leading letters
  /// (at most ``maxWordLength``); else 0. Valid until the next document is indexed.
  var hashes: UnsafeBufferPointer<UInt64> { UnsafeBufferPointer(start: hashStorage, count: count) }

  /// Each token's ``Flags``. Valid until the next document is indexed.
  var flags: UnsafeBufferPointer<Flags> { UnsafeBufferPointer(start: flagStorage, count: count) }

  /// The first token that starts at or after `offset` (`count` when none does).
  func firstToken(atOrAfter offset: Int) -> Int {
    var low = 0
    var high = count
    while low < high {
      let mid = (low + high) >> 1
      if Int(positionStorage[mid]) < offset { low = mid + 1 } else { high = mid }
    }
    return low
  }

  /// Makes room for at least `needed` tokens, keeping the first `count`.
  private func grow(to needed: Int) {
    let newCapacity = max(needed, capacity * 2, 1024)
    func moved<T>(_ old: UnsafeMutablePointer<T>) -> UnsafeMutablePointer<T> {
      let new = UnsafeMutablePointer<T>.allocate(capacity: newCapacity)
      new.moveInitialize(from: old, count: count)
      old.deallocate()
      return new
    }
    positionStorage = moved(positionStorage)
    endStorage = moved(endStorage)
    hashStorage = moved(hashStorage)
    flagStorage = moved(flagStorage)
    capacity = newCapacity
  }

  /// Indexes `text` unless it is the document indexed last.
  /// - Complexity: O(n) in the text's bytes, once per document; no allocation once the
  ///   storage has grown to the largest document seen.
  func index(_ text: DocumentText) {
    guard serial != text.serial else { return }
    serial = text.serial
    count = 0
    let bytes = text.bytes
    let n = bytes.count
    guard let base = bytes.baseAddress else {
      self.count = 0
      return
    }
    // Words are at least two bytes apart; symbols may be adjacent, so start at half and grow.
    if capacity < n / 2 + 1 { grow(to: n / 2 + 1) }
    var limit = capacity
    var count = 0
    var white: Flags = []
    ByteClass.table.withUnsafeBufferPointer { cls in
      @inline(__always) func append(_ position: Int, _ end: Int, _ hash: UInt64, _ flags: Flags) {
        if count == limit {
          self.count = count
          grow(to: count + 1)
          limit = capacity
        }
        positionStorage[count] = Int32(truncatingIfNeeded: position)
        endStorage[count] = Int32(truncatingIfNeeded: end)
        hashStorage[count] = hash
        flagStorage[count] = flags.union(white)
        white = []
        count += 1
      }
      var i = 0
      while i < n {
        let byte = bytes[i]
        let c = cls[Int(byte)]
        if c == ByteClass.letter || c == ByteClass.digit
          || (byte >= 0x80 && TextBytes.isWordCharacter(bytes, at: i))
        {
          let start = i
          var hash: UInt64 = 0
          var flags: Flags = []
          if c == ByteClass.letter {
            // Eight bytes at a time while they are letters.
            while n - i >= 8 {
              let run = leadingLetters(load64(base + i))
              i += run
              if run < 8 || i - start >= maxWordLength { break }
            }
            if n - i < 8 { while i < n, TextBytes.isLetter(bytes[i]) { i += 1 } }
            hash = WordHash.of(
              base + start, count: min(i - start, maxWordLength), readable: n - start, letters: true)
            if TextBytes.isUpper(byte) {
              flags = .capitalized
              var k = start + 1
              while k < i, TextBytes.isUpper(bytes[k]) { k += 1 }
              if k == i && i - start >= 2 { flags.insert(.allCaps) }
            }
          } else if c == ByteClass.digit {
            flags = .digit
            i += 1
          } else {
            if TextBytes.isUppercase(bytes, at: i) { flags = .capitalized }
            i += TextBytes.width(byte)
          }
          let lettersEnd = i
          // The rest of the word: ASCII letters and digits, and non-ASCII word characters.
          while i < n {
            let b = bytes[i]
            if b < 0x80 {
              guard cls[Int(b)] >= ByteClass.digit else { break }
              i += 1
            } else {
              guard TextBytes.isWordCharacter(bytes, at: i) else { break }
              i += TextBytes.width(b)
            }
          }
          i = min(i, n)
          // Digits after capitals keep the acronym shape (`G7`); anything else breaks it.
          if flags.contains(.allCaps) && i > lettersEnd {
            var k = lettersEnd
            while k < i, TextBytes.isUpper(bytes[k]) || TextBytes.isDigit(bytes[k]) { k += 1 }
            if k < i { flags.remove(.allCaps) }
          }
          append(start, i, hash, flags)
        } else if c == ByteClass.space {
          if TextBytes.isLineBreak(byte) {
            // One line break continues a phrase; a second makes a blank line, which ends it.
            white =
              white.contains(.spaced) && !white.isDisjoint(with: [.lineBreak, .blankLine])
              ? [.spaced, .blankLine] : white.union([.spaced, .lineBreak])
          }
          white.insert(.spaced)
          i += 1
        } else if c == ByteClass.lead2 && i + 1 < n && bytes[i + 1] == 0xA0 {
          white.insert(.spaced)
          i += 2
        } else if byte < 0x80 || byte >= 0xC0 {
          // A symbol is one character: its lead byte and continuation bytes.
          let width = TextBytes.width(byte)
          append(i, min(n, i + width), 0, .symbol)
          i += width
        } else {
          i += 1  // a stray continuation byte (not in valid UTF-8)
        }
      }
    }
    self.count = count
  }
}
