import PCRE2

/// An extractor made of ``Rule``s: the way every built-in kind is written, and the way a user
/// adds a kind of their own.
///
/// All patterns are compiled and JIT-compiled in `init`. Extraction walks the document's
/// token index (word starts and symbols, found once per document for the whole pipeline) and
/// tries each rule, anchored, only at the tokens its ``Trigger`` admits.
public struct RuleExtractor: Extractor {
  /// The rules, in the order given.
  public var rules: [Rule] { engine.rules }
  /// The kinds of its rules.
  public let kinds: Set<Kind>
  let engine: RuleEngine

  /// Compiles `rules`.
  /// - Throws: ``WinnowError/invalidRule(id:_:)`` naming the rule whose pattern does not
  ///   compile, or ``WinnowError/duplicateRuleID(_:)``.
  public init(rules: [Rule], jit: PCRE2JITMode = .auto) throws(WinnowError) {
    self.engine = try RuleEngine(rules: rules, jit: jit)
    self.kinds = Set(rules.map(\.kind))
  }

  /// Tries every rule where its trigger allows and appends the accepted matches.
  /// - Throws: ``WinnowError/matchFailed(rule:documentID:_:)`` when a rule hits a limit.
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
  /// The same regexes, unretained: the engine keeps them alive, and an attempt then costs no
  /// reference counting.
  // SAFETY: every reference is to an element of `regexes`, a `let` of this engine, so each
  // regex outlives every use made through the engine; the refs are read only by the engine's
  // own scan, which runs while the engine is alive (the caller holds the extractor).
  let regexRefs: [Unmanaged<PCRE2Regex>]
  /// For each byte, the rules whose start-byte trigger admits it (flattened: the rules of
  /// byte b are `byteRules[byteStart[b]..<byteStart[b + 1]]`).
  let byteStart: [Int32]
  let byteRules: [Int32]
  /// Word-triggered rules by the hash of the lowercased word.
  let wordRules: WordTable
  let lookbehind: [Int]
  /// Per rule, the bytes allowed after the triggering word (256 bits), when the trigger says
  /// so (``Trigger/followed(by:)``); `hasNextFilter` marks those rules.
  let nextFilter: [UInt64]
  let hasNextFilter: [Bool]
  /// Per rule, the bytes a match can start with (256 bits, as PCRE2 computes them; all when it
  /// cannot tell): a lookbehind tries only the tokens that start with one of them.
  let startFilter: [UInt64]
  /// Rules run as a plain unanchored scan.
  let everywhereRules: [Int]

  /// How trigger-driven rules are compiled: anchored (PCRE2 then tries one position), and
  /// without start-of-match optimizations, which would otherwise scan ahead through the
  /// whole subject for a required code unit at every one of the many anchored attempts.
  static let anchoredOptions: PCRE2Options = [.anchored, .noStartOptimize]

