/// Where words and symbols start in one document: found in one pass over the bytes and
/// shared by every rule engine of a pipeline run, so no engine scans the bytes itself.
///
/// A token is a word start (an ASCII letter or digit, or a non-ASCII word character, after a
/// non-word byte) or a symbol (ASCII punctuation, or a character in U+0080–U+00BF or
/// U+2000–U+2FFF such as `£`, `€`, `₹`, `—`). Whitespace is not a token.
final class TokenIndex {
  /// How many tokens the current document has.
  private(set) var count = 0
  private var capacity = 0
  private var positionStorage = UnsafeMutablePointer<Int32>.allocate(capacity: 1)
  private var hashStorage = UnsafeMutablePointer<UInt64>.allocate(capacity: 1)
  /// The serial number of the document indexed (see ``DocumentText/serial``).
  private(set) var serial: UInt64 = 0

  deinit {
    positionStorage.deallocate()
    hashStorage.deallocate()
  }

  /// Byte offsets of the tokens, ascending. Valid until the next document is indexed.
  var positions: UnsafeBufferPointer<Int32> { UnsafeBufferPointer(start: positionStorage, count: count) }

  /// For a token that starts with an ASCII letter, the hash of its leading letters,
  /// lowercased (see ``hashLetters(_:)``); else 0. Valid until the next document is indexed.
  var hashes: UnsafeBufferPointer<UInt64> { UnsafeBufferPointer(start: hashStorage, count: count) }

  /// Makes room for at least `needed` tokens, keeping the first `count`.
  private func grow(to needed: Int) {
    let newCapacity = max(needed, capacity * 2, 1024)
    let positions = UnsafeMutablePointer<Int32>.allocate(capacity: newCapacity)
    let hashes = UnsafeMutablePointer<UInt64>.allocate(capacity: newCapacity)
    positions.update(from: positionStorage, count: count)
    hashes.update(from: hashStorage, count: count)
    positionStorage.deallocate()
    hashStorage.deallocate()
    positionStorage = positions
    hashStorage = hashes
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
    var positions = positionStorage
    var hashes = hashStorage
    var limit = capacity
    var count = 0
    ByteClass.table.withUnsafeBufferPointer { cls in
      @inline(__always) func append(_ position: Int, _ hash: UInt64) {
        if count == limit {
          self.count = count
          grow(to: count + 1)
          positions = positionStorage
          hashes = hashStorage
          limit = capacity
        }
        positions[count] = Int32(truncatingIfNeeded: position)
        hashes[count] = hash
        count += 1
      }
      var i = 0
      while i < n {
        let byte = bytes[i]
        let c = cls[Int(byte)]
        if c >= ByteClass.wordStart {
          let start = i
          var hash: UInt64 = 0
          if c == ByteClass.letter {
            // Eight bytes at a time while they are letters.
            while n - i >= 8 {
              let run = leadingLetters(load64(base + i))
              i += run
              if run < 8 || i - start >= maxWordLength { break }
            }
            if n - i < 8 { while i < n, isASCIILetter(bytes[i]) { i += 1 } }
            hash = hashLetters(base + start, count: min(i - start, maxWordLength), readable: n - start)
          } else {
            i += 1
          }
          while i < n && cls[Int(bytes[i])] >= ByteClass.wordByte { i += 1 }
          append(start, hash)
        } else {
          if c == ByteClass.symbol { append(i, 0) }
          i += 1
        }
      }
    }
    self.count = count
  }
}

/// The longest run of letters the index hashes; trigger words longer than this are cut too.
let maxWordLength = 32

/// Byte classes for finding word starts without decoding: ASCII letters and digits, and the
/// lead bytes of characters taken as word characters, start words; continuation bytes only
/// continue them. The lead bytes 0xC2 (U+0080–U+00BF: `£`, `¥`, no-break space) and 0xE2
/// (U+2000–U+2FFF: `€`, `₹`, dashes, quotes) are symbols, not word characters; so are ASCII
/// punctuation and the C0 controls other than white space.
enum ByteClass {
  /// White space: no token.
  static let space: UInt8 = 0
  /// ASCII punctuation and symbols, and the lead bytes 0xC2 and 0xE2: a token of its own.
  static let symbol: UInt8 = 1
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
    case 0xC2, 0xE2: return symbol
    case 0xC3...0xF4: return wordLead
    default: return symbol
    }
  }
}

