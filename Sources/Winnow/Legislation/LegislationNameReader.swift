/// Reads the name around a kind word (docs/values.md § legislation, docs/judgement-calls.md L1, L2, L5, L6, L8):
///
/// - the kind word (``LegislationKindWords``) is the head; a capitalized word right after it
///   means it is not (`National Company Law Appellate Tribunal`, `Protocol Bill`);
/// - the name reaches left over capitalized words and inner connectors (`Infrastructure
///   Investment and Jobs Act`) and stops at `the`, a stop word, a lowercase word, a number,
///   punctuation, a leading jurisdiction (`U.S.`, `Mexico's` → `value.jurisdiction`); one
///   reached from an institution (`Ministry of Law`) is none;
/// - it reaches right over its year (`of 2022`, ` 2002`, `, 2016`) or its `of`/`on`/`for`
///   tail (`Framework for Security, Public Health, and Safe Communities`);
/// - a kind word with no name words is not a name (`the Act`), except a constitution with a
///   jurisdiction (`the U.S. Constitution` → `Constitution`).
struct LegislationNameReader {
  /// Rule id of a name read around its kind word.
  static let namedRule = "legislation.named-instrument"
  /// Rule id of a bare `Constitution` after a jurisdiction word (docs/judgement-calls.md L2).
  static let constitutionRule = "legislation.jurisdiction-constitution"
  /// Rule id of a bare `the Constitution` with no jurisdiction word (docs/judgement-calls.md L11).
  static let bareConstitutionRule = "legislation.bare-constitution"
  /// Rule id of a name with a parenthesized part (`Crime (International Co-operation) Act
  /// 2003`, `Finance (No. 2) Bill`, `Code of Civil Procedure (Amendment) Act, 1976`).
  static let parenthesizedRule = "legislation.parenthesized-name"
  /// Rule id of an act cited by number and year (`Act No. 20 of 2014`, `Punjab Act 2 of
  /// 1985`, docs/judgement-calls.md L12).
  static let numberedActRule = "legislation.numbered-act"
  /// Rule id of a generic-looking name already found in the document with a jurisdiction
  /// (`the Criminal Code` after `Russia's Criminal Code`).
  static let repeatedRule = "legislation.repeated-name"
  /// Rule id of a generic-looking code that a provision is cited from (`article 356 of the
  /// Criminal Code`).
  static let citedRule = "legislation.cited-code"

  /// What the reader remembers about one document while the extractor scans it.
  struct Memory {
    /// The names found so far.
    var names: Set<String> = []
    /// Codes written as the title of a work (`The Daily Source Code` mid-sentence): no
    /// mention in the document.
    var workTitles: Set<String> = []
  }

