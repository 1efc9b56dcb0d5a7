/// A title found by a head rule, grown to its extent, with the tokens around it.
struct TitleCandidate {
  /// Where the holder's name stands relative to the title.
  enum HolderPlace { case after, before, afterComma, coordinated }

  /// The tokens of the line around the head.
  let tokens: [TitleToken]
  /// The head's first and last token.
  let headFirst: Int
  let headLast: Int
  /// The extent's first and last token.
  var first: Int
  let last: Int
  /// The extent in UTF-8 bytes.
  var range: Range<Int>
  var role: String
  let usage: TitleWords.Usage
  let plural: Bool
  /// The rule that found the head.
  let rule: String
  /// The holder's name, as token indices, and where it stands.
  var holder: Range<Int>?
  var holderPlace: HolderPlace?

  /// The head found at `headRange` by `rule`, grown to the whole title.
  init?(
    headRange: Range<Int>, role: String, usage: TitleWords.Usage, plural: Bool, rule: String,
    in text: DocumentText, extraClasses: [UInt64: TitleWordClass] = [:]
  ) {
    // Most titles need a few words on each side: read a near window first, and a wider one
    // only when the title or its holder may reach beyond it.
    let parliamentary = TitleRules.isParliamentary(rule)
    var window = TitleTokenizer.tokens(around: headRange, before: 56, after: 72, in: text)
    if !extraClasses.isEmpty { Self.addClasses(extraClasses, to: &window.tokens) }
    guard Self.splitGlued(&window.tokens, at: headRange, in: text) else { return nil }
    guard
      let near = Self.grow(
        window.tokens, headRange, parliamentary: parliamentary, toTail: TitleWords.toTailRoles.contains(role))
    else {
      return nil
    }
    var grown = near
    if (window.cutLeft && near.start - window.tokens[0].range.lowerBound < 32)
      || (window.cutRight
        && window.tokens[window.tokens.count - 1].range.upperBound
          - window.tokens[near.last].range.upperBound < 48)
    {
      window = TitleTokenizer.tokens(around: headRange, before: 120, after: 220, in: text)
      if !extraClasses.isEmpty { Self.addClasses(extraClasses, to: &window.tokens) }
      guard Self.splitGlued(&window.tokens, at: headRange, in: text) else { return nil }
      guard
        let far = Self.grow(
          window.tokens, headRange, parliamentary: parliamentary,
          toTail: TitleWords.toTailRoles.contains(role))
      else {
        return nil
      }
      grown = far
    }
    self.tokens = window.tokens
    self.headFirst = grown.headFirst
    self.headLast = grown.headLast
    self.first = grown.first
    self.last = grown.last
    self.range = grown.start..<window.tokens[grown.last].range.upperBound
    // `Member for Walsall, North`: a seat in the House (docs/judgement-calls.md T10).
    let tail = grown.headLast + 1
    if parliamentary, role == "Member", tail < window.tokens.count, tail <= grown.last,
      window.tokens[tail].matches("for")
    {
      self.role = "Member of Parliament"
    } else {
      self.role = role
    }
    self.usage = usage
    self.plural = plural
    self.rule = rule
    // `Margaret Moran MP`, `minister Frank Field MP`: with no name after it, a name before a
    // parliamentary acronym is its holder, outside the extent (decided here, before titles
    // that contain others are dropped, so `minister` keeps its own mention).
    if rule == TitleRules.parliamentAbbreviation.id,
      PersonName.forward(from: grown.last + 1, in: window.tokens) == nil
        || !window.tokens[grown.last + 1].spaced,
      let name = TitleHolder.nameBeforeAcronym(self)
    {
      narrowToHead()
      holder = name
      holderPlace = .before
    }
  }

  /// Adds to each word token the classes `extra` gives its lowercase bytes (a user's heads).
  private static func addClasses(_ extra: [UInt64: TitleWordClass], to tokens: inout [TitleToken]) {
    for index in tokens.indices where tokens[index].isWord {
      let hash = WordHash.of(tokens[index].bytes, 0..<tokens[index].bytes.count)
      if let classes = extra[hash] { tokens[index].classes.formUnion(classes) }
    }
  }

