/// Links short forms to the full names they stand for (SPEC § legislation, GUIDE L3):
///
/// - an acronym in parentheses right after a name (`General Data Protection Regulation
///   (GDPR)`, parentheses outside both extents) is a mention, and so is every later use of it;
///   both take the full name's value;
/// - a later acronym made of the initials of an earlier name (`CPTPP` after `Comprehensive and
///   Progressive Agreement for Trans-Pacific Partnership`) takes that name's value;
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
    let tokens = LegislationTokens(text: text)
    var fullNames: [LegislationValue] = []
    var initialed: [(value: LegislationValue, initials: [UInt8], end: Int)] = []
    var acronyms: [(written: String, value: LegislationValue, start: Int)] = []
    var added: [Mention] = []
    for index in mentions.indices where mentions[index].kind == .legislation {
      let mention = mentions[index]
      guard let value = mention.value.legislation else { continue }
      if let acronym = acronyms.last(where: { $0.written == mention.text && $0.start <= mention.start }) {
        mentions[index].value = .legislation(acronym.value)
        mentions[index].rule = Self.acronymRule
        continue
      }
      var fullValue = value
      if mention.rule == LegislationNameExtractor.namedRule {
        if let full = fullNames.last(where: { $0.kind == value.kind && Self.isStart(value.name, of: $0.name) }) {
          mentions[index].value = .legislation(full)
          mentions[index].rule = Self.shortFormRule
          fullValue = full
        } else {
          fullNames.append(value)
          let initials = Self.initials(of: value.name)
          if initials.count >= 3 { initialed.append((value, initials, mention.end)) }
        }
      }
      guard mention.rule != LegislationNameExtractor.shortNameRule,
        let range = Self.parenthesizedAcronym(after: mention.end, tokens)
      else { continue }
      let written = text.string(range)
      acronyms.append((written, fullValue, range.lowerBound))
      if !mentions.contains(where: { $0.range == range }) {
        added.append(Self.acronymMention(range, written, fullValue))
      }
    }
    if !initialed.isEmpty {
      linkInitialisms(&mentions, &added, initialed, tokens)
    }
    for acronym in acronyms {
      for range in Self.occurrences(of: acronym.written, after: acronym.start + 1, tokens)
      where !mentions.contains(where: { $0.start == range.lowerBound && $0.kind == .legislation })
        && !added.contains(where: { $0.range == range })
      {
        added.append(Self.acronymMention(range, acronym.written, acronym.value))
      }
    }
    mentions.append(contentsOf: added)
    mentions.sort { $0.start != $1.start ? $0.start < $1.start : $0.end > $1.end }
  }

  /// Gives every capital-letter word after a name that spells that name's initials the
  /// name's value: an existing mention takes it, and a new one is added elsewhere.
  private func linkInitialisms(
    _ mentions: inout [Mention], _ added: inout [Mention],
    _ names: [(value: LegislationValue, initials: [UInt8], end: Int)], _ tokens: LegislationTokens
  ) {
    var offset = names.map(\.end).min()!
    while offset < tokens.count {
      guard LegislationTokens.isUpper(tokens[offset]), !tokens.isWordCharacter(before: offset) else {
        offset += 1
        continue
      }
      var end = offset + 1
      while end < tokens.count, LegislationTokens.isUpper(tokens[end]) { end += 1 }
      defer { offset = end }
      guard (3...8).contains(end - offset), !tokens.isWordCharacter(before: end + 1),
        let name = names.last(where: { $0.end <= offset && Self.spells(offset..<end, $0.initials, tokens) })
      else { continue }
      let range = offset..<end
      if let index = mentions.firstIndex(where: { $0.range == range && $0.kind == .legislation }) {
        mentions[index].value = .legislation(name.value)
        mentions[index].rule = Self.acronymRule
      } else if !added.contains(where: { $0.range == range }) {
        added.append(Self.acronymMention(range, tokens.text.string(range), name.value))
      }
    }
  }

  /// The capital letters that start the words of `name` and their hyphenated parts
  /// (`Trans-Pacific` gives `T`, `P`).
  static func initials(of name: String) -> [UInt8] {
    var initials: [UInt8] = []
    var atWordStart = true
    for byte in name.utf8 {
      if atWordStart, LegislationTokens.isUpper(byte) { initials.append(byte) }
      atWordStart = byte == 0x20 || byte == 0x2D
    }
    return initials
  }

  /// Whether the capitals of `word` are the first and last of `initials` with some of those
  /// in between, in order (`CPTPP` in `C P A T P P`, `GDPR` in `G D P R`).
  static func spells(_ word: Range<Int>, _ initials: [UInt8], _ tokens: LegislationTokens) -> Bool {
    guard tokens[word.lowerBound] == initials.first, tokens[word.upperBound - 1] == initials.last,
      word.count <= initials.count
    else { return false }
    var next = 1
    for offset in (word.lowerBound + 1)..<(word.upperBound - 1) {
      while next < initials.count - 1, initials[next] != tokens[offset] { next += 1 }
      guard next < initials.count - 1 else { return false }
      next += 1
    }
    return true
  }

  static func acronymMention(_ range: Range<Int>, _ written: String, _ value: LegislationValue) -> Mention {
    Mention(kind: .legislation, range: range, text: written, value: .legislation(value), rule: acronymRule)
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
    guard tokens.matches(" (", at: end) else { return nil }
    var start = end + 2
    if tokens.matches("the ", at: start) { start += 4 }
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
    if tokens[stop] == 0x20 {
      var wordEnd = stop + 1
      while LegislationTokens.isLower(tokens[wordEnd]) || wordEnd == stop + 1 && LegislationTokens.isUpper(tokens[wordEnd]) {
        wordEnd += 1
      }
      if LegislationKindWords.kinds[tokens.text.string((stop + 1)..<wordEnd)] != nil { stop = wordEnd }
    }
    var close = stop
    if quoted == 1, tokens.matches("\"", at: close) { close += 1 }
    if quoted == 3, tokens.matches("”", at: close) { close += 3 }
    guard tokens.matches(")", at: close) else { return nil }
    let range = start..<stop
    if LegislationJurisdictions.abbreviations[tokens.text.string(range)] != nil { return nil }
    return range
  }

  /// The whole-word occurrences of `word` from `offset` on.
  static func occurrences(of word: String, after offset: Int, _ tokens: LegislationTokens) -> [Range<Int>] {
    let pattern = Array(word.utf8)
    guard let first = pattern.first else { return [] }
    var found: [Range<Int>] = []
    var position = offset
    while position + pattern.count <= tokens.count {
      if tokens[position] == first, !tokens.isWordCharacter(before: position) {
        var index = 1
        while index < pattern.count, tokens[position + index] == pattern[index] { index += 1 }
        let end = position + pattern.count
        if index == pattern.count, !tokens.isWordCharacter(before: end + 1) {
          found.append(position..<end)
        }
      }
      position += 1
    }
    return found
  }
}
