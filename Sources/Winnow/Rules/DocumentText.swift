public import PCRE2
import Synchronization

/// Numbers each lent document text, so per-document caches know when the document changed.
private let serials = Atomic<UInt64>(0)

/// A document's text, its UTF-8 bytes borrowed once for a pipeline run.
///
/// Extractors and passes read the bytes directly and make a `String` only for what they keep.
/// Valid only during the call that lends it.
public struct DocumentText {
  /// The document being read.
  public let document: Document
  /// Its UTF-8 bytes.
  package let bytes: UnsafeBufferPointer<UInt8>
  /// The same bytes as a PCRE2 subject (valid UTF-8, so matched without a UTF check).
  public let subject: PCRE2Subject
  /// A number no other lending of a text has had in this process (never 0).
  let serial: UInt64
  /// Whether one line break inside a phrase joins its lines (``TextBytes/joinsLines(_:)``).
  let joinsLines: Bool

  init(document: Document, bytes: UnsafeBufferPointer<UInt8>) {
    self.document = document
    self.bytes = bytes
    self.subject = PCRE2Subject(trusted: bytes)
    self.serial = serials.add(1, ordering: .relaxed).newValue
    self.joinsLines = TextBytes.joinsLines(bytes)
  }

  /// Lends `document`'s bytes, made contiguous once, to `body`.
  static func with<R>(_ document: Document, _ body: (DocumentText) throws -> R) rethrows -> R {
    var text = document.text
    text.makeContiguousUTF8()
    return try text.utf8.withContiguousStorageIfAvailable {
      try body(DocumentText(document: document, bytes: $0))
    }!
  }

  /// The text of `range` (a new `String`).
  @inline(__always)
  public func string(_ range: Range<Int>) -> String {
    String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
  }

  /// The byte at `offset`, or 0 outside the text.
  @inline(__always)
  public subscript(offset: Int) -> UInt8 {
    offset >= 0 && offset < bytes.count ? bytes[offset] : 0
  }
}
