/// The built-in title extractor: head rules find title words; each head is grown to the whole
/// title phrase, linked to its holder, and kept only when it denotes a specific person.
///
/// The head rules are ordinary ``Rule``s (word-triggered, so a document without title words
/// costs one scan); the growing and linking read only the line around each head.
struct TitleExtractor: Extractor {
  let kinds: Set<Kind> = [.title]
  let heads: RuleExtractor
  /// The head words the rules find, for reading a found head's role.
  let headTable: TitleHeads
  /// Word classes of a user's heads beyond the built-in table (usually empty).
  let extraClasses: [UInt64: TitleWordClass]

  init(rules: [Rule], heads headTable: TitleHeads = .builtin) throws(WinnowError) {
    heads = try RuleExtractor(rules: rules)
    self.headTable = headTable
    self.extraClasses =
      headTable.words == TitleHeads.builtin.words ? [:] : TitleWordClass.extra(for: headTable)
  }

  /// A quick look at the bytes around a head that rules out the common generic uses before
  /// any tokenizing: a lowercase head that must be capitalized (`general`, `justice`), `head`
  /// without `of`, a plural followed by neither a name nor an `of`/`for` tail (`ministers said`).
  static func mayBeTitle(
    _ head: Range<Int>, usage: TitleWords.Usage, plural: Bool, in text: DocumentText
  ) -> Bool {
    let firstByte = text[head.lowerBound]
    if case .capitalizedOnly = usage, firstByte >= 0x61, firstByte <= 0x7A { return false }
    // The word after the head across a phrase gap (``TextBytes``), and after a comma.
    let afterGap = text.gap(from: head.upperBound)
    @inline(__always) func nextWord(_ word: StaticString) -> Bool {
      guard let start = afterGap else { return false }
      let letters = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
      return letters.indices.allSatisfy { text[start + $0] == letters[$0] }
        && text.gap(from: start + letters.count) != nil
    }
    if case .needsTail = usage, !nextWord("of") { return false }
    if plural {
      let capital = { (offset: Int) in
        let byte = text[offset]
        return (byte >= 0x41 && byte <= 0x5A) || byte >= 0xC3
      }
      if let start = afterGap, capital(start) { return true }
      if text[head.upperBound] == 0x2C, let start = text.gap(from: head.upperBound + 1), capital(start) {
        return true
      }
      return nextWord("of") || nextWord("for")
    }
    return true
  }

  func extract(from text: DocumentText, workspace: Workspace, into mentions: inout [Mention]) throws {
    // Each head becomes a candidate as the scan finds it; its tokens live only while its
    // holder is linked and its specificity judged. What is kept is ranges and flags, so
    // memory stays proportional to the heads, not to a window of tokens per head.
    var sink = CandidateSink(text: text, headTable: headTable, extraClasses: extraClasses)
    try heads.engine.scan(text, workspace: workspace, into: &sink)
    var candidates = sink.candidates
    guard !candidates.isEmpty else { return }
    if !candidates.indices.dropFirst().allSatisfy({
      candidates[$0 - 1].headRange.lowerBound <= candidates[$0].headRange.lowerBound
    }) {
      candidates.sort { $0.headRange.lowerBound < $1.headRange.lowerBound }
    }
    // A head inside another title (`security adviser minister`, `Office of the President` in a
    // tail) is part of that title. Titles span a few words, so only near neighbours can hold it.
    let neighbours = 6
    candidates = candidates.indices.filter { index in
      let candidate = candidates[index]
      let near = max(0, index - neighbours)..<min(candidates.count, index + neighbours + 1)
      return !near.contains { other in
        other != index && candidates[other].range.lowerBound <= candidate.headRange.lowerBound
          && candidate.headRange.upperBound <= candidates[other].range.upperBound
          && candidates[other].range != candidate.range
      }
    }.map { candidates[$0] }
    TitleHolder.shareAcrossCoordination(&candidates, in: text)
    var specific = candidates.map(\.isSpecific)
    // The second of two coordinated titles is as specific as the first
    // (`the former chairman and chief executive`).
    for index in candidates.indices.dropFirst()
    where !specific[index] && specific[index - 1] && !candidates[index].plural
      && TitleHolder.areCoordinated(candidates[index - 1], candidates[index], in: text)
    {
      specific[index] = true
    }
    for (candidate, isSpecific) in zip(candidates, specific) where isSpecific {
      let holder = candidate.holderRange.map {
        TitleValue.Holder(text: text.phrase($0), start: $0.lowerBound, end: $0.upperBound)
      }
      mentions.append(
        Mention(
          kind: .title, range: candidate.range, text: text.string(candidate.range),
          value: .title(TitleValue(role: candidate.role, holder: holder)), rule: candidate.rule))
    }
  }
}

/// Turns each head the title rules find into a settled candidate at once.
private struct CandidateSink: MentionSink {
  let text: DocumentText
  let headTable: TitleHeads
  let extraClasses: [UInt64: TitleWordClass]
  var candidates: [TitleSettled] = []

  mutating func add(_ mention: Mention) {
    guard let head = TitleRules.head(of: mention, in: headTable),
      TitleExtractor.mayBeTitle(mention.range, usage: head.usage, plural: head.plural, in: text),
      var candidate = TitleCandidate(
        headRange: mention.range, role: head.role, usage: head.usage, plural: head.plural,
        rule: head.rule, in: text, extraClasses: extraClasses)
    else { return }
    // Stacked titles (docs/judgement-calls.md T12): a title's premodifiers never reach back
    // into the title before it.
    if let previous = candidates.suffix(6).last(where: {
      $0.range.lowerBound < candidate.range.lowerBound
        && candidate.range.lowerBound < $0.range.upperBound
        && $0.range.upperBound <= candidate.headRange.lowerBound
    }) {
      candidate.trimLeft(to: previous.range.upperBound)
    }
    TitleHolder.link(&candidate)
    candidates.append(candidate.settled)
  }
}
