/// A compiled PCRE2 pattern, always in UTF mode, JIT-compiled where possible.
///
/// Compiled once in `init`, immutable afterwards and shared freely between threads.
///
/// ```swift
/// let regex = try PCRE2Regex(#"\$(?<amount>\d+)"#)
/// let data = PCRE2MatchData()
/// try PCRE2Subject.withSubject("costs $12 or $15") { subject in
///   try regex.forEachMatch(in: subject, using: data) { match in print(match.range) }
/// }
/// ```
public final class PCRE2Regex: @unchecked Sendable {
  // SAFETY: pcre2api, MULTITHREADING: "The compiled form of a regular expression is not
  // altered during matching, so the same compiled pattern can safely be used by several
  // threads at once." The JIT code is likewise read-only once `pcre2_jit_compile()` has
  // returned, which happens in `init`. Every stored property is a `let`, and the per-match
  // mutable state lives in the caller's `PCRE2MatchData`.

  /// The pattern as given.
  public let pattern: String
  /// The compile options (UTF is always added).
  public let options: PCRE2Options
  /// Whether matching runs JIT code (else PCRE2's interpreter).
  public let isJITCompiled: Bool
  /// The number of capture groups (group 0, the whole match, not counted).
  public let captureCount: Int
  /// Group numbers by name (a name may be used by several groups with `(?J)` or `(?|`).
  public var groupIndices: [String: [Int]] {
    Dictionary(zip(groupNames, groupNumbers), uniquingKeysWith: { a, _ in a })
  }
  /// The group names and their numbers, side by side: a builder looks names up per match,
  /// and a linear search over a few short names beats hashing a `String` each time.
  let groupNames: [String]
  let groupNumbers: [[Int]]
  /// Each name's first eight bytes packed into an integer, and its length: a lookup compares
  /// integers, and strings only for longer names that agree on those.
  let groupKeys: [UInt64]
  let groupLengths: [Int]
  /// The bytes a match can start with (256 entries), when PCRE2 can tell; nil when any.
  /// Taken from `PCRE2_INFO_FIRSTBITMAP` / `PCRE2_INFO_FIRSTCODEUNIT` of the pattern compiled
  /// without `anchored` and `noStartOptimize`.
  package let startBytes: [Bool]?

  let code: OpaquePointer
  private let crlfIsNewline: Bool

  /// Compiles `pattern` (explicit byte length; UTF mode) and JIT-compiles it when `jit` allows.
  ///
  /// The corresponding PCRE2 functions are `pcre2_compile()` and `pcre2_jit_compile()`.
  /// - Throws: ``PCRE2Error`` of kind `.compile`, with PCRE2's message and the byte offset.
  public init(_ pattern: String, options: PCRE2Options = [], jit: PCRE2JITMode = .auto)
    throws(PCRE2Error)
  {
    self.pattern = pattern
    self.options = options
    let bits = options.rawValue | PCRE2C.utf
    let compiled = PCRE2Regex.compile(pattern, bits: bits)
    let code: OpaquePointer
    switch compiled {
    case .success(let c): code = c
    case .failure(let failure):
      throw PCRE2Error(
        kind: .compile, code: failure.code, message: PCRE2C.message(for: failure.code),
        offset: failure.offset, pattern: pattern)
    }
    self.code = code
    self.captureCount = PCRE2C.captureCount(code)
    var names: [String] = []
    var numbers: [[Int]] = []
    for (name, group) in PCRE2C.names(code) {
      if let index = names.firstIndex(of: name) {
        numbers[index].append(group)
      } else {
        names.append(name)
        numbers.append([group])
      }
    }
    self.groupNames = names
    self.groupNumbers = numbers
    self.groupKeys = names.map(PCRE2Regex.key)
    self.groupLengths = names.map(\.utf8.count)
    let newline = PCRE2C.newline(code)
    self.crlfIsNewline =
      newline == PCRE2C.newlineCRLF || newline == PCRE2C.newlineAny
      || newline == PCRE2C.newlineAnyCRLF
    let optimizationOff = PCRE2C.anchored | PCRE2C.noStartOptimize
    if bits & optimizationOff != 0 {
      // PCRE2 computes no start bitmap for anchored code or with start optimizations off;
      // ask a twin compiled without those options.
      if case .success(let twin) = PCRE2Regex.compile(pattern, bits: bits & ~optimizationOff) {
        self.startBytes = PCRE2C.startBytes(twin)
        PCRE2C.free(code: twin)
      } else {
        self.startBytes = nil
      }
    } else {
      self.startBytes = PCRE2C.startBytes(code)
    }
    self.isJITCompiled = jit == .auto && PCRE2C.jitAvailable && PCRE2C.jitCompile(code) == 0
  }

  deinit { PCRE2C.free(code: code) }

  /// A name's first eight UTF-8 bytes, packed.
  @inline(__always)
  static func key(_ name: String) -> UInt64 {
    var name = name
    return name.withUTF8 { key(of: $0) }
  }

  @inline(__always)
  static func key(of bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
    var key: UInt64 = 0
    for k in 0..<min(8, bytes.count) { key |= UInt64(bytes[k]) &<< UInt64(8 &* k) }
    return key
  }

  /// The position of group name `name` in ``groupNames``, or nil.
  @inline(__always)
  func namePosition(_ name: String) -> Int? {
    var name = name
    let (key, length) = name.withUTF8 { (PCRE2Regex.key(of: $0), $0.count) }
    for position in groupKeys.indices where groupKeys[position] == key && groupLengths[position] == length {
      if length <= 8 || groupNames[position] == name { return position }
    }
    return nil
  }