  /// The name headed by the kind word at `head`, or nil when it is not a name.
  func name(
    headWord head: Range<Int>, kind: LegislationValue.InstrumentKind, _ tokens: LegislationTokens,
    memory: inout Memory
  ) -> Mention? {
    let text = tokens.text
    var headStart = head.lowerBound
    if kind == .executiveOrder {
      guard let previous = tokens.token(before: headStart),
        text.string(previous) == LegislationKindWords.executiveOrderPrefix
      else { return nil }
      headStart = previous.lowerBound
    }
    // `Act No. 20 of 2014`, `Punjab Act 2 of 1985`: a designation (docs/judgement-calls.md L12, L4).
    let numbered =
      kind == .act && text.string(head) == "Act"
      ? numberAndYear(at: head.upperBound, parenthesized: false, tokens) : nil
    guard numbered != nil || !continuesPastHead(head.upperBound, tokens) else { return nil }
    // `Bill de Blasio`: a first name, not a kind word.
    if let next = tokens.token(after: head.upperBound),
      LegislationNameWords.nameParticles.contains(text.string(next))
    {
      return nil
    }
    var left = walkLeft(from: headStart, tokens)
    // `(ACA) (Scotland) Bill`: a name does not open with a parenthesized part.
    guard !left.insideInstitution, tokens[left.start] != UInt8(ascii: "(") else { return nil }

    // A demonym opening the name carries its jurisdiction; before `Constitution` alone it
    // stays outside the extent, as `U.S.` does (`the Japanese Constitution`).
    if let first = left.words.first, let code = LegislationJurisdictions.demonyms[text.string(first)] {
      if kind == .constitution, left.words.count == 1 {
        left.words = []
        left.start = headStart
      }
      left.jurisdiction = left.jurisdiction ?? code
    } else if left.jurisdiction == nil {
      // A country name opening the name carries it too: `Canada Health Act`, `United States
      // Constitution` (not `Northern Ireland Protocol`: only the opening words count); a
      // state's gives its ISO 3166-2 code (`Arkansas … Act`, `U.P. … Act`, docs/judgement-calls.md L9).
      left.jurisdiction =
        Self.openingCountry(left.words, tokens, LegislationJurisdictions.countries)
        ?? Self.openingCountry(left.words, tokens, LegislationJurisdictions.subdivisions)
    }

    var end = head.upperBound
    var year: Int?
    var tailWords = 0
    var tailJurisdiction: String?
    var rule = left.hasGroup ? Self.parenthesizedRule : Self.namedRule
    if let numbered {
      end = numbered.end
      year = numbered.year
      rule = Self.numberedActRule
    } else if let tail = yearTail(at: end, tokens) {
      end = tail.end
      year = tail.year
    } else if let tail = connectorTail(at: end, kind: kind, hasLeftWords: !left.words.isEmpty, tokens) {
      end = tail.end
      tailWords = tail.words
      year = tail.year
      tailJurisdiction = Self.country(in: text.phrase(head.upperBound..<end))
      // `Code of Civil Procedure, 1908`.
      if year == nil, let after = yearTail(at: end, tokens) {
        end = after.end
        year = after.year
      }
    }
    // `Negotiable Instruments Act (26 of 1881)`, `… Act, 1881 (26 of 1881)`.
    if rule != Self.numberedActRule, let numbered = numberAndYear(at: end, parenthesized: true, tokens) {
      end = numbered.end
      year = year ?? numbered.year
    }

    if left.words.isEmpty && tailWords == 0 && rule != Self.numberedActRule {
      guard kind == .constitution, text.string(head) == "Constitution" else { return nil }
      if left.jurisdiction != nil {
        rule = Self.constitutionRule
      } else {
        // `the Constitution`, `our Constitution` (docs/judgement-calls.md L11); not `Constitution Avenue`
        // (a capitalized word after it already ended the reading) nor a headline's
        // `Constitution` alone.
        guard let before = tokens.token(before: headStart),
          LegislationNameWords.constitutionDeterminers.contains(text.string(before)),
          !Self.isPublicationNext(head.upperBound, tokens)
        else { return nil }
        rule = Self.bareConstitutionRule
      }
    }
    let range = left.start..<end
    // The name as read: a line break or a run of spaces inside it is one space.
    let name = text.phrase(range)
    if !left.words.isEmpty, rule != Self.numberedActRule,
      let rejected = rejection(left, head: head, kind: kind, year: year, tailWords: tailWords, tokens)
    {
      // `the Criminal Code` after `Russia's Criminal Code`: the document's own name; `article
      // 356 of the Criminal Code`: a provision cited from it names one instrument.
      guard rejected == .generic else { return nil }
      if memory.names.contains(name) {
        rule = Self.repeatedRule
      } else if kind == .code, LegislationExtractor.isBesideProvision(left.start..<end, tokens) {
        rule = Self.citedRule
      } else {
        return nil
      }
    }
    if kind == .code, Self.isWorkTitle(left.start, tokens) {
      memory.workTitles.insert(name)
      return nil
    }
    if left.jurisdiction != nil || year != nil || tailWords > 0 || left.words.count > 1 {
      memory.names.insert(name)
    }
    let value = LegislationValue(
      name: name, kind: kind, year: year, jurisdiction: left.jurisdiction ?? tailJurisdiction)
    return Mention(
      kind: .legislation, range: range, text: text.string(range), value: .legislation(value), rule: rule)
  }

  /// Rule id of a popular name with a lowercase kind word (docs/judgement-calls.md L10: `Minsk accords`).
  static let popularRule = "legislation.popular-name"

