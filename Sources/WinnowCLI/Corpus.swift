import PCRE2
import Winnow

/// A mention as the scorer sees it: the corpus format, with the value as plain JSON.
struct ScoredMention {
  var kind: String
  var start: Int
  var end: Int
  var text: String
  /// nil when the value is absent or null.
  var value: JSONValue?

  init(kind: String, start: Int, end: Int, text: String, value: JSONValue?) {
    self.kind = kind
    self.start = start
    self.end = end
    self.text = text
    self.value = value
  }

  /// A gold mention from its JSON object.
  init(json: JSONValue, place: String) throws {
    guard case .object(let fields) = json else {
      throw InputError(description: "\(place): a mention is not an object")
    }
    func int(_ key: String) throws -> Int {
      guard case .number(let number) = fields[key] ?? .null, number == number.rounded(), abs(number) < 1e15
      else { throw InputError(description: "\(place): a mention's \"\(key)\" is not an integer") }
      return Int(number)
    }
    guard case .string(let kind) = fields["kind"] ?? .null else {
      throw InputError(description: "\(place): a mention has no \"kind\"")
    }
    let text: String
    if case .string(let value) = fields["text"] ?? .null { text = value } else { text = "" }
    let value = fields["value"] ?? .null
    self.init(
      kind: kind, start: try int("start"), end: try int("end"), text: text,
      value: value == .null ? nil : value)
  }

  /// The scorer's view of one of the pipeline's mentions (its value as the output writes it).
  init(_ mention: Mention) {
    var buffer = OutputBuffer()
    buffer.append(value: mention.value)
    let value = buffer.bytes.withUnsafeBufferPointer { bytes in
      var scanner = JSONScanner(bytes)
      return try? scanner.value()
    }
    self.init(
      kind: mention.kind.rawValue, start: mention.start, end: mention.end, text: mention.text,
      value: value == .null ? nil : value)
  }
}

/// A span the corpus marks as "not a mention of this kind" (scored as neither right nor wrong).
struct IgnoreRange {
  var kind: String
  var start: Int
  var end: Int
}

/// One line of a corpus file: `{"id", "text", "reference_date", "annotated_kinds", "mentions",
/// "ignore"}` (docs/output-format.md). Only `id` and `text` are required; an `id` may be a
/// string or an integer (written back as it came).
struct CorpusDocument {
  var id: String
  /// Whether `id` was a JSON integer (predictions then write it as one, so scorers match it).
  var idIsInteger = false
  var text: String
  /// Set when `--lossy` replaced bad bytes in the text: maps offsets back to the original.
  var repair: RepairedText? = nil
  var referenceDate: CalendarDate?
  var annotatedKinds: [String] = []
  var mentions: [ScoredMention] = []
  var ignore: [IgnoreRange] = []

  /// Decodes one line. Reads only what extraction needs unless `annotations` (then the gold
  /// mentions, annotated kinds and ignore ranges too); the rest is checked and skipped.
  /// Errors name `place` (file and line).
  init(line: UnsafeBufferPointer<UInt8>, place: String, lossy: Bool, annotations: Bool = false) throws {
    let invalid = PCRE2Subject.firstInvalidUTF8Offset(in: line)
    if let invalid, !lossy {
      throw InputError(
        description:
          "\(place): invalid UTF-8 at byte \(invalid) of the line (use --lossy to replace bad bytes)")
    }
    var id: String?
    var idIsInteger = false
    var text: String?
    var repair: RepairedText?
    var referenceDate: CalendarDate?
    var annotatedKinds: [String] = []
    var mentions: [JSONValue] = []
    var ignore: [JSONValue] = []
    do {
      var scanner = JSONScanner(line, lossy: lossy)
      try scanner.object { scanner, key in
        switch key {
        case "id":
          scanner.skipWhitespace()
          if scanner.peek() == UInt8(ascii: "\"") {
            id = try scanner.string()
            idIsInteger = false
          } else {
            let start = scanner.position
            guard let number = try? scanner.numberLiteral(), number.isInteger else {
              throw InputError(description: "\"id\" at byte \(start) is neither a string nor an integer")
            }
            id = number.text
            idIsInteger = true
          }
        case "text":
          scanner.skipWhitespace()
          let start = scanner.position
          guard scanner.peek() == UInt8(ascii: "\"") else {
            throw InputError(description: "\"text\" at byte \(start) is not a string")
          }
          var valid = true
          try scanner.stringBytes { bytes in
            repair = nil
            if let decoded = String(validating: bytes, as: UTF8.self) {
              text = decoded
            } else if lossy, let repaired = RepairedText(repairing: bytes) {
              text = repaired.text
              repair = repaired
            } else {
              valid = false
            }
          }
          guard valid else { throw scanner.invalidUTF8InLastString() }
        case "reference_date":
          if try scanner.null() {
            referenceDate = nil
          } else {
            scanner.skipWhitespace()
            let start = scanner.position
            guard scanner.peek() == UInt8(ascii: "\""), let date = CalendarDate(try scanner.string()) else {
              throw InputError(description: "\"reference_date\" at byte \(start) is not a YYYY-MM-DD date")
            }
            referenceDate = date
          }
        case "annotated_kinds" where annotations:
          guard try !scanner.null() else { return }
          try scanner.array { scanner in
            guard case .string(let kind) = try scanner.value() else {
              throw InputError(description: "\"annotated_kinds\" holds something other than a string")
            }
            annotatedKinds.append(kind)
          }
        case "mentions" where annotations:
          if case .array(let values) = try scanner.value() { mentions = values }
        case "ignore" where annotations:
          if case .array(let values) = try scanner.value() { ignore = values }
        default:
          try scanner.skipValue()
        }
      }
      guard scanner.peek() == nil else { throw scanner.error("something after the document's object") }
    } catch let error as JSONSyntaxError where error.invalidUTF8 {
      throw InputError(description: "\(place): \(error) (use --lossy to replace bad bytes)")
    } catch let error as JSONSyntaxError {
      throw InputError(description: "\(place): not a corpus document: \(error)")
    } catch let error as InputError {
      throw InputError(description: "\(place): not a corpus document: \(error.description)")
    }
    guard let id else { throw InputError(description: "\(place): not a corpus document: missing \"id\"") }
    guard let text else { throw InputError(description: "\(place): not a corpus document: missing \"text\"") }
    self.id = id
    self.idIsInteger = idIsInteger
    self.text = text
    self.repair = repair
    self.referenceDate = referenceDate
    self.annotatedKinds = annotatedKinds
    self.mentions = try mentions.map { try ScoredMention(json: $0, place: place) }
    self.ignore = try ignore.map { value in
      let mention = try ScoredMention(json: value, place: place)
      return IgnoreRange(kind: mention.kind, start: mention.start, end: mention.end)
    }
  }
}
