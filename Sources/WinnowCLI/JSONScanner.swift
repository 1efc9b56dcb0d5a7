import PCRE2
import Winnow

/// A JSON syntax error at a byte offset of the scanned text.
struct JSONSyntaxError: Error, CustomStringConvertible {
  let offset: Int
  let reason: String
  /// The bytes are not UTF-8 (rather than not JSON).
  var invalidUTF8 = false
  var description: String {
    invalidUTF8 ? "invalid UTF-8 at byte \(offset) of the line" : "invalid JSON at byte \(offset): \(reason)"
  }
}

/// Reads JSON straight from UTF-8 bytes, a value at a time: what a corpus line needs, without
/// a Foundation round trip per line (no `Data`, no `JSONDecoder`, no dictionaries for the
/// fields a command skips).
///
/// Strict as RFC 8259: no raw control characters in strings, no lone surrogate escapes (the
/// error names the byte where the escape starts), no trailing commas.
struct JSONScanner {
  let bytes: UnsafeBufferPointer<UInt8>
  private(set) var position = 0
  /// Unescaped string bytes are gathered here (reused from string to string).
  private var scratch: [UInt8] = []
  /// How many arrays and objects enclose the value being read (bounded, so that no input
  /// overflows the stack).
  private var depth = 0
  static let maximumDepth = 512

  /// Whether invalid UTF-8 in strings becomes U+FFFD (`--lossy`) rather than an error.
  let lossy: Bool
  /// Where the string last read by ``stringBytes(_:)`` lies in `bytes`, escapes as written.
  private(set) var rawString: Range<Int> = 0..<0

  init(_ bytes: UnsafeBufferPointer<UInt8>, lossy: Bool = false) {
    self.bytes = bytes
    self.lossy = lossy
  }

  func error(_ reason: String, at offset: Int? = nil) -> JSONSyntaxError {
    JSONSyntaxError(offset: offset ?? position, reason: reason)
  }

  var atEnd: Bool { position >= bytes.count }

  mutating func skipWhitespace() {
    while position < bytes.count {
      switch bytes[position] {
      case 0x20, 0x09, 0x0A, 0x0D: position += 1
      default: return
      }
    }
  }

  /// The next byte after white space, not consumed; nil at the end.
  mutating func peek() -> UInt8? {
    skipWhitespace()
    return position < bytes.count ? bytes[position] : nil
  }

  mutating func expect(_ byte: UInt8) throws(JSONSyntaxError) {
    skipWhitespace()
    guard position < bytes.count else {
      throw error("the line ends where \"\(Character(Unicode.Scalar(byte)))\" should be")
    }
    guard bytes[position] == byte else {
      throw error("expected \"\(Character(Unicode.Scalar(byte)))\", found \(describeByte(bytes[position]))")
    }
    position += 1
  }

  private func describeByte(_ byte: UInt8) -> String {
    byte >= 0x20 && byte < 0x7F
      ? "\"\(Character(Unicode.Scalar(byte)))\"" : "byte 0x\(String(byte, radix: 16))"
  }