  /// The popular name ending in the lowercase kind word `word` at `offset` (`Minsk accords`,
  /// `Good Friday agreement`): one or two capitalized words right before it, a place's or
  /// an event's name, in mid-sentence with no capitalized word before them. Nil for a party, a nation, a
  /// country, a jurisdiction, a generic modifier, a topic or an acronym (`Republican`,
  /// `Turkish`, `Iran`, `EU`, `New`, `Brexit agreement`, `AUKUS pact`).
  func popularName(
    kindWord word: [UInt8], kind: LegislationValue.InstrumentKind, at offset: Int, _ tokens: LegislationTokens
  ) -> Mention? {
    guard let end = LegislationExtractor.wholeWord(word, at: offset, tokens) else { return nil }
    let text = tokens.text
    var words: [Range<Int>] = []
    var position = offset
    while words.count < 3, let token = tokens.token(before: position), tokens.isCapitalized(token),
      tokens.hasNameShape(token), !LegislationNameWords.stopWords.contains(text.string(token))
    {
      words.insert(token, at: 0)
      position = token.lowerBound
    }
    guard (1...2).contains(words.count) else { return nil }
    // `Bilateral agreements can …`: a sentence's first word is capitalized anyway.
    guard let before = tokens.token(before: words[0].lowerBound),
      !LegislationTokens.trailingMarks.contains(tokens[before.upperBound - 1]),
      !tokens.isCapitalized(before)
    else { return nil }
    for token in words {
      let written = text.string(token)
      // `UK-wide`, `US-friendly`, `EU-Turkey`, `Conservative-Liberal`: a modifier or a pair of
      // parties, not a name.
      if written.contains("-") {
        let parts = written.split(separator: "-").map(String.init)
        if parts.contains(where: { $0.first?.isLowercase == true })
          || parts.allSatisfy({ part in
            LegislationJurisdictions.countries[part] != nil || LegislationJurisdictions.demonyms[part] != nil
              || LegislationJurisdictions.abbreviations[part] != nil
              || LegislationNameWords.partyWords.contains(part)
              || LegislationNameWords.eventConventionWords.contains(part)
          })
        {
          return nil
        }
      }
      if LegislationNameWords.stopWords.contains(written)
        || LegislationNameWords.genericModifiers.contains(written)
        || LegislationJurisdictions.demonyms[written] != nil
        || LegislationJurisdictions.abbreviations[written] != nil
        || LegislationJurisdictions.countries[written] != nil
        || LegislationNameWords.partyWords.contains(written)
        || LegislationNameWords.eventConventionWords.contains(written)
        || LegislationNameWords.topicWords.contains(written)
        || LegislationKindWords.kinds[written] != nil || tokens.possessiveBase(token) != nil
        || LegislationNameWords.institutionWords.contains(written)
        // `the June agreement`: a date (not `Good Friday agreement`).
        || words.count == 1 && LegislationNameWords.tailStopWords.contains(written)
        // `BellSouth pact`: a firm's CamelCase name.
        || Self.isCamelCase(written)
        // `the AUKUS pact` is `AUKUS` (docs/judgement-calls.md L3): an acronym makes no popular name.
        || written.count > 1 && written.allSatisfy({ $0.isUppercase || $0 == "-" })
      {
        return nil
      }
    }
    let range = words[0].lowerBound..<end
    let name = text.string(range)
    return Mention(
      kind: .legislation, range: range, text: name,
      value: .legislation(LegislationValue(name: name, kind: kind)), rule: Self.popularRule)
  }

  /// Whether a lowercase letter comes right before a capital in `word` (`BellSouth`).
  static func isCamelCase(_ word: String) -> Bool {
    zip(word, word.dropFirst()).contains { $0.isLowercase && $1.isUppercase }
  }

  /// Why words before a kind word make no name.
  enum Rejection {
    /// One generic modifier (`Federal Law`, `Criminal Code`): a name only when the document
    /// has already named it so.
    case generic
    /// Anything else: a person, a team, a school subject, an event.
    case other
  }

  /// Why the words left of the kind word make no name, or nil when they make one.
  private func rejection(
    _ left: LeftEdge, head: Range<Int>, kind: LegislationValue.InstrumentKind, year: Int?,
    tailWords: Int, _ tokens: LegislationTokens
  ) -> Rejection? {
    let text = tokens.text
    let words = left.words.map { text.string($0) }
    if words.count == 1, tailWords == 0,
      LegislationNameWords.genericModifiers.contains(words[0])
        || kind == .agreement && LegislationNameWords.contractModifiers.contains(words[0])
    {
      // `Russia's Criminal Code`: a jurisdiction makes a field of law a name.
      if left.jurisdiction != nil, LegislationNameWords.fieldModifiers.contains(words[0]) { return nil }
      return .generic
    }
    if words.contains(where: { LegislationNameWords.personTitles.contains($0) }) { return .other }
    // `Da Vinci Code`: a surname, not a name of law.
    if words.count >= 2, LegislationNameWords.surnameParticles.contains(words[0]) { return .other }
    // `The Atlanta Journal Constitution`: a newspaper.
    if let last = words.last, LegislationNameWords.publicationWords.contains(last) { return .other }
    if kind == .law {
      // `Jude Law`, `Harvard Law`: one word before `Law` is a person's or a school's name
      // more often than a law's, unless a jurisdiction comes with it (`Germany's Basic Law`,
      // `Australian Consumer Law`).
      if words.count == 1, tailWords == 0, year == nil, left.jurisdiction == nil { return .other }
      // `Liberal Democrat David Laws`: a politician.
      if words.contains(where: { LegislationNameWords.partyWords.contains($0) }) { return .other }
      // `studied International Human Rights and Humanitarian Law`: a subject.
      if let before = tokens.token(before: left.start) {
        let word = text.string(before)
        if LegislationNameWords.studyWords.contains(word) { return .other }
        if word == "in", let noun = tokens.token(before: before.lowerBound),
          LegislationNameWords.studyNouns.contains(text.string(noun))
        {
          return .other
        }
      }
    }
    // `Buffalo Bills`: one word before a plural `Bills` is a team's name.
    if text.string(head) == "Bills", words.count == 1, tailWords == 0 { return .other }
    if kind == .convention, words.contains(where: { LegislationNameWords.eventConventionWords.contains($0) })
    {
      return .other
    }
    return nil
  }

