/// The one word hash of the library: a word's bytes with ASCII capitals lowercased, packed
/// eight to a 64-bit word (little-endian, zero-filled) and mixed with one multiply per eight
/// bytes; never 0 (0 marks "no word" in the token index and an empty slot in a
/// ``WordTable``).
///
/// The token index hashes each word's leading ASCII letters with it; the word lists hash their
/// words with it; a table built from strings and a probe computed from the document's bytes
/// agree without making a `String`.
enum WordHash {
  /// The hash of `count` bytes at `bytes`.
  /// - Parameters:
  ///   - bytes: the word's first byte.
  ///   - count: how many bytes the word has.
  ///   - readable: how many bytes from `bytes` may be read (at least `count`); with eight or
  ///     more, a chunk is one unaligned load.
  ///   - letters: whether the bytes are known to be ASCII letters (the token index's words):
  ///     then setting the case bit lowercases them, the same hash for less work.
  /// - Returns: the hash, never 0.
  @inline(__always)
  static func of(_ bytes: UnsafePointer<UInt8>, count: Int, readable: Int, letters: Bool = false) -> UInt64 {
    var hash = UInt64(count) &* 0x9E37_79B9_7F4A_7C15
    if count <= 8 && readable >= 8 {
      // Most words: one load, one mask, one multiply (the loop below computes the same).
      let word = load64(bytes)
      var chunk = letters ? word | 0x2020_2020_2020_2020 : lowercased(word)
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
        chunk = load64(bytes + k)
      } else {
        for j in 0..<take { chunk |= UInt64(bytes[k + j]) << UInt64(8 * j) }
      }
      chunk = letters ? chunk | 0x2020_2020_2020_2020 : lowercased(chunk)
      if take < 8 { chunk &= (1 &<< UInt64(8 &* take)) &- 1 }
      hash = (hash ^ chunk) &* 0xFF51_AFD7_ED55_8CCD
      k += 8
    }
    hash ^= hash >> 29
    hash = hash &* 0xC4CE_B9FE_1A85_EC53
    return hash == 0 ? 1 : hash
  }

  /// The hash of `range` of `bytes`.
  @inline(__always)
  static func of(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> UInt64 {
    guard let base = bytes.baseAddress, !range.isEmpty else { return emptyHash }
    return of(base + range.lowerBound, count: range.count, readable: bytes.count - range.lowerBound)
  }

  /// The hash of a whole word written as a `String` (its UTF-8 bytes).
  static func of(_ word: String) -> UInt64 {
    var word = word
    return word.withUTF8 { of($0, 0..<$0.count) }
  }

  /// The hash of a word's leading ASCII letters (at most ``maxWordLength``), as the token
  /// index computes it for a word of the text; nil when the word does not start with one.
  static func letters(_ word: String) -> UInt64? {
    let letters = Array(word.utf8.prefix(while: TextBytes.isLetter).prefix(maxWordLength))
    guard !letters.isEmpty else { return nil }
    return letters.withUnsafeBufferPointer { of($0, 0..<$0.count) }
  }

  /// The hash of no bytes (an empty word reads nothing).
  private static let emptyHash: UInt64 = {
    var zero: UInt8 = 0
    return withUnsafePointer(to: &zero) { of($0, count: 0, readable: 0) }
  }()

  /// The eight bytes of `word` with ASCII capitals lowercased (SWAR: a capital is a byte in
  /// 0x41...0x5A with the high bit clear; its 0x20 bit is set, nothing else changes).
  @inline(__always)
  static func lowercased(_ word: UInt64) -> UInt64 {
    let low7 = word & 0x7F7F_7F7F_7F7F_7F7F
    let atLeastA = low7 &+ 0x3F3F_3F3F_3F3F_3F3F  // bit 7 set where the byte is >= 0x41
    let pastZ = low7 &+ 0x2525_2525_2525_2525  // bit 7 set where the byte is >= 0x5B
    let upper = atLeastA & ~pastZ & ~word & 0x8080_8080_8080_8080
    return word | (upper >> 2)
  }
}

/// The longest run of letters the token index hashes; trigger words longer than this are cut
/// too.
let maxWordLength = 32

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
