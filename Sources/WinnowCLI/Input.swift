import PCRE2
import Winnow

#if canImport(Glibc)
  import Glibc
#endif

/// An input problem, reported with where it is.
struct InputError: Error, CustomStringConvertible {
  let description: String
}

/// An input: a path, or standard input (`-`).
struct InputFile: Sendable {
  let path: String

  var isStandardInput: Bool { path == "-" }
  /// How errors name it.
  var place: String { isStandardInput ? "standard input" : path }

  /// Opens it for reading; a directory is refused here (`Is a directory`), before any read.
  /// Standard input, FIFOs, `/dev/stdin` and process substitution (`<(zcat a.gz)`) are
  /// streams, read to their end.
  func open(console: Console) throws -> OpenFile {
    if isStandardInput {
      guard let descriptor = console.input else { throw IOError(place: place, code: EBADF) }
      return try OpenFile(descriptor: descriptor, owned: false, place: place)
    }
    var descriptor: Int32
    repeat { descriptor = Glibc.open(path, O_RDONLY | O_CLOEXEC) } while descriptor < 0 && errno == EINTR
    guard descriptor >= 0 else { throw IOError(place: place, code: errno) }
    return try OpenFile(descriptor: descriptor, owned: true, place: place)
  }
}

/// An open input: reads in large blocks, reporting every failure with its cause.
final class OpenFile {
  let descriptor: Int32
  let owned: Bool
  let place: String
  /// The size when it is a regular file (known in advance, for progress), else nil.
  let size: Int?

  init(descriptor: Int32, owned: Bool, place: String) throws {
    self.descriptor = descriptor
    self.owned = owned
    self.place = place
    var status = stat()
    guard fstat(descriptor, &status) == 0 else {
      let code = errno
      if owned { close(descriptor) }
      throw IOError(place: place, code: code)
    }
    if status.st_mode & S_IFMT == S_IFDIR {
      if owned { close(descriptor) }
      throw IOError(place: place, code: EISDIR)
    }
    size = status.st_mode & S_IFMT == S_IFREG ? Int(status.st_size) : nil
  }

  deinit { if owned { close(descriptor) } }

  /// Reads up to `count` bytes into `buffer`; 0 at the end.
  func read(into buffer: UnsafeMutableRawPointer, count: Int) throws -> Int {
    while true {
      let got = Glibc.read(descriptor, buffer, count)
      if got >= 0 { return got }
      if errno == EINTR { continue }
      throw IOError(place: place, code: errno)
    }
  }

  /// The whole contents (one read of the known size for a regular file; growing blocks for
  /// a stream).
  func readAll() throws -> [UInt8] {
    var result: [UInt8] = []
    var chunk = size.map { $0 + 1 } ?? (1 << 20)
    while true {
      let part = try fill(capacity: chunk, keeping: [])
      if result.isEmpty { result = part.bytes } else { result += part.bytes }
      if part.ended { return result }
      chunk = Swift.max(chunk, result.count)
    }
  }

  /// A new array of up to `capacity` bytes: `prefix`, then what reads give until it is full,
  /// the input ends, or (with `untilPause`) a stream has nothing more for now after a newline.
  func fill(capacity: Int, keeping prefix: [UInt8], untilPause: Bool = false) throws -> (
    bytes: [UInt8], ended: Bool
  ) {
    var ended = false
    let bytes = try [UInt8](unsafeUninitializedCapacity: capacity) { buffer, count in
      let base = buffer.baseAddress!
      prefix.withUnsafeBufferPointer { if let p = $0.baseAddress { base.update(from: p, count: $0.count) } }
      count = prefix.count
      var sawNewline = prefix.contains(0x0A)
      while count < capacity {
        let asked = capacity - count
        let got = try read(into: base + count, count: asked)
        if got == 0 {
          ended = true
          break
        }
        if untilPause && !sawNewline { sawNewline = memchr(base + count, 0x0A, got) != nil }
        count += got
        if untilPause && got < asked && sawNewline && size == nil { break }
      }
    }
    return (bytes, ended)
  }
}

/// Splits a stream into whole lines, in blocks of several megabytes: each ``Block`` holds
/// complete lines only (the partial line at its end carries over to the next block).
final class LineBlocks {
  /// A block of input and the lines in it.
  struct Block: @unchecked Sendable {
    // SAFETY: read-only once made; workers read disjoint lines of it.
    let bytes: [UInt8]
    /// Each line's byte range in `bytes`, without its line break.
    let lines: [Range<Int>]
    /// The 1-based line number of `lines[0]`.
    let firstLineNumber: Int
  }

