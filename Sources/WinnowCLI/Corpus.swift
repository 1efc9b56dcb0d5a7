import Foundation
import PCRE2
import Winnow

/// A mention as the scorer sees it: the corpus format, with the value as plain JSON.
struct ScoredMention: Decodable {
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

  private enum CodingKeys: String, CodingKey { case kind, start, end, text, value }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    kind = try container.decode(String.self, forKey: .kind)
    start = try container.decode(Int.self, forKey: .start)
    end = try container.decode(Int.self, forKey: .end)
    text = try container.decodeIfPresent(String.self, forKey: .text) ?? ""
    let value = try container.decodeIfPresent(JSONValue.self, forKey: .value)
    self.value = value == .null ? nil : value
  }

  /// The scorer's view of one of the pipeline's mentions.
  init(_ mention: Mention) throws {
    let data = try JSONEncoder().encode(mention)
    let json = try JSONDecoder().decode(JSONValue.self, from: data)
    guard case .object(let fields) = json else { fatalError("a mention encodes to an object") }
    self.init(
      kind: mention.kind.rawValue, start: mention.start, end: mention.end, text: mention.text,
      value: fields["value"] == .null ? nil : fields["value"])
  }
}

/// A span the corpus marks as "not a mention of this kind" (scored as neither right nor wrong).
struct IgnoreRange: Decodable {
  var kind: String
  var start: Int
  var end: Int
}

/// One line of a corpus file (../shared/corpus/README.md).
struct CorpusDocument: Decodable {
  var id: String
  var text: String
  var referenceDate: CalendarDate?
  var annotatedKinds: [String]
  var mentions: [ScoredMention]
  var ignore: [IgnoreRange]

  private enum CodingKeys: String, CodingKey {
    case id, text, mentions, ignore
    case referenceDate = "reference_date"
    case annotatedKinds = "annotated_kinds"
  }

  init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    id = try container.decode(String.self, forKey: .id)
    text = try container.decode(String.self, forKey: .text)
    referenceDate = try container.decodeIfPresent(CalendarDate.self, forKey: .referenceDate)
    annotatedKinds = try container.decodeIfPresent([String].self, forKey: .annotatedKinds) ?? []
    mentions = try container.decodeIfPresent([ScoredMention].self, forKey: .mentions) ?? []
    ignore = try container.decodeIfPresent([IgnoreRange].self, forKey: .ignore) ?? []
  }
}

/// An input problem, reported with where it is.
struct InputError: Error, CustomStringConvertible {
  let description: String
}

/// Reads a file (or standard input for `-`) as text, validating UTF-8 once.
func readText(path: String, lossy: Bool) throws -> String {
  let data: Data
  if path == "-" {
    data = FileHandle.standardInput.readDataToEndOfFile()
  } else {
    guard let contents = FileManager.default.contents(atPath: path) else {
      throw InputError(description: "\(path): cannot read the file")
    }
    data = contents
  }
  return try decodeUTF8(data, lossy: lossy, place: path == "-" ? "standard input" : path)
}

/// The bytes as a `String`; invalid UTF-8 is an error naming `place` and the byte offset, or
/// with `lossy`, replaced by U+FFFD.
func decodeUTF8(_ data: Data, lossy: Bool, place: String) throws -> String {
  let bad = data.withUnsafeBytes { raw in
    PCRE2Subject.firstInvalidUTF8Offset(in: raw.bindMemory(to: UInt8.self))
  }
  if let bad, !lossy {
    throw InputError(
      description: "\(place): invalid UTF-8 at byte \(bad) (use --lossy to replace bad bytes)")
  }
  return String(decoding: data, as: UTF8.self)
}

/// Streams a JSONL file a line at a time (memory stays bounded by the longest line).
struct LineReader {
  private let file: UnsafeMutablePointer<FILE>
  private let ownsFile: Bool

  init(path: String) throws {
    if path == "-" {
      guard let input = fdopen(STDIN_FILENO, "rb") else {
        throw InputError(description: "standard input: cannot read it")
      }
      file = input
      ownsFile = false
    } else {
      guard let file = fopen(path, "rb") else {
        throw InputError(description: "\(path): cannot open the file")
      }
      self.file = file
      ownsFile = true
    }
  }

  /// Calls `body` with each line's bytes (without the newline) and its 1-based number.
  func forEachLine(_ body: (Data, Int) throws -> Void) rethrows {
    var buffer: UnsafeMutablePointer<CChar>? = nil
    var capacity = 0
    var number = 0
    defer {
      free(buffer)
      if ownsFile { fclose(file) }
    }
    while true {
      let length = getline(&buffer, &capacity, file)
      if length < 0 { break }
      number += 1
      var count = length
      while count > 0, buffer![count - 1] == 0x0A || buffer![count - 1] == 0x0D { count -= 1 }
      let line = Data(bytes: buffer!, count: count)
      try body(line, number)
    }
  }
}

/// Decodes one corpus line; errors name the file and line.
func decodeCorpusLine(_ line: Data, number: Int, path: String, lossy: Bool) throws -> CorpusDocument {
  let place = "\(path):\(number)"
  let bad = line.withUnsafeBytes { raw in
    PCRE2Subject.firstInvalidUTF8Offset(in: raw.bindMemory(to: UInt8.self))
  }
  var line = line
  if let bad {
    guard lossy else {
      throw InputError(
        description: "\(place): invalid UTF-8 at byte \(bad) of the line (use --lossy to replace bad bytes)")
    }
    line = Data(String(decoding: line, as: UTF8.self).utf8)
  }
  do {
    return try JSONDecoder().decode(CorpusDocument.self, from: line)
  } catch let error as DecodingError {
    throw InputError(description: "\(place): not a corpus document: \(describe(error))")
  } catch {
    throw InputError(description: "\(place): not a corpus document: \(error)")
  }
}

private func describe(_ error: DecodingError) -> String {
  func path(_ context: DecodingError.Context) -> String {
    let keys = context.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue }
    return keys.isEmpty ? "" : " at \(keys.joined(separator: "."))"
  }
  switch error {
  case .dataCorrupted(let context):
    return "invalid JSON\(path(context)): \(context.debugDescription)"
  case .keyNotFound(let key, let context):
    return "missing \"\(key.stringValue)\"\(path(context))"
  case .typeMismatch(_, let context), .valueNotFound(_, let context):
    return "\(context.debugDescription)\(path(context))"
  @unknown default:
    return "\(error)"
  }
}