@inline(__always)
func isASCIILetter(_ byte: UInt8) -> Bool {
  (byte | 0x20) &- 0x61 < 26
}

@inline(__always)
func isSpace(_ byte: UInt8) -> Bool {
  byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C
}

/// A word's hash: its leading ASCII letters (at most ``maxWordLength``), lowercased, packed
/// eight to a 64-bit word (little-endian, zero-filled) and mixed with one multiply per eight
/// letters; never 0. The token index and ``wordHash(_:)`` both use it, so a trigger word and
/// the text agree.
/// - Parameters:
///   - readable: how many bytes from `letters` may be read (at least `count`); with eight or
///     more, a chunk is one unaligned load.
@inline(__always)
func hashLetters(_ letters: UnsafePointer<UInt8>, count: Int, readable: Int) -> UInt64 {
  var hash = UInt64(count) &* 0x9E37_79B9_7F4A_7C15
  if count <= 8 && readable >= 8 {
    // Most words: one load, one mask, one multiply (the loop below computes the same).
    var chunk = load64(letters) | 0x2020_2020_2020_2020
    if count < 8 { chunk &= (1 &<< UInt64(8 &* count)) &- 1 }
    hash = (hash ^ chunk) &* 0xFF51_AFD7_ED55_8CCD
    hash ^= hash >> 29
    hash = hash &* 0xC4CE_B9FE_1A85_EC53
    return hash == 0 ? 1 : hash
  }
  var k = 0
  while k < count {
    let take = min(8, count - k)
    var chunk: UInt64 = 0
    if readable - k >= 8 {
      chunk = load64(letters + k)
    } else {
      for j in 0..<take { chunk |= UInt64(letters[k + j]) << UInt64(8 * j) }
    }
    chunk |= 0x2020_2020_2020_2020
    if take < 8 { chunk &= (1 &<< UInt64(8 &* take)) &- 1 }
    hash = (hash ^ chunk) &* 0xFF51_AFD7_ED55_8CCD
    k += 8
  }
  hash ^= hash >> 29
  hash = hash &* 0xC4CE_B9FE_1A85_EC53
  return hash == 0 ? 1 : hash
}

/// How many of the eight bytes of `word` (little-endian), from the first, are ASCII letters.
///
/// SWAR: with the case bit set, a letter is a byte in 0x61...0x7A; seven-bit adds test both
/// bounds in all eight bytes at once without carries between them.
@inline(__always)
func leadingLetters(_ word: UInt64) -> Int {
  let lower = word | 0x2020_2020_2020_2020
  let low7 = lower & 0x7F7F_7F7F_7F7F_7F7F
  let atLeastA = low7 &+ 0x1F1F_1F1F_1F1F_1F1F  // bit 7 set where the byte is >= 0x61
  let pastZ = low7 &+ 0x0505_0505_0505_0505  // bit 7 set where the byte is >= 0x7B
  let letters = atLeastA & ~pastZ & ~lower & 0x8080_8080_8080_8080
  return (~letters & 0x8080_8080_8080_8080).trailingZeroBitCount &>> 3
}

@inline(__always)
func load64(_ pointer: UnsafePointer<UInt8>) -> UInt64 {
  UInt64(littleEndian: UnsafeRawPointer(pointer).loadUnaligned(as: UInt64.self))
}

/// The hash of a word's leading ASCII letters, lowercased, as the token index computes it;
/// nil when the word does not start with an ASCII letter.
func wordHash(_ word: String) -> UInt64? {
  let letters = Array(word.utf8.prefix(while: isASCIILetter).prefix(maxWordLength))
  guard !letters.isEmpty else { return nil }
  return letters.withUnsafeBufferPointer {
    hashLetters($0.baseAddress!, count: $0.count, readable: $0.count)
  }
}
