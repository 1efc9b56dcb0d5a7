/// Caller-owned scratch space for matching: PCRE2's match data, match context and JIT stack.
///
/// Create one per thread and reuse it for every match and every regex; nothing is allocated
/// per match. Not `Sendable`: it is mutated by every match.
public final class PCRE2MatchData {
  private(set) var handle: OpaquePointer
  private(set) var pairs: Int
  let context: OpaquePointer
  private let jitStack: OpaquePointer?
  /// The limits every match with this scratch space runs under.
  public let limits: PCRE2Limits

  /// Creates match data with room for `pairs` capture pairs (it grows when a regex needs more).
  public init(pairs: Int = 32, limits: PCRE2Limits = .default) {
    guard let handle = PCRE2C.matchDataCreate(pairs: max(pairs, 1)),
      let context = PCRE2C.matchContextCreate(
        matchLimit: limits.matchLimit, depthLimit: limits.depthLimit,
        heapLimitKiB: limits.heapLimitKiB)
    else { fatalError("PCRE2: out of memory creating match data") }
    self.handle = handle
    self.pairs = PCRE2C.ovectorPairs(handle)
    self.context = context
    self.limits = limits
    if PCRE2C.jitAvailable,
      let stack = PCRE2C.jitStackCreate(
        startSize: min(32 * 1024, limits.jitStackBytes), maxSize: limits.jitStackBytes)
    {
      PCRE2C.assign(jitStack: stack, to: context)
      self.jitStack = stack
    } else {
      self.jitStack = nil
    }
  }

  deinit {
    PCRE2C.free(matchData: handle)
    PCRE2C.free(matchContext: context)
    if let jitStack { PCRE2C.free(jitStack: jitStack) }
  }

  /// Makes room for `needed` pairs; allocates only when a regex with more groups first comes.
  @inline(__always)
  func reserve(pairs needed: Int) {
    guard needed > pairs else { return }
    guard let bigger = PCRE2C.matchDataCreate(pairs: needed) else {
      fatalError("PCRE2: out of memory creating match data")
    }
    PCRE2C.free(matchData: handle)
    handle = bigger
    pairs = PCRE2C.ovectorPairs(bigger)
  }

  // SAFETY: PCRE2 owns this memory, inside `handle`; it is valid until `handle` is freed or
  // replaced (`reserve(pairs:)`, `deinit`), and it is read only right after a match, before
  // the next one on the same match data.
  @inline(__always)
  var ovector: UnsafeMutablePointer<Int> { PCRE2C.ovector(handle) }
}
