import Foundation
import Winnow

/// Bytes on their way to standard output, written straight from the mentions (no
/// `JSONEncoder`), and handed to the console in large blocks.
///
/// The JSON is byte for byte what `JSONEncoder` with `.sortedKeys` and
/// `.withoutEscapingSlashes` writes for the same values (a test compares them over every
/// corpus in Fixtures): keys in sorted order, no spaces, `/` and non-ASCII as is.
struct OutputBuffer {
  var bytes: [UInt8] = []

  init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

  mutating func append(_ byte: UInt8) { bytes.append(byte) }

  mutating func append(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  mutating func append(raw text: String) {
    var text = text
    text.withUTF8 { bytes.append(contentsOf: $0) }
  }

  mutating func append(contentsOf other: some Collection<UInt8>) { bytes.append(contentsOf: other) }

  /// A non-negative or negative integer in decimal.
  mutating func append(integer value: Int) {
    if value < 0 {
      bytes.append(UInt8(ascii: "-"))
      append(integer: -value)
      return
    }
    if value < 10 {
      bytes.append(UInt8(truncatingIfNeeded: value) + 0x30)
      return
    }
    var digits: (UInt64, UInt64, UInt64) = (0, 0, 0)
    var count = 0
    var v = value
    withUnsafeMutableBytes(of: &digits) { buffer in
      while v > 0 {
        buffer[23 - count] = UInt8(truncatingIfNeeded: v % 10) + 0x30
        v /= 10
        count += 1
      }
      bytes.append(contentsOf: buffer[(24 - count)...])
    }
  }

  /// A JSON string: quoted, with `"`, `\` and control characters escaped as `JSONEncoder`
  /// escapes them (`\n`, `\t`…, else `\u001f`), everything else as is.
  mutating func append(jsonString text: String) {
    var text = text
    text.withUTF8 { append(jsonString: $0) }
  }

  mutating func append(jsonString utf8: UnsafeBufferPointer<UInt8>) {
    bytes.append(UInt8(ascii: "\""))
    var runStart = 0
    for index in 0..<utf8.count {
      let byte = utf8[index]
      guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
      if runStart < index { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index])) }
      runStart = index + 1
      bytes.append(UInt8(ascii: "\\"))
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "\\"): bytes.append(byte)
      case 0x08: bytes.append(UInt8(ascii: "b"))
      case 0x09: bytes.append(UInt8(ascii: "t"))
      case 0x0A: bytes.append(UInt8(ascii: "n"))
      case 0x0C: bytes.append(UInt8(ascii: "f"))
      case 0x0D: bytes.append(UInt8(ascii: "r"))
      default:
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        bytes.append(contentsOf: [UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 15)]])
      }
    }
    if runStart < utf8.count { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart...])) }
    bytes.append(UInt8(ascii: "\""))
  }

  mutating func append(jsonString text: String?) {
    if let text { append(jsonString: text) } else { append("null") }
  }

  mutating func append(jsonInteger value: Int?) {
    if let value { append(integer: value) } else { append("null") }
  }

  /// A prediction line's object: `{"id":…,"mentions":[…]}`; an integer id (a corpus's own)
  /// is written as the number it was.
  mutating func appendPrediction(id: String, idIsInteger: Bool = false, mentions: [Mention]) {
    append(#"{"id":"#)
    if idIsInteger { append(raw: id) } else { append(jsonString: id) }
    append(#","mentions":["#)
    for (index, mention) in mentions.enumerated() {
      if index > 0 { append(UInt8(ascii: ",")) }
      append(mention: mention)
    }
    append("]}")
  }

  /// A mention: `{"end","kind","rule","start","text","value"}`.
  mutating func append(mention: Mention) {
    append(#"{"end":"#)
    append(integer: mention.end)
    append(#","kind":"#)
    append(jsonString: mention.kind.rawValue)
    append(#","rule":"#)
    append(jsonString: mention.rule)
    append(#","start":"#)
    append(integer: mention.start)
    append(#","text":"#)
    append(jsonString: mention.text)
    append(#","value":"#)
    append(value: mention.value)
    append(UInt8(ascii: "}"))
  }

  /// A mention's value, in the shape of its kind (docs/values.md).
  mutating func append(value: MentionValue) {
    switch value {
    case .null:
      append("null")
    case .money(let money):
      append(UInt8(ascii: "{"))
      if let amount = money.amount {
        append(#""amount":"#)
        append(jsonString: amount.description)
        append(UInt8(ascii: ","))
      }
      append(#""currency":"#)
      append(jsonString: money.currency)
      if let max = money.max {
        append(#","max":"#)
        append(jsonString: max.description)
      }
      if let min = money.min {
        append(#","min":"#)
        append(jsonString: min.description)
      }
      if let qualifier = money.qualifier {
        append(#","qualifier":"#)
        append(jsonString: qualifier.rawValue)
      }
      append(UInt8(ascii: "}"))
    case .date(let date):
      append(date.anchored ? #"{"anchored":true"# : #"{"anchored":false"#)
      if let mod = date.mod {
        append(#","mod":"#)
        append(jsonString: mod.rawValue)
      }
      append(#","value":"#)
      append(jsonString: date.value)
      append(UInt8(ascii: "}"))
    case .title(let title):
      append(#"{"holder":"#)
      if let holder = title.holder {
        append(#"{"end":"#)
        append(integer: holder.end)
        append(#","start":"#)
        append(integer: holder.start)
        append(#","text":"#)
        append(jsonString: holder.text)
        append(UInt8(ascii: "}"))
      } else {
        append("null")
      }
      append(#","role":"#)
      append(jsonString: title.role)
      append(UInt8(ascii: "}"))
    case .legislation(let law):
      append(#"{"jurisdiction":"#)
      append(jsonString: law.jurisdiction)
      append(#","kind":"#)
      append(jsonString: law.kind.rawValue)
      append(#","name":"#)
      append(jsonString: law.name)
      append(#","year":"#)
      append(jsonInteger: law.year)
      append(UInt8(ascii: "}"))
    case .json(let json):
      // A user-defined kind's value: rare, and its numbers follow JSONEncoder's own rules,
      // so JSONEncoder writes it.
      let encoder = JSONEncoder()
      encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
      if let data = try? encoder.encode(json) { bytes.append(contentsOf: data) } else { append("null") }
    }
  }
}

/// Re-indents compact JSON as `JSONEncoder`'s `.prettyPrinted` does: two spaces per level,
/// `"key" : value`, and an empty array or object as an opening line, an empty line and the
/// closing bracket.
func prettyPrinted(_ compact: [UInt8]) -> [UInt8] {
  var out: [UInt8] = []
  out.reserveCapacity(compact.count * 2)
  var depth = 0
  var inString = false
  var escaped = false
  func newline() {
    out.append(0x0A)
    out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: depth * 2))
  }
  var index = 0
  while index < compact.count {
    let byte = compact[index]
    index += 1
    if inString {
      out.append(byte)
      if escaped {
        escaped = false
      } else if byte == UInt8(ascii: "\\") {
        escaped = true
      } else if byte == UInt8(ascii: "\"") {
        inString = false
      }
      continue
    }
    switch byte {
    case UInt8(ascii: "\""):
      inString = true
      out.append(byte)
    case UInt8(ascii: "{"), UInt8(ascii: "["):
      out.append(byte)
      depth += 1
      if index < compact.count, compact[index] == UInt8(ascii: "}") || compact[index] == UInt8(ascii: "]") {
        out.append(0x0A)
        depth -= 1
        newline()
        out.append(compact[index])
        index += 1
      } else {
        newline()
      }
    case UInt8(ascii: "}"), UInt8(ascii: "]"):
      depth -= 1
      newline()
      out.append(byte)
    case UInt8(ascii: ","):
      out.append(byte)
      newline()
    case UInt8(ascii: ":"):
      out.append(contentsOf: [0x20, UInt8(ascii: ":"), 0x20])
    default:
      out.append(byte)
    }
  }
  return out
}
