/// Decides whether a title denotes a specific person (docs/judgement-calls.md T1, T2) or is generic: a plural
/// or indefinite without a name, the office itself (`the post of President`), part of an
/// institution's name (`Department of Justice`, `Justice Department`), an occupation word.
enum TitleSpecificity {
  /// Whether `candidate` denotes a specific person; `named` says whether it has a holder
  /// (by default, whether it has one yet: a coordinated title may lend it one later).
  static func isSpecific(_ candidate: TitleCandidate, named: Bool? = nil) -> Bool {
    let tokens = candidate.tokens
    let named = named ?? (candidate.holderRange != nil)
    let before = candidate.wordBefore
    let after = candidate.last + 1 < tokens.count ? tokens[candidate.last + 1] : nil

    switch candidate.usage {
    case .capitalizedOnly where !candidate.isCapitalized: return false
    case .needsTail where !candidate.hasTail: return false
    case .needsModifier where !candidate.isModified: return false
    case .leader where isRanking(candidate): return false
    default: break
    }
    if candidate.usage == .informal || candidate.usage == .needsModifier,
      !candidate.hasTail, let after, isCompoundNoun(after, head: candidate)
    {
      return false  // `member states`, `coach trip`, `chief negotiator`
    }
    if isInstitution(candidate, before: before, after: after) { return false }
    if isMemberOfStates(candidate) { return false }
    // `Kings Cross`, `Premiership leaders Chelsea`: a plural before one name is a place or a
    // team; `Presidents Biden and Lopez Obrador` names several people.
    if candidate.plural, named, candidate.holderPlace == .after, let holder = candidate.holder,
      holder.lowerBound == candidate.last + 1,
      !(holder.upperBound < tokens.count
        && (tokens[holder.upperBound].matches(any: ["and", "&"]) || tokens[holder.upperBound].is(",")))
    {
      return false
    }
    // `The Return of the King`: a capitalized title at the end of a title-case name.
    if !named, candidate.usage == .capitalizedOnly, let before, before.token.matches("the"),
      before.index >= 2, tokens[before.index - 1].matches("of"), tokens[before.index - 2].isCapitalized,
      !TitleWords.institutionsBeforeOf.contains(tokens[before.index - 2].lower)
    {
      return false
    }
    if named { return true }
    if candidate.plural { return false }
    // `any other European leader`, `the other minister`: not one specific person.
    if let before, before.token.matches("other") { return false }
    // A capitalized word right after an unnamed title makes it part of a name
    // (`The General Data Protection Regulation`).
    if let after, after.spaced, after.isCapitalized, !TitleWords.notNames.contains(after.lower) {
      return false
    }

    var word = before?.token.kind == .possessive ? "'s" : (before?.token.lower ?? "")
    // `for An Taoiseach`: a capitalized `An` inside a sentence is the Irish article.
    if word == "an", let before, before.token.isCapitalized, candidate.isCapitalized,
      before.index > 0, tokens[before.index - 1].isWord
    {
      word = "the"
    }
    if TitleWords.indefiniteDeterminers.contains(word) {
      // `elected as a Fine Gael TD`, `I am a member of the Public Accounts Committee`
      // (docs/judgement-calls.md T13): a predicative title with its organization or capitals.
      guard let before, before.index > 0, word == "a" || word == "an" else { return false }
      let verb = tokens[before.index - 1]
      if verb.matches(any: ["am", "is", "was"]) { return candidate.hasTail }
      // `named a director of the company` stays an indefinite description (docs/judgement-calls.md T1).
      return verb.matches("as")
        && (candidate.hasTail || candidate.isCapitalized
          || (candidate.isModified && tokens[candidate.first].isCapitalized))
    }
    if TitleWords.ordinals.contains(word) { return false }
    if let before, isOfficeOf(before.index, in: tokens) { return false }
    // `the president's office` is the office.
    if after?.kind == .possessive, candidate.last + 2 < tokens.count,
      ["office", "post", "position"].contains(tokens[candidate.last + 2].lower)
    {
      return false
    }
    let definite = word == "'s" || TitleWords.definiteDeterminers.contains(word)
    switch candidate.usage {
    case .informal:
      // `Renault boss`, `UN humanitarian chief`, `the Labour MP`; not a bare `the boss`, nor
      // a capitalized name with no determiner (`Football Manager`, the game).
      if candidate.isCapitalized, !definite, candidate.first < candidate.headFirst,
        candidate.rule != TitleRules.parliamentAbbreviation.id
      {
        return false
      }
      return candidate.isModified
        || (definite && candidate.rule == TitleRules.parliamentAbbreviation.id)
    case .needsModifier:
      // `the Bundesbank board member`, `member of the Public Accounts Committee`; not
      // `a crucial EU member`.
      return candidate.hasTail || definite
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

  /// Whether the title is `member of the EU` (a state's membership, not a person's seat).
  static func isMemberOfStates(_ candidate: TitleCandidate) -> Bool {
    guard candidate.rule == "title.parliament-member", candidate.hasTail else { return false }
    let tokens = candidate.tokens
    var i = candidate.headLast + 1
    guard tokens[i].matches("of") else { return false }
    i += 1
    if i < tokens.count, tokens[i].matches("the") { i += 1 }
    return i < tokens.count && TitleWords.bodiesOfStates.contains(tokens[i].lower)
  }

  /// Whether `leader` ranks a company or a competitor rather than naming a position
  /// (`Market leader Nintendo`, `the world leader in chips`), docs/judgement-calls.md T2.
  static func isRanking(_ candidate: TitleCandidate) -> Bool {
    guard candidate.headFirst > 0 else { return false }
    let token = candidate.tokens[candidate.headFirst - 1]
    return token.isWord && TitleWords.rankingLeaderWords.contains(token.lower)
  }

  /// Whether `after`, the word after an informal head, makes the head a noun modifier
  /// (`member states`, `coach trip`, `manager job`), or, after `chief`, the head an adjective
  /// (`chief negotiator`): a lowercase word that is not a function word or a reporting verb.
  static func isCompoundNoun(_ after: TitleToken, head candidate: TitleCandidate) -> Bool {
    guard after.isWord, after.spaced, !after.isCapitalized else { return false }
    let word = after.lower
    if TitleWords.compoundNouns.contains(word) { return true }
    guard candidate.tokens[candidate.headLast].matches("chief") else { return false }
    return
      !(after.classes.contains(.leftStop) || TitleWords.reportingVerbs.contains(word)
      || word.hasSuffix("ed"))
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
    // `Chairman Bill Staron`: an institution noun that opens a full name is a first name.
    let opensName =
      candidate.holderPlace == .after
      && candidate.holder.map { TitleHolder.words($0, candidate.tokens) >= 2 } == true
    if let after, after.spaced, after.isCapitalized, !opensName,
      TitleWords.institutionNouns.contains(after.lower), candidate.last == candidate.headLast
    {
      return true
    }
    // `the Franklin County Sheriff"s Office`: a possessive whose apostrophe became a quote.
    let tokens = candidate.tokens
    let next = candidate.last + 1
    if next + 2 < tokens.count, tokens[next].is("\""), !tokens[next].spaced, tokens[next + 1].matches("s"),
      !tokens[next + 1].spaced, tokens[next + 2].isCapitalized,
      TitleWords.institutionNouns.contains(tokens[next + 2].lower)
    {
      return true
    }
    guard candidate.isCapitalized, var i = before?.index else { return false }
    if tokens[i].lower == "the", i > 0 { i -= 1 }
    guard tokens[i].lower == "of", i > 0 else { return false }
    return tokens[i - 1].isCapitalized && TitleWords.institutionsBeforeOf.contains(tokens[i - 1].lower)
  }
}
