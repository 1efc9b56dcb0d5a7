/// The built-in title extractor: head rules find title words; each head is grown to the whole
/// title phrase, linked to its holder, and kept only when it denotes a specific person.
///
/// The head rules are ordinary ``Rule``s (word-triggered, so a document without title words
/// costs one scan); the growing and linking read only the line around each head.
struct TitleExtractor: Extractor {
  let kinds: Set<Kind> = [.title]
  let heads: RuleExtractor

  init(rules: [Rule]) throws(WinnowError) {
    heads = try RuleExtractor(rules: rules)
  }

  func extract(from text: DocumentText, workspace: Workspace, into mentions: inout [Mention]) throws {
    var found: [Mention] = []
    try heads.extract(from: text, workspace: workspace, into: &found)
    guard !found.isEmpty else { return }
    found.sort { $0.start < $1.start }
    var candidates: [TitleCandidate] = found.compactMap { mention in
      guard let head = TitleRules.head(of: mention) else { return nil }
      return TitleCandidate(
        headRange: mention.range, role: head.role, usage: head.usage, plural: head.plural,
        rule: mention.rule, in: text)
    }
    // A head inside another title (`security adviser minister`, `Office of the President` in a
    // tail) is part of that title.
    candidates = candidates.filter { candidate in
      !candidates.contains { other in
        other.range != candidate.range && other.range.lowerBound <= candidate.headRange.lowerBound
          && candidate.headRange.upperBound <= other.range.upperBound
      }
    }
    for index in candidates.indices { TitleHolder.link(&candidates[index]) }
    TitleHolder.shareAcrossCoordination(&candidates, in: text)
    var specific = candidates.map(TitleSpecificity.isSpecific)
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
        TitleValue.Holder(text: text.string($0), start: $0.lowerBound, end: $0.upperBound)
      }
      mentions.append(
        Mention(
          kind: .title, range: candidate.range, text: text.string(candidate.range),
          value: .title(TitleValue(role: candidate.role, holder: holder)), rule: candidate.rule))
    }
  }
}
