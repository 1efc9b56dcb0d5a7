/// Grows a title head into the whole title phrase (docs/values.md § title, docs/judgement-calls.md T3): rank modifiers and
/// organization premodifiers on the left, `of`/`for`/`at` tails naming the organization (with
/// its parenthesized acronym) on the right, and never the holder's name.
enum TitleExtent {
  /// Connectors that open a tail.
  static let tailConnectors = ["of", "for", "at"]
  /// Connectors inside an organization's name.
  static let innerConnectors = ["of", "for", "and", "&", "on"]
  /// Inner connectors that join only after an organization word (`Security and Citizen
  /// Protection`, `Commission on Population`), not after a name (`Blinken and …`).
  static let organizationConnectors = ["and", "&", "on"]

  /// The left end of the title whose head starts at token `head`: the index of its first
  /// token, and its first byte (after a `Then-` or `ex-` prefix, which stays outside).
  static func left(of head: Int, in tokens: [TitleToken]) -> (index: Int, start: Int) {
    var first = head
    var start = tokens[head].range.lowerBound
    var i = head - 1
    while i >= 0, tokens[i + 1].spaced, tokens[i].isWord {
      let token = tokens[i]
      if token.contains(0x2D), let hyphen = token.lower.firstIndex(of: "-"),
        TitleWords.outsideModifiers.contains(String(token.lower[..<hyphen]))
      {
        // `Then-Treasury Secretary`: the part after the hyphen is in, the prefix is not.
        let prefixBytes = token.lower[...hyphen].utf8.count
        return (i, token.range.lowerBound + prefixBytes)
      }
      if token.matches("and"), i > 0, tokens[i].spaced, tokens[i - 1].isCapitalized,
        isOrganizationWord(tokens[i - 1]), isOrganizationWord(tokens[i + 1])
      {
        // `Business and Trade Secretary`: two portfolio words joined.
      } else if token.classes.contains(.nameParticle) || token.matches("of"), i > 0,
        tokens[i].spaced, tokens[i - 1].isCapitalized, tokens[i + 1].isCapitalized,
        !TitleWords.institutionsBeforeOf.contains(tokens[i - 1].lower)
      {
        // `Banco de México Governor`, `Bank of Japan Governor`.
      } else if token.classes.contains(.informalHead), !token.classes.contains(.rankModifier) {
        break  // `ranking member Rep. Adam Schiff`: `member` is not a premodifier.
      } else if !token.classes.isDisjoint(with: [.rankModifier, .singleWordHead]) {
        // `Deputy`, or an adjacent head used as a premodifier (`security adviser minister`).
      } else if i + 1 == head, !token.isCapitalized, token.matches(any: ["first", "second", "third"]),
        tokens[head].matches("secretary")
      {
        // `second secretary at the North Korean embassy`: a diplomatic rank.
      } else if token.isCapitalized, token.matches(any: ["new", "all"]), tokens[i + 1].isCapitalized,
        tokens[i + 1].classes.isDisjoint(with: [.headWord, .rankModifier])
      {
        // `New Zealand Prime Minister`, `All Blacks head coach`: a place or team's first word.
      } else if token.classes.contains(.leftStop) {
        break
      } else if token.isCapitalized || token.isAcronym {
        // An organization or country premodifier (`White House`, `Fed`, `Mexican`).
      } else if isAdjective(token), i > 0, tokens[i].spaced, tokens[i - 1].isWord,
        tokens[i - 1].isCapitalized || tokens[i - 1].isAcronym,
        !tokens[i - 1].classes.contains(.leftStop), !tokens[i - 1].classes.contains(.notName)
      {
        // `UN humanitarian chief`: an adjective between an organization and the head.
      } else if token.classes.isDisjoint(with: [.lowercasePremodifier, .lowercaseOrganizationNoun]) {
        break
      }
      first = i
      start = token.range.lowerBound
      i -= 1
    }
    return (first, start)
  }

  /// The right end of the title whose head ends at token `head`: the index of its last token.
  static func right(of head: Int, in tokens: [TitleToken], toTail: Bool = false) -> Int {
    var last = acronym(after: head, in: tokens) ?? head
    while last + 2 < tokens.count, tokens[last + 1].spaced, tokens[last + 1].isWord {
      let connector = tokens[last + 1]
      // `Russian Ambassador to Egypt`, `Chief Secretary to the Treasury` (docs/judgement-calls.md T11): a
      // lowercase `to` after a diplomatic or advisory head.
      let to = toTail && connector.bytes.elementsEqual("to".utf8)
      guard connector.matches(any: tailConnectors) || to,
        let end = organization(from: last + 2, in: tokens)
          ?? (to ? nil : lowercaseTail(from: last + 2, in: tokens)),
        end + 1 >= tokens.count || tokens[end + 1].kind != .possessive
      else { break }
      last = acronym(after: end, in: tokens) ?? end
    }
    return last
  }