  /// Whether a capitalized `The` in mid-sentence comes right before the name: the title of a
  /// book, film or podcast (`Ron Howard's The Da Vinci Code`, `doing The Daily Source Code`).
  /// Read for codes only, which name works far more often than other kinds do.
  static func isWorkTitle(_ start: Int, _ tokens: LegislationTokens) -> Bool {
    guard let the = tokens.token(before: start), tokens.text.string(the) == "The",
      let before = tokens.token(before: the.lowerBound)
    else { return false }
    let last = tokens[before.upperBound - 1]
    return LegislationTokens.isLower(last) || last == UInt8(ascii: ",")
  }

  /// Whether a newspaper word follows (`the Constitution Journal`); a capitalized word there
  /// already ends the reading, this catches the lowercase ones.
  private static func isPublicationNext(_ end: Int, _ tokens: LegislationTokens) -> Bool {
    guard let next = tokens.token(after: end) else { return false }
    return LegislationNameWords.publicationWords.contains(tokens.text.string(next))
  }

  /// A number and year after a kind word or a name: ` No. 20 of 2014`, ` 2 of 1985`, ` XII of
  /// 1999` (`parenthesized` false), or ` (26 of 1881)` (`parenthesized` true); where it ends
  /// and the year.
  func numberAndYear(at end: Int, parenthesized: Bool, _ tokens: LegislationTokens) -> (end: Int, year: Int)?
  {
    guard var position = tokens.phraseEnd(parenthesized ? " (" : " ", at: end) else { return nil }
    if let next = tokens.phraseEnd("No. ", at: position) ?? tokens.phraseEnd("No.", at: position)
      ?? tokens.phraseEnd("No ", at: position)
    {
      position = next
    }
    let numberStart = position
    while position < tokens.count, position - numberStart < 6,
      LegislationTokens.isDigit(tokens[position]) || Self.isRomanNumeral(tokens[position])
    {
      position += 1
    }
    guard position > numberStart, let yearStart = tokens.phraseEnd(" of ", at: position),
      let year = tokens.year(at: yearStart)
    else { return nil }
    position = yearStart + 4
    if parenthesized {
      guard tokens.matches(")", at: position) else { return nil }
      position += 1
    }
    return (position, year)
  }

  @inline(__always) private static func isRomanNumeral(_ byte: UInt8) -> Bool {
    byte == 0x49 || byte == 0x56 || byte == 0x58 || byte == 0x4C || byte == 0x43
  }

  /// Whether a capitalized word right after the kind word continues a longer name or an
  /// institution's (`Protocol Bill`, `Law Appellate Tribunal`, `Bill Gates`), so this kind
  /// word is not the head.
  private func continuesPastHead(_ end: Int, _ tokens: LegislationTokens) -> Bool {
    guard let next = tokens.token(after: end), tokens.isCapitalized(next) else { return false }
    let word = tokens.text.string(tokens.splitTrailingPunctuation(next).core)
    if LegislationKindWords.kinds[word] != nil { return true }
    return !LegislationNameWords.freeFollowers.contains(word)
  }

  /// Where a name starts, left of its kind word.
  struct LeftEdge {
    var start: Int
    /// The capitalized name words (and parenthesized parts), leftmost first.
    var words: [Range<Int>] = []
    var jurisdiction: String?
    /// Whether the words lead left into an institution's name (`Ministry of Law`).
    var insideInstitution = false
    /// Whether the name holds a parenthesized part (`Crime (International Co-operation) Act`).
    var hasGroup = false
  }