  /// Splits a head glued to its neighbours by a hyphen that stands for a lost dash or space
  /// (docs/judgement-calls.md T14): `the-Director of …`, `commissioner-Martin Callinan`, `secretary-has`; the
  /// parts become words of their own, as if a space stood there. Returns false when the hyphen
  /// makes the head part of a compound adjective (`Stephen King-written`): no title there.
  static func splitGlued(
    _ tokens: inout [TitleToken], at headRange: Range<Int>, in text: DocumentText
  ) -> Bool {
    splitGluedWords(&tokens, in: text)
    guard let index = tokens.firstIndex(where: { $0.range.contains(headRange.lowerBound) }) else {
      return true
    }
    let token = tokens[index]
    let bytes = text.bytes
    var parts: [Range<Int>] = []
    var start = token.range.lowerBound
    if start < headRange.lowerBound {
      // `the-Director`: a function word glued before the head.
      guard bytes[headRange.lowerBound - 1] == 0x2D else { return true }
      let prefix = start..<(headRange.lowerBound - 1)
      let word = TitleWordClass.of(hash: WordHash.of(bytes, prefix))
      guard word.contains(.leftStop), !word.contains(.outsideModifier) else { return true }
      parts.append(prefix)
      start = headRange.lowerBound
    }
    if token.range.upperBound > headRange.upperBound, token.range.lowerBound < headRange.upperBound {
      guard bytes[headRange.upperBound] == 0x2D, headRange.upperBound + 1 < token.range.upperBound else {
        return true
      }
      let next = bytes[headRange.upperBound + 1]
      let rest = (headRange.upperBound + 1)..<token.range.upperBound
      let restEnd = rest.first { bytes[$0] == 0x2D } ?? rest.upperBound
      let restWord = rest.lowerBound..<restEnd
      let restClasses = TitleWordClass.of(hash: WordHash.of(bytes, restWord))
      let capital = next >= 0x41 && next <= 0x5A
      let restText = text.string(restWord).lowercased()
      if restText == "designate" || restText == "elect" { return true }
      if !capital && !restClasses.contains(.leftStop) && !TitleWords.reportingVerbs.contains(restText) {
        // `King-written`, `minister-level`: the head modifies what follows.
        return parts.isEmpty ? false : true
      }
      parts.append(start..<headRange.upperBound)
      parts.append(rest)
    } else if !parts.isEmpty {
      parts.append(start..<token.range.upperBound)
    }
    guard !parts.isEmpty else { return true }
    var replacement: [TitleToken] = []
    for (k, part) in parts.enumerated() {
      for (j, piece) in TitleTokenizer.tokens(in: text, part).enumerated() {
        let spaced = j == 0 ? (k == 0 ? token.spaced : true) : piece.spaced
        replacement.append(
          TitleToken(
            kind: piece.kind, range: piece.range, bytes: piece.bytes, spaced: spaced,
            isCapitalized: piece.isCapitalized, isAcronym: piece.isAcronym,
            isInitial: piece.isInitial, classes: piece.classes))
      }
    }
    tokens.replaceSubrange(index...index, with: replacement)
    return true
  }

  /// Splits off a function word glued by a hyphen to the end of a word (`Ways and
  /// Means-not a Labour Member`, `Francois Hollande-meanwhile`), docs/judgement-calls.md T14.
  static func splitGluedWords(_ tokens: inout [TitleToken], in text: DocumentText) {
    var index = tokens.count - 1
    while index >= 0 {
      defer { index -= 1 }
      let token = tokens[index]
      guard token.isWord, token.contains(0x2D),
        let hyphen = token.bytes.lastIndex(of: 0x2D), hyphen > 0, hyphen + 1 < token.bytes.count
      else { continue }
      let word = String(decoding: token.bytes[(hyphen + 1)...], as: UTF8.self)
      guard TitleWords.gluedFunctionWords.contains(word) else { continue }
      let split = token.range.lowerBound + hyphen
      let left = TitleTokenizer.tokens(in: text, token.range.lowerBound..<split)
      let right = TitleTokenizer.tokens(in: text, (split + 1)..<token.range.upperBound)
      guard left.count == 1, right.count == 1 else { continue }
      let a = left[0]
      let b = right[0]
      tokens.replaceSubrange(
        index...index,
        with: [
          TitleToken(
            kind: a.kind, range: a.range, bytes: a.bytes, spaced: token.spaced,
            isCapitalized: a.isCapitalized, isAcronym: a.isAcronym, isInitial: a.isInitial,
            classes: a.classes),
          TitleToken(
            kind: b.kind, range: b.range, bytes: b.bytes, spaced: true,
            isCapitalized: b.isCapitalized, isAcronym: b.isAcronym, isInitial: b.isInitial,
            classes: b.classes),
        ])
    }
  }

