/// A small JSON reader that keeps where each value and key was written, for rule files whose
/// errors must name a line and column (Foundation's reader gives neither, and the library stays
/// Foundation-free).
///
/// It reads one JSON value, or a sequence of values separated by white space (JSON Lines).
/// Text that is not UTF-8 inside a string does not stop it: the string keeps U+FFFD and the
/// node remembers where the bad bytes were, so the caller can name the rule they belong to.
struct JSONReader {
  /// A value and where it starts (1-based line and column, in characters).
  struct Node {
    indirect enum Value {
      case null
      case bool(Bool)
      case number(Double, text: String)
      case string(String)
      case array([Node])
      case object([Member])
    }

    /// One `"key": value` of an object, with the key's place.
    struct Member {
      let key: String
      let line: Int
      let column: Int
      let value: Node
    }

    let value: Value
    let line: Int
    let column: Int
    /// Where a string held bytes that are not UTF-8 (line, column), if it did.
    var invalidUTF8: (line: Int, column: Int)? = nil

    /// The plain JSON value.
    var json: JSONValue {
      switch value {
      case .null: .null
      case .bool(let flag): .bool(flag)
      case .number(let number, _): .number(number)
      case .string(let text): .string(text)
      case .array(let nodes): .array(nodes.map(\.json))
      case .object(let members):
        .object(Dictionary(members.map { ($0.key, $0.value.json) }, uniquingKeysWith: { _, last in last }))
      }
    }

    /// The first node inside this one (itself included) that holds text that is not UTF-8.
    var firstInvalidUTF8: (line: Int, column: Int)? {
      if let invalidUTF8 { return invalidUTF8 }
      switch value {
      case .array(let nodes): return nodes.lazy.compactMap(\.firstInvalidUTF8).first
      case .object(let members): return members.lazy.compactMap(\.value.firstInvalidUTF8).first
      default: return nil
      }
    }
  }

  private let bytes: [UInt8]
  private let file: String
  private var index = 0
  private var line = 1
  private var lineStart = 0

  init(bytes: [UInt8], file: String) {
    self.bytes = bytes
    self.file = file
    // A byte order mark is not part of the text.
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
    lineStart = index
  }

  /// Every value in the text, in order (one for a JSON file, one a line for JSON Lines).
  mutating func readAll() throws(WinnowFileError) -> [Node] {
    var nodes: [Node] = []
    skipSpace()
    while index < bytes.count {
      nodes.append(try readValue(depth: 0))
      skipSpace()
      if index < bytes.count, bytes[index] == UInt8(ascii: ",") {
        throw error("a comma between top-level values (write one JSON value a line, or one array)")
      }
    }
    return nodes
  }

  // MARK: Places

  /// The 1-based column of `offset` on the current line, in characters.
  private func column(of offset: Int) -> Int {
    var count = 1
    var i = lineStart
    while i < offset {
      if bytes[i] & 0xC0 != 0x80 { count += 1 }
      i += 1
    }
    return count
  }

  private func error(_ message: String, at offset: Int? = nil) -> WinnowFileError {
    WinnowFileError(file: file, line: line, column: column(of: offset ?? index), message: message)
  }

  private mutating func skipSpace() {
    while index < bytes.count {
      switch bytes[index] {
      case 0x20, 0x09, 0x0D: index += 1
      case 0x0A:
        index += 1
        line += 1
        lineStart = index
      default: return
      }
    }
  }

  // MARK: Values

