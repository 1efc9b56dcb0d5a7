/// Recognizes a person's name in a run of tokens (docs/judgement-calls.md T6): capitalized words with accented
/// letters and hyphens, initials (`Q.`, `M.K.`), particles between capitalized words (`de la`,
/// `von der`, `bin`, `al-`), and a closing suffix (`Jr.`, `III`).
enum PersonName {
  /// The most tokens a name may have.
  static let maxTokens = 7

  /// Whether `token` can be a capitalized word of a name.
  static func isNameWord(_ token: TitleToken) -> Bool {
    guard token.isWord else { return false }
    if token.bytes.count > 3, token.bytes[2] == 0x2D,
      token.bytes[0] | 0x20 == 0x61 || token.bytes[0] | 0x20 == 0x65, token.bytes[1] | 0x20 == 0x6C
    {
      return true  // `al-Assad`, `el-Sisi`
    }
    guard token.isCapitalized, !token.isInitial, token.bytes.last != 0x2E else { return false }
    if !token.classes.isDisjoint(with: [
      .notName, .organizationWord, .headWord, .rankModifier, .courtesy,
    ]) {
      return false
    }
    if isContraction(token) { return false }
    // An acronym (`NSC`, `US`) is an organization, not a name; a one-letter word is fine
    // (`Rogelio Ramírez de la O`).
    return !(token.isAcronym && !token.contains(0x2D))
  }

  /// Whether `token` is a pronoun or verb contraction (`I'll`, `I'm`, `We've`, `Don't`),
  /// never a name (`As president, I'll protect`); `O'Brien` is a name.
  static func isContraction(_ token: TitleToken) -> Bool {
    let bytes = token.bytes
    guard let apostrophe = bytes.lastIndex(where: { $0 == 0x27 || $0 == 0x99 }) else { return false }
    let suffix = bytes[(apostrophe + 1)...]
    guard (1...2).contains(suffix.count), suffix.allSatisfy({ $0 >= 0x61 && $0 <= 0x7A }) else {
      return false
    }
    let word = String(decoding: suffix, as: UTF8.self)
    return ["ll", "m", "ve", "d", "re", "t", "s"].contains(word)
  }

  /// The first token of a name at `index` once a courtesy title is skipped (`Mr. Winnick`,
  /// `Sir Anthony Greener`): `index + 1` after `Mr.`, `Sir`, `Lord`; else `index`.
  static func skippingCourtesy(_ index: Int, in tokens: [TitleToken]) -> Int {
    guard index < tokens.count, tokens[index].isWord, tokens[index].isCapitalized,
      tokens[index].classes.contains(.courtesy)
    else { return index }
    var next = index + 1
    // `Mr` `.` split by a tokenizer that does not know the abbreviation.
    if next < tokens.count, tokens[next].is("."), !tokens[index].contains(0x2E) { next += 1 }
    guard next < tokens.count, tokens[next].spaced else { return index }
    return next
  }

  static func isSuffix(_ token: TitleToken) -> Bool {
    token.classes.contains(.nameSuffix)
      && token.isCapitalized
  }

  static func isParticle(_ token: TitleToken) -> Bool {
    token.classes.contains(.nameParticle)
      && !token.isCapitalized
  }

  /// Whether `token`, a month name after a first name, is a surname (`Theresa May`), which
  /// it is unless a day number follows (`Biden May 5`).
  static func isSurnameMonth(_ token: TitleToken, at index: Int, in tokens: [TitleToken]) -> Bool {
    guard token.isCapitalized, token.classes.contains(.month) else { return false }
    guard index + 1 < tokens.count else { return true }
    let next = tokens[index + 1].bytes.first ?? 0
    return !(next >= 0x30 && next <= 0x39)
  }

  /// The name starting at token `start`, as the index one past its last token, or nil.
  /// It starts with a capitalized word or an initial and is not followed by a possessive
  /// (the possessive is left outside: `Karen Bass's office` gives `Karen Bass`).
  static func forward(from start: Int, in tokens: [TitleToken]) -> Int? {
    guard start < tokens.count else { return nil }
    let first = tokens[start]
    // `President da Silva`, `President dos Santos`: a lowercase particle first.
    if isParticle(first), start + 1 < tokens.count, tokens[start + 1].spaced,
      isNameWord(tokens[start + 1])
    {
      return forward(from: start + 1, in: tokens)
    }
    guard
      isNameWord(first) || (first.isInitial && start + 1 < tokens.count)
        || isSurnameMonth(first, at: start, in: tokens)
    else { return nil }
    var end = start + 1
    var lastGood = first.isInitial ? nil : end
    var words = first.isInitial ? 0 : 1
    while end < tokens.count, end - start < maxTokens {
      let token = tokens[end]
      guard token.spaced else { break }
      if isSuffix(token), words > 0 {
        end += 1
        lastGood = end
        break
      }
      if isNameWord(token) || isSurnameMonth(token, at: end, in: tokens) {
        words += 1
        end += 1
        lastGood = end
      } else if token.isInitial || isParticle(token) {
        end += 1
      } else {
        break
      }
    }
    guard let lastGood, words > 0 else { return nil }
    // `Justice Action Network`: capitalized words that go on into an organization's name.
    if lastGood < tokens.count, tokens[lastGood].spaced, tokens[lastGood].isCapitalized,
      TitleWords.organizationEnds.contains(tokens[lastGood].lower)
    {
      return nil
    }
    return lastGood
  }

  /// The name ending just before token `end` (exclusive), as the index of its first token,
  /// or nil.
  static func backward(endingAt end: Int, in tokens: [TitleToken]) -> Int? {
    var start = end
    var best: Int?
    while start > 0, end - start < maxTokens {
      let token = tokens[start - 1]
      let joins = start == end || tokens[start].spaced
      guard joins else { break }
      if isNameWord(token) || token.isInitial || isParticle(token) || (isSuffix(token) && start == end) {
        start -= 1
        if (isNameWord(token) || token.isInitial), forward(from: start, in: tokens) == end {
          best = start
        }
      } else {
        break
      }
    }
    return best
  }
}
