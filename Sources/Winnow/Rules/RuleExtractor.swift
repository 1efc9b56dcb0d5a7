import PCRE2

/// An extractor made of ``Rule``s: the way every built-in kind is written, and the way a user
/// adds a kind of their own.
///
/// All patterns are compiled and JIT-compiled in `init`. Extraction makes one pass over the
/// bytes and tries each rule, anchored, only where its ``Trigger`` says a match can start.
public struct RuleExtractor: Extractor {
  /// The rules, in the order given.
  public var rules: [Rule] { engine.rules }
  public let kinds: Set<Kind>
  let engine: RuleEngine

  /// Compiles `rules`.
  /// - Throws: ``WinnowError/invalidRule(id:_:)`` naming the rule whose pattern does not
  ///   compile, or ``WinnowError/duplicateRuleID(_:)``.
  public init(rules: [Rule], jit: PCRE2JITMode = .auto) throws(WinnowError) {
    self.engine = try RuleEngine(rules: rules, jit: jit)
    self.kinds = Set(rules.map(\.kind))
  }

  public func extract(from text: DocumentText, workspace: Workspace, into mentions: inout [Mention])
    throws
  {
    try engine.scan(text, workspace: workspace, into: &mentions)
  }
}

/// The compiled rules and the tables that say where to try each one.
final class RuleEngine: Sendable {
  let rules: [Rule]
  let regexes: [PCRE2Regex]
  /// For each byte, the rules whose start-byte trigger admits it (flattened: byteStart[b] ..<
  /// byteStart[b + 1] in byteRules).
  let byteStart: [Int32]
  let byteRules: [Int32]
  /// Word-triggered rules by the hash of the lowercased word.
  let wordRules: [UInt64: [Int32]]
  /// Which bytes can start a trigger word.
  let wordFirstByte: [Bool]
  let lookbehind: [Int]
  let everywhereRules: [Int]

  init(rules: [Rule], jit: PCRE2JITMode) throws(WinnowError) {
    var ids = Set<String>()
    var regexes: [PCRE2Regex] = []
    var byteLists = [[Int32]](repeating: [], count: 256)
    var wordRules: [UInt64: [Int32]] = [:]
    var wordFirstByte = [Bool](repeating: false, count: 256)
    var lookbehind = [Int](repeating: 0, count: rules.count)
    var everywhere: [Int] = []
    for (index, rule) in rules.enumerated() {
      guard ids.insert(rule.id).inserted else { throw .duplicateRuleID(rule.id) }
      var options = rule.options
      if rule.trigger.storage != .everywhere { options.insert(.anchored) }
      let regex: PCRE2Regex
      do {
        regex = try PCRE2Regex(rule.pattern, options: options, jit: jit)
      } catch {
        throw .invalidRule(id: rule.id, error)
      }
      regexes.append(regex)
      switch rule.trigger.storage {
      case .everywhere:
        everywhere.append(index)
      case .startBytes:
        guard let start = regex.startBytes else {
          // PCRE2 cannot tell where a match starts: fall back to a plain scan.
          do {
            regexes[index] = try PCRE2Regex(rule.pattern, options: rule.options, jit: jit)
          } catch {
            throw .invalidRule(id: rule.id, error)
          }
          everywhere.append(index)
          continue
        }
        for byte in 0..<256 where start[byte] { byteLists[byte].append(Int32(index)) }
      case .words(let words, let behind):
        lookbehind[index] = behind
        for word in words {
          let bytes = Array(word.utf8)
          guard let first = bytes.first, isASCIILetter(first) else { continue }
          wordFirstByte[Int(first | 0x20)] = true
          wordFirstByte[Int(first & ~0x20)] = true
          // The scanner hashes a word's leading run of letters; so does this.
          wordRules[wordHash(bytes.prefix(while: isASCIILetter)), default: []].append(Int32(index))
        }
      }
    }
    var byteStart: [Int32] = [0]
    var flat: [Int32] = []
    for list in byteLists {
      flat += list
      byteStart.append(Int32(flat.count))
    }
    self.rules = rules
    self.regexes = regexes
    self.byteStart = byteStart
    self.byteRules = flat
    self.wordRules = wordRules
    self.wordFirstByte = wordFirstByte
    self.lookbehind = lookbehind
    self.everywhereRules = everywhere
  }

  /// One pass over the bytes: at each word start and each non-word character, the rules
  /// triggered there are tried, anchored.
  func scan(_ text: DocumentText, workspace: Workspace, into mentions: inout [Mention]) throws {
    let bytes = text.bytes
    let n = bytes.count
    var state = ScanState(
      engine: self, text: text, data: workspace.matchData,
      nextAllowed: workspace.nextAllowed)
    state.reset(count: rules.count)
    defer { workspace.nextAllowed = state.nextAllowed }

    try byteStart.withUnsafeBufferPointer { byteStart in
      try byteRules.withUnsafeBufferPointer { byteRules in
        @inline(__always) func tryStartBytes(_ byte: UInt8, at position: Int) throws {
          let from = Int(byteStart[Int(byte)])
          let to = Int(byteStart[Int(byte) + 1])
          guard from < to else { return }
          for k in from..<to {
            try state.attempt(Int(byteRules[k]), at: position, into: &mentions)
          }
        }
        var i = 0
        while i < n {
          let byte = bytes[i]
          let cls = byteClass(byte)
          if cls >= ByteClass.wordStart {
            try tryStartBytes(byte, at: i)
            if cls == ByteClass.letter && wordFirstByte[Int(byte)] {
              var j = i
              var hash = fnvOffset
              while j < n, isASCIILetter(bytes[j]), j - i < 32 {
                hash = (hash ^ UInt64(bytes[j] | 0x20)) &* fnvPrime
                j += 1
              }
              if let triggered = wordRules[hash] {
                for rule in triggered {
                  try state.attemptWord(Int(rule), at: i, lookbehind: lookbehind[Int(rule)], into: &mentions)
                }
              }
            }
            i += 1
            while i < n && byteClass(bytes[i]) >= ByteClass.wordByte { i += 1 }
          } else {
            try tryStartBytes(byte, at: i)
            i += 1
          }
        }
      }
    }
    for index in everywhereRules {
      let rule = rules[index]
      do {
        try regexes[index].forEachMatch(in: text.subject, using: workspace.matchData) { match in
          state.accept(index, match: match, into: &mentions)
        }
      } catch let error as PCRE2Error {
        throw WinnowError.matchFailed(rule: rule.id, documentID: text.document.id, error)
      }
    }
  }
}

