/// How the pipeline settles mentions that overlap (SPEC § Overlaps).
public struct OverlapPolicy: Sendable, Hashable {
  public enum Strategy: Sendable, Hashable {
    /// No two mentions overlap: the longest wins, then the earliest, then the kind listed
    /// first in `kindPriority`, then the first found.
    case longestFirst
    /// As `longestFirst`, but a mention wholly inside a kept one is kept too
    /// (the date `2022` inside `Inflation Reduction Act of 2022`).
    case keepNested
    /// Everything is kept (only exact duplicates are dropped).
    case keepAll
  }

  public var strategy: Strategy
  /// Kinds in order of priority for ties; kinds not listed come after, by name.
  public var kindPriority: [Kind]

  public init(_ strategy: Strategy = .longestFirst, kindPriority: [Kind] = OverlapPolicy.builtInPriority) {
    self.strategy = strategy
    self.kindPriority = kindPriority
  }

  /// The built-in order for ties: legislation, money, date, title.
  public static let builtInPriority: [Kind] = [.legislation, .money, .date, .title]

  /// SPEC's default: longest, then earliest, then kind priority.
  public static let standard = OverlapPolicy()

  /// Settles `mentions`; the result is sorted by start, then end, then kind.
  /// - Complexity: O(n) when nothing overlaps (the common case); else O(n log n + L) for
  ///   `longestFirst` (L: the bytes the mentions cover), O(n log n) for `keepAll`, O(n²) worst
  ///   case for `keepNested`.
  public func resolve(_ mentions: [Mention]) -> [Mention] {
    guard mentions.count > 1 else { return mentions }
    if Self.isSortedAndDisjoint(mentions) { return mentions }
    // A handful of kinds: a linear search beats building a dictionary per document.
    let rank = mentions.map { kindPriority.firstIndex(of: $0.kind) ?? kindPriority.count }
    var kept: [Int] = []
    switch strategy {
    case .keepAll:
      var seen = Set<Mention>()
      kept = mentions.indices.filter { seen.insert(mentions[$0]).inserted }
    case .longestFirst, .keepNested:
      let order = mentions.indices.sorted { a, b in
        let x = mentions[a].range
        let y = mentions[b].range
        if x.count != y.count { return x.count > y.count }
        if x.lowerBound != y.lowerBound { return x.lowerBound < y.lowerBound }
        if rank[a] != rank[b] { return rank[a] < rank[b] }
        if mentions[a].kind != mentions[b].kind { return mentions[a].kind < mentions[b].kind }
        return a < b
      }
      kept = strategy == .longestFirst ? Self.longestFirst(order, mentions) : Self.keepNested(order, mentions)
    }
    kept.sort { a, b in
      let x = mentions[a].range
      let y = mentions[b].range
      if x.lowerBound != y.lowerBound { return x.lowerBound < y.lowerBound }
      if x.upperBound != y.upperBound { return x.upperBound > y.upperBound }
      return rank[a] < rank[b]
    }
    return kept.map { mentions[$0] }
  }

  /// Whether the mentions are non-empty, in strict order of start, each ending before the next.
  private static func isSortedAndDisjoint(_ mentions: [Mention]) -> Bool {
    var start = Int.min
    var end = Int.min
    for index in mentions.indices {
      // Read the range in place: iterating the mentions would copy (and retain) each one.
      let range = mentions[index].range
      guard !range.isEmpty, range.lowerBound > start, range.lowerBound >= end else { return false }
      start = range.lowerBound
      end = range.upperBound
    }
    return true
  }

  /// Whether `candidate` clashes with the kept range `taken`: they overlap, or the candidate is
  /// empty and sits inside `taken` or on the same place.
  private static func clash(_ taken: Range<Int>, _ candidate: Range<Int>) -> Bool {
    if candidate.isEmpty {
      return taken.contains(candidate.lowerBound) || taken == candidate
    }
    return taken.overlaps(candidate)
  }

  /// Keeps, in `order`, each mention that overlaps none kept before it.
  private static func longestFirst(_ order: [Int], _ mentions: [Mention]) -> [Int] {
    var kept: [Int] = []
    if mentions.count <= 64 {
      // Few mentions: test against the kept ones directly.
      for index in order {
        let range = mentions[index].range
        if !kept.contains(where: { clash(mentions[$0].range, range) }) { kept.append(index) }
      }
      return kept
    }
    // Many: mark the bytes of kept mentions taken (an empty one takes the byte at its place).
    let low = mentions.map(\.start).min()!
    let high = mentions.map(\.end).max()!
    var taken = [Bool](repeating: false, count: high - low + 1)
    for index in order {
      let range = mentions[index].range
      let first = range.lowerBound - low
      let span = first..<max(range.upperBound - low, first + 1)
      if span.contains(where: { taken[$0] }) { continue }
      for k in span { taken[k] = true }
      kept.append(index)
    }
    return kept
  }

  /// Keeps, in `order`, each mention that only nests inside or beside those kept before it.
  private static func keepNested(_ order: [Int], _ mentions: [Mention]) -> [Int] {
    var kept: [Int] = []
    for index in order {
      let candidate = mentions[index].range
      let clashes = kept.contains { other in
        let range = mentions[other].range
        let overlaps = range.overlaps(candidate) || range == candidate
        let nested =
          range != candidate && range.lowerBound <= candidate.lowerBound
          && candidate.upperBound <= range.upperBound
        return overlaps && !nested
      }
      if !clashes { kept.append(index) }
    }
    return kept
  }
}