  /// Calls `body` with each key of an object, the scanner placed on the key's value; `body`
  /// must read or skip the value.
  mutating func object(_ body: (inout JSONScanner, String) throws -> Void) throws {
    try expect(UInt8(ascii: "{"))
    if peek() == UInt8(ascii: "}") {
      position += 1
      return
    }
    while true {
      guard peek() == UInt8(ascii: "\"") else {
        throw atEnd ? error("the line ends inside an object") : error("expected a key in quotes")
      }
      let key = try string()
      try expect(UInt8(ascii: ":"))
      try body(&self, key)
      skipWhitespace()
      guard position < bytes.count else { throw error("the line ends inside an object") }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
        continue
      }
      if bytes[position] == UInt8(ascii: "}") {
        position += 1
        return
      }
      throw error("expected \",\" or \"}\", found \(describeByte(bytes[position]))")
    }
  }

  /// Calls `body` with the scanner on each element of an array.
  mutating func array(_ body: (inout JSONScanner) throws -> Void) throws {
    try expect(UInt8(ascii: "["))
    if peek() == UInt8(ascii: "]") {
      position += 1
      return
    }
    while true {
      try body(&self)
      skipWhitespace()
      guard position < bytes.count else { throw error("the line ends inside an array") }
      if bytes[position] == UInt8(ascii: ",") {
        position += 1
        continue
      }
      if bytes[position] == UInt8(ascii: "]") {
        position += 1
        return
      }
      throw error("expected \",\" or \"]\", found \(describeByte(bytes[position]))")
    }
  }

  /// A string value, its UTF-8 validated once (in lossy mode bad bytes become U+FFFD).
  mutating func string() throws(JSONSyntaxError) -> String {
    var result: String? = nil
    let lossy = self.lossy
    try stringBytes { bytes in
      result =
        String(validating: bytes, as: UTF8.self) ?? (lossy ? String(decoding: bytes, as: UTF8.self) : nil)
    }
    guard let result else { throw invalidUTF8InLastString() }
    return result
  }

  /// The error for invalid UTF-8 in the string just read, at its byte in the line.
  func invalidUTF8InLastString() -> JSONSyntaxError {
    let raw = UnsafeBufferPointer(rebasing: bytes[rawString])
    let offset = rawString.lowerBound + (PCRE2Subject.firstInvalidUTF8Offset(in: raw) ?? 0)
    return JSONSyntaxError(offset: offset, reason: "invalid UTF-8", invalidUTF8: true)
  }

  /// Reads a string and calls `body` with its unescaped bytes (valid only during the call).
  mutating func stringBytes(_ body: (UnsafeBufferPointer<UInt8>) throws(JSONSyntaxError) -> Void)
    throws(JSONSyntaxError)
  {
    try expect(UInt8(ascii: "\""))
    let start = position
    var special = nextSpecial(from: start)
    // Fast path: no escapes, the string's bytes are lent as they are.
    if special < bytes.count, bytes[special] == UInt8(ascii: "\"") {
      position = special + 1
      rawString = start..<special
      try body(UnsafeBufferPointer(rebasing: bytes[start..<special]))
      return
    }
    scratch.removeAll(keepingCapacity: true)
    var runStart = start
    while true {
      guard special < bytes.count else { throw error("the line ends inside a string", at: start - 1) }
      scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<special]))
      let byte = bytes[special]
      position = special
      if byte == UInt8(ascii: "\"") {
        position += 1
        rawString = start..<special
        try scratch.withUnsafeBufferPointer { (buffer) throws(JSONSyntaxError) in try body(buffer) }
        return
      }
      if byte < 0x20 { throw error("control character 0x\(String(byte, radix: 16)) inside a string") }
      try unescape()
      runStart = position
      special = nextSpecial(from: position)
    }
  }

  /// The offset of the first byte from `start` on that ends a run of plain string bytes: `"`,
  /// `\`, or a control character (the end of the bytes if none). Eight bytes at a time.
  private func nextSpecial(from start: Int) -> Int {
    let count = bytes.count
    guard let base = bytes.baseAddress else { return count }
    var index = start
    let ones: UInt64 = 0x0101_0101_0101_0101
    let highs: UInt64 = 0x8080_8080_8080_8080
    while index + 8 <= count {
      let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
      let quote = word ^ (ones &* 0x22)
      let backslash = word ^ (ones &* 0x5C)
      // A zero byte in `quote` or `backslash`, or a byte below 0x20 in `word`.
      let found =
        ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash) | ((word &- ones &* 0x20) & ~word)
      if found & highs != 0 { break }
      index += 8
    }
    while index < count {
      let byte = base[index]
      if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return index }
      index += 1
    }
    return count
  }

  /// Reads the escape at `position` (a backslash), appends what it stands for to `scratch`
  /// and moves past it.
  private mutating func unescape() throws(JSONSyntaxError) {
    let escape = position
    guard position + 1 < bytes.count else { throw error("the line ends inside an escape") }
    position += 2
    switch bytes[escape + 1] {
    case UInt8(ascii: "\""): scratch.append(UInt8(ascii: "\""))
    case UInt8(ascii: "\\"): scratch.append(UInt8(ascii: "\\"))
    case UInt8(ascii: "/"): scratch.append(UInt8(ascii: "/"))
    case UInt8(ascii: "b"): scratch.append(0x08)
    case UInt8(ascii: "f"): scratch.append(0x0C)
    case UInt8(ascii: "n"): scratch.append(0x0A)
    case UInt8(ascii: "r"): scratch.append(0x0D)
    case UInt8(ascii: "t"): scratch.append(0x09)
    case UInt8(ascii: "u"):
      var scalar = try hex4(at: escape)
      if (0xD800...0xDBFF).contains(scalar) {
        guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"),
          bytes[position + 1] == UInt8(ascii: "u")
        else {
          throw error(
            "lone surrogate \\u\(String(scalar, radix: 16)) (no low surrogate after it)", at: escape)
        }
        let low = try hex4(at: position)
        guard (0xDC00...0xDFFF).contains(low) else {
          throw error(
            "lone surrogate \\u\(String(scalar, radix: 16)) (no low surrogate after it)", at: escape)
        }
        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
      } else if (0xDC00...0xDFFF).contains(scalar) {
        throw error(
          "lone surrogate \\u\(String(scalar, radix: 16)) (no high surrogate before it)", at: escape)
      }
      appendUTF8(scalar)
    default:
      throw error("unknown escape \\\(Character(Unicode.Scalar(bytes[escape + 1])))", at: escape)
    }
  }

  /// The four hex digits after the `\u` at `escape`; moves past them.
  private mutating func hex4(at escape: Int) throws(JSONSyntaxError) -> UInt32 {
    let first = escape + 2
    guard first + 4 <= bytes.count else { throw error("the line ends inside a \\u escape", at: escape) }
    var value: UInt32 = 0
    for index in first..<first + 4 {
      let byte = bytes[index]
      let digit: UInt8
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
      case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
      case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
      default: throw error("\\u needs four hex digits", at: escape)
      }
      value = value << 4 | UInt32(digit)
    }
    position = first + 4
    return value
  }

  private mutating func appendUTF8(_ scalar: UInt32) {
    switch scalar {
    case 0..<0x80: scratch.append(UInt8(scalar))
    case 0x80..<0x800:
      scratch.append(UInt8(0xC0 | scalar >> 6))
      scratch.append(UInt8(0x80 | scalar & 0x3F))
    case 0x800..<0x10000:
      scratch.append(UInt8(0xE0 | scalar >> 12))
      scratch.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
      scratch.append(UInt8(0x80 | scalar & 0x3F))
    default:
      scratch.append(UInt8(0xF0 | scalar >> 18))
      scratch.append(UInt8(0x80 | (scalar >> 12) & 0x3F))
      scratch.append(UInt8(0x80 | (scalar >> 6) & 0x3F))
      scratch.append(UInt8(0x80 | scalar & 0x3F))
    }
  }

  /// A number's literal text (validated against JSON's grammar) and whether it is an integer.
  mutating func numberLiteral() throws(JSONSyntaxError) -> (text: String, isInteger: Bool) {
    skipWhitespace()
    let start = position
    var isInteger = true
    if position < bytes.count, bytes[position] == UInt8(ascii: "-") { position += 1 }
    func digits() -> Int {
      let first = position
      while position < bytes.count, (0x30...0x39).contains(bytes[position]) { position += 1 }
      return position - first
    }
    let intDigits = digits()
    guard intDigits > 0 else { throw error("expected a value", at: start) }
    if intDigits > 1, bytes[position - intDigits] == 0x30 {
      throw error("a number has a leading zero", at: start)
    }
    if position < bytes.count, bytes[position] == UInt8(ascii: ".") {
      position += 1
      isInteger = false
      guard digits() > 0 else { throw error("a number needs digits after \".\"", at: start) }
    }
    if position < bytes.count, bytes[position] | 0x20 == UInt8(ascii: "e") {
      position += 1
      isInteger = false
      if position < bytes.count, bytes[position] == UInt8(ascii: "+") || bytes[position] == UInt8(ascii: "-")
      {
        position += 1
      }
      guard digits() > 0 else { throw error("a number needs digits in its exponent", at: start) }
    }
    return (
      String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self), isInteger
    )
  }

  private mutating func literal(_ word: StaticString) throws(JSONSyntaxError) {
    let count = word.utf8CodeUnitCount
    guard position + count <= bytes.count,
      word.withUTF8Buffer({ w in (0..<count).allSatisfy { bytes[position + $0] == w[$0] } })
    else { throw error("expected a value") }
    position += count
  }

  /// Any value, as a ``JSONValue``.
  mutating func value() throws -> JSONValue {
    guard let byte = peek() else { throw error("the line ends where a value should be") }
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.maximumDepth else { throw error("values nested more than \(Self.maximumDepth) deep") }
    switch byte {
    case UInt8(ascii: "\""): return .string(try string())
    case UInt8(ascii: "{"):
      var fields: [String: JSONValue] = [:]
      try object { scanner, key in fields[key] = try scanner.value() }
      return .object(fields)
    case UInt8(ascii: "["):
      var elements: [JSONValue] = []
      try array { elements.append(try $0.value()) }
      return .array(elements)
    case UInt8(ascii: "t"):
      try literal("true")
      return .bool(true)
    case UInt8(ascii: "f"):
      try literal("false")
      return .bool(false)
    case UInt8(ascii: "n"):
      try literal("null")
      return .null
    default:
      let number = try numberLiteral()
      return .number(Double(number.text) ?? .nan)
    }
  }

  /// Reads past a value, checking its syntax.
  mutating func skipValue() throws {
    guard let byte = peek() else { throw error("the line ends where a value should be") }
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.maximumDepth else { throw error("values nested more than \(Self.maximumDepth) deep") }
    switch byte {
    case UInt8(ascii: "\""):
      try stringBytes { _ in }
      if !lossy,
        PCRE2Subject.firstInvalidUTF8Offset(in: UnsafeBufferPointer(rebasing: bytes[rawString])) != nil
      {
        throw invalidUTF8InLastString()
      }
    case UInt8(ascii: "{"): try object { scanner, _ in try scanner.skipValue() }
    case UInt8(ascii: "["): try array { try $0.skipValue() }
    case UInt8(ascii: "t"): try literal("true")
    case UInt8(ascii: "f"): try literal("false")
    case UInt8(ascii: "n"): try literal("null")
    default: _ = try numberLiteral()
    }
  }

  /// Whether the next value is `null` (consumed if so).
  mutating func null() throws -> Bool {
    guard peek() == UInt8(ascii: "n") else { return false }
    try literal("null")
    return true
  }
}