/// The per-document state of one scan.
private struct ScanState {
  let engine: RuleEngine
  let text: DocumentText
  let data: PCRE2MatchData
  var nextAllowed: [Int]

  init(engine: RuleEngine, text: DocumentText, data: PCRE2MatchData, nextAllowed: [Int]) {
    self.engine = engine
    self.text = text
    self.data = data
    self.nextAllowed = nextAllowed
  }

  mutating func reset(count: Int) {
    nextAllowed.removeAll(keepingCapacity: true)
    nextAllowed.append(contentsOf: repeatElement(0, count: count))
  }

  /// Tries rule `index` anchored at `position`; keeps an accepted match.
  @inline(__always)
  mutating func attempt(_ index: Int, at position: Int, into mentions: inout [Mention]) throws {
    guard position >= nextAllowed[index] else { return }
    let match: PCRE2Match?
    do {
      match = try engine.regexes[index].firstMatch(in: text.subject, from: position, using: data)
    } catch {
      throw WinnowError.matchFailed(rule: engine.rules[index].id, documentID: text.document.id, error)
    }
    if let match { accept(index, match: match, into: &mentions) }
  }

  /// Tries a word-triggered rule at the word at `position`, or, with a lookbehind, at each
  /// word start up to `lookbehind` bytes before it; keeps the first match that reaches it.
  mutating func attemptWord(
    _ index: Int, at position: Int, lookbehind: Int, into mentions: inout [Mention]
  ) throws {
    guard lookbehind > 0 else { return try attempt(index, at: position, into: &mentions) }
    let bytes = text.bytes
    var q = max(position - lookbehind, nextAllowed[index], 0)
    while q <= position {
      let isStart =
        q == position
        || (byteClass(bytes[q]) >= ByteClass.wordStart
          && (q == 0 || byteClass(bytes[q - 1]) < ByteClass.wordByte))
      if isStart {
        let match: PCRE2Match?
        do {
          match = try engine.regexes[index].firstMatch(in: text.subject, from: q, using: data)
        } catch {
          throw WinnowError.matchFailed(
            rule: engine.rules[index].id, documentID: text.document.id, error)
        }
        if let match, match.range.upperBound > position {
          if accept(index, match: match, into: &mentions) { return }
        }
      }
      q += 1
    }
  }

  /// Builds the mention for a match; returns whether the builder accepted it.
  @discardableResult
  mutating func accept(_ index: Int, match: PCRE2Match, into mentions: inout [Mention]) -> Bool {
    let range = match.range
    guard !range.isEmpty else { return false }
    let rule = engine.rules[index]
    guard let value = rule.build(RuleMatch(text: text, rule: rule, match: match)) else {
      return false
    }
    mentions.append(
      Mention(kind: rule.kind, range: range, text: text.string(range), value: value, rule: rule.id))
    nextAllowed[index] = range.upperBound
    return true
  }
}

// MARK: Bytes

/// Byte classes for finding word starts without decoding: ASCII letters and digits, and the
/// lead bytes of characters taken as word characters, start words; continuation bytes only
/// continue them. The lead bytes 0xC2 (U+0080–U+00BF: `£`, `¥`, no-break space) and 0xE2
/// (U+2000–U+2FFF: `€`, `₹`, dashes, quotes) are symbols, not word characters.
enum ByteClass {
  static let other: UInt8 = 0
  static let symbolLead: UInt8 = 1
  /// Everything at or above this continues a word.
  static let wordByte: UInt8 = 2
  static let continuation: UInt8 = 2
  /// Everything at or above this starts a word.
  static let wordStart: UInt8 = 3
  static let wordLead: UInt8 = 3
  static let digit: UInt8 = 4
  static let letter: UInt8 = 5

  static let table: [UInt8] = (0..<256).map { b in
    switch b {
    case 0x30...0x39: return digit
    case 0x41...0x5A, 0x61...0x7A: return letter
    case 0x80...0xBF: return continuation
    case 0xC2, 0xE2: return symbolLead
    case 0xC3...0xF4: return wordLead
    default: return other
    }
  }
}

@inline(__always)
func byteClass(_ byte: UInt8) -> UInt8 {
  ByteClass.table.withUnsafeBufferPointer { $0[Int(byte)] }
}

@inline(__always)
func isASCIILetter(_ byte: UInt8) -> Bool {
  (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A
}

let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
let fnvPrime: UInt64 = 0x100_0000_01b3

/// FNV-1a of the lowercased ASCII letters, as the scanner computes it.
func wordHash(_ bytes: ArraySlice<UInt8>) -> UInt64 {
  var hash = fnvOffset
  for byte in bytes.prefix(32) { hash = (hash ^ UInt64(byte | 0x20)) &* fnvPrime }
  return hash
}
