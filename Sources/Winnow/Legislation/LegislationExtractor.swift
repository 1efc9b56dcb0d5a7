/// The built-in legislation extractor: one pass over the document's shared token index
/// (``Workspace``), looking each word up in one table of trigger words:
///
/// - a kind word (`Act`, `Treaty`) hands over to ``LegislationNameReader``;
/// - the last word of a listed short name (``LegislationShortNames``: `USMCA`, `New START`)
///   makes a mention named as written (docs/judgement-calls.md L3);
/// - a designation's first word (`H`, `Bill`, `Executive`, `Regulation`) tries the
///   designation rules of ``LegislationRules/rules(_:)``, anchored there (docs/judgement-calls.md L4).
///
/// The table is probed once per token, so the extractor costs little more than the index.
struct LegislationExtractor: Extractor {
  /// Rule id of a listed short name standing alone.
  static let shortNameRule = "legislation.short-name"

  /// Rule id of a listed short name that counts only beside a provision (`Section 302 IPC`).
  static let provisionShortNameRule = "legislation.short-name-provision"

  /// What a trigger word starts.
  enum Target: Sendable {
    case kindWord(word: [UInt8], kind: LegislationValue.InstrumentKind)
    case shortName(
      name: String, lastWord: [UInt8], kind: LegislationValue.InstrumentKind,
      context: LegislationShortNames.Context)
    case designation(rule: Int)
  }

  /// Lowercase kind words that make a popular name after a place's name (docs/judgement-calls.md L10: `Minsk
  /// accords`, `Paris agreement`, `Kyoto protocol`, `Warsaw pact`). Not `bill` (`GOP bill`,
  /// `Senate bill`) nor `convention` (`Republican convention`): those name no instrument more
  /// often than not.
  static let popularKinds: [(word: [UInt8], kind: LegislationValue.InstrumentKind)] = {
    let words: [(String, LegislationValue.InstrumentKind)] = [
      ("accord", .accord), ("accords", .accord), ("agreement", .agreement), ("agreements", .agreement),
      ("treaty", .treaty), ("pact", .pact), ("protocol", .protocol),
    ]
    return words.map { (Array($0.0.utf8), $0.1) }
  }()
  /// Their token-index hashes, probed for lowercase tokens only.
  private let popularKindHashes: [UInt64] = popularKinds.map {
    WordHash.letters(String(decoding: $0.word, as: UTF8.self))!
  }

  let kinds: Set<Kind> = [.legislation]
  var designations: [Rule] { engine.rules }
  /// The designation rules, compiled (anchored) as any rule set is.
  private let engine: RuleEngine
  private let targets: [Target]
  private let table: WordTable

  /// Compiles the designation `rules` and builds the trigger table, with `shortNames` as the
  /// listed short names (``LegislationShortNames/table`` and a user's acronyms).
  init(
    designations rules: [Rule],
    shortNames: [LegislationShortNames.Entry] = LegislationShortNames.table
  ) throws(WinnowError) {
    self.engine = try RuleEngine(rules: rules, jit: .auto)
    var targets: [Target] = []
    var entries: [UInt64: [Int32]] = [:]
    func add(_ word: String, _ target: Target) {
      guard let hash = WordHash.letters(word) else { return }
      entries[hash, default: []].append(Int32(targets.count))
      targets.append(target)
    }
    for (word, kind) in LegislationKindWords.kinds {
      add(word, .kindWord(word: Array(word.utf8), kind: kind))
    }
    for entry in shortNames {
      let last = String(entry.written.split(separator: " ").last!)
      add(
        last,
        .shortName(name: entry.written, lastWord: Array(last.utf8), kind: entry.kind, context: entry.context))
    }
    for (index, rule) in rules.enumerated() {
      guard case .words(let words, _) = rule.trigger.storage else { continue }
      for word in words { add(word, .designation(rule: index)) }
    }
    self.targets = targets
    self.table = WordTable(entries)
  }

