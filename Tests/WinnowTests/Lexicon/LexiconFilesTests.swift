import Foundation
import Testing

@testable import Winnow

/// The built-in word lists live in `Lexicon/KIND/LIST.tsv`; the library embeds their text in
/// `Sources/Winnow/Lexicon/BuiltinLexicon+Files.swift`, generated from them. These tests fail
/// when the generated file is stale (`make lexicon` regenerates it: `RECORD_LEXICON=1`), and
/// when a file does not read as its list.
@Suite("Built-in word list files")
struct LexiconFilesTests {
  static let lexicon = Repository.root.appendingPathComponent("Lexicon")
  static let generated = Repository.root.appendingPathComponent(
    "Sources/Winnow/Lexicon/BuiltinLexicon+Files.swift")

  /// Every `*.tsv` under `Lexicon/`, as paths relative to it, sorted.
  static func tsvPaths() throws -> [String] {
    let kinds = try FileManager.default.contentsOfDirectory(atPath: lexicon.path).sorted()
    return try kinds.flatMap { kind -> [String] in
      var isDirectory: ObjCBool = false
      let directory = lexicon.appendingPathComponent(kind)
      guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isDirectory),
        isDirectory.boolValue
      else { return [] }
      return try FileManager.default.contentsOfDirectory(atPath: directory.path)
        .filter { $0.hasSuffix(".tsv") }.sorted().map { "\(kind)/\($0)" }
    }
  }

  /// The Swift source that embeds the files' text.
  static func generate() throws -> String {
    var out = """
      // swift-format-ignore-file
      // Generated from Lexicon/*/*.tsv by `make lexicon`. Do not edit: edit the TSV files, then
      // run `make lexicon` (LexiconFilesTests fails while this file is stale).

      extension BuiltinLexicon {
        /// The text of every built-in word list file, by its path under `Lexicon/`.
        static let files: [String: String] = [

      """
    for path in try tsvPaths() {
      let text = try String(contentsOf: lexicon.appendingPathComponent(path), encoding: .utf8)
      precondition(!text.contains("\"\"\"#"), "\(path) contains \"\"\"#")
      out += "    \"\(path)\": #\"\"\"\n"
      for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(
        text.hasSuffix("\n") ? 1 : 0)
      {
        out += line.isEmpty ? "\n" : "      \(line)\n"
      }
      out += "      \"\"\"#,\n"
    }
    out += "  ]\n}\n"
    return out
  }

  @Test("the generated Swift file embeds the current Lexicon/ files (else run `make lexicon`)")
  func generatedFileIsCurrent() throws {
    let expected = try Self.generate()
    let actual = (try? String(contentsOf: Self.generated, encoding: .utf8)) ?? ""
    if expected != actual, ProcessInfo.processInfo.environment["RECORD_LEXICON"] == "1" {
      try expected.write(to: Self.generated, atomically: true, encoding: .utf8)
      Issue.record("Rewrote \(Self.generated.lastPathComponent): build and test again.")
      return
    }
    #expect(
      expected == actual,
      "Sources/Winnow/Lexicon/BuiltinLexicon+Files.swift is stale: run `make lexicon`, then build again")
  }

  @Test("every file under Lexicon/ is a known list, and every list has its file")
  func filesMatchSchemas() throws {
    let paths = Set(try Self.tsvPaths())
    let expected = Set(BuiltinLexicon.allSchemas.map(\.builtinPath))
    #expect(paths.subtracting(expected).isEmpty, "files without a schema")
    #expect(expected.subtracting(paths).isEmpty, "schemas without a file")
  }

  @Test("every built-in list file reads as its list (header, fields, no entry twice)")
  func filesRead() throws {
    for schema in BuiltinLexicon.allSchemas {
      let url = Self.lexicon.appendingPathComponent(schema.builtinPath)
      let bytes = try [UInt8](Data(contentsOf: url))
      do {
        let list = try WordList(schema: schema, file: "Lexicon/" + schema.builtinPath, bytes: bytes)
        #expect(!list.rows.isEmpty, "\(schema.name) is empty")
      } catch {
        Issue.record("\(error)")
      }
    }
  }
}
