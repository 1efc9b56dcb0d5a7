/// Rule lists by word hash: an open-addressing table, probed in a few nanoseconds per token
/// (a `Dictionary` lookup costs several times that on the hot path).
struct WordTable: Sendable {
  private let keys: [UInt64]
  /// For slot k: the rules are `rules[starts[k]..<starts[k] + counts[k]]`.
  private let starts: [Int32]
  private let counts: [Int32]
  private let rules: [Int32]
  private let mask: Int

  init(_ entries: [UInt64: [Int32]]) {
    var capacity = 16
    while capacity < entries.count * 2 { capacity *= 2 }
    var keys = [UInt64](repeating: 0, count: capacity)
    var starts = [Int32](repeating: 0, count: capacity)
    var counts = [Int32](repeating: 0, count: capacity)
    var rules: [Int32] = []
    for (hash, list) in entries.sorted(by: { $0.key < $1.key }) {
      var slot = Int(truncatingIfNeeded: hash) & (capacity - 1)
      while keys[slot] != 0 { slot = (slot + 1) & (capacity - 1) }
      keys[slot] = hash
      starts[slot] = Int32(rules.count)
      counts[slot] = Int32(list.count)
      rules += list
    }
    self.keys = keys
    self.starts = starts
    self.counts = counts
    self.rules = rules
    self.mask = capacity - 1
  }

  var isEmpty: Bool { rules.isEmpty }

  /// Calls `body` with each rule triggered by the word whose hash is `hash`.
  @inline(__always)
  func forEachRule(_ hash: UInt64, _ body: (Int) throws -> Void) rethrows {
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
