/// The built-in legislation extractor: one pass over the document's shared token index
/// (``Workspace``), looking each word up in one table of trigger words:
///
/// - a kind word (`Act`, `Treaty`) hands over to ``LegislationNameReader``;
/// - the last word of a listed short name (``LegislationShortNames``: `USMCA`, `New START`)
///   makes a mention named as written (GUIDE L3);
/// - a designation's first word (`H`, `Bill`, `Executive`, `Regulation`) tries the
///   designation rules of ``LegislationRules/rules(_:)``, anchored there (GUIDE L4).
///
/// The table is probed once per token, so the extractor costs little more than the index.
struct LegislationExtractor: Extractor {
  /// Rule id of a listed short name standing alone.
  static let shortNameRule = "legislation.short-name"

  /// What a trigger word starts.
  enum Target: Sendable {
    case kindWord(word: [UInt8], kind: LegislationValue.InstrumentKind)
    case shortName(name: String, lastWord: [UInt8], kind: LegislationValue.InstrumentKind)
    case designation(rule: Int)
  }

  let kinds: Set<Kind> = [.legislation]
  var designations: [Rule] { engine.rules }
  /// The designation rules, compiled (anchored) as any rule set is.
  private let engine: RuleEngine
  private let targets: [Target]
  private let table: WordTable

  /// Compiles the designation `rules` and builds the trigger table.
  init(designations rules: [Rule]) throws(WinnowError) {
    self.engine = try RuleEngine(rules: rules, jit: .auto)
    var targets: [Target] = []
    var entries: [UInt64: [Int32]] = [:]
    func add(_ word: String, _ target: Target) {
      guard let hash = wordHash(word) else { return }
      entries[hash, default: []].append(Int32(targets.count))
      targets.append(target)
    }
    for (word, kind) in LegislationKindWords.kinds {
      add(word, .kindWord(word: Array(word.utf8), kind: kind))
    }
    for (name, kind) in LegislationShortNames.names {
      let last = String(name.split(separator: " ").last!)
      add(last, .shortName(name: name, lastWord: Array(last.utf8), kind: kind))
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
    let positions = index.positions
    let hashes = index.hashes
    for token in 0..<positions.count {
      let hash = hashes[token]
      guard hash != 0 else { continue }
      let offset = Int(positions[token])
      guard LegislationTokens.isUpper(text.bytes[offset]) else { continue }
      try table.forEachRule(hash) { target in
        switch targets[target] {
        case .kindWord(let word, let kind):
          guard let end = Self.wholeWord(word, at: offset, tokens),
            let mention = reader.name(headWord: offset..<end, kind: kind, tokens)
          else { return }
          mentions.append(mention)
        case .shortName(let name, let lastWord, let kind):
          guard let end = Self.wholeWord(lastWord, at: offset, tokens) else { return }
          let start = end - name.utf8.count
          guard start >= 0, !tokens.isWordCharacter(before: start), text.string(start..<end) == name
          else {
            return
          }
          mentions.append(
            Mention(
              kind: .legislation, range: start..<end, text: name,
              value: .legislation(LegislationValue(name: name, kind: kind)), rule: Self.shortNameRule))
        case .designation(let rule):
          if let mention = try engine.mention(rule, at: offset, in: text, workspace: workspace) {
            mentions.append(mention)
          }
        }
      }
    }
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
