/// Links short forms to the full names they stand for (docs/values.md § legislation, docs/judgement-calls.md L3):
///
/// - an acronym in parentheses right after a name (`General Data Protection Regulation
///   (GDPR)`, parentheses outside both extents) is a mention, and so is every later use of it;
///   both take the full name's value;
/// - a later acronym made of the initials of an earlier name (`CPTPP` after `Comprehensive and
///   Progressive Agreement for Trans-Pacific Partnership`, see ``initialisms(of:)``) takes
///   that name's value;
/// - a later name that is the start of an earlier one of the same kind (`the Bicentennial
///   Framework` after `Bicentennial Framework for Security, Public Health, and Safe
///   Communities`) takes the earlier name's value.
///
/// Short names never expanded in the document keep their own name (`USMCA`, `CARES Act`).
struct LegislationShortFormPass: DocumentPass {
  /// Rule id of an acronym defined in the document, and of its later uses.
  static let acronymRule = "legislation.acronym"
  /// Rule id of a later partial name.
  static let shortFormRule = "legislation.short-form"

  func apply(to mentions: inout [Mention], in text: DocumentText, workspace: Workspace) {
    // Short forms stand for names already found: most documents have none.
    guard mentions.contains(where: { $0.kind == .legislation }) else { return }
    let tokens = LegislationTokens(text: text)
    var fullNames: [String: [LegislationValue]] = [:]
    var shortForms = ShortForms()
    for index in mentions.indices where mentions[index].kind == .legislation {
      let mention = mentions[index]
      guard let value = mention.value.legislation else { continue }
      var fullValue = value
      if mention.rule == LegislationNameReader.namedRule {
        let firstWord = String(value.name.prefix { $0 != " " })
        if let full = fullNames[firstWord]?.last(where: {
          $0.kind == value.kind && Self.isStart(value.name, of: $0.name)
        }) {
          mentions[index].value = .legislation(full)
          mentions[index].rule = Self.shortFormRule
          fullValue = full
        } else {
          fullNames[firstWord, default: []].append(value)
          for initialism in Self.initialisms(of: value.name) {
            shortForms.add(initialism, fullValue, from: mention.end)
          }
        }
      }
      if mention.rule != LegislationExtractor.shortNameRule,
        let range = Self.parenthesizedAcronym(after: mention.end, tokens),
        !LegislationShortNames.isTailAcronym(text.string(range), of: mention.text)
      {
        shortForms.add(text.phrase(range), fullValue, from: range.lowerBound)
      }
    }
    guard let earliest = shortForms.earliest else { return }
    link(shortForms, from: earliest, &mentions, tokens, workspace)
  }

  /// Short forms found so far: acronyms defined in parentheses and the initials of full
  /// names, each with the full name's value and where it may first be used.
  struct ShortForms {
    var forms: [(written: String, value: LegislationValue, from: Int)] = []
    /// Where the first short form may occur.
    var earliest: Int?

    mutating func add(_ written: String, _ value: LegislationValue, from start: Int) {
      forms.append((written, value, start))
      earliest = min(earliest ?? start, start)
    }

    /// The forms by the token-index hash of their first word.
    var table: WordTable {
      var entries: [UInt64: [Int32]] = [:]
      for (index, form) in forms.enumerated() {
        if let hash = WordHash.letters(form.written) { entries[hash, default: []].append(Int32(index)) }
      }
      return WordTable(entries)
    }
  }

  /// Makes every use of a short form, from where it became known on, a mention with its
  /// full name's value: an existing mention there takes the value, else one is added. Reads
  /// the document's shared token index from `start` on.
  private func link(
    _ shortForms: ShortForms, from start: Int, _ mentions: inout [Mention], _ tokens: LegislationTokens,
    _ workspace: Workspace
  ) {
    let text = tokens.text
    let index = workspace.tokens
    index.index(text)
    let table = shortForms.table
    var existing: [Int: Int] = [:]
    for (position, mention) in mentions.enumerated() where mention.kind == .legislation {
      existing[mention.start] = position
    }
    var added: [Mention] = []
    let positions = index.positions
    let hashes = index.hashes
    var low = 0
    var high = positions.count
    while low < high {
      let mid = (low + high) / 2
      if Int(positions[mid]) < start { low = mid + 1 } else { high = mid }
    }
    for token in low..<positions.count where hashes[token] != 0 {
      let offset = Int(positions[token])
      guard LegislationTokens.isUpper(text.bytes[offset]) else { continue }
      var found: (range: Range<Int>, form: Int)?
      table.forEachRule(hashes[token]) { form in
        let candidate = shortForms.forms[form]
        let stop = offset + candidate.written.utf8.count
        guard candidate.from <= offset, stop <= tokens.count, !tokens.isWordCharacter(before: stop + 1),
          candidate.written.utf8.elementsEqual(UnsafeBufferPointer(rebasing: text.bytes[offset..<stop]))
        else { return }
        found = (offset..<stop, form)
      }
      guard let found else { continue }
      let form = shortForms.forms[found.form]
      if let position = existing[offset] {
        mentions[position].value = .legislation(form.value)
        mentions[position].rule = Self.acronymRule
      } else {
        added.append(
          Mention(
            kind: .legislation, range: found.range, text: form.written, value: .legislation(form.value),
            rule: Self.acronymRule))
      }
    }
    guard !added.isEmpty else { return }
    mentions.append(contentsOf: added)
    mentions.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
  }