  private let file: OpenFile
  private let blockSize: Int
  private var carry: [UInt8] = []
  private var nextLineNumber = 1
  private var ended = false
  /// Bytes read so far.
  private(set) var bytesRead = 0

  init(file: OpenFile, blockSize: Int = 4 << 20) {
    self.file = file
    self.blockSize = blockSize
  }

  /// The next block, or nil at the end. A stream that pauses (a pipe with nothing more for
  /// now) gives the lines it has so far rather than waiting for a full block.
  func next() throws -> Block? {
    var bytes: [UInt8] = []
    var end = 0
    while true {
      if ended {
        if carry.isEmpty { return nil }
        bytes = carry
        carry = []
        end = bytes.count
        break
      }
      let capacity = Swift.max(blockSize, carry.count * 2 + (1 << 16))
      let before = carry.count
      let filled = try file.fill(capacity: capacity, keeping: carry, untilPause: true)
      bytesRead += filled.bytes.count - before
      ended = filled.ended
      bytes = filled.bytes
      carry = []
      if ended {
        end = bytes.count
        if end == 0 { return nil }
        break
      }
      guard let newline = bytes.lastIndex(of: 0x0A) else {
        carry = bytes  // a line longer than the block: read on with a bigger one
        continue
      }
      end = newline + 1
      carry = Array(bytes[end...])
      bytes.removeSubrange(end...)
      break
    }
    var lines: [Range<Int>] = []
    let first = nextLineNumber
    bytes.withUnsafeBufferPointer { buffer in
      var start = 0
      while start < end {
        let stop =
          memchr(buffer.baseAddress! + start, 0x0A, end - start).map {
            buffer.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self))
          } ?? end
        var trimmed = stop
        if trimmed > start && buffer[trimmed - 1] == 0x0D { trimmed -= 1 }
        lines.append(start..<trimmed)
        start = stop + 1
      }
    }
    nextLineNumber += lines.count
    return Block(bytes: bytes, lines: lines, firstLineNumber: first)
  }
}

/// Text whose invalid UTF-8 was replaced by U+FFFD, one per bad byte, with what it takes to
/// turn offsets in it back into offsets in the original bytes (`--lossy`).
struct RepairedText {
  var text: String
  /// Where each U+FFFD starts in `text`, in order.
  var replacements: [Int]

  /// `bytes` as text; nil when `bytes` is valid UTF-8 (no repair needed).
  init?(repairing bytes: UnsafeBufferPointer<UInt8>) {
    guard var bad = PCRE2Subject.firstInvalidUTF8Offset(in: bytes) else { return nil }
    var out: [UInt8] = []
    out.reserveCapacity(bytes.count + 16)
    var replacements: [Int] = []
    var index = 0
    while true {
      out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<index + bad]))
      replacements.append(out.count)
      out.append(contentsOf: [0xEF, 0xBF, 0xBD])
      index += bad + 1
      guard index < bytes.count,
        let next = PCRE2Subject.firstInvalidUTF8Offset(in: UnsafeBufferPointer(rebasing: bytes[index...]))
      else { break }
      bad = next
    }
    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index...]))
    self.text = String(decoding: out, as: UTF8.self)
    self.replacements = replacements
  }

  /// The original byte offset of an offset in `text` (each U+FFFD before it stood for one byte).
  func original(_ offset: Int) -> Int {
    var low = 0
    var high = replacements.count
    while low < high {
      let mid = (low + high) / 2
      if replacements[mid] < offset { low = mid + 1 } else { high = mid }
    }
    return offset - 2 * low
  }

  /// The mentions with their offsets (and their holders') in the original bytes.
  func mapping(_ mentions: [Mention]) -> [Mention] {
    mentions.map { mention in
      var mention = mention
      mention.range = original(mention.start)..<original(mention.end)
      if case .title(var title) = mention.value, let holder = title.holder {
        title.holder = .init(text: holder.text, start: original(holder.start), end: original(holder.end))
        mention.value = .title(title)
      }
      return mention
    }
  }
}

/// A document's text from bytes, validated once as it is made; with `lossy`, bad bytes become
/// U+FFFD and the repair is returned so that offsets can be mapped back.
func decodeText(_ bytes: UnsafeBufferPointer<UInt8>, lossy: Bool, place: String, lineNote: String = "")
  throws -> (String, RepairedText?)
{
  if let text = String(validating: bytes, as: UTF8.self) { return (text, nil) }
  let bad = PCRE2Subject.firstInvalidUTF8Offset(in: bytes) ?? 0
  guard lossy else {
    throw InputError(
      description: "\(place): invalid UTF-8 at byte \(bad)\(lineNote) (use --lossy to replace bad bytes)")
  }
  let repaired = RepairedText(repairing: bytes)!
  return (repaired.text, repaired)
}
