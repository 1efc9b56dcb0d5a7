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
  /// - Complexity: O(n log n + L) for `longestFirst` (L: the bytes the mentions cover),
  ///   O(n log n) for `keepAll`, O(n²) worst case for `keepNested`.
  public func resolve(_ mentions: [Mention]) -> [Mention] {
    guard mentions.count > 1 else { return mentions }
    let rank = Dictionary(kindPriority.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
    func priority(_ kind: Kind) -> Int { rank[kind] ?? kindPriority.count }
    var kept: [Mention] = []
    switch strategy {
    case .keepAll:
      var seen = Set<Mention>()
      kept = mentions.filter { seen.insert($0).inserted }
    case .longestFirst, .keepNested:
      let order = mentions.indices.sorted { a, b in
        let x = mentions[a]
        let y = mentions[b]
        if x.range.count != y.range.count { return x.range.count > y.range.count }
        if x.start != y.start { return x.start < y.start }
        let px = priority(x.kind)
        let py = priority(y.kind)
        if px != py { return px < py }
        if x.kind != y.kind { return x.kind < y.kind }
        return a < b
      }
      if strategy == .longestFirst {
        // Kept ranges are disjoint: mark their bytes taken and test a candidate's bytes.
        let low = mentions.map(\.start).min()!
        let high = mentions.map(\.end).max()!
        var taken = [Bool](repeating: false, count: high - low + 1)
        for index in order {
          let range = mentions[index].range
          // An empty mention takes the byte at its place, so it cannot sit inside a kept one.
          let first = range.lowerBound - low
          let span = first..<max(range.upperBound - low, first + 1)
          if span.contains(where: { taken[$0] }) { continue }
          for k in span { taken[k] = true }
          kept.append(mentions[index])
        }
      } else {
        for index in order {
          let candidate = mentions[index]
          let clashes = kept.contains { other in
            let overlaps = other.range.overlaps(candidate.range) || other.range == candidate.range
            let nested =
              other.range != candidate.range && other.range.lowerBound <= candidate.start
              && candidate.end <= other.range.upperBound
            return overlaps && !nested
          }
          if !clashes { kept.append(candidate) }
        }
      }
    }
    return kept.sorted { x, y in
      if x.start != y.start { return x.start < y.start }
      if x.end != y.end { return x.end > y.end }
      return priority(x.kind) < priority(y.kind)
    }
  }
}
