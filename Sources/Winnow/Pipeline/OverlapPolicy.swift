/// How the pipeline settles mentions that overlap (docs/values.md § Overlaps).
public struct OverlapPolicy: Sendable, Hashable {
  /// What happens to a mention that overlaps a longer one.
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

  /// What happens to a mention that overlaps a longer one.
  public var strategy: Strategy
  /// Kinds in order of priority for ties; kinds not listed come after, by name.
  public var kindPriority: [Kind]

  /// A policy with `strategy` and the order of kinds for ties.
  public init(_ strategy: Strategy = .longestFirst, kindPriority: [Kind] = OverlapPolicy.builtInPriority) {
    self.strategy = strategy
    self.kindPriority = kindPriority
  }

  /// The built-in order for ties: legislation, money, date, title.
  public static let builtInPriority: [Kind] = [.legislation, .money, .date, .title]

  /// The default (docs/values.md § Overlaps): longest, then earliest, then kind priority.
  public static let standard = OverlapPolicy()

  /// Settles `mentions`; the result is sorted by start, then end, then kind.
  /// - Complexity: O(n) when nothing overlaps (the common case); else O(n log n + L) for
  ///   `longestFirst` (L: the bytes the mentions cover), O(n log n) for `keepAll`, O(n²) worst
  ///   case for `keepNested`.
  public func resolve(_ mentions: [Mention]) -> [Mention] {
    var mentions = mentions
    resolve(&mentions)
    return mentions
  }

  /// Settles `mentions` in place, moving them rather than copying them.
  func resolve(_ mentions: inout [Mention]) {
    guard mentions.count > 1 else { return }
    // The kind's priority is read only to break ties (comparing kinds compares strings).
    func priority(_ kind: Kind) -> Int { kindPriority.firstIndex(of: kind) ?? kindPriority.count }
    // Reading order: by start, longer first, then priority; stable, so found order breaks
    // what is left.
    mentions.sort { x, y in
      if x.start != y.start { return x.start < y.start }
      if x.end != y.end { return x.end > y.end }
      return x.kind != y.kind && priority(x.kind) < priority(y.kind)
    }
    if strategy != .keepAll && Self.isSortedAndDisjoint(mentions) { return }
    var kept: [Int]
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
        let kx = mentions[a].kind
        let ky = mentions[b].kind
        if kx != ky {
          let (px, py) = (priority(kx), priority(ky))
          return px != py ? px < py : kx < ky
        }
        return a < b
      }
      kept = strategy == .longestFirst ? Self.longestFirst(order, mentions) : Self.keepNested(order, mentions)
    }
    guard kept.count < mentions.count else { return }
    // Keep the kept ones, in reading order, by moving (swapping) them to the front.
    var keep = [Bool](repeating: false, count: mentions.count)
    for index in kept { keep[index] = true }
    var write = 0
    for read in mentions.indices where keep[read] {
      if read != write { mentions.swapAt(read, write) }
      write += 1
    }
    mentions.removeLast(mentions.count - write)
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
