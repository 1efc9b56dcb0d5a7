public import PCRE2

/// Per-thread scratch space for running a pipeline: PCRE2 match data and reusable buffers.
///
/// Make one per thread (or per task) and pass it to every call; nothing in it is shared.
/// Model: regex-automata's `Cache`.
public final class Workspace {
  /// The match data every rule uses.
  public let matchData: PCRE2MatchData
  /// Per-rule "no match may start before" offsets, reused across documents.
  var nextAllowed: [Int] = []
  /// The current document's word starts and symbols, shared by every rule engine.
  let tokens = TokenIndex()

  /// A workspace whose matches run under `limits` (match, depth and heap limits, JIT stack).
  public init(limits: PCRE2Limits = Pipeline.defaultLimits) {
    self.matchData = PCRE2MatchData(pairs: 32, limits: limits)
  }
}