  /// A lowercase tail naming a portfolio or a field (docs/judgement-calls.md T11: `minister of agriculture`,
  /// `commissioner for human rights`, `vice president of product management`, `principal of
  /// the college`): an optional `the`, then up to four lowercase words, adjectives and field
  /// nouns joined by `and`, ending on a field noun. The index of its last token, or nil.
  static func lowercaseTail(from start: Int, in tokens: [TitleToken]) -> Int? {
    var i = start
    if i < tokens.count, tokens[i].matches("the") { i += 1 }
    var end: Int?
    let limit = i + 4
    while i < tokens.count, i < limit, tokens[i].spaced, tokens[i].isWord, !tokens[i].isCapitalized {
      let word = tokens[i].lower
      if TitleWords.fieldNouns.contains(word) {
        end = i
      } else if word == "and", end != nil {
      } else if !isAdjective(tokens[i]),
        tokens[i].classes.isDisjoint(with: [.lowercasePremodifier, .organizationWord])
      {
        break
      }
      i += 1
    }
    guard let end else { return nil }
    // `head of the party in Texas`: stop; `minister of state for trade`: the loop goes on.
    if end + 1 < tokens.count, tokens[end + 1].isWord, !tokens[end + 1].isCapitalized,
      tokens[end + 1].spaced, !tokens[end + 1].classes.contains(.leftStop)
    {
      return nil  // the phrase goes on with a noun we do not know (`of product lines`)
    }
    return end
  }

  /// The constituency after a parliamentary head's `for` (`Member for Somerton and Frome`,
  /// `Member for Walsall, North (Mr. Winnick)`, `TD for Wicklow John Brady`; docs/judgement-calls.md T10):
  /// capitalized words joined by `and`, `upon`, `of`, and the Hansard part after a comma
  /// when it is a compass word or the member's name in parentheses follows. The index of its
  /// last token, or nil when the head has no `for` tail.
  static func constituency(after head: Int, in tokens: [TitleToken]) -> Int? {
    let start = head + 2
    guard start < tokens.count, tokens[head + 1].spaced, tokens[head + 1].matches("for") else {
      return nil
    }
    var i = start
    var end: Int?
    while i < tokens.count, tokens[i].spaced, tokens[i].isWord {
      if tokens[i].isCapitalized, !tokens[i].classes.contains(.notName) {
        end = i
      } else if end != nil, tokens[i].matches(any: ["and", "&", "upon", "of", "on", "under"]),
        i + 1 < tokens.count, tokens[i + 1].spaced, tokens[i + 1].isCapitalized
      {
      } else {
        break
      }
      i += 1
    }
    guard var last = end else { return nil }
    if last + 2 < tokens.count, tokens[last + 1].is(","), tokens[last + 2].spaced,
      tokens[last + 2].isWord, tokens[last + 2].isCapitalized
    {
      var j = last + 2
      while j + 1 < tokens.count, j - last < 4, tokens[j + 1].spaced, tokens[j + 1].isWord,
        tokens[j + 1].isCapitalized
      {
        j += 1
      }
      let compass = j == last + 2 && TitleWords.compassWords.contains(tokens[j].lower)
      if compass || (j + 1 < tokens.count && tokens[j + 1].is("(")) {
        return j
      }
    }
    if last + 1 < tokens.count, tokens[last + 1].is("(") { return last }
    last = withoutName(from: start, to: last, in: tokens) ?? last
    return last
  }

  /// A parenthesized acronym right after token `index` (`(NSC)`): the index of `)`.
  static func acronym(after index: Int, in tokens: [TitleToken]) -> Int? {
    guard index + 3 < tokens.count, tokens[index + 1].is("("), tokens[index + 2].isAcronym,
      tokens[index + 3].is(")")
    else { return nil }
    return index + 3
  }

