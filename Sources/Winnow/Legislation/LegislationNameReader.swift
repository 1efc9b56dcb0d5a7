/// Reads the name around a kind word (SPEC § legislation, GUIDE L1, L2, L5, L6, L8):
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
  /// Rule id of a bare `Constitution` after a jurisdiction word (GUIDE L2).
  static let constitutionRule = "legislation.jurisdiction-constitution"

  /// The name headed by the kind word at `head`, or nil when it is not a name.
  func name(
    headWord head: Range<Int>, kind: LegislationValue.InstrumentKind, _ tokens: LegislationTokens
  ) -> Mention? {
    let text = tokens.text
    var headStart = head.lowerBound
    if kind == .executiveOrder {
      guard let previous = tokens.token(before: headStart),
        text.string(previous) == LegislationKindWords.executiveOrderPrefix
      else { return nil }
      headStart = previous.lowerBound
    }
    guard !continuesPastHead(head.upperBound, tokens) else { return nil }
    // `Bill de Blasio`: a first name, not a kind word.
    if let next = tokens.token(after: head.upperBound),
      LegislationNameWords.nameParticles.contains(text.string(next))
    {
      return nil
    }
    var left = walkLeft(from: headStart, tokens)
    guard !left.insideInstitution else { return nil }

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
      // Constitution` (not `Northern Ireland Protocol`: only the opening words count).
      left.jurisdiction = Self.openingCountry(left.words, tokens)
    }

    var end = head.upperBound
    var year: Int?
    var tailWords = 0
    var tailJurisdiction: String?
    if let tail = yearTail(at: end, tokens) {
      end = tail.end
      year = tail.year
    } else if let tail = connectorTail(at: end, kind: kind, hasLeftWords: !left.words.isEmpty, tokens) {
      end = tail.end
      tailWords = tail.words
      year = tail.year
      tailJurisdiction = Self.country(in: text.string(head.upperBound..<end))
    }

    var rule = Self.namedRule
    if left.words.isEmpty && tailWords == 0 {
      guard kind == .constitution, left.jurisdiction != nil else { return nil }
      rule = Self.constitutionRule
    }
    if left.words.count == 1, tailWords == 0,
      LegislationNameWords.genericModifiers.contains(text.string(left.words[0]))
        || kind == .agreement && LegislationNameWords.contractModifiers.contains(text.string(left.words[0]))
    {
      return nil
    }
    if left.words.contains(where: { LegislationNameWords.personTitles.contains(text.string($0)) }) {
      return nil
    }
    // `Jude Law`, `David Laws`, `Harvard Law`: one word before `Law` is a person's or a
    // school's name more often than a law's, unless a jurisdiction comes with it
    // (`Germany's Basic Law`, `Australian Consumer Law`).
    if kind == .law, left.words.count == 1, tailWords == 0, year == nil, left.jurisdiction == nil {
      return nil
    }
    // `Buffalo Bills`: one word before a plural `Bills` is a team's name.
    if text.string(head) == "Bills", left.words.count == 1, tailWords == 0 { return nil }
    if kind == .convention,
      left.words.contains(where: { LegislationNameWords.eventConventionWords.contains(text.string($0)) })
    {
      return nil
    }
    let range = left.start..<end
    let name = text.string(range)
    let value = LegislationValue(
      name: name, kind: kind, year: year, jurisdiction: left.jurisdiction ?? tailJurisdiction)
    return Mention(kind: .legislation, range: range, text: name, value: .legislation(value), rule: rule)
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
    /// The capitalized name words, leftmost first.
    var words: [Range<Int>] = []
    var jurisdiction: String?
    /// Whether the words lead left into an institution's name (`Ministry of Law`).
    var insideInstitution = false
  }

  /// Walks left from `head` over name words and inner connectors (see the type's doc).
  ///
  /// Two crossings are tentative: a comma series closed by `and` (`Coronavirus Aid, Relief,
  /// and Economic Security Act`, `the Safety, Health and Welfare at Work Act`) and `the` after
  /// a preposition (`the Representation of the People Act`). They stand when the series' first
  /// item is a plain name word or when `the` comes right before the name; otherwise the name
  /// starts after them (`Consideration of the Planning Bill`, `Chapter VI of the UN Charter`).
  private func walkLeft(from head: Int, _ tokens: LegislationTokens) -> LeftEdge {
    let text = tokens.text
    var edge = LeftEdge(start: head)
    var committed = edge
    var position = head
    var connector: String?
    var crossedAnd = false
    var seriesOpen = false
    var crossedThe = false
    for _ in 0..<24 {
      guard let token = tokens.token(before: position) else { break }
      let word = text.string(token)
      if tokens.isLowercase(token) || word == "&" {
        // A connector joins name words: never right before the kind word (`Nothing in the
        // Constitution`).
        guard LegislationNameWords.connectors.contains(word), !edge.words.isEmpty else { break }
        if word == "the" {
          guard let before = tokens.token(before: token.lowerBound),
            LegislationNameWords.prepositions.contains(text.string(before))
          else { break }
          crossedThe = true
        }
        if word == "and" || word == "&" { crossedAnd = true }
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
        break
      }
      guard tokens.isCapitalized(token) || tokens.isOrdinal(token), tokens.hasNameShape(base ?? token),
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
        if LegislationNameWords.institutionWords.contains(word) {
          edge.insideInstitution = !["in", "to", "with", "at", "from"].contains(connector)
          break
        }
        // `Clean Air Act and Clean Water Act`, `Kigali Amendment to the Montreal Protocol`:
        // two names, not one.
        if LegislationKindWords.kinds[word] != nil { break }
        // `Monday on the …`: a date does not lead in through a preposition.
        if LegislationNameWords.prepositions.contains(connector),
          LegislationNameWords.tailStopWords.contains(word)
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
      let before = tokens.token(before: edge.start).map(text.string)
      if before != "the" && before != "The" {
        committed.insideInstitution = edge.insideInstitution
        return committed
      }
    }
    return edge
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

  /// The country named by the first one to three of `words` (`United States`), or nil.
  private static func openingCountry(_ words: [Range<Int>], _ tokens: LegislationTokens) -> String? {
    guard let first = words.first else { return nil }
    for count in stride(from: min(3, words.count), through: 1, by: -1) {
      let name = tokens.text.string(first.lowerBound..<words[count - 1].upperBound)
      if let code = LegislationJurisdictions.countries[name] { return code }
    }
    return nil
  }

  /// The longest country name written as whole words in `tail` (`of the United Mexican
  /// States` → `MX`), or nil.
  private static func country(in tail: String) -> String? {
    var best: (length: Int, code: String)?
    let padded = " " + tail.filter { $0.isLetter || $0 == " " } + " "
    for (name, code) in LegislationJurisdictions.countries where padded.contains(" \(name) ") {
      if name.count > best?.length ?? 0 { best = (name.count, code) }
    }
    return best?.code
  }

  /// The year after the kind word: ` of 2022`, ` 2002`, or `, 2016` (with `, No. 1`), and
  /// where the name then ends.
  private func yearTail(at end: Int, _ tokens: LegislationTokens) -> (end: Int, year: Int)? {
    var position = end
    var afterComma = false
    if tokens.matches(" of ", at: position) {
      position += 4
    } else if tokens.matches(", ", at: position) {
      position += 2
      afterComma = true
    } else if tokens.matches(" ", at: position) {
      position += 1
    } else {
      return nil
    }
    guard let year = tokens.year(at: position) else { return nil }
    var yearEnd = position + 4
    if afterComma {
      // `Code, 2016 was enacted`, `Act, 2023, No. 1`; not `Protocol, 2016 Kigali …`.
      if let next = tokens.token(after: yearEnd), tokens.isCapitalized(next) { return nil }
      if tokens.matches(", No. ", at: yearEnd) {
        var number = yearEnd + 6
        while LegislationTokens.isDigit(tokens[number]) { number += 1 }
        if number > yearEnd + 6 { yearEnd = number }
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
        // `for Fiscal Year 2024`; not `Treaty of Versailles, 1919` (a date after the name).
        guard beforeFirstComma == nil else { break }
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
