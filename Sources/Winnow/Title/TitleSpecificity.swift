/// Decides whether a title denotes a specific person (GUIDE T1, T2) or is generic: a plural
/// or indefinite without a name, the office itself (`the post of President`), part of an
/// institution's name (`Department of Justice`, `Justice Department`), an occupation word.
enum TitleSpecificity {
  static func isSpecific(_ candidate: TitleCandidate) -> Bool {
    let tokens = candidate.tokens
    let named = candidate.holderRange != nil
    let before = candidate.wordBefore
    let after = candidate.last + 1 < tokens.count ? tokens[candidate.last + 1] : nil

    switch candidate.usage {
    case .capitalizedOnly where !candidate.isCapitalized: return false
    case .needsTail where !candidate.hasTail: return false
    default: break
    }
    if isInstitution(candidate, before: before, after: after) { return false }
    if named { return true }
    if candidate.plural { return false }
    // A capitalized word right after an unnamed title makes it part of a name
    // (`The General Data Protection Regulation`).
    if let after, after.spaced, after.isCapitalized, !TitleWords.notNames.contains(after.lower) {
      return false
    }

    let word = before?.token.kind == .possessive ? "'s" : (before?.token.lower ?? "")
    if TitleWords.indefiniteDeterminers.contains(word) || TitleWords.ordinals.contains(word) {
      return false
    }
    if let before, isOfficeOf(before.index, in: tokens) { return false }
    // `the president's office` is the office.
    if after?.kind == .possessive, candidate.last + 2 < tokens.count,
      ["office", "post", "position"].contains(tokens[candidate.last + 2].lower)
    {
      return false
    }
    let definite = word == "'s" || TitleWords.definiteDeterminers.contains(word)
    switch candidate.usage {
    case .leader:
      return candidate.isModified || (definite && word != "the")
    case .capitalizedOnly:
      return definite
    case .common, .needsTail:
      // Capitalized (`President`), capitalized-premodified (`Austrian central bank
      // governor`) or with its organization (`director of the National Drug Control Office`).
      if candidate.isCapitalized || candidate.hasTail
        || (candidate.isModified && candidate.tokens[candidate.first].isCapitalized)
      {
        return true
      }
      return definite || TitleWords.predicateWords.contains(word)
    }
  }

  /// Whether the title is `the post of …`, `the race for …`: the office, not its holder.
  static func isOfficeOf(_ index: Int, in tokens: [TitleToken]) -> Bool {
    var i = index
    guard tokens[i].isWord else { return false }
    if tokens[i].lower == "the", i > 0 { i -= 1 }
    guard ["of", "for"].contains(tokens[i].lower), i > 0 else { return false }
    return TitleWords.officeNouns.contains(tokens[i - 1].lower)
  }

  /// Whether the head is part of an institution's name: followed by an institution noun
  /// (`Justice Department`) or after `Office of (the)`.
  static func isInstitution(
    _ candidate: TitleCandidate, before: (index: Int, token: TitleToken)?, after: TitleToken?
  ) -> Bool {
    if let after, after.spaced, after.isCapitalized,
      TitleWords.institutionNouns.contains(after.lower), candidate.last == candidate.headLast
    {
      return true
    }
    guard candidate.isCapitalized, var i = before?.index else { return false }
    let tokens = candidate.tokens
    if tokens[i].lower == "the", i > 0 { i -= 1 }
    guard tokens[i].lower == "of", i > 0 else { return false }
    return tokens[i - 1].isCapitalized && TitleWords.institutionsBeforeOf.contains(tokens[i - 1].lower)
  }
}