  init(rules: [Rule], jit: PCRE2JITMode) throws(WinnowError) {
    let anchoredOptions = RuleEngine.anchoredOptions
    var ids = Set<String>()
    var regexes: [PCRE2Regex] = []
    var byteLists = [[Int32]](repeating: [], count: 256)
    var words: [UInt64: [Int32]] = [:]
    var lookbehind = [Int](repeating: 0, count: rules.count)
    var nextFilter = [UInt64](repeating: 0, count: 4 * rules.count)
    var hasNextFilter = [Bool](repeating: false, count: rules.count)
    var startFilter = [UInt64](repeating: ~0, count: 4 * rules.count)
    var everywhere: [Int] = []
    func compile(_ rule: Rule, _ options: PCRE2Options) throws(WinnowError) -> PCRE2Regex {
      do {
        return try PCRE2Regex(rule.pattern, options: options, jit: jit)
      } catch {
        throw .invalidRule(id: rule.id, error)
      }
    }
    for (index, rule) in rules.enumerated() {
      guard ids.insert(rule.id).inserted else { throw .duplicateRuleID(rule.id) }
      if let next = rule.trigger.next {
        hasNextFilter[index] = true
        for byte in next { nextFilter[4 * index + Int(byte >> 6)] |= 1 << UInt64(byte & 63) }
      }
      switch rule.trigger.storage {
      case .everywhere:
        regexes.append(try compile(rule, rule.options))
        everywhere.append(index)
      case .startBytes:
        let regex = try compile(rule, rule.options.union(anchoredOptions))
        // Tokens never start at white space; a pattern that can (or that can start with any
        // byte, as far as PCRE2 can tell) gets a plain scan instead.
        guard let start = regex.startBytes,
          !(0..<256).contains(where: { start[$0] && TextBytes.isWhiteByte(UInt8($0)) })
        else {
          regexes.append(try compile(rule, rule.options))
          everywhere.append(index)
          continue
        }
        regexes.append(regex)
        for byte in 0..<256 where start[byte] { byteLists[byte].append(Int32(index)) }
      case .bytes(let bytes, let behind):
        regexes.append(try compile(rule, rule.options.union(anchoredOptions)))
        lookbehind[index] = behind
        for byte in bytes { byteLists[Int(byte)].append(Int32(index)) }
      case .words(let triggerWords, let behind):
        regexes.append(try compile(rule, rule.options.union(anchoredOptions)))
        lookbehind[index] = behind
        for word in triggerWords {
          guard let hash = WordHash.letters(word) else { continue }
          if words[hash, default: []].last != Int32(index) { words[hash, default: []].append(Int32(index)) }
        }
      }
    }
    for (index, regex) in regexes.enumerated() {
      guard let start = regex.startBytes else { continue }
      for word in 0..<4 {
        var bits: UInt64 = 0
        for bit in 0..<64 where start[64 * word + bit] { bits |= 1 << UInt64(bit) }
        startFilter[4 * index + word] = bits
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
    self.regexRefs = regexes.map { Unmanaged.passUnretained($0) }
    self.byteStart = byteStart
    self.byteRules = flat
    self.wordRules = WordTable(words)
    self.lookbehind = lookbehind
    self.nextFilter = nextFilter
    self.hasNextFilter = hasNextFilter
    self.startFilter = startFilter
    self.everywhereRules = everywhere
  }

  /// Whether rule `rule` may be tried at `position`: it has no next-byte filter, or the first
  /// byte after the word's leading letters there, across a phrase gap (``TextBytes``), is an
  /// allowed one.
  @inline(__always)
  private func nextAllows(_ rule: Int, at position: Int, _ text: DocumentText) -> Bool {
    guard hasNextFilter[rule] else { return true }
    let bytes = text.bytes
    var i = position
    while i < bytes.count && TextBytes.isLetter(bytes[i]) { i += 1 }
    guard let next = text.skipGap(from: i), next < bytes.count else { return false }
    i = next
    let byte = bytes[i]
    return nextFilter[4 * rule + Int(byte >> 6)] & (1 << UInt64(byte & 63)) != 0
  }

  /// Lends the dispatch tables as buffers, so the token loop neither retains nor checks them.
  @inline(__always)
  private func withTables<R>(
    _ body: (UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int32>, UnsafeBufferPointer<Int>) throws -> R
  ) rethrows -> R {
    try byteStart.withUnsafeBufferPointer { byteStart in
      try byteRules.withUnsafeBufferPointer { byteRules in
        try lookbehind.withUnsafeBufferPointer { try body(byteStart, byteRules, $0) }
      }
    }
  }

  /// The mention rule `index` makes at `offset` (anchored, for a trigger-driven rule), or nil
  /// when it does not match there or its builder rejects the match: for an extractor of its
  /// own that decides where to try a rule.
  func mention(_ index: Int, at offset: Int, in text: DocumentText, workspace: Workspace) throws
    -> Mention?
  {
    let match: PCRE2Match?
    do {
      // A designation is short: look for the end of its phrase a little way ahead only (cut
      // back to a whole character), so a long paragraph is not read to its end per attempt.
      var stop = min(text.bytes.count, offset + 1024)
      while stop < text.bytes.count, stop > offset, text.bytes[stop] & 0xC0 == 0x80 { stop -= 1 }
      let subject = PCRE2Subject(
        trusted: UnsafeBufferPointer(rebasing: text.bytes[..<text.phraseLimit(from: offset, stop: stop)]))
      match = try regexes[index].firstMatch(in: subject, from: offset, using: workspace.matchData)
    } catch {
      throw WinnowError.matchFailed(rule: rules[index].id, documentID: text.document.id, error)
    }
    guard let match, !match.range.isEmpty,
      let value = rules[index].build(RuleMatch(text: text, engine: self, ruleIndex: index, match: match))
    else { return nil }
    return Mention(
      kind: rules[index].kind, range: match.range, text: text.string(match.range), value: value,
      rule: rules[index].id)
  }

  /// Tries the rules at the document's tokens, then runs the plain-scan rules.
  func scan(_ text: DocumentText, workspace: Workspace, into mentions: inout some MentionSink) throws {
    var state = ScanState(engine: self, text: text, workspace: workspace)
    defer { workspace.nextAllowed = state.nextAllowed }
    if !byteRules.isEmpty || !wordRules.isEmpty {
      let tokens = workspace.tokens
      tokens.index(text)
      let positions = tokens.positions
      let hashes = tokens.hashes
      try withTables { byteStart, byteRules, lookbehind in
        let bytes = text.bytes
        for t in 0..<positions.count {
          let position = Int(positions[t])
          let byte = Int(bytes[position])
          let from = Int(byteStart[byte])
          let to = Int(byteStart[byte + 1])
          if from < to {
            for k in from..<to {
              let rule = Int(byteRules[k])
              guard nextAllows(rule, at: position, text) else { continue }
              try state.attemptTriggered(
                rule, token: t, positions: positions, lookbehind: lookbehind[rule], into: &mentions)
            }
          }
          let hash = hashes[t]
          if hash != 0 {
            try wordRules.forEachRule(hash) { rule in
              guard nextAllows(rule, at: position, text) else { return }
              try state.attemptTriggered(
                rule, token: t, positions: positions, lookbehind: lookbehind[rule], into: &mentions)
            }
          }
        }
      }
    }
    for index in everywhereRules {
      do {
        try regexes[index].forEachMatch(in: text.subject, using: workspace.matchData) { match in
          state.accept(index, match: match, into: &mentions)
        }
      } catch let error as PCRE2Error {
        throw WinnowError.matchFailed(rule: rules[index].id, documentID: text.document.id, error)
      }
    }
  }
}

/// The per-document state of one engine's scan.
private struct ScanState {
  let engine: RuleEngine
  let text: DocumentText
  let data: PCRE2MatchData
  /// Per rule, the offset before which no new match may start (the end of its last match).
  var nextAllowed: [Int]

  init(engine: RuleEngine, text: DocumentText, workspace: Workspace) {
    self.engine = engine
    self.text = text
    self.data = workspace.matchData
    self.nextAllowed = workspace.nextAllowed
    nextAllowed.removeAll(keepingCapacity: true)
    nextAllowed.append(contentsOf: repeatElement(0, count: engine.rules.count))
  }

  /// Tries rule `index` anchored at `position`; keeps an accepted match.
  @inline(__always)
  mutating func attempt(_ index: Int, at position: Int, into mentions: inout some MentionSink) throws {
    guard position >= nextAllowed[index] else { return }
    if let match = try firstMatch(index, at: position) { accept(index, match: match, into: &mentions) }
  }

  /// Tries a rule at token `token`, or, with a lookbehind, at each token up to `lookbehind`
  /// bytes before it, earliest first; keeps the first match that reaches the token.
  mutating func attemptTriggered(
    _ index: Int, token: Int, positions: UnsafeBufferPointer<Int32>, lookbehind: Int,
    into mentions: inout some MentionSink
  ) throws {
    let position = Int(positions[token])
    guard lookbehind > 0 else { return try attempt(index, at: position, into: &mentions) }
    let earliest = max(position - lookbehind, nextAllowed[index])
    var first = token
    while first > 0 && Int(positions[first - 1]) >= earliest { first -= 1 }
    let bytes = text.bytes
    for t in first...token {
      let start = Int(positions[t])
      let byte = bytes[start]
      guard engine.startFilter[4 * index + Int(byte >> 6)] & (1 << UInt64(byte & 63)) != 0 else { continue }
      if let match = try firstMatch(index, at: start), match.range.upperBound > position,
        accept(index, match: match, into: &mentions)
      {
        return
      }
    }
  }

  /// Where the current stretch of phrases ends (``DocumentText/phraseLimit(from:)``) and the
  /// offset it was found from: no phrase ends between them.
  private var lineFrom = 0
  private var lineEnd = -1

  /// The subject an attempt at `position` reads: the text up to the next blank line, or line
  /// break where lines do not join, so no match runs across either.
  @inline(__always)
  private mutating func subject(at position: Int) -> PCRE2Subject {
    if position < lineFrom, text.phraseLimit(from: position, stop: lineFrom) == lineFrom {
      // An earlier token (a lookbehind) in the same stretch: only the bytes between are read.
      lineFrom = position
    } else if position < lineFrom || position > lineEnd {
      lineFrom = position
      lineEnd = text.phraseLimit(from: position)
    }
    return PCRE2Subject(trusted: UnsafeBufferPointer(rebasing: text.bytes[..<lineEnd]))
  }

  @inline(__always)
  private mutating func firstMatch(_ index: Int, at position: Int) throws -> PCRE2Match? {
    let subject = subject(at: position)
    let result = engine.regexRefs[index]._withUnsafeGuaranteedRef { regex in
      Result { () throws(PCRE2Error) in try regex.firstMatch(in: subject, from: position, using: data) }
    }
    switch result {
    case .success(let match): return match
    case .failure(let error):
      throw WinnowError.matchFailed(rule: engine.rules[index].id, documentID: text.document.id, error)
    }
  }

  /// Builds the mention for a match; returns whether the builder accepted it.
  @discardableResult
  mutating func accept(_ index: Int, match: PCRE2Match, into mentions: inout some MentionSink) -> Bool {
    let range = match.range
    guard !range.isEmpty else { return false }
    // Read the rule's fields in place: copying a `Rule` retains all of its parts.
    let build = engine.rules[index].build
    guard let value = build(RuleMatch(text: text, engine: engine, ruleIndex: index, match: match)) else {
      return false
    }
    mentions.add(
      Mention(
        kind: engine.rules[index].kind, range: range, text: text.string(range), value: value,
        rule: engine.rules[index].id))
    nextAllowed[index] = range.upperBound
    return true
  }
}

/// Where a rule engine puts the mentions it finds: an array, or an extractor's own consumer
/// that reduces each mention as it comes (the title extractor keeps ranges, not mentions).
protocol MentionSink {
  mutating func add(_ mention: Mention)
}

extension Array: MentionSink where Element == Mention {
  @inline(__always)
  mutating func add(_ mention: Mention) { append(mention) }
}