  /// The head's tokens in `tokens`, and the title's first and last token and first byte.
  private static func grow(
    _ tokens: [TitleToken], _ headRange: Range<Int>, parliamentary: Bool, toTail: Bool
  ) -> (headFirst: Int, headLast: Int, first: Int, last: Int, start: Int)? {
    guard let headFirst = tokens.lastIndex(where: { $0.range.lowerBound <= headRange.lowerBound }),
      let headLast = tokens.lastIndex(where: { $0.range.lowerBound < headRange.upperBound }),
      headFirst <= headLast
    else { return nil }
    let headToken = tokens[headFirst]
    if headToken.range.lowerBound < headRange.lowerBound {
      // The head ends a hyphenated word: `then-Sen.` leaves `then-` out; `co-chairman` is whole.
      let prefix = headToken.lower.prefix { $0 != "-" }
      if TitleWords.outsideModifiers.contains(String(prefix)) {
        let last = TitleExtent.right(of: headLast, in: tokens, toTail: toTail)
        return (headFirst, headLast, headFirst, last, headRange.lowerBound)
      }
    }
    // `Howard Dean`, `Ledley King`, `Nat King Cole`, `The Lion King`: a head that is also a
    // surname, after a capitalized word that is not a nationality (`Saudi King`) nor a
    // function word (`During King Mohammed`), is part of a name.
    if headFirst > 0, headToken.isCapitalized,
      TitleWords.nameLikeHeads.contains(headToken.lower), tokens[headFirst].spaced,
      PersonName.isNameWord(tokens[headFirst - 1]),
      !tokens[headFirst - 1].classes.contains(.leftStop), !isNationality(tokens[headFirst - 1])
    {
      return nil
    }
    let (first, start) = TitleExtent.left(of: headFirst, in: tokens)
    var last = TitleExtent.right(of: headLast, in: tokens, toTail: toTail)
    if parliamentary, let seat = TitleExtent.constituency(after: headLast, in: tokens) {
      last = seat
    }
    return (headFirst, headLast, first, last, start)
  }

  /// Moves the extent's start to the first token at or after byte `bound` (a stacked title
  /// keeps its own premodifiers only).
  mutating func trimLeft(to bound: Int) {
    guard let index = tokens.indices.first(where: { tokens[$0].range.lowerBound >= bound }),
      index <= headFirst
    else { return }
    first = index
    range = tokens[index].range.lowerBound..<range.upperBound
  }

  /// Whether `token` is shaped like a nationality or country adjective (`Saudi`, `French`,
  /// `Jordanian`, `Thai`, `Bhutanese`, `Danish`).
  static func isNationality(_ token: TitleToken) -> Bool {
    let word = token.lower
    return ["i", "an", "ese", "ish", "ch", "ic"].contains { word.hasSuffix($0) }
  }

  /// Narrows the extent to the head alone (`Margaret Moran MP`: the name before the head is
  /// the holder, not a premodifier).
  mutating func narrowToHead() {
    first = headFirst
    range = tokens[headFirst].range.lowerBound..<range.upperBound
  }

  /// The head's range in UTF-8 bytes.
  var headRange: Range<Int> { tokens[headFirst].range.lowerBound..<tokens[headLast].range.upperBound }

  /// Whether the extent reaches beyond the head (a premodifier or a tail).
  var isModified: Bool { first < headFirst || last > headLast }

  /// Whether the extent has a tail after the head.
  var hasTail: Bool { last > headLast }

  /// Whether the head is written with a capital (`President`, `CEO`, `Sen.`).
  var isCapitalized: Bool { tokens[headFirst].isCapitalized }

  /// The token right before the extent, skipping `former`, `new`, `next` and the like,
  /// with its index.
  var wordBefore: (index: Int, token: TitleToken)? {
    var i = first - 1
    while i >= 0, tokens[i].classes.contains(.outsideModifier) { i -= 1 }
    guard i >= 0 else { return nil }
    return (i, tokens[i])
  }

  /// The holder's bytes, if any.
  var holderRange: Range<Int>? {
    guard let holder else { return nil }
    return tokens[holder.lowerBound].range.lowerBound..<tokens[holder.upperBound - 1].range.upperBound
  }

  /// What the extractor keeps of this candidate once its holder is linked: byte ranges and
  /// flags, not the tokens around it (a title-dense document has a candidate every few
  /// words, and a window of tokens is kilobytes).
  var settled: TitleSettled {
    TitleSettled(
      range: range, headRange: headRange, role: role, rule: rule, plural: plural,
      holderRange: holderRange, holderPlace: holderPlace,
      specificNamed: TitleSpecificity.isSpecific(self, named: true),
      specificUnnamed: TitleSpecificity.isSpecific(self, named: false))
  }
}

/// A title candidate reduced to what the cross-candidate steps need (containment,
/// coordination, the final mention): its specificity is judged both with and without a
/// holder, since a coordinated title may lend it one (`Chairman and CEO NAME`).
struct TitleSettled {
  let range: Range<Int>
  let headRange: Range<Int>
  let role: String
  let rule: String
  let plural: Bool
  /// The holder's bytes, its own or (``holderPlace`` `.coordinated`) a coordinated title's.
  var holderRange: Range<Int>?
  var holderPlace: TitleCandidate.HolderPlace?
  let specificNamed: Bool
  let specificUnnamed: Bool

  /// Whether the title denotes a specific person, given the holder it has now.
  var isSpecific: Bool { holderRange != nil ? specificNamed : specificUnnamed }
}