  /// Walks left from `head` over name words and inner connectors (see the type's doc).
  ///
  /// Three crossings are tentative: a comma series closed by `and` (`Coronavirus Aid, Relief,
  /// and Economic Security Act`, `the Safety, Health and Welfare at Work Act`), `the` after
  /// a preposition (`the Representation of the People Act`) and a lowercase word that is no
  /// connector (`Rajasthan Court Fee and Suit valuation (Amendment) Act`). The series stands
  /// when its first item is a plain name word or `the` comes right before the name; `the`
  /// stands when a determiner or a possessive comes right before the name (`Lord Dubs'
  /// Succession to the Crown Bill`) or the words before it hold an `and` (`National Parks and
  /// Access to the Countryside Act`), not after a debate's procedural word (`Consideration
  /// of the Planning Bill`, `Chapter VI of the UN Charter`); the lowercase word stands only
  /// in a name with a parenthesized part. Otherwise the name starts after them.
  private func walkLeft(from head: Int, _ tokens: LegislationTokens) -> LeftEdge {
    let text = tokens.text
    var edge = LeftEdge(start: head)
    var committed = edge
    var position = head
    var connector: String?
    var crossedAnd = false
    var andBeforeThe = false
    var seriesOpen = false
    var crossedThe = false
    var crossedLoose = false
    var innerThe = false
    for _ in 0..<24 {
      // `Crime (International Co-operation) Act`, `Finance (No. 2) Bill`.
      if connector == nil, let group = Self.parenthesizedGroup(before: position, tokens) {
        edge.words.insert(group, at: 0)
        edge.start = group.lowerBound
        edge.hasGroup = true
        seriesOpen = false
        if !crossedThe { committed = edge }
        position = group.lowerBound
        continue
      }
      guard let token = tokens.token(before: position) else { break }
      var word = text.string(token)
      // `Animals Act 1971 (Amendment) Bill`: the amended act and its year open the name.
      if connector == nil, edge.hasGroup,
        edge.words.first.map({ tokens[$0.lowerBound] }) == UInt8(ascii: "("),
        token.count == 4, tokens.year(at: token.lowerBound) != nil,
        let act = tokens.token(before: token.lowerBound), LegislationKindWords.kinds[text.string(act)] != nil
      {
        edge.words.insert(contentsOf: [act, token], at: 0)
        edge.start = act.lowerBound
        if !crossedThe { committed = edge }
        position = act.lowerBound
        continue
      }
      // `British Coal And British Rail`, `Protection From Dismemberment`.
      if let lowered = LegislationNameWords.titleCaseConnectors[word], !edge.words.isEmpty,
        let before = tokens.token(before: token.lowerBound), tokens.isCapitalized(before),
        tokens.hasNameShape(before),
        !LegislationNameWords.stopWords.contains(text.string(before))
          || lowered == "the" && LegislationNameWords.titleCaseConnectors[text.string(before)] != nil
      {
        word = lowered
      }
      if tokens.isLowercase(token) || word != text.string(token) || word == "&" {
        // A connector joins name words: never right before the kind word (`Nothing in the
        // Constitution`).
        guard !edge.words.isEmpty else { break }
        guard
          LegislationNameWords.connectors.contains(word)
            || LegislationNameWords.innerConnectors.contains(word),
          !LegislationNameWords.notLeftConnectors.contains(word)
        else {
          // `Suit valuation (Amendment) Act`: one lowercase word between name words, in a
          // name with a parenthesized part.
          guard edge.hasGroup, connector == nil, !crossedLoose, tokens.hasNameShape(token),
            let before = tokens.token(before: token.lowerBound), tokens.isCapitalized(before),
            tokens.hasNameShape(before), !LegislationNameWords.stopWords.contains(text.string(before))
          else { break }
          crossedLoose = true
          position = token.lowerBound
          continue
        }
        if word == "the" {
          // `the Scheduled Castes and the Scheduled Tribes (Prevention of Atrocities) Act`:
          // `and the` inside a name with a parenthesized part.
          guard let before = tokens.token(before: token.lowerBound),
            LegislationNameWords.prepositions.contains(text.string(before).lowercased())
              || edge.hasGroup && text.string(before) == "and"
          else { break }
          crossedThe = true
          innerThe = LegislationNameWords.innerThePrepositions.contains(text.string(before).lowercased())
        }
        if word == "and" || word == "&" {
          crossedAnd = true
          if crossedThe { andBeforeThe = true }
        }
        connector = word
        position = token.lowerBound
        continue
      }
      let (core, mark) = tokens.splitTrailingPunctuation(token)
      if mark == UInt8(ascii: ",") {
        guard crossedAnd, connector == nil || connector == "and", tokens.isCapitalized(core),
          tokens.hasNameShape(core)
        else { break }
        seriesOpen = true
        edge.words.insert(core, at: 0)
        edge.start = core.lowerBound
        connector = nil
        position = token.lowerBound
        continue
      }
      let base = tokens.possessiveBase(token)
      if let base, !LegislationNameWords.possessiveNameWords.contains(text.string(base)) {
        if connector == nil, !seriesOpen { edge.jurisdiction = Self.possessiveCountry(base, tokens) }
        break
      }
      if let code = LegislationJurisdictions.abbreviations[word] {
        if connector == nil, !seriesOpen { edge.jurisdiction = code }
        // `EU (Notification of Withdrawal) Bill`: before a parenthesized part it opens the name.
        if connector == nil, edge.hasGroup,
          edge.words.first.map({ tokens[$0.lowerBound] }) == UInt8(ascii: "(")
        {
          edge.words.insert(token, at: 0)
          edge.start = token.lowerBound
          if !crossedThe { committed = edge }
        }
        break
      }
      // `N.I. Act`, `U.P. Subordinate Service Selection Commission Act`.
      let initialism = tokens.isInitialism(token)
      guard initialism || tokens.isCapitalized(token) || tokens.isOrdinal(token),
        initialism || tokens.hasNameShape(base ?? token),
        !LegislationNameWords.stopWords.contains(word), !Self.isLowercaseCompound(word)
      else { break }
      // `C-18` in `Bill C-18 and Bill 96` is a designation's number, not a name word.
      let second = tokens[token.lowerBound + 1]
      if !tokens.isOrdinal(token), LegislationTokens.isDigit(second) || second == 0x2D {
        break
      }
      if let connector {
        // `Ministry of Law`, `Department for Business, Energy and Industrial Strategy`: the
        // kind word is inside an institution's name.
        // (`Government in the Public Order Act` only stops the name there.)
        // `Local Government and Housing Act 1989`: through `and` it is a name word.
        if LegislationNameWords.institutionWords.contains(word), connector != "and", connector != "&" {
          edge.insideInstitution = !["in", "to", "with", "at", "from"].contains(connector)
          break
        }
        // `Clean Air Act and Clean Water Act`, `Kigali Amendment to the Montreal Protocol`:
        // two names, not one; but `Code of Civil Procedure (Amendment) Act` is one.
        if LegislationKindWords.kinds[word] != nil, !(edge.hasGroup && connector == "of") { break }
        // `Monday on the …`: a date does not lead in through a preposition (but `Ethics in
        // Government Act of 1978` does).
        if LegislationNameWords.prepositions.contains(connector),
          LegislationNameWords.tailStopWords.contains(word), LegislationNameWords.freeFollowers.contains(word)
        {
          break
        }
      }
      edge.words.insert(token, at: 0)
      edge.start = token.lowerBound
      connector = nil
      seriesOpen = false
      if !crossedThe { committed = edge }
      position = token.lowerBound
    }
    if seriesOpen || crossedThe, !edge.words.isEmpty {
      let beforeToken = tokens.token(before: edge.start)
      let before = beforeToken.map(text.string)
      var stands = before == "the" || before == "The"
      if crossedThe {
        let procedural = edge.words.contains {
          LegislationNameWords.procedureWords.contains(text.string($0))
        }
        let determined =
          before.map(LegislationNameWords.determiners.contains) == true
          || beforeToken.map { tokens.possessiveBase($0) != nil } == true
        if procedural {
          stands = false
        } else if !stands, !seriesOpen, innerThe {
          stands = determined || andBeforeThe
        }
      }
      if !stands {
        committed.insideInstitution = edge.insideInstitution
        return committed
      }
    }
    return edge
  }

