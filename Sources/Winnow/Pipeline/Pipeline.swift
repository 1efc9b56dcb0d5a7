import Dispatch
public import PCRE2
import Synchronization

/// Extractors, then document passes, then an overlap policy: the whole of an extraction.
///
/// Immutable and `Sendable` once built (every pattern compiled and JIT-compiled); run it
/// from as many threads as you like, each with its own ``Workspace``.
///
/// ```swift
/// let pipeline = try Pipeline.standard()
/// let mentions = try pipeline.extract(from: Document(text: "It cost $3.4 billion."))
/// ```
public struct Pipeline: Sendable {
  /// The extractors, run in order over each document; append a ``RuleExtractor`` of your
  /// own rules to add kinds.
  public var extractors: [any Extractor]
  /// The document passes, run in order after the overlap policy first settles the
  /// extractors' candidates (date resolution, title holders, legislation short forms).
  public var passes: [any DocumentPass]
  /// How overlapping mentions are settled, after the extractors and again after the passes.
  public var overlapPolicy: OverlapPolicy
  /// When set, only mentions of these kinds are returned (every extractor still runs, so
  /// overlaps settle as in a full run).
  public var outputKinds: Set<Kind>?
  /// The matching limits every document runs under: PCRE2's match, depth and heap limits and
  /// JIT stack per match call, and the work budget per document (match-limit units summed
  /// over the document, `PCRE2Limits.workBudget`). A document that reaches one fails with
  /// ``WinnowError/matchFailed(rule:documentID:_:)`` naming the rule and the document; the
  /// other documents of a batch are not affected.
  public var limits: PCRE2Limits

  /// The limits a pipeline has unless told otherwise: PCRE2's default limits per call, a
  /// 1 MB JIT stack, and a work budget of 100 million match-limit units per document (about
  /// a second of backtracking beyond the free first units of each call; no built-in rule
  /// spends any of it on ordinary or pathological text).
  public static let defaultLimits = PCRE2Limits(workBudget: 100_000_000)

  /// A pipeline of `extractors`, then `passes`, settled by `overlapPolicy`, returning only
  /// `outputKinds` when given, matching under `limits`. ``standard(_:)`` builds the built-in
  /// one.
  public init(
    extractors: [any Extractor], passes: [any DocumentPass] = [],
    overlapPolicy: OverlapPolicy = .standard, outputKinds: Set<Kind>? = nil,
    limits: PCRE2Limits = Pipeline.defaultLimits
  ) {
    self.extractors = extractors
    self.passes = passes
    self.overlapPolicy = overlapPolicy
    self.outputKinds = outputKinds
    self.limits = limits
  }

  /// Every kind some extractor can produce.
  public var kinds: Set<Kind> { extractors.reduce(into: []) { $0.formUnion($1.kinds) } }

  /// The mentions in `document`, sorted by start. The workspace takes the pipeline's
  /// ``limits`` and a fresh work budget.
  /// - Throws: ``WinnowError/matchFailed(rule:documentID:_:)`` when a rule hits a matching
  ///   limit or the document's work budget.
  public func extract(from document: Document, workspace: Workspace) throws -> [Mention] {
    workspace.matchData.configure(limits)
    workspace.matchData.resetWork()
    return try DocumentText.with(document) { text in
      var mentions: [Mention] = []
      for extractor in extractors {
        try extractor.extract(from: text, workspace: workspace, into: &mentions)
      }
      overlapPolicy.resolve(&mentions)
      if !passes.isEmpty {
        for pass in passes { try pass.apply(to: &mentions, in: text, workspace: workspace) }
        overlapPolicy.resolve(&mentions)
      }
      if let outputKinds { mentions.removeAll { !outputKinds.contains($0.kind) } }
      return mentions
    }
  }

  /// The mentions in `document`, with a workspace made for this call.
  public func extract(from document: Document) throws -> [Mention] {
    try extract(from: document, workspace: Workspace(limits: limits))
  }

  /// The mentions in `text`.
  public func extract(from text: String, referenceDate: CalendarDate? = nil) throws -> [Mention] {
    try extract(from: Document(text: text, referenceDate: referenceDate))
  }

  /// The mentions of each document, in order, extracted on up to `threads` threads
  /// (default: one per core), each with a workspace of its own.
  /// - Throws: the first failed document's error (in document order), after every document
  ///   has run; ``extractEach(from:threads:)`` keeps the others' mentions.
  public func extract(from documents: [Document], threads: Int? = nil) throws -> [[Mention]] {
    try extractEach(from: documents, threads: threads).map { try $0.get() }
  }

  /// Each document's mentions or its error, in document order, extracted on up to `threads`
  /// threads (default: one per core), each with a workspace of its own. One document's
  /// failure (a limit, its work budget) never discards the others' mentions.
  public func extractEach(from documents: [Document], threads: Int? = nil) -> [Result<[Mention], any Error>] {
    let threadCount = max(1, min(threads ?? ProcessInfoCores.count, documents.count))
    if threadCount == 1 {
      let workspace = Workspace(limits: limits)
      return documents.map { document in Result { try extract(from: document, workspace: workspace) } }
    }
    let results = ResultSlots(count: documents.count)
    let next = Atomic<Int>(0)
    let pipeline = self
    DispatchQueue.concurrentPerform(iterations: threadCount) { _ in
      // Each worker takes the next document not yet taken: uneven documents stay balanced.
      let workspace = Workspace(limits: pipeline.limits)
      while true {
        let index = next.add(1, ordering: .relaxed).oldValue
        guard index < documents.count else { return }
        results.set(index, Result { try pipeline.extract(from: documents[index], workspace: workspace) })
      }
    }
    return results.values()
  }
}

/// Result slots written by disjoint indices from several threads.
private final class ResultSlots: @unchecked Sendable {
  // SAFETY: each index is written by exactly one worker (the atomic counter hands each out
  // once), through raw storage (no access to a shared array), and read only after
  // concurrentPerform has returned, which orders the writes before the reads.
  private let slots: UnsafeMutableBufferPointer<Result<[Mention], any Error>?>

  init(count: Int) {
    slots = .allocate(capacity: count)
    slots.initialize(repeating: nil)
  }

  deinit {
    slots.deinitialize()
    slots.deallocate()
  }

  func set(_ index: Int, _ value: Result<[Mention], any Error>) { slots[index] = value }

  func values() -> [Result<[Mention], any Error>] { slots.map { $0! } }
}

enum ProcessInfoCores {
  static var count: Int {
    #if canImport(Glibc)
      return max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN))))
    #else
      return 2
    #endif
  }
}

#if canImport(Glibc)
  import Glibc
#endif
