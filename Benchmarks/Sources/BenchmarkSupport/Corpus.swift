import Foundation
import Winnow

/// The benchmark corpus, loaded once before anything is measured: real English news and
/// speeches written by `fetch-corpus.sh` to `corpus/corpus.txt`, documents separated by a
/// blank line.
public struct Corpus: Sendable {
  /// The whole text, contiguous UTF-8.
  public let text: String
  /// The documents, in corpus order (their texts joined by blank lines make `text`).
  public let documents: [Document]

  /// The corpus size in bytes (what MB/s figures divide).
  public var byteCount: Int { text.utf8.count }

  /// Builds a corpus from its documents.
  public init(documents: [Document]) {
    var text = documents.map(\.text).joined(separator: "\n\n")
    text.makeContiguousUTF8()
    self.text = text
    self.documents = documents
  }

  /// The corpus at `corpus/corpus.txt` (or `$WINNOW_BENCH_CORPUS`), loaded once per process.
  public static let shared: Corpus = load()

  /// The first documents, up to about `bytes` bytes (at least one document): a slice with the
  /// same mix as the whole, for the slow baselines.
  public func prefix(bytes: Int) -> Corpus {
    var total = 0
    var count = 0
    for document in documents {
      guard count == 0 || total + document.text.utf8.count <= bytes else { break }
      total += document.text.utf8.count + 2
      count += 1
    }
    return Corpus(documents: Array(documents.prefix(count)))
  }

  /// The corpus's paragraphs (lines) for which `keep` holds, as documents of about 4 KB.
  public func paragraphs(where keep: (Substring) -> Bool) -> Corpus {
    var documents: [Document] = []
    var current: [Substring] = []
    var size = 0
    for line in text.split(separator: "\n") where keep(line) {
      current.append(line)
      size += line.utf8.count + 1
      if size >= 4096 {
        documents.append(Document(id: "p\(documents.count)", text: current.joined(separator: "\n")))
        current = []
        size = 0
      }
    }
    if !current.isEmpty {
      documents.append(Document(id: "p\(documents.count)", text: current.joined(separator: "\n")))
    }
    return Corpus(documents: documents)
  }

  private static func load() -> Corpus {
    let path =
      ProcessInfo.processInfo.environment["WINNOW_BENCH_CORPUS"]
      ?? URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("corpus/corpus.txt").path
    guard let data = FileManager.default.contents(atPath: path), !data.isEmpty else {
      fatalError("No benchmark corpus at \(path): run ./fetch-corpus.sh in Benchmarks/ first.")
    }
    let marker = URL(fileURLWithPath: path).deletingLastPathComponent().appendingPathComponent("FALLBACK")
      .path
    if FileManager.default.fileExists(atPath: marker) {
      FileHandle.standardError.write(
        Data("warning: \(path) is the small fallback corpus (no network when it was built)\n".utf8))
    }
    let text = String(decoding: data, as: UTF8.self)
    let documents = text.split(separator: "\n\n").enumerated().map { index, block in
      Document(id: "d\(index)", text: String(block))
    }
    return Corpus(documents: documents)
  }

  /// Dense text: the texts of `Fixtures/corpus/*.jsonl` (authored news, Recognizers
  /// examples: a mention every few dozen bytes) and the seed texts of `seeds/`, repeated until
  /// the corpus holds at least `bytes` bytes. Filings and judgments are denser than news; this
  /// is what the per-mention cost is measured on.
  public static func dense(bytes: Int = 4_000_000) -> Corpus {
    let root = URL(fileURLWithPath: #filePath)
      .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    var texts: [String] = []
    let fixtures = root.appendingPathComponent("Fixtures/corpus")
    let files =
      (try? FileManager.default.contentsOfDirectory(at: fixtures, includingPropertiesForKeys: nil)) ?? []
    for file in files.sorted(by: { $0.path < $1.path }) where file.pathExtension == "jsonl" {
      guard let data = FileManager.default.contents(atPath: file.path) else { continue }
      for line in data.split(separator: UInt8(ascii: "\n")) {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
          let text = object["text"] as? String, !text.isEmpty
        else { continue }
        texts.append(text)
      }
    }
    let seeds = root.appendingPathComponent("seeds")
    let seedFiles =
      (try? FileManager.default.contentsOfDirectory(at: seeds, includingPropertiesForKeys: nil)) ?? []
    for file in seedFiles.sorted(by: { $0.path < $1.path }) where file.pathExtension == "txt" {
      if let text = try? String(contentsOf: file, encoding: .utf8) { texts.append(text) }
    }
    precondition(!texts.isEmpty, "no Fixtures/corpus texts or seeds at \(root.path)")
    var documents: [Document] = []
    var total = 0
    while total < bytes {
      for text in texts {
        documents.append(Document(id: "dense\(documents.count)", text: text))
        total += text.utf8.count + 2
      }
    }
    return Corpus(documents: documents)
  }
}