  /// The parenthesized part of a name that ends one space before `position` (`(Amendment)`,
  /// `(No. 2)`, `(Scotland)`, `(International Co-operation)`, `(St Andrews Agreement)`), when
  /// a name word comes right before it; else nil. Its words are capitalized, connectors, or
  /// numbers; a lone acronym (`(EU)`, `(ACA)`) or a year is no part of a name.
  static func parenthesizedGroup(before position: Int, _ tokens: LegislationTokens) -> Range<Int>? {
    guard position >= 4, tokens[position - 1] == 0x20, tokens[position - 2] == UInt8(ascii: ")") else {
      return nil
    }
    let close = position - 2
    var open = close - 1
    while open > 0, close - open < 100 {
      let byte = tokens[open]
      if byte == UInt8(ascii: "(") { break }
      if byte == UInt8(ascii: ")") || byte == 0x0A || byte == 0x0D { return nil }
      open -= 1
    }
    guard tokens[open] == UInt8(ascii: "("), close - open > 1 else { return nil }
    let inside = tokens.text.string((open + 1)..<close)
    let words = inside.split(separator: " ")
    var capitalized = 0
    for piece in words {
      // `(Regulation of Letting, Rent and Eviction)`: a comma inside a series.
      let word = String(piece.last == "," && piece.count > 1 ? piece.dropLast() : piece)
      if LegislationNameWords.connectors.contains(word) || word == "etc" || word == "etc." { continue }
      if word == "No." || word == "No" || word.allSatisfy(\.isNumber) { continue }
      // `(No.2)`.
      if word.hasPrefix("No."), word.dropFirst(3).allSatisfy(\.isNumber) {
        capitalized += 1
        continue
      }
      guard let first = word.unicodeScalars.first, first.properties.isUppercase else { return nil }
      guard word.allSatisfy({ $0.isLetter || $0 == "-" || $0 == "." || $0 == "'" || $0 == "’" }) else {
        return nil
      }
      capitalized += 1
    }
    // `(EU)`, `(ACA)`: an acronym, not a part of the name.
    if words.count == 1, inside.count > 1, inside.allSatisfy({ $0.isUppercase }) { return nil }
    guard capitalized > 0 || inside.hasPrefix("No") else { return nil }
    // A name word before it, or one lowercase word after a name word (`Suit valuation
    // (Amendment) Act`).
    func isNameWord(_ token: Range<Int>) -> Bool {
      tokens.isInitialism(token)
        || tokens.isCapitalized(token) && tokens.hasNameShape(token)
          && !LegislationNameWords.stopWords.contains(tokens.text.string(token))
    }
    // `Deer (Amendment) (Scotland) Bill`: another part before it.
    if open >= 2, tokens[open - 1] == 0x20, tokens[open - 2] == UInt8(ascii: ")") {
      return open..<(close + 1)
    }
    guard let before = tokens.token(before: open) else { return nil }
    // `Animals Act 1971 (Amendment) Bill`: the act amended, with its year.
    if tokens.year(at: before.lowerBound) != nil, before.count == 4,
      let act = tokens.token(before: before.lowerBound),
      LegislationKindWords.kinds[tokens.text.string(act)] != nil
    {
      return open..<(close + 1)
    }
    if !isNameWord(before) {
      guard tokens.isLowercase(before), tokens.hasNameShape(before),
        !LegislationNameWords.connectors.contains(tokens.text.string(before)),
        let name = tokens.token(before: before.lowerBound), isNameWord(name)
      else { return nil }
    }
    return open..<(close + 1)
  }