  /// The organization a tail names, starting at token `start` (`the National Security
  /// Council`, `U.S. Indo-Pacific Command`, `the United States embassy in Mexico`): the index
  /// of its last token, or nil when none is there. A person's name at its end is left out.
  static func organization(from start: Int, in tokens: [TitleToken]) -> Int? {
    guard start < tokens.count, tokens[start].spaced else { return nil }
    if let end = field(from: start, in: tokens) { return end }
    let definite = tokens[start].matches("the")
    var i = definite ? start + 1 : start
    var end: Int?
    func capitalized(_ k: Int) -> Bool {
      k < tokens.count && tokens[k].spaced && (tokens[k].isCapitalized || tokens[k].isAcronym)
        && !tokens[k].classes.contains(.notName)
    }
    while i < tokens.count, tokens[i].spaced, tokens[i].isWord {
      let token = tokens[i]
      if capitalized(i), token.matches(any: TitleWords.stackedRanks), let last = end,
        let nameEnd = PersonName.forward(from: i + 1, in: tokens),
        TitleHolder.words((i + 1)..<nameEnd, tokens) >= 2
      {
        // `… of the Russian Armed Forces Army General Valery Gerasimov` (docs/judgement-calls.md
        // T12): a second title stacked on the tail; its premodifier goes with it.
        let cut =
          last > (definite ? start + 1 : start) && tokens[last].isCapitalized
            && !tokens[last].classes.contains(.headWord) ? last - 1 : last
        return cut >= (definite ? start + 1 : start) ? cut : nil
      }
      if capitalized(i) {
        end = i
      } else if definite, token.classes.contains(.lowercaseOrganizationNoun) {
        end = i
      } else if let last = end, token.matches(any: innerConnectors),
        !token.matches(any: organizationConnectors) || isOrganizationWord(tokens[last])
      {
        let next = i + 1 < tokens.count && tokens[i + 1].matches("the") ? i + 2 : i + 1
        guard capitalized(next) else { break }
        i = next
        continue
      } else if let last = end, token.matches("in"),
        TitleWords.placedOrganizationNouns.contains(tokens[last].lower), capitalized(i + 1)
      {
        i += 1
        continue
      } else {
        break
      }
      i += 1
    }
    guard var end else { return nil }
    // `Standing Committee on the Criminal Justice Bill`: the bill a committee is on is
    // legislation, not part of the organization.
    if let on = (start...end).first(where: { tokens[$0].matches("on") }),
      (on...end).contains(where: { tokens[$0].isCapitalized && tokens[$0].matches(any: ["bill", "act"]) })
    {
      guard on - 1 > start else { return nil }
      end = on - 1
    }
    if definite, end + 1 < tokens.count, !(tokens[end + 1].isWord && !tokens[end + 1].isCapitalized) {
      return end
    }
    return withoutName(from: definite ? start + 1 : start, to: end, in: tokens)
  }

  /// A field of work before the organization (`of rates strategy at Crestline Securities`):
  /// up to three lowercase words, then `at`/`of`/`for` and an organization; the index of the
  /// organization's last token, or nil.
  static func field(from start: Int, in tokens: [TitleToken]) -> Int? {
    var i = start
    while i < tokens.count, i - start < 3, tokens[i].isWord, tokens[i].spaced, !tokens[i].isCapitalized,
      !tokens[i].matches(any: tailConnectors), !tokens[i].classes.contains(.leftStop)
    {
      i += 1
    }
    guard i > start, i + 1 < tokens.count, tokens[i].spaced, tokens[i].matches(any: tailConnectors),
      tokens[i + 1].isCapitalized
    else { return nil }
    return organization(from: i + 1, in: tokens)
  }

  /// Whether `token` is a lowercase word shaped like an adjective (`humanitarian`,
  /// `regional`, `economic`, `legislative`).
  static func isAdjective(_ token: TitleToken) -> Bool {
    guard token.isWord, !token.isCapitalized, token.bytes.count > 5,
      !token.classes.contains(.leftStop)
    else { return false }
    let word = token.lower
    return ["al", "an", "ic", "ary", "ive", "ese", "ish"].contains { word.hasSuffix($0) }
  }

  /// Whether `token` is a word of organization names or an acronym (`Security`, `NSC`).
  static func isOrganizationWord(_ token: TitleToken) -> Bool {
    token.isAcronym || token.classes.contains(.organizationWord)
  }

  /// The organization `tokens[start...end]` without a person's name at its end
  /// (`of State Antony Blinken said` → `of State`): the index of its last token.
  static func withoutName(from start: Int, to end: Int, in tokens: [TitleToken]) -> Int? {
    if end + 1 < tokens.count {
      let next = tokens[end + 1]
      if next.is("(") || (next.isWord && next.matches(any: tailConnectors)) {
        return end
      }
    }
    let closedByComma = end + 1 < tokens.count && tokens[end + 1].is(",")
    var k = end
    while k > start {
      let token = tokens[k]
      let previous = tokens[k - 1]
      if PersonName.isNameWord(token), PersonName.forward(from: k, in: tokens) == end + 1,
        previous.isWord, !previous.matches(any: innerConnectors), !previous.matches("the")
      {
        let words = (k...end).filter { PersonName.isNameWord(tokens[$0]) }.count
        let organizationBefore = (start..<k).allSatisfy { isOrganizationWord(tokens[$0]) }
        if words >= 2 || (words == 1 && organizationBefore && !closedByComma) {
          // The whole name: `of Police Khalid Abu Bakar` leaves out `Khalid Abu Bakar`.
          // A word is the name's when an organization word stands before it (`Police`).
          var first = k
          while first - 2 >= start, PersonName.isNameWord(tokens[first - 1]),
            isOrganizationWord(tokens[first - 2]), tokens[first].spaced,
            PersonName.forward(from: first - 1, in: tokens) == end + 1
          {
            first -= 1
          }
          return first - 1
        }
      }
      k -= 1
    }
    return end
  }
}
