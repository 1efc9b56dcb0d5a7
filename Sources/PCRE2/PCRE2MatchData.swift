/// Caller-owned scratch space for matching: PCRE2's match data, match context and JIT stack.
///
/// Create one per thread and reuse it for every match and every regex; nothing is allocated
/// per match. Not `Sendable`: it is mutated by every match.
public final class PCRE2MatchData {
  private(set) var handle: OpaquePointer
  private(set) var pairs: Int
  let context: OpaquePointer
  private var jitStack: OpaquePointer?
  /// The limits every match with this scratch space runs under.
  public private(set) var limits: PCRE2Limits
  /// Match-limit units charged to ``PCRE2Limits/workBudget`` since the last ``resetWork()``.
  public private(set) var spentWork: UInt64 = 0
  /// The match limit every call starts with.
  private var startLimit: UInt32

  /// The match-limit units every call may spend free of ``PCRE2Limits/workBudget``.
  public static let freeUnits: UInt32 = 10_000

  /// Creates match data with room for `pairs` capture pairs (it grows when a regex needs more).
  public init(pairs: Int = 32, limits: PCRE2Limits = .default) {
    let startLimit = Self.startLimit(limits)
    guard let handle = PCRE2C.matchDataCreate(pairs: max(pairs, 1)),
      let context = PCRE2C.matchContextCreate(
        matchLimit: startLimit, depthLimit: limits.depthLimit, heapLimitKiB: limits.heapLimitKiB)
    else { fatalError("PCRE2: out of memory creating match data") }
    self.handle = handle
    self.pairs = PCRE2C.ovectorPairs(handle)
    self.context = context
    self.limits = limits
    self.startLimit = startLimit
    self.jitStack = nil
    assignJITStack()
  }

  private static func startLimit(_ limits: PCRE2Limits) -> UInt32 {
    limits.workBudget == nil ? limits.matchLimit : min(freeUnits, limits.matchLimit)
  }

  private func assignJITStack() {
    if let jitStack { PCRE2C.free(jitStack: jitStack) }
    jitStack = nil
    if PCRE2C.jitAvailable,
      let stack = PCRE2C.jitStackCreate(
        startSize: min(32 * 1024, limits.jitStackBytes), maxSize: limits.jitStackBytes)
    {
      PCRE2C.assign(jitStack: stack, to: context)
      jitStack = stack
    }
  }

  /// Makes every later match run under `limits` (a new JIT stack only when its size changes).
  public func configure(_ limits: PCRE2Limits) {
    guard limits != self.limits else { return }
    let stackChanged = limits.jitStackBytes != self.limits.jitStackBytes
    self.limits = limits
    startLimit = Self.startLimit(limits)
    PCRE2C.set(matchLimit: startLimit, in: context)
    PCRE2C.set(depthLimit: limits.depthLimit, heapLimitKiB: limits.heapLimitKiB, in: context)
    if stackChanged { assignJITStack() }
  }

  /// Starts a new work budget (``PCRE2Limits/workBudget``): a pipeline calls it per document.
  public func resetWork() { spentWork = 0 }

  /// Runs `call` again after it stopped at the match limit, with higher limits, charging the
  /// limits reached to the work budget; returns the last call's code (the match-limit error
  /// when ``PCRE2Limits/matchLimit`` itself was reached).
  /// - Throws: ``PCRE2Error/Kind/workBudget`` when the charges reach the budget.
  func retryCharging(_ call: () -> Int32) throws(PCRE2Error) -> Int32 {
    guard let budget = limits.workBudget else { return PCRE2C.errorMatchLimit }
    var limit = startLimit
    defer { if limit != startLimit { PCRE2C.set(matchLimit: startLimit, in: context) } }
    while true {
      guard limit < limits.matchLimit else { return PCRE2C.errorMatchLimit }
      spentWork += UInt64(limit)
      guard spentWork < budget else {
        throw PCRE2Error(
          kind: .workBudget, code: PCRE2C.errorMatchLimit,
          message: "work budget of \(budget) match-limit units spent (PCRE2Limits.workBudget)")
      }
      limit = UInt32(min(UInt64(limit) * 8, UInt64(limits.matchLimit), budget - spentWork))
      PCRE2C.set(matchLimit: limit, in: context)
      let rc = call()
      guard rc == PCRE2C.errorMatchLimit else { return rc }
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