  /// Whether a capitalized word ends in a lowercase compound part (`Republican-backed`,
  /// `Obama-era`): a modifier before a name, not part of it.
  static func isLowercaseCompound(_ word: String) -> Bool {
    guard let hyphen = word.lastIndex(of: "-") else { return false }
    return LegislationNameWords.modifierSuffixes.contains(String(word[word.index(after: hyphen)...]))
  }

  /// The country of a possessive (`Mexico's`, `New Zealand's`), or nil.
  private static func possessiveCountry(_ base: Range<Int>, _ tokens: LegislationTokens) -> String? {
    let text = tokens.text
    let word = text.string(base)
    if let code = LegislationJurisdictions.countries[word] ?? LegislationJurisdictions.abbreviations[word] {
      return code
    }
    if let previous = tokens.token(before: base.lowerBound) {
      return LegislationJurisdictions.countries[text.string(previous) + " " + word]
    }
    return nil
  }

  /// The code of the country or state named by the first one to three of `words` (`United
  /// States`, `Uttar Pradesh`) in `table`, or nil.
  private static func openingCountry(
    _ words: [Range<Int>], _ tokens: LegislationTokens, _ table: [String: String]
  ) -> String? {
    guard let first = words.first else { return nil }
    for count in stride(from: min(3, words.count), through: 1, by: -1) {
      let name = tokens.text.string(first.lowerBound..<words[count - 1].upperBound)
      if let code = table[name] { return code }
    }
    return nil
  }

  /// The longest country name written as whole words in `tail` (`of the United Mexican
  /// States` → `MX`), or nil.
  private static func country(in tail: String) -> String? {
    // The tail's words (letters only, split at single spaces, as a name is written) looked up
    // a run at a time: a few dictionary probes per word, not a substring search per country.
    let words = tail.filter { $0.isLetter || $0 == " " }.split(
      separator: " ", omittingEmptySubsequences: false)
    var best: (length: Int, code: String)?
    for start in words.indices where !words[start].isEmpty {
      var name = ""
      for end in start..<min(words.count, start + countryWords) {
        guard !words[end].isEmpty else { break }
        if end > start { name += " " }
        name += words[end]
        if let code = LegislationJurisdictions.countries[name], name.count > best?.length ?? 0 {
          best = (name.count, code)
        }
      }
    }
    return best?.code
  }

  /// The most words a country name has.
  private static let countryWords =
    LegislationJurisdictions.countries.keys.map {
      $0.split(separator: " ", omittingEmptySubsequences: false).count
    }.max() ?? 1

  /// The year after the kind word: ` of 2022`, ` 2002`, or `, 2016` (with `, No. 1`), and
  /// where the name then ends.
  private func yearTail(at end: Int, _ tokens: LegislationTokens) -> (end: Int, year: Int)? {
    var position = end
    var afterComma = false
    if let next = tokens.phraseEnd(" of ", at: position) {
      position = next
    } else if let next = tokens.phraseEnd(", ", at: position) {
      position = next
      afterComma = true
    } else if let next = tokens.phraseEnd(" ", at: position) {
      position = next
    } else {
      return nil
    }
    guard let year = tokens.year(at: position) else { return nil }
    var yearEnd = position + 4
    if afterComma {
      // `Code, 2016 was enacted`, `Act, 2023, No. 1`; not `Protocol, 2016 Kigali …`.
      if let next = tokens.token(after: yearEnd), tokens.isCapitalized(next) { return nil }
      if let digits = tokens.phraseEnd(", No. ", at: yearEnd) {
        var number = digits
        while LegislationTokens.isDigit(tokens[number]) { number += 1 }
        if number > digits { yearEnd = number }
      }
    }
    return (yearEnd, year)
  }

