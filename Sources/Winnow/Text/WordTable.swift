/// The one word-set type of the library: lists of small integers (rule numbers, word classes)
/// by ``WordHash``, in an open-addressing table probed in a few nanoseconds per token (a
/// `Dictionary` lookup costs several times that on the hot path).
///
/// Most tokens are words no rule is triggered by; a 64 Kibit filter on the hash's top 16 bits
/// (8 KiB, in L1) turns almost all of them away with one load, before any probing.
struct WordTable: Sendable {
  private let filter: [UInt64]
  private let keys: [UInt64]
  /// For slot k: the rules are `rules[starts[k]..<starts[k] + counts[k]]`.
  private let starts: [Int32]
  private let counts: [Int32]
  private let rules: [Int32]
  private let mask: Int
  /// The filter holds 2^(64 - filterShift) bits, one per value of a hash's top bits: 65,536
  /// for the built-in tables, more for a large table (a user's 90,000 acronyms), so that a
  /// word that is not listed still rarely passes it and reaches the keys.
  private let filterShift: UInt64

  init(_ entries: [UInt64: [Int32]]) {
    var capacity = 16
    while capacity < entries.count * 2 { capacity *= 2 }
    var keys = [UInt64](repeating: 0, count: capacity)
    var starts = [Int32](repeating: 0, count: capacity)
    var counts = [Int32](repeating: 0, count: capacity)
    var rules: [Int32] = []
    var filterBits = 1 << 16
    while filterBits < entries.count * 16 { filterBits *= 2 }
    let filterShift = UInt64(64 - filterBits.trailingZeroBitCount)
    var filter = [UInt64](repeating: 0, count: filterBits / 64)
    for (hash, list) in entries.sorted(by: { $0.key < $1.key }) {
      let bit = Int(hash >> filterShift)
      filter[bit >> 6] |= 1 << UInt64(bit & 63)
      var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
      while keys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
      keys[slot] = hash
      starts[slot] = Int32(rules.count)
      counts[slot] = Int32(list.count)
      rules += list
    }
    self.filter = filter
    self.filterShift = filterShift
    self.keys = keys
    self.starts = starts
    self.counts = counts
    self.rules = rules
    self.mask = capacity - 1
  }

  /// A set of `words` (by ``WordHash/of(_:)-(String)``, their whole UTF-8 bytes), each with
  /// `value`.
  init(words: some Sequence<String>, value: Int32 = 0) {
    var entries: [UInt64: [Int32]] = [:]
    for word in words { entries[WordHash.of(word)] = [value] }
    self.init(entries)
  }

  /// Words (by ``WordHash/of(_:)-(String)``) with bit sets: a word listed twice has the union.
  init(bits: [String: UInt32]) {
    var entries: [UInt64: UInt32] = [:]
    for (word, value) in bits { entries[WordHash.of(word), default: 0] |= value }
    self.init(entries.mapValues { [Int32(bitPattern: $0)] })
  }

  var isEmpty: Bool { rules.isEmpty }

  /// Whether a word with hash `hash` is listed.
  @inline(__always)
  func contains(_ hash: UInt64) -> Bool { first(hash) != nil }

  /// Whether the word `range` of `bytes` is listed (its whole bytes, ASCII case ignored).
  @inline(__always)
  func contains(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
    contains(WordHash.of(bytes, range))
  }

  /// The first value listed for the word with hash `hash`, or nil.
  @inline(__always)
  func first(_ hash: UInt64) -> Int32? {
    var found: Int32?
    forEachRule(hash) { value in
      if found == nil { found = Int32(truncatingIfNeeded: value) }
    }
    return found
  }

  /// Calls `body` with each rule triggered by the word whose hash is `hash`.
  @inline(__always)
  func forEachRule(_ hash: UInt64, _ body: (Int) throws -> Void) rethrows {
    let bit = Int(hash >> filterShift)
    let word = filter.withUnsafeBufferPointer { $0[bit >> 6] }
    guard word & (1 << UInt64(bit & 63)) != 0 else { return }
    try keys.withUnsafeBufferPointer { keys in
      var slot = Int(truncatingIfNeeded: hash) & mask
      while true {
        let key = keys[slot]
        if key == hash { break }
        if key == 0 { return }
        slot = (slot + 1) & mask
      }
      let start = Int(starts[slot])
      for k in start..<(start + Int(counts[slot])) { try body(Int(rules[k])) }
    }
  }
}
