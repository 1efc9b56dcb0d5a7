/// An error from PCRE2, as a value: what went wrong, PCRE2's code and message, and where.
public struct PCRE2Error: Error, Sendable, Hashable, CustomStringConvertible {
  /// What kind of failure this is.
  public enum Kind: Sendable, Hashable {
    /// The pattern does not compile; `offset` is the byte offset in the pattern.
    case compile
    /// The match limit was hit: too much backtracking.
    case matchLimit
    /// The depth limit was hit (interpreter).
    case depthLimit
    /// The heap limit was hit (interpreter).
    case heapLimit
    /// The JIT stack ran out.
    case jitStackLimit
    /// The work budget of ``PCRE2Limits/workBudget`` was spent (match-limit units summed
    /// over the calls since ``PCRE2MatchData/resetWork()``).
    case workBudget
    /// The subject is not valid UTF-8; `offset` is the byte offset of the bad character.
    case invalidUTF8
    /// `\K` in an assertion put the match start after its end.
    case startAfterEnd
    /// Any other failure PCRE2 reports while matching, or a failed allocation.
    case other
  }

  /// What kind of failure this is.
  public let kind: Kind
  /// PCRE2's error code (negative for match errors, positive for compile errors).
  public let code: Int32
  /// PCRE2's own message for `code`.
  public let message: String
  /// The byte offset into the pattern (compile errors) or the subject (UTF-8 errors).
  public let offset: Int?
  /// The pattern, for compile errors, so the description can point into it.
  public let pattern: String?

  /// An error of `kind` with PCRE2's `code` and `message`, the byte `offset` it concerns and,
  /// for a compile error, the `pattern`.
  public init(kind: Kind, code: Int32, message: String, offset: Int? = nil, pattern: String? = nil) {
    self.kind = kind
    self.code = code
    self.message = message
    self.offset = offset
    self.pattern = pattern
  }

  init(matchCode code: Int32) {
    let kind: Kind
    switch code {
    case PCRE2C.errorMatchLimit: kind = .matchLimit
    case PCRE2C.errorDepthLimit: kind = .depthLimit
    case PCRE2C.errorHeapLimit: kind = .heapLimit
    case PCRE2C.errorJITStackLimit: kind = .jitStackLimit
    case PCRE2C.errorUTF8First...PCRE2C.errorUTF8Last: kind = .invalidUTF8
    default: kind = .other
    }
    self.init(kind: kind, code: code, message: PCRE2C.message(for: code))
  }

  /// The error on one line, then, for compile errors, the pattern line with a caret under
  /// the offending byte offset.
  public var description: String {
    if kind == .workBudget { return message }
    var text = "PCRE2 error \(code)"
    if let offset { text += kind == .compile ? " at pattern offset \(offset)" : " at byte \(offset)" }
    text += ": \(message)"
    guard kind == .compile, let pattern, let offset else { return text }
    let bytes = Array(pattern.utf8)
    let clamped = min(max(offset, 0), bytes.count)
    // Show only the line that holds the offset (extended patterns span many lines).
    let lineStart = bytes[..<clamped].lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
    let lineEnd = bytes[clamped...].firstIndex(of: 0x0A) ?? bytes.count
    let line = String(decoding: bytes[lineStart..<lineEnd], as: UTF8.self)
    let column = String(decoding: bytes[lineStart..<clamped], as: UTF8.self).count
    return text + "\n    " + line + "\n    " + String(repeating: " ", count: column) + "^"
  }
}
