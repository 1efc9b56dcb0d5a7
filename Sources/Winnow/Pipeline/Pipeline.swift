import Dispatch
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

  /// A pipeline of `extractors`, then `passes`, settled by `overlapPolicy`, returning only
  /// `outputKinds` when given. ``standard(_:)`` builds the built-in one.
  public init(
    extractors: [any Extractor], passes: [any DocumentPass] = [],
    overlapPolicy: OverlapPolicy = .standard, outputKinds: Set<Kind>? = nil
  ) {
    self.extractors = extractors
    self.passes = passes
    self.overlapPolicy = overlapPolicy
    self.outputKinds = outputKinds
  }

  /// Every kind some extractor can produce.
  public var kinds: Set<Kind> { extractors.reduce(into: []) { $0.formUnion($1.kinds) } }

  /// The mentions in `document`, sorted by start.
  /// - Throws: ``WinnowError/matchFailed(rule:documentID:_:)`` when a rule hits a matching limit.
  public func extract(from document: Document, workspace: Workspace) throws -> [Mention] {
    try DocumentText.with(document) { text in
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
    try extract(from: document, workspace: Workspace())
  }

  /// The mentions in `text`.
  public func extract(from text: String, referenceDate: CalendarDate? = nil) throws -> [Mention] {
    try extract(from: Document(text: text, referenceDate: referenceDate))
  }

  /// The mentions of each document, in order, extracted on up to `threads` threads
  /// (default: one per core), each with a workspace of its own.
  public func extract(from documents: [Document], threads: Int? = nil) throws -> [[Mention]] {
    let threadCount = max(1, min(threads ?? ProcessInfoCores.count, documents.count))
    if threadCount == 1 {
      let workspace = Workspace()
      return try documents.map { try extract(from: $0, workspace: workspace) }
    }
    let results = ResultSlots(count: documents.count)
    let next = Atomic<Int>(0)
    let pipeline = self
    DispatchQueue.concurrentPerform(iterations: threadCount) { _ in
      // Each worker takes the next document not yet taken: uneven documents stay balanced.
      let workspace = Workspace()
      while true {
        let index = next.add(1, ordering: .relaxed).oldValue
        guard index < documents.count else { return }
        results.set(index, Result { try pipeline.extract(from: documents[index], workspace: workspace) })
      }
    }
    return try results.values()
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

  func values() throws -> [[Mention]] { try slots.map { try $0!.get() } }
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