  /// The acronyms a name may be known by: the initials of its capitalized words and their
  /// hyphenated parts (`GDPR`), and the same without its kind words (`CPTPP` for
  /// `Comprehensive and Progressive Agreement for Trans-Pacific Partnership`); three letters
  /// at least, four without the kind words (`CET` is a time zone more often than not).
  static func initialisms(of name: String) -> [String] {
    var all = ""
    var withoutKinds = ""
    for word in name.split(separator: " ") {
      let isKindWord = LegislationKindWords.kinds[String(word)] != nil
      for part in word.split(separator: "-") {
        guard let first = part.first, first.isASCII, first.isUppercase else { continue }
        all.append(first)
        if !isKindWord { withoutKinds.append(first) }
      }
    }
    var initialisms: [String] = []
    if all.count >= 3 { initialisms.append(all) }
    if withoutKinds.count >= 4, withoutKinds != all { initialisms.append(withoutKinds) }
    return initialisms
  }

  /// Whether `short` is `full` cut after a whole word (`Bicentennial Framework` of
  /// `Bicentennial Framework for Security, …`).
  static func isStart(_ short: String, of full: String) -> Bool {
    guard full.utf8.count > short.utf8.count, full.hasPrefix(short) else { return false }
    let next = full.utf8[full.utf8.index(full.utf8.startIndex, offsetBy: short.utf8.count)]
    return next == 0x20 || next == 0x2C
  }

  /// The acronym in ` (GDPR)`, ` ("GDPR")`, ` (the “GDPR”)` or ` (CARES Act)` right after
  /// `end`: a word with at least two capitals, not a jurisdiction (`(EU)`), and perhaps its
  /// kind word.
  static func parenthesizedAcronym(after end: Int, _ tokens: LegislationTokens) -> Range<Int>? {
    guard var start = tokens.phraseEnd(" (", at: end) else { return nil }
    if let next = tokens.phraseEnd("the ", at: start) { start = next }
    var quoted = 0
    if tokens.matches("\"", at: start) {
      quoted = 1
    } else if tokens.matches("“", at: start) {
      quoted = 3
    }
    start += quoted
    var stop = start
    var capitals = 0
    while stop < tokens.count, stop - start <= 12 {
      let byte = tokens[stop]
      if LegislationTokens.isUpper(byte) {
        capitals += 1
      } else if !(LegislationTokens.isLower(byte) || LegislationTokens.isDigit(byte) || byte == 0x2D) {
        break
      }
      stop += 1
    }
    guard capitals >= 2, stop - start >= 2, LegislationTokens.isUpper(tokens[start]) else { return nil }
    // `(CARES Act)`: the short name may keep its kind word.
    if let word = tokens.text.gap(from: stop) {
      var wordEnd = word
      while LegislationTokens.isLower(tokens[wordEnd])
        || wordEnd == word && LegislationTokens.isUpper(tokens[wordEnd])
      {
        wordEnd += 1
      }
      if LegislationKindWords.kinds[tokens.text.string(word..<wordEnd)] != nil { stop = wordEnd }
    }
    var close = stop
    if quoted == 1, tokens.matches("\"", at: close) { close += 1 }
    if quoted == 3, tokens.matches("”", at: close) { close += 3 }
    guard tokens.matches(")", at: close) else { return nil }
    let range = start..<stop
    if LegislationJurisdictions.abbreviations[tokens.text.string(range)] != nil { return nil }
    return range
  }
}
