import Foundation
import Testing
import Winnow

@testable import WinnowCLI

@Suite("Reading JSONL without Foundation")
struct JSONScannerTests {
  @Test("strings decode as JSONDecoder decodes them, escapes at every offset of the eight-byte scan")
  func stringsMatchJSONDecoder() throws {
    let pieces = [
      "a", "é", "😀", "\"", "\\", "/", "\n", "\t", "\u{01}", "\u{1F}", "\u{7F}", "\u{2028}", "plain text ",
    ]
    var generator = SystemRandomNumberGenerator()
    for length in 0..<40 {
      var text = ""
      for _ in 0..<length { text += pieces.randomElement(using: &generator)! }
      for escapeSlashes in [false, true] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = escapeSlashes ? [] : [.withoutEscapingSlashes]
        let json = Array(try encoder.encode([text]))
        let decoded = try json.withUnsafeBufferPointer { bytes in
          var scanner = JSONScanner(bytes)
          var strings: [String] = []
          try scanner.array { strings.append(try $0.string()) }
          return strings
        }
        #expect(decoded == [text])
      }
    }
    // \u escapes, surrogate pairs included, in either case.
    let escaped = Array(#"["\u00e9\u00C9 \ud83d\ude00 \u0041"]"#.utf8)
    let decoded = try escaped.withUnsafeBufferPointer { bytes in
      var scanner = JSONScanner(bytes)
      return try scanner.value()
    }
    #expect(decoded == .array([.string("éÉ 😀 A")]))
  }

  @Test("values of every type decode, and malformed ones are errors with a byte offset")
  func valuesAndErrors() throws {
    func parse(_ text: String) throws -> JSONValue {
      try Array(text.utf8).withUnsafeBufferPointer { bytes in
        var scanner = JSONScanner(bytes)
        return try scanner.value()
      }
    }
    #expect(
      try parse(#"{"a": [1, -2.5e3, true, false, null], "b": {}}"#)
        == .object([
          "a": .array([.number(1), .number(-2500), .bool(true), .bool(false), .null]), "b": .object([:]),
        ]))
    for (text, offset) in [
      (#"{"a": 01}"#, 6), (#"[1,]"#, 3), (#"{"a" 1}"#, 5), (#"["a\x"]"#, 3), (#"[tru]"#, 1),
      ("[\"a\u{01}\"]", 3),
    ] {
      #expect(throws: JSONSyntaxError.self) { try parse(text) }
      do {
        _ = try parse(text)
      } catch let error as JSONSyntaxError {
        #expect(error.offset == offset, "\(text): \(error)")
      }
    }
    let deep = String(repeating: "[", count: 100_000)
    #expect(throws: JSONSyntaxError.self) { try parse(deep) }
  }

  @Test("invalid UTF-8 in a field the command skips is still an error naming its byte")
  func invalidUTF8InASkippedField() throws {
    let line = Array(#"{"id": "a", "source": "x"#.utf8) + [0xFF] + Array(#"", "text": "ok"}"#.utf8)
    let path = try temporaryFile(line, suffix: ".jsonl")
    let run = winnow("extract", "--corpus", path, "--format", "jsonl")
    #expect(run.status == 1)
    #expect(run.err.contains("\(path):1: invalid UTF-8 at byte 24 of the line"), "\(run.err)")
    let lossy = winnow("extract", "--corpus", path, "--format", "jsonl", "--lossy")
    #expect(lossy.status == 0)
  }
}