  private mutating func readValue(depth: Int) throws(WinnowFileError) -> Node {
    guard depth < 200 else { throw error("values nested too deeply") }
    guard index < bytes.count else { throw error("the text ends where a value should be") }
    let startLine = line
    let startColumn = column(of: index)
    func node(_ value: Node.Value) -> Node { Node(value: value, line: startLine, column: startColumn) }
    switch bytes[index] {
    case UInt8(ascii: "{"):
      index += 1
      var members: [Node.Member] = []
      skipSpace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "}") {
        index += 1
        return node(.object(members))
      }
      while true {
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
          throw error("expected a key in double quotes")
        }
        let keyLine = line
        let keyColumn = column(of: index)
        let key = try readString()
        skipSpace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
          throw error("expected `:` after the key \"\(key.text)\"")
        }
        index += 1
        skipSpace()
        let value = try readValue(depth: depth + 1)
        members.append(Node.Member(key: key.text, line: keyLine, column: keyColumn, value: value))
        skipSpace()
        guard index < bytes.count else { throw error("the text ends inside an object (missing `}`)") }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
          continue
        }
        if bytes[index] == UInt8(ascii: "}") {
          index += 1
          return node(.object(members))
        }
        throw error("expected `,` or `}` in an object")
      }
    case UInt8(ascii: "["):
      index += 1
      var nodes: [Node] = []
      skipSpace()
      if index < bytes.count, bytes[index] == UInt8(ascii: "]") {
        index += 1
        return node(.array(nodes))
      }
      while true {
        skipSpace()
        nodes.append(try readValue(depth: depth + 1))
        skipSpace()
        guard index < bytes.count else { throw error("the text ends inside an array (missing `]`)") }
        if bytes[index] == UInt8(ascii: ",") {
          index += 1
          continue
        }
        if bytes[index] == UInt8(ascii: "]") {
          index += 1
          return node(.array(nodes))
        }
        throw error("expected `,` or `]` in an array")
      }
    case UInt8(ascii: "\""):
      let string = try readString()
      var result = node(.string(string.text))
      result.invalidUTF8 = string.invalidUTF8
      return result
    case UInt8(ascii: "t"):
      try expectWord("true")
      return node(.bool(true))
    case UInt8(ascii: "f"):
      try expectWord("false")
      return node(.bool(false))
    case UInt8(ascii: "n"):
      try expectWord("null")
      return node(.null)
    case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
      let start = index
      index += 1
      while index < bytes.count,
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index])
          || [UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"), UInt8(ascii: "+"), UInt8(ascii: "-")]
            .contains(bytes[index])
      {
        index += 1
      }
      let text = String(decoding: bytes[start..<index], as: UTF8.self)
      guard let number = Double(text), number.isFinite else {
        throw error("`\(text)` is not a number", at: start)
      }
      return node(.number(number, text: text))
    default:
      throw error(
        "unexpected character `\(String(decoding: bytes[index..<min(bytes.count, index + 1)], as: UTF8.self))`"
      )
    }
  }

  private mutating func expectWord(_ word: StaticString) throws(WinnowFileError) {
    let expected = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    guard index + expected.count <= bytes.count,
      bytes[index..<index + expected.count].elementsEqual(expected)
    else {
      throw error("unexpected text (expected `\(word)`)")
    }
    index += expected.count
  }

  /// A string from its opening quote; bytes that are not UTF-8 become U+FFFD and are noted.
  private mutating func readString() throws(WinnowFileError) -> (
    text: String, invalidUTF8: (line: Int, column: Int)?
  ) {
    let open = index
    index += 1
    var scalars = String.UnicodeScalarView()
    var invalid: (line: Int, column: Int)? = nil
    func hex4(_ at: Int) -> UInt32? {
      guard at + 4 <= bytes.count else { return nil }
      var value: UInt32 = 0
      for byte in bytes[at..<at + 4] {
        let digit: UInt8
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
        default: return nil
        }
        value = value << 4 | UInt32(digit)
      }
      return value
    }
    while true {
      guard index < bytes.count else { throw error("the text ends inside a string (missing `\"`)", at: open) }
      let byte = bytes[index]
      if byte == UInt8(ascii: "\"") {
        index += 1
        return (String(scalars), invalid)
      }
      if byte == 0x0A || byte == 0x0D { throw error("a line break inside a string (write `\\n`)") }
      if byte < 0x20 { throw error("a control character inside a string") }
      if byte == UInt8(ascii: "\\") {
        guard index + 1 < bytes.count else { throw error("the text ends inside a string") }
        let escape = bytes[index + 1]
        index += 2
        switch escape {
        case UInt8(ascii: "\""): scalars.append("\"")
        case UInt8(ascii: "\\"): scalars.append("\\")
        case UInt8(ascii: "/"): scalars.append("/")
        case UInt8(ascii: "b"): scalars.append("\u{08}")
        case UInt8(ascii: "f"): scalars.append("\u{0C}")
        case UInt8(ascii: "n"): scalars.append("\n")
        case UInt8(ascii: "r"): scalars.append("\r")
        case UInt8(ascii: "t"): scalars.append("\t")
        case UInt8(ascii: "u"):
          guard let unit = hex4(index) else { throw error("`\\u` needs four hex digits", at: index - 2) }
          let escapeStart = index - 2
          index += 4
          var value = unit
          if (0xD800...0xDBFF).contains(unit) {
            if index + 6 <= bytes.count, bytes[index] == UInt8(ascii: "\\"),
              bytes[index + 1] == UInt8(ascii: "u"),
              let low = hex4(index + 2), (0xDC00...0xDFFF).contains(low)
            {
              value = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
              index += 6
            }
          }
          if let scalar = Unicode.Scalar(value) {
            scalars.append(scalar)
          } else {
            // A lone surrogate is no character: the text would not be UTF-8.
            if invalid == nil { invalid = (line, column(of: escapeStart)) }
            scalars.append("\u{FFFD}")
          }
        default:
          throw error("unknown escape `\\\(String(UnicodeScalar(escape)))`", at: index - 2)
        }
        continue
      }
      if byte < 0x80 {
        scalars.append(Unicode.Scalar(byte))
        index += 1
        continue
      }
      // A multi-byte character: decode it, or note the bad bytes.
      let width = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
      if width > 1, index + width <= bytes.count,
        let decoded = String(validating: bytes[index..<index + width], as: UTF8.self),
        let scalar = decoded.unicodeScalars.first
      {
        scalars.append(scalar)
        index += width
      } else {
        if invalid == nil { invalid = (line, column(of: index)) }
        scalars.append("\u{FFFD}")
        index += 1
      }
    }
  }
}
