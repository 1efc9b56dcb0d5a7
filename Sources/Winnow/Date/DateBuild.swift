/// Helpers the date rules' builders share: reading the named groups into values.
enum DateBuild {
  /// The mention value for `expression`: the value without a reference date, with the
  /// expression kept for ``DateResolutionPass``.
  static func value(_ expression: DateExpression, mod: DateValue.Modifier? = nil) -> MentionValue {
    let written = expression.unresolvedValue
    var value = DateValue(value: written, anchored: DateValue.isAnchored(written), mod: mod)
    if case .complete = expression {} else { value.expression = expression }
    return .date(value)
  }

  /// `n` as two digits.
  static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }

  /// The month number of group `month`, or nil where the word is not a month here: a
  /// lowercase `may`/`march`, a lone abbreviation, `Theresa May`, `the Women's March`.
  /// `requireContext`: the month may stand alone in the match, so check its neighbours.
  static func month(_ match: RuleMatch, requireContext: Bool) -> Int? {
    guard let range = match.range("month") else { return nil }
    // Read the word from the bytes: this runs for every month name in a text.
    let hasDot = match.text[range.upperBound - 1] == UInt8(ascii: ".")
    let letters = UnsafeBufferPointer(
      rebasing: match.text.bytes[range.lowerBound..<(range.upperBound - (hasDot ? 1 : 0))])
    guard let entry = DateWords.monthEntry(letters) else { return nil }
    let (month, full, ambiguous) = (entry.month, entry.full, entry.ambiguous)
    let capitalized = isCapital(match.text[range.lowerBound])
    if !capitalized && ambiguous { return nil }
    // `every March` is a set (D1); asked only of what would otherwise be a month.
    guard
      let month = monthInContext(
        match, range: range, month: month, full: full, ambiguous: ambiguous, hasDot: hasDot,
        capitalized: capitalized, requireContext: requireContext)
    else { return nil }
    return isSet(match) ? nil : month
  }

  /// The rest of ``month(_:requireContext:)``: whether the month word stands as a date where
  /// it is.
  private static func monthInContext(
    _ match: RuleMatch, range: Range<Int>, month: Int, full: Bool, ambiguous: Bool, hasDot: Bool,
    capitalized: Bool, requireContext: Bool
  ) -> Int? {
    let alone =
      DateBuild.day(match) == nil && !match.has("year") && !match.has("spelled")
      && !match.has("yrel")
    if !capitalized && !full && alone { return nil }
    guard requireContext, alone else { return month }
    if !full && !hasDot { return nil }
    if match.has("mod") || match.has("rel") { return month }
    let previous = DateContext.previousWord(before: range.lowerBound, in: match.text)
    // `after May issues the notification`, `for May said`: May the person, the subject of a
    // verb (not after `in`: `the fall in May was`).
    if month == 5,
      !["in", "since", "during", "until", "through", "throughout", "by", "of", "from"]
        .contains(previous ?? ""),
      let next = DateContext.nextWord(after: match.range.upperBound, in: match.text),
      DateWords.verbsAfterName.contains(next)
    {
      return nil
    }
    if let previous, DateWords.monthPrepositions.contains(previous) { return month }
    if ambiguous {
      // `a March cut`: a month as a modifier, not `the March on Washington`; `May` stays out
      // (`the May government`).
      guard month != 5, let previous, DateWords.articles.contains(previous),
        let next = DateContext.nextWord(after: match.range.upperBound, in: match.text),
        !isCapital(nextByte(match)), !DateWords.monthPrepositions.contains(next)
      else { return nil }
      return month
    }
    if isCapital(nextByte(match)) { return nil }  // `April Ryan`
    if previous?.hasSuffix("'s") == true { return nil }  // `the Women's March`
    return month
  }

  /// The day of the month in group `day`, `dayword`, `prefixday` (`tenth of`) or `daycard`
  /// (`twenty two`), if one took part.
  static func day(_ match: RuleMatch) -> Int? {
    if let digits = match["day"] { return Int(digits) }
    guard let word = match["dayword"] ?? match["prefixday"] ?? match["daycard"] else {
      return nil
    }
    let key = word.lowercased().split(whereSeparator: { $0 == " " || $0 == "\n" })
      .joined(separator: " ")
    return DateWords.dayOrdinals[key] ?? DateWords.dayCardinals[key]
  }

  /// The year in group `year` (digits) or `spelled` (words, 1100 to 2099), if either took
  /// part.
  static func year(_ match: RuleMatch) -> Int? {
    if let digits = match["year"] { return Int(digits) }
    guard let words = match["spelled"], let year = DateWords.spelledYear(words),
      (1100...2099).contains(year)
    else { return nil }
    return year
  }

  /// The value of a compound span before the reference date, `chain` holding the leading
  /// parts (`2 years 1 month`) and `last`/`unit` the final one (`21 days`): the day when
  /// days or weeks are counted, else the month.
  static func compoundAgo(_ chain: String, last: Int, unit: String) -> MentionValue? {
    var months = 0
    var days = 0
    var number: Int?
    func add(_ n: Int, _ unit: Substring) {
      switch unit.lowercased().prefix(3) {
      case "yea": months += 12 * n
      case "mon": months += n
      case "wee": days += 7 * n
      case "day": days += n
      default: break
      }
    }
    for word in chain.split(whereSeparator: { !$0.isLetter && !$0.isNumber }) {
      if let n = Int(word) {
        number = n
      } else if let n = number {
        add(n, word)
        number = nil
      }
    }
    add(last, Substring(unit))
    if days == 0 { return value(.month(offset: -months)) }
    return value(.shifted(months: -months, days: -days))
  }

  /// Day offsets of `today`, `yesterday`, `tomorrow`.
  static let dayOffsets = ["today": 0, "yesterday": -1, "tomorrow": 1, "tmrw": 1]

  /// Whether the match follows `every` or `each` (a set, D1).
  static func isSet(_ match: RuleMatch) -> Bool {
    DateContext.previousWord(before: match.range.lowerBound, in: match.text)
      .map(DateWords.setWords.contains) ?? false
  }

  /// The modifier in group `mod` (or `mod2`): `early` → EARLY, `the end of` → END.
  static func modifier(_ match: RuleMatch) -> DateValue.Modifier? {
    guard let text = match["mod"] ?? match["mod2"] else { return nil }
    var words = text.lowercased().split(whereSeparator: { !$0.isLetter })
    if words.first == "the" { words.removeFirst() }
    return words.first.flatMap { DateWords.modifiers[String($0)] }
  }

  /// The offset a relative word gives: `last` -1, `next` +1, `this` 0.
  static func offset(_ word: String) -> Int {
    switch word.lowercased() {
    case "last", "past", "previous": return -1
    case "next", "coming", "following", "upcoming": return 1
    default: return 0
    }
  }

  /// The direction a relative word before a month, weekday or season gives.
  static func direction(_ word: String?) -> DateExpression.Direction {
    switch word?.lowercased() {
    case nil: return .tense
    case "last", "past", "previous": return .before
    case "next", "coming": return .after
    default: return .current
    }
  }

  /// The first byte of the next word after the match, across a phrase gap (0 after a blank
  /// line).
  static func nextByte(_ match: RuleMatch) -> UInt8 {
    guard let position = match.text.skipGap(from: match.range.upperBound) else { return 0 }
    return match.text[position]
  }

  /// Whether the number at `start` follows `post-` or `pre-` (`post-1959`): a year.
  static func isPrefixed(_ start: Int, in text: DocumentText) -> Bool {
    guard text[start - 1] == UInt8(ascii: "-") else { return false }
    let word = DateContext.previousWord(before: start - 1, in: text)
    return word == "post" || word == "pre"
  }

  /// Whether `byte` is an ASCII capital letter.
  static func isCapital(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
}

extension DateValue {
  /// Whether `value` is a complete calendar value (docs/judgement-calls.md D13): no `X`, except a decade
  /// (`199X`); never a `*_REF`.
  static func isAnchored(_ value: String) -> Bool {
    if value.hasSuffix("_REF") { return false }
    if value.count == 4, value.hasSuffix("X"), value.dropLast().allSatisfy(\.isNumber) {
      return true
    }
    return !value.contains("X")
  }
}
