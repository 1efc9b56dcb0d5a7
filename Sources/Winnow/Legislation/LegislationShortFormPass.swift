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
    var fullNames = FullNames()
    var shortForms = ShortForms()
    for index in mentions.indices where mentions[index].kind == .legislation {
      let mention = mentions[index]
      guard let value = mention.value.legislation else { continue }
      var fullValue = value
      if mention.rule == LegislationNameReader.namedRule {
        if let full = fullNames.latest(startingWith: value) {
          mentions[index].value = .legislation(full)
          mentions[index].rule = Self.shortFormRule
          fullValue = full
        } else {
          fullNames.add(value)
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

  /// The full names found so far, by each of their starts cut after a whole word (before a
  /// space or a comma), so that a later partial name is looked up by hash, not compared with
  /// every earlier name (a document that repeats one name 40,000 times stays linear).
  struct FullNames {
    private struct Start: Hashable {
      let kind: LegislationValue.InstrumentKind
      let hash: UInt64
      let length: Int
    }
    /// The latest full name of each start.
    private var byStart: [Start: LegislationValue] = [:]

    /// Records `value` under each of its name's whole-word starts (not the whole name), by
    /// their ``WordHash`` and length.
    mutating func add(_ value: LegislationValue) {
      var name = value.name
      name.withUTF8 { bytes in
        for length in bytes.indices where length > 0 && (bytes[length] == 0x20 || bytes[length] == 0x2C) {
          byStart[Start(kind: value.kind, hash: WordHash.of(bytes, 0..<length), length: length)] = value
        }
      }
    }

    /// The latest full name of `value`'s kind that `value`'s name is a whole-word start of
    /// (`Bicentennial Framework` of `Bicentennial Framework for Security, …`), if any.
    func latest(startingWith value: LegislationValue) -> LegislationValue? {
      var name = value.name
      let hash = name.withUTF8 { WordHash.of($0, 0..<$0.count) }
      guard let full = byStart[Start(kind: value.kind, hash: hash, length: value.name.utf8.count)],
        LegislationShortFormPass.isStart(value.name, of: full.name)
      else { return nil }
      return full
    }
  }

  /// Short forms found so far: acronyms defined in parentheses and the initials of full
  /// names, each with the full name's value and where it may first be used.
  ///
  /// Each written form is kept once, with all its definitions: a use is resolved by a binary
  /// search over them, so a form defined again and again costs no more at each use.
  struct ShortForms {
    struct Definition {
      /// Where the form may first be used.
      var from: Int
      /// The order of definition over all forms: the latest definition wins.
      var order: Int
      var value: LegislationValue
    }
    /// The distinct written forms, in order of first definition.
    private(set) var written: [String] = []
    /// Per written form, its definitions in order of definition.
    private var definitions: [[Definition]] = []
    private var indexOf: [String: Int] = [:]
    private var count = 0
    /// Where the first short form may occur.
    var earliest: Int?

    mutating func add(_ written: String, _ value: LegislationValue, from start: Int) {
      let index =
        indexOf[written]
        ?? {
          indexOf[written] = self.written.count
          self.written.append(written)
          definitions.append([])
          return self.written.count - 1
        }()
      definitions[index].append(Definition(from: start, order: count, value: value))
      count += 1
      earliest = min(earliest ?? start, start)
    }

    /// The forms by the token-index hash of their first word, and per form its definitions
    /// sorted by where they may first be used, each holding the latest definition up to it.
    func lookup() -> Lookup {
      var entries: [UInt64: [Int32]] = [:]
      for (index, form) in written.enumerated() {
        if let hash = WordHash.letters(form) { entries[hash, default: []].append(Int32(index)) }
      }
      let resolved = definitions.map { list in
        var sorted = list.sorted { ($0.from, $0.order) < ($1.from, $1.order) }
        for i in sorted.indices.dropFirst() where sorted[i - 1].order > sorted[i].order {
          let from = sorted[i].from
          sorted[i] = sorted[i - 1]
          sorted[i].from = from
        }
        return sorted
      }
      return Lookup(table: WordTable(entries), written: written, definitions: resolved)
    }

    struct Lookup {
      let table: WordTable
      let written: [String]
      let definitions: [[Definition]]

      /// The latest definition of form `form` usable at `offset`, if any.
      func definition(_ form: Int, at offset: Int) -> Definition? {
        let list = definitions[form]
        var low = 0
        var high = list.count
        while low < high {
          let mid = (low + high) / 2
          if list[mid].from <= offset { low = mid + 1 } else { high = mid }
        }
        return low == 0 ? nil : list[low - 1]
      }
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
    let lookup = shortForms.lookup()
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
      var found: (range: Range<Int>, form: Int, definition: ShortForms.Definition)?
      lookup.table.forEachRule(hashes[token]) { form in
        let written = lookup.written[form]
        let stop = offset + written.utf8.count
        guard stop <= tokens.count, !tokens.isWordCharacter(before: stop + 1),
          let definition = lookup.definition(form, at: offset),
          definition.order > found?.definition.order ?? -1,
          written.utf8.elementsEqual(UnsafeBufferPointer(rebasing: text.bytes[offset..<stop]))
        else { return }
        found = (offset..<stop, form, definition)
      }
      guard let found else { continue }
      let value = found.definition.value
      if let position = existing[offset] {
        mentions[position].value = .legislation(value)
        mentions[position].rule = Self.acronymRule
      } else {
        added.append(
          Mention(
            kind: .legislation, range: found.range, text: lookup.written[found.form],
            value: .legislation(value),
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

  /// The acronym in ` (GDPR)`, ` ("GDPR")`, ` (the “GDPR”)`, ` (CARES Act)` or, in court
  /// style, ` (for short 'IPC')` right after `end`: a word with at least two capitals, not a jurisdiction (`(EU)`), and perhaps its
  /// kind word.
  static func parenthesizedAcronym(after end: Int, _ tokens: LegislationTokens) -> Range<Int>? {
    guard var start = tokens.phraseEnd(" (", at: end) else { return nil }
    // Court style: `(for short 'IPC')`, `(in short, "CPC")`, `(hereinafter "the NI Act")`.
    for lead: StaticString in ["for short, ", "for short ", "in short, ", "in short ", "hereinafter "] {
      if let next = tokens.phraseEnd(lead, at: start) {
        start = next
        break
      }
    }
    if let next = tokens.phraseEnd("the ", at: start) { start = next }
    var quoted = 0
    if tokens.matches("\"", at: start) || tokens.matches("'", at: start) {
      quoted = 1
    } else if tokens.matches("“", at: start) || tokens.matches("‘", at: start) {
      quoted = 3
    }
    if quoted > 0, let next = tokens.phraseEnd("the ", at: start + quoted) { start = next - quoted }
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
    if quoted == 1, tokens.matches("\"", at: close) || tokens.matches("'", at: close) { close += 1 }
    if quoted == 3, tokens.matches("”", at: close) || tokens.matches("’", at: close) { close += 3 }
    guard tokens.matches(")", at: close) else { return nil }
    let range = start..<stop
    if LegislationJurisdictions.abbreviations[tokens.text.string(range)] != nil { return nil }
    return range
  }
}