  private static func compile(_ pattern: String, bits: UInt32)
    -> Result<OpaquePointer, PCRE2C.CompileFailure>
  {
    var pattern = pattern
    return pattern.withUTF8 { PCRE2C.compile($0, options: bits) }
  }

  /// Whether PCRE2 was built with a JIT compiler for this machine.
  public static var isJITAvailable: Bool { PCRE2C.jitAvailable }

  // MARK: Matching

  /// Runs one match attempt at `offset` (the start when the regex is anchored, else the
  /// leftmost match from there). Lookbehinds and `\b` see the bytes before `offset`.
  ///
  /// The corresponding PCRE2 function is `pcre2_jit_match()` (or `pcre2_match()`).
  /// - Complexity: the match attempt only; no allocation.
  /// - Throws: ``PCRE2Error`` for a limit hit or another matching failure, never a silent
  ///   "no match".
  @inline(__always)
  public func firstMatch(in subject: PCRE2Subject, from offset: Int = 0, using data: PCRE2MatchData)
    throws(PCRE2Error) -> PCRE2Match?
  {
    try match(subject, at: offset, extra: 0, data: data)
  }

  @inline(__always)
  func match(_ subject: PCRE2Subject, at offset: Int, extra: UInt32, data: PCRE2MatchData)
    throws(PCRE2Error) -> PCRE2Match?
  {
    precondition(offset >= 0 && offset <= subject.bytes.count, "offset out of the subject")
    data.reserve(pairs: captureCount + 1)
    // JIT does not take a match-time anchor; such calls (the empty-match retry) use pcre2_match.
    let jit = isJITCompiled && extra & PCRE2C.anchored == 0
    var rc = withBase(subject.bytes) { base in
      PCRE2C.match(
        code, jit: jit, subject: base, length: subject.bytes.count, offset: offset,
        options: extra | PCRE2C.noUTFCheck, matchData: data.handle, context: data.context)
    }
    if rc == PCRE2C.errorMatchLimit {
      rc = try data.retryCharging {
        withBase(subject.bytes) { base in
          PCRE2C.match(
            code, jit: jit, subject: base, length: subject.bytes.count, offset: offset,
            options: extra | PCRE2C.noUTFCheck, matchData: data.handle, context: data.context)
        }
      }
    }
    if rc == PCRE2C.errorNoMatch { return nil }
    if rc < 0 { throw PCRE2Error(matchCode: rc) }
    let ovector = data.ovector
    let start = ovector[0]
    let end = ovector[1]
    if start > end {
      throw PCRE2Error(
        kind: .startAfterEnd, code: 0,
        message: "\\K in an assertion set the match start after its end", offset: start)
    }
    return PCRE2Match(regex: self, range: start..<end, data: data)
  }

  /// Calls `body` with every non-overlapping match from `offset` on, left to right.
  ///
  /// The loop of `pcre2demo.c`: after an empty match it retries at the same place with
  /// `PCRE2_NOTEMPTY_ATSTART | PCRE2_ANCHORED`, and when that fails advances one whole
  /// character (CRLF as one unit when CRLF is a newline), so it never splits a UTF-8 character;
  /// a match that `\K` moved to or before the search start still makes progress.
  /// - Complexity: O(n) calls into PCRE2 at most; no allocation per match.
  public func forEachMatch(
    in subject: PCRE2Subject, from offset: Int = 0, using data: PCRE2MatchData,
    _ body: (PCRE2Match) throws -> Void
  ) throws {
    let bytes = subject.bytes
    let length = bytes.count
    var start = offset
    var retryEmpty = false
    while start <= length {
      let extra = retryEmpty ? PCRE2C.notEmptyAtStart | PCRE2C.anchored : 0
      guard let match = try match(subject, at: start, extra: extra, data: data) else {
        guard retryEmpty, start < length else { return }
        start = nextCharacter(after: start, in: bytes)
        retryEmpty = false
        continue
      }
      let range = match.range
      let startChar = PCRE2C.startChar(data.handle)
      try body(match)
      if range.isEmpty {
        start = range.upperBound
        retryEmpty = true
      } else if range.upperBound <= startChar {
        // \K left the match ending at or before where this attempt began: step past it.
        guard startChar < length else { return }
        start = nextCharacter(after: startChar, in: bytes)
        retryEmpty = false
      } else {
        start = range.upperBound
        retryEmpty = false
      }
    }
  }

  /// The offset of the character after the one at `offset`.
  @inline(__always)
  private func nextCharacter(after offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
    if crlfIsNewline, offset + 1 < bytes.count, bytes[offset] == 0x0D, bytes[offset + 1] == 0x0A {
      return offset + 2
    }
    var next = offset + 1
    while next < bytes.count && bytes[next] & 0xC0 == 0x80 { next += 1 }
    return next
  }

  // MARK: Conveniences over `String`

  /// The byte ranges of every match in `string` (allocates; for tests and tools, not hot loops).
  public func matchRanges(in string: String) throws -> [Range<Int>] {
    let data = PCRE2MatchData(pairs: captureCount + 1)
    var ranges: [Range<Int>] = []
    try PCRE2Subject.withSubject(string) { subject in
      try forEachMatch(in: subject, using: data) { ranges.append($0.range) }
    }
    return ranges
  }

  /// The substrings of every match in `string` (allocates; for tests and tools).
  public func matches(in string: String) throws -> [Substring] {
    let utf8 = string.utf8
    return try matchRanges(in: string).map { range in
      let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
      let upper = utf8.index(utf8.startIndex, offsetBy: range.upperBound)
      return string[lower..<upper]
    }
  }
}

@inline(__always)
private func withBase<R>(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafePointer<UInt8>) -> R)
  -> R
{
  if let base = bytes.baseAddress { return body(base) }
  var empty: UInt8 = 0
  return withUnsafePointer(to: &empty) { body($0) }
}
