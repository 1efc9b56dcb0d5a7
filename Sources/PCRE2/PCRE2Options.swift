/// Compile options for a ``PCRE2Regex``. UTF mode is always on and is not an option.
public struct PCRE2Options: OptionSet, Sendable, Hashable {
  /// The PCRE2 option bits (`PCRE2_CASELESS | PCRE2_EXTENDED`…).
  public let rawValue: UInt32
  /// Options from PCRE2's option bits.
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  /// Letters match both cases. The corresponding PCRE2 option is `PCRE2_CASELESS`.
  public static let caseless = PCRE2Options(rawValue: PCRE2C.caseless)
  /// White space and `#` comments in the pattern are ignored. `PCRE2_EXTENDED`.
  public static let extended = PCRE2Options(rawValue: PCRE2C.extended)
  /// As `extended`, and spaces and tabs inside classes are ignored too. `PCRE2_EXTENDED_MORE`.
  public static let extendedMore = PCRE2Options(rawValue: PCRE2C.extendedMore)
  /// `^` and `$` match at line starts and ends. `PCRE2_MULTILINE`.
  public static let multiline = PCRE2Options(rawValue: PCRE2C.multiline)
  /// `.` matches newlines too. `PCRE2_DOTALL`.
  public static let dotAll = PCRE2Options(rawValue: PCRE2C.dotAll)
  /// `\d`, `\w`, `\b` and POSIX classes use Unicode properties. `PCRE2_UCP`.
  ///
  /// Costly on the hot path (often 10x or more): prefer ASCII classes and `\p{L}` where only
  /// letters need Unicode.
  public static let ucp = PCRE2Options(rawValue: PCRE2C.ucp)
  /// Quantifiers are lazy by default and greedy with `?`. `PCRE2_UNGREEDY`.
  public static let ungreedy = PCRE2Options(rawValue: PCRE2C.ungreedy)
  /// A match must start at the start offset. `PCRE2_ANCHORED` (at compile time, so that JIT
  /// keeps working: PCRE2 10.42 falls back to the interpreter for a match-time anchor).
  public static let anchored = PCRE2Options(rawValue: PCRE2C.anchored)
  /// The pattern is a literal string, not a regular expression. `PCRE2_LITERAL`.
  public static let literal = PCRE2Options(rawValue: PCRE2C.literal)
  /// Plain parentheses do not capture. `PCRE2_NO_AUTO_CAPTURE`.
  public static let noAutoCapture = PCRE2Options(rawValue: PCRE2C.noAutoCapture)
  /// No start-of-match optimizations (first code unit, required code unit, minimum length).
  /// `PCRE2_NO_START_OPTIMIZE`.
  ///
  /// For a pattern tried anchored at many positions: PCRE2 otherwise looks ahead through the
  /// subject for a code unit the match requires, at every attempt.
  public static let noStartOptimize = PCRE2Options(rawValue: PCRE2C.noStartOptimize)
  /// `$` matches only at the very end of the subject. `PCRE2_DOLLAR_ENDONLY`.
  public static let dollarEndOnly = PCRE2Options(rawValue: PCRE2C.dollarEndOnly)
}

/// Whether ``PCRE2Regex`` JIT-compiles its pattern.
public enum PCRE2JITMode: Sendable, Hashable {
  /// JIT-compile where this libpcre2 supports it, else use the interpreter.
  case auto
  /// Always use the interpreter (for comparisons and debugging).
  case never
}

/// Resource limits for matching, so that a runaway pattern ends in a ``PCRE2Error``.
///
/// The corresponding PCRE2 functions are `pcre2_set_match_limit()`, `pcre2_set_depth_limit()`
/// and `pcre2_set_heap_limit()`; JIT matching is bounded by the match limit and its stack.
public struct PCRE2Limits: Sendable, Hashable {
  /// How many times the matcher may call its internal match function (backtracking steps).
  public var matchLimit: UInt32
  /// How deep the interpreter's backtracking may nest.
  public var depthLimit: UInt32
  /// Heap memory, in KiB, the interpreter may use for backtracking.
  public var heapLimitKiB: UInt32
  /// The largest JIT stack, in bytes.
  public var jitStackBytes: Int
  /// The match-limit units all matches run with one ``PCRE2MatchData`` may spend together
  /// until its ``PCRE2MatchData/resetWork()`` (a pipeline resets it per document); nil: no
  /// budget, each call bounded only by ``matchLimit``.
  ///
  /// Each call first runs with a match limit of ``PCRE2MatchData/freeUnits`` (or
  /// ``matchLimit`` if lower): a call that ends within it, as nearly every call does, costs
  /// nothing and nothing more than before. A call that reaches it runs again with a limit 8
  /// times higher, up to ``matchLimit``, and the limits it reached are charged: a lower bound
  /// of its work, within a factor of 8. When the charges reach the budget, the call throws
  /// ``PCRE2Error/Kind/workBudget``. So a pattern that stays just under ``matchLimit`` at
  /// every attempt ends in an error instead of running for minutes, while the free calls'
  /// work is bounded by their number (linear in the subject).
  public var workBudget: UInt64?

  /// Limits for every match: PCRE2's defaults for match and depth, a 20 MB heap and a 1 MB
  /// JIT stack.
  public init(
    matchLimit: UInt32 = 1_000_000, depthLimit: UInt32 = 100_000, heapLimitKiB: UInt32 = 20_000,
    jitStackBytes: Int = 1 << 20, workBudget: UInt64? = nil
  ) {
    self.matchLimit = matchLimit
    self.depthLimit = depthLimit
    self.heapLimitKiB = heapLimitKiB
    self.jitStackBytes = jitStackBytes
    self.workBudget = workBudget
  }

  /// Limits that stop catastrophic backtracking quickly while leaving room for long mentions.
  public static let `default` = PCRE2Limits()
}
