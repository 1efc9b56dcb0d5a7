/// Where words and symbols start in one document: found in one pass over the bytes and
/// shared by every rule engine of a pipeline run, so no engine scans the bytes itself.
///
/// A token is a word start (an ASCII letter or digit, or a non-ASCII word character, after a
/// non-word byte) or a symbol (ASCII punctuation, or a character in U+0080–U+00BF or
/// U+2000–U+2FFF such as `£`, `€`, `₹`, `—`). Whitespace is not a token.
final class TokenIndex {
  /// Byte offsets of the tokens, ascending.
  private(set) var positions: [Int32] = []
  /// For a token that starts with an ASCII letter, the FNV-1a hash of its leading letters,
  /// lowercased (see ``wordHash(_:)``); else 0.
  private(set) var hashes: [UInt64] = []
  /// The serial number of the document indexed (see ``DocumentText/serial``).
  private(set) var serial: UInt64 = 0

  /// Indexes `text` unless it is the document indexed last.
  /// - Complexity: O(n) in the text's bytes, once per document; no allocation once the
  ///   arrays have grown to the largest document seen.
  func index(_ text: DocumentText) {
    guard serial != text.serial else { return }
    serial = text.serial
    // Work on locals: appending to a class's stored arrays costs an exclusivity check and a
    // uniqueness check per element.
    var positions = self.positions
    var hashes = self.hashes
    self.positions = []
    self.hashes = []
    defer {
      self.positions = positions
      self.hashes = hashes
    }
    positions.removeAll(keepingCapacity: true)
    hashes.removeAll(keepingCapacity: true)
    let bytes = text.bytes
    let n = bytes.count
    ByteClass.table.withUnsafeBufferPointer { cls in
      var i = 0
      while i < n {
        let byte = bytes[i]
        let c = cls[Int(byte)]
        if c >= ByteClass.wordStart {
          let start = i
          var hash: UInt64 = 0
          if c == ByteClass.letter {
            hash = fnvOffset
            while i < n, i - start < maxWordLength, isASCIILetter(bytes[i]) {
              hash = (hash ^ UInt64(bytes[i] | 0x20)) &* fnvPrime
              i += 1
            }
            if hash == 0 { hash = 1 }
          } else {
            i += 1
          }
          while i < n && cls[Int(bytes[i])] >= ByteClass.wordByte { i += 1 }
          positions.append(Int32(truncatingIfNeeded: start))
          hashes.append(hash)
        } else {
          if c == ByteClass.symbolLead || (c == ByteClass.other && !isSpace(byte)) {
            positions.append(Int32(truncatingIfNeeded: i))
            hashes.append(0)
          }
          i += 1
        }
      }
    }
  }
}

/// The longest run of letters the index hashes; trigger words longer than this are cut too.
let maxWordLength = 32

/// Byte classes for finding word starts without decoding: ASCII letters and digits, and the
/// lead bytes of characters taken as word characters, start words; continuation bytes only
/// continue them. The lead bytes 0xC2 (U+0080–U+00BF: `£`, `¥`, no-break space) and 0xE2
/// (U+2000–U+2FFF: `€`, `₹`, dashes, quotes) are symbols, not word characters.
enum ByteClass {
  static let other: UInt8 = 0
  static let symbolLead: UInt8 = 1
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
    case 0x30...0x39: return digit
    case 0x41...0x5A, 0x61...0x7A: return letter
    case 0x80...0xBF: return continuation
    case 0xC2, 0xE2: return symbolLead
    case 0xC3...0xF4: return wordLead
    default: return other
    }
  }
}

@inline(__always)
func isASCIILetter(_ byte: UInt8) -> Bool {
  (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
}

@inline(__always)
func isSpace(_ byte: UInt8) -> Bool {
  byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0B || byte == 0x0C
}

let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
let fnvPrime: UInt64 = 0x100_0000_01b3

/// FNV-1a of a word's leading ASCII letters, lowercased, as the token index computes it.
func wordHash(_ word: String) -> UInt64? {
  let letters = Array(word.utf8.prefix(while: isASCIILetter).prefix(maxWordLength))
  guard !letters.isEmpty else { return nil }
  var hash = fnvOffset
  for byte in letters { hash = (hash ^ UInt64(byte | 0x20)) &* fnvPrime }
  return hash == 0 ? 1 : hash
}
