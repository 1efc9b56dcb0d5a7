/// UTF-8 bytes that are known to be valid, borrowed for the length of a closure.
///
/// Matching passes `PCRE2_NO_UTF_CHECK` for a subject, so PCRE2 never re-validates it: bytes
/// from outside are validated once, by ``init(validating:)``; a Swift `String` is valid already.
/// A subject does not own its bytes; use it only inside the closure that lent them.
public struct PCRE2Subject {
  /// The borrowed bytes.
  public let bytes: UnsafeBufferPointer<UInt8>

  /// Wraps bytes that the caller knows to be valid UTF-8, such as a `String`'s.
  package init(trusted bytes: UnsafeBufferPointer<UInt8>) {
    self.bytes = bytes
  }

  /// Validates `bytes` as UTF-8, once, in O(n).
  /// - Throws: ``PCRE2Error`` of kind `.invalidUTF8` whose `offset` is the byte offset of the
  ///   first bad character.
  public init(validating bytes: UnsafeBufferPointer<UInt8>) throws(PCRE2Error) {
    if let offset = PCRE2Subject.firstInvalidUTF8Offset(in: bytes) {
      throw PCRE2Error(
        kind: .invalidUTF8, code: -3, message: "invalid UTF-8 byte sequence", offset: offset)
    }
    self.bytes = bytes
  }

  /// Lends `string`'s UTF-8 bytes, made contiguous once, to `body`.
  public static func withSubject<R>(
    _ string: String, _ body: (PCRE2Subject) throws -> R
  ) rethrows -> R {
    var string = string
    string.makeContiguousUTF8()
    return try string.utf8.withContiguousStorageIfAvailable {
      try body(PCRE2Subject(trusted: $0))
    }!
  }

  /// The byte offset of the first byte that does not start a valid UTF-8 character, or nil.
  /// Follows RFC 3629 (no overlong forms, no surrogates, nothing above U+10FFFF), as PCRE2 does.
  package static func firstInvalidUTF8Offset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
    var i = 0
    let n = bytes.count
    while i < n {
      let b0 = bytes[i]
      if b0 < 0x80 {
        i += 1
        continue
      }
      let length: Int
      var low: UInt8 = 0x80
      var high: UInt8 = 0xBF
      switch b0 {
      case 0xC2...0xDF: length = 2
      case 0xE0:
        length = 3
        low = 0xA0
      case 0xE1...0xEC, 0xEE...0xEF: length = 3
      case 0xED:
        length = 3
        high = 0x9F
      case 0xF0:
        length = 4
        low = 0x90
      case 0xF1...0xF3: length = 4
      case 0xF4:
        length = 4
        high = 0x8F
      default: return i
      }
      guard i + length <= n else { return i }
      let b1 = bytes[i + 1]
      guard b1 >= low && b1 <= high else { return i }
      for k in 2..<length where bytes[i + k] & 0xC0 != 0x80 { return i }
      i += length
    }
    return nil
  }
}
