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
  let first: Int
  let last: Int
  /// The extent in UTF-8 bytes.
  let range: Range<Int>
  let role: String
  let usage: TitleWords.Usage
  let plural: Bool
  /// The rule that found the head.
  let rule: String
  /// The holder's name, as token indices, and where it stands.
  var holder: Range<Int>?
  var holderPlace: HolderPlace?
  /// The holder's bytes, when it was taken from a coordinated title.
  var holderBytes: Range<Int>?

  /// The head found at `headRange` by `rule`, grown to the whole title.
  init?(
    headRange: Range<Int>, role: String, usage: TitleWords.Usage, plural: Bool, rule: String,
    in text: DocumentText
  ) {
    let tokens = TitleTokenizer.tokens(around: headRange, before: 160, after: 260, in: text)
    guard let headFirst = tokens.firstIndex(where: { $0.range.lowerBound >= headRange.lowerBound }),
      let headLast = tokens.lastIndex(where: { $0.range.upperBound <= headRange.upperBound }),
      headFirst <= headLast
    else { return nil }
    let (first, start) = TitleExtent.left(of: headFirst, in: tokens)
    let last = TitleExtent.right(of: headLast, in: tokens)
    self.tokens = tokens
    self.headFirst = headFirst
    self.headLast = headLast
    self.first = first
    self.last = last
    self.range = start..<tokens[last].range.upperBound
    self.role = role
    self.usage = usage
    self.plural = plural
    self.rule = rule
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
    while i >= 0, tokens[i].isWord, TitleWords.outsideModifiers.contains(tokens[i].lower) { i -= 1 }
    guard i >= 0 else { return nil }
    return (i, tokens[i])
  }

  /// The holder's bytes, if any.
  var holderRange: Range<Int>? {
    if let holderBytes { return holderBytes }
    guard let holder else { return nil }
    return tokens[holder.lowerBound].range.lowerBound..<tokens[holder.upperBound - 1].range.upperBound
  }
}
