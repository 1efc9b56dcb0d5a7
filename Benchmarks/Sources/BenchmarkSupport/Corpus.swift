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
}