  func extract(from text: DocumentText, workspace: Workspace, into mentions: inout [Mention]) throws {
    let index = workspace.tokens
    index.index(text)
    let tokens = LegislationTokens(text: text)
    let reader = LegislationNameReader()
    var memory = LegislationNameReader.Memory()
    let first = mentions.count
    let positions = index.positions
    let hashes = index.hashes
    for token in 0..<positions.count {
      let hash = hashes[token]
      guard hash != 0 else { continue }
      let offset = Int(positions[token])
      guard LegislationTokens.isUpper(text.bytes[offset]) else {
        // `Minsk accords`, `Kyoto protocol`: a lowercase kind word after a place's name.
        if let popular = popularKindHashes.firstIndex(of: hash),
          let mention = reader.popularName(
            kindWord: Self.popularKinds[popular].word, kind: Self.popularKinds[popular].kind, at: offset,
            tokens)
        {
          mentions.append(mention)
        }
        continue
      }
      try table.forEachRule(hash) { target in
        switch targets[target] {
        case .kindWord(let word, let kind):
          guard let end = Self.wholeWord(word, at: offset, tokens),
            let mention = reader.name(headWord: offset..<end, kind: kind, tokens, memory: &memory)
          else { return }
          mentions.append(mention)
        case .shortName(let name, let lastWord, let kind, let context):
          guard let end = Self.wholeWord(lastWord, at: offset, tokens) else { return }
          let start = end - name.utf8.count
          guard start >= 0, !tokens.isWordCharacter(before: start), text.string(start..<end) == name
          else {
            return
          }
          if context == .besideProvision, !Self.isBesideProvision(start..<end, tokens) { return }
          mentions.append(
            Mention(
              kind: .legislation, range: start..<end, text: name,
              value: .legislation(LegislationValue(name: name, kind: kind)),
              rule: context == .anywhere ? Self.shortNameRule : Self.provisionShortNameRule))
        case .designation(let rule):
          if let mention = try engine.mention(rule, at: offset, in: text, workspace: workspace) {
            mentions.append(mention)
          }
        }
      }
    }
    // `The Da Vinci Code` written as a work's title once: none of its uses is an instrument.
    if !memory.workTitles.isEmpty {
      var kept = first
      for index in first..<mentions.count
      where mentions[index].kind != .legislation || !memory.workTitles.contains(mentions[index].text) {
        mentions.swapAt(kept, index)
        kept += 1
      }
      mentions.removeSubrange(kept...)
    }
  }

  /// Whether a provision is cited right before or after `range` (`Section 302 IPC`, `u/s
  /// 482 of the Cr.P.C.`, `Order XXXIX Rule 1 CPC`, `IPC Section 420`, `sections 302/34 IPC`):
  /// a provision word, then numbers (with `and`, `,`, `/`, `r/w`), then perhaps `of the`.
  static func isBesideProvision(_ range: Range<Int>, _ tokens: LegislationTokens) -> Bool {
    let text = tokens.text
    func bare(_ word: Substring) -> String {
      var word = word.lowercased()
      while let last = word.last, last == "." || last == "," || last == ":" { word.removeLast() }
      return word
    }
    let after = text.string(range.upperBound..<min(tokens.count, range.upperBound + 16))
    if let next = after.split(whereSeparator: { $0 == " " || $0 == "," }).first,
      after.first == " " || after.first == ",",
      LegislationShortNames.provisionWords.contains(bare(next))
    {
      return true
    }
    var line = text.string(max(0, range.lowerBound - 100)..<range.lowerBound)
    if let newline = line.lastIndex(where: { $0 == "\n" || $0 == "\r" }) {
      line = String(line[line.index(after: newline)...])
    }
    var sawNumber = false
    for piece in line.split(separator: " ").reversed().prefix(12) {
      let word = bare(piece)
      if LegislationShortNames.provisionWords.contains(word) { return sawNumber }
      // `S.302 IPC`, `u/s.482 Cr.P.C.`: the provision word glued to its number.
      if let dot = word.firstIndex(of: "."),
        LegislationShortNames.provisionWords.contains(String(word[..<dot])),
        word[word.index(after: dot)...].first?.isNumber == true
      {
        return true
      }
      if ["of", "the", "under", "and", "&", "to", "with", "r/w", "read", "u/s", "/"].contains(word) {
        continue
      }
      if word.contains(where: \.isNumber) || !word.isEmpty && word.allSatisfy({ "ivxlc()".contains($0) }) {
        sawNumber = true
        continue
      }
      return false
    }
    return false
  }

  /// The end of `word` written exactly at `offset` as a whole word, or nil.
  @inline(__always)
  static func wholeWord(_ word: [UInt8], at offset: Int, _ tokens: LegislationTokens) -> Int? {
    let end = offset + word.count
    guard end <= tokens.count else { return nil }
    for index in 0..<word.count where tokens[offset + index] != word[index] { return nil }
    return tokens.isWordCharacter(before: end + 1) ? nil : end
  }
}