  /// The `of …`, `on …` or `for …` tail after the kind word: capitalized words with inner
  /// connectors, commas only in a series closed by `and` (`for Security, Public Health, and
  /// Safe Communities`), a year after a word (`for Fiscal Year 2024`). Returns where it ends,
  /// how many name words it holds and its year.
  private func connectorTail(
    at end: Int, kind: LegislationValue.InstrumentKind, hasLeftWords: Bool,
    _ tokens: LegislationTokens
  ) -> (end: Int, words: Int, year: Int?)? {
    let text = tokens.text
    guard let opener = tokens.token(after: end),
      LegislationNameWords.tailOpeners.contains(text.string(opener))
    else { return nil }
    if !LegislationKindWords.ofTailKinds.contains(kind) {
      // `Act of Union`, `Act on the Protection of Personal Information`; not `the Bill on
      // Second Reading`.
      let bareTail =
        !hasLeftWords && (text.string(opener) == "of" || text.string(opener) == "on" && kind != .bill)
      guard bareTail || text.string(opener) == "for" && hasLeftWords else { return nil }
    }
    var position = opener.upperBound
    var previous = text.string(opener)
    var words = 0
    var year: Int?
    var tailEnd: Int?
    var beforeFirstComma: Int?
    var andAfterComma = false
    for _ in 0..<20 {
      guard let token = tokens.token(after: position) else { break }
      let (core, mark) = tokens.splitTrailingPunctuation(token)
      let word = text.string(core)
      if tokens.isLowercase(core) || word == "&" {
        guard mark == 0, LegislationNameWords.connectors.contains(word) else { break }
        // `the` only after a preposition or a gerund (`on Improving the Nation's …`):
        // `Treaty of Rome and the Maastricht Treaty` is two.
        if word == "the", !LegislationNameWords.prepositions.contains(previous), !previous.hasSuffix("ing") {
          break
        }
        if word == "and", beforeFirstComma != nil { andAfterComma = true }
        previous = word
        position = token.upperBound
        continue
      }
      if words > 0, core.count == 4, let written = tokens.year(at: core.lowerBound) {
        // `for Fiscal Year 2024`; not `Treaty of Versailles, 1919` (a date after the name) nor
        // `Bill of Rights from 1689`.
        guard beforeFirstComma == nil, !LegislationNameWords.connectors.contains(previous) else { break }
        year = written
      } else {
        // `Code of Judicial Conduct`: a name cut short by a generic word is no tail at all.
        if LegislationNameWords.tailStopWords.contains(word) {
          if words > 0, !LegislationNameWords.connectors.contains(previous) { return nil }
          break
        }
        guard tokens.isCapitalized(core), tokens.hasNameShape(core),
          !LegislationNameWords.stopWords.contains(word),
          !(previous == "and" && LegislationKindWords.kinds[word] != nil)
        else { break }
        // `Code of the World Anti-Doping Agency`: an institution's name, not a tail.
        if LegislationNameWords.institutionWords.contains(word) { return nil }
      }
      words += 1
      tailEnd = core.upperBound
      previous = word
      position = token.upperBound
      if mark == UInt8(ascii: ",") {
        if beforeFirstComma == nil { beforeFirstComma = core.upperBound }
      } else if mark != 0 {
        break
      }
    }
    // `Clean Air Act for Texas`: a one-word `for` tail of a statute is its beneficiary, not
    // its name (`National Defense Authorization Act for Fiscal Year 2024` keeps three).
    let forStatute = text.string(opener) == "for" && !LegislationKindWords.ofTailKinds.contains(kind)
    guard words >= (forStatute ? 2 : 1), var tailEnd else { return nil }
    if let beforeFirstComma, !andAfterComma { tailEnd = beforeFirstComma }
    return (tailEnd, words, year)
  }
}

extension LegislationTokens {
  /// Whether the token is an initialism with periods (`N.I.`, `U.P.`, `Cr.P.C.`): one or two
  /// letters, the first a capital, then a period, at least twice.
  func isInitialism(_ token: Range<Int>) -> Bool {
    var offset = token.lowerBound
    var groups = 0
    while offset < token.upperBound {
      guard Self.isUpper(self[offset]) else { return false }
      offset += 1
      if offset < token.upperBound, Self.isLower(self[offset]) { offset += 1 }
      guard offset < token.upperBound, self[offset] == UInt8(ascii: ".") else { return false }
      offset += 1
      groups += 1
    }
    return groups >= 2
  }
}
