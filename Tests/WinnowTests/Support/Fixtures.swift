import Foundation
import Winnow

/// Paths into the repository, found from this file's place in it.
enum Repository {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static let fixtures = root.appendingPathComponent("Fixtures")
  static let seeds = root.appendingPathComponent("seeds")
}

/// The standard pipeline, built once for all tests.
let standardPipeline: Pipeline = try! Pipeline.standard()

/// Canonical JSON (sorted keys) of any encodable value, for comparisons that read well.
func canonicalJSON<T: Encodable>(_ value: T) throws -> String {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
  return String(decoding: try encoder.encode(value), as: UTF8.self)
}

/// Reads a JSONL file into its non-empty lines, with 1-based line numbers.
func jsonLines(_ url: URL) throws -> [(number: Int, text: String)] {
  let text = try String(contentsOf: url, encoding: .utf8)
  return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    .compactMap { index, line in
      line.trimmingCharacters(in: .whitespaces).isEmpty ? nil : (index + 1, String(line))
    }
}
