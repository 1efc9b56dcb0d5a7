/// The word lists the date rules are built from: reviewable data in `Lexicon/date/*.tsv`, kept
/// out of the patterns.
enum DateWords {
  /// Month names and abbreviations, with their month numbers.
  static let months: [String: Int] = BuiltinLexicon.integers("date.months")
  /// Full month names: a bare month must be written out (`Jan` alone is not a date).
  static let fullMonths: Set<String> = BuiltinLexicon.words("date.full-months")
  /// Month names that are also common English words or names (`May`, `March`): lowercase
  /// they are never dates, and alone they need a preposition before them.
  static let ambiguousMonths: Set<String> = BuiltinLexicon.words("date.ambiguous-months")

  /// A month word's number and facts, for lookups from the document's bytes.
  struct MonthEntry {
    let letters: [UInt8]
    let month: Int
    let full: Bool
    let ambiguous: Bool
  }

  /// ``months`` as entries of lowercase bytes.
  static let monthEntries: [MonthEntry] = months.map { word, month in
    MonthEntry(
      letters: Array(word.utf8), month: month, full: fullMonths.contains(word),
      ambiguous: ambiguousMonths.contains(word))
  }

  /// The entry of the month word `bytes` (any case), or nil: no `String` is made.
  static func monthEntry(_ bytes: UnsafeBufferPointer<UInt8>) -> MonthEntry? {
    entries: for entry in monthEntries where entry.letters.count == bytes.count {
      for (k, expected) in entry.letters.enumerated() {
        let byte = bytes[k]
        guard (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) == expected else { continue entries }
      }
      return entry
    }
    return nil
  }

  /// Weekday names (and the usual abbreviations with a period), ISO numbered.
  static let weekdays: [String: Int] = BuiltinLexicon.integers("date.weekdays")

  /// Seasons and their TIMEX3 codes, with the month each starts in.
  static let seasons: [String: (code: String, month: Int)] = BuiltinLexicon.table("date.seasons") {
    ($0[1], Int($0[2])!)
  }

  /// Ordinals used with quarters, halves and weeks.
  static let ordinals: [String: Int] = BuiltinLexicon.integers("date.ordinals")

  /// Small counts in words (`two years ago`).
  static let counts: [String: Int] = BuiltinLexicon.integers("date.counts")

  /// Modifiers before a date and the TIMEX3 `mod` they give (`earlier`/`later` give none, D2).
  static let modifiers: [String: DateValue.Modifier] = BuiltinLexicon.table("date.modifiers") {
    DateValue.Modifier(rawValue: $0[1])!
  }

  /// Every holiday in `Lexicon/date/holidays.tsv`, by lowercase name, and its day.
  static let holidayDates: [String: HolidayDate] = BuiltinLexicon.table("date.holidays") {
    HolidayDate($0[1])!
  }

  /// Holidays with a fixed day (D14): month and day.
  static let fixedHolidays: [String: (month: Int, day: Int)] = holidayDates.compactMapValues {
    if case .fixed(let month, let day) = $0 { (month, day) } else { nil }
  }

  /// Holidays on the n-th (or, with n = -1, last) weekday of a month, `shift` days after it.
  static let floatingHolidays: [String: (month: Int, weekday: Int, n: Int, shift: Int)] =
    holidayDates
    .compactMapValues {
      if case .floating(let month, let weekday, let n, let shift) = $0 {
        (month, weekday, n, shift)
      } else {
        nil
      }
    }

  /// Holidays set by Easter, with their distance in days from Easter Sunday.
  static let easterHolidays: [String: Int] = holidayDates.compactMapValues {
    if case .easter(let shift) = $0 { shift } else { nil }
  }

  /// The holidays a holiday rule knows: each name's day, and the names that need a year or
  /// a relative word when written in lowercase.
  struct HolidayTable: Sendable {
    var dates: [String: HolidayDate]
    var needsContext: Set<String>

    /// The built-in holidays.
    static let builtin = HolidayTable(dates: holidayDates, needsContext: holidaysWithCommonWords)

    /// The built-in holidays and a user's `date.holidays` entries (which replace a built-in
    /// entry of the same name); names are lowercased and single-spaced.
    init(with lexicon: Lexicon) {
      self = .builtin
      for row in lexicon.rows("date.holidays") {
        let name = row[0].lowercased().split(separator: " ").joined(separator: " ")
        dates[name] = HolidayDate(row[1])!
        if row[2] == "yes" { needsContext.insert(name) } else { needsContext.remove(name) }
      }
    }

    init(dates: [String: HolidayDate], needsContext: Set<String>) {
      self.dates = dates
      self.needsContext = needsContext
    }
  }

  /// Every holiday name the holiday rule knows.
  static let holidays: Set<String> = Set(fixedHolidays.keys).union(floatingHolidays.keys)
    .union(easterHolidays.keys)

  /// Holidays whose first word is a common word (`a good Friday for stocks`): written in
  /// lowercase they need a year or a relative word to be read as the holiday.
  static let holidaysWithCommonWords: Set<String> = Set(
    BuiltinLexicon.list("date.holidays").rows.filter { $0[2] == "yes" }.map { $0[0] })

  /// Words whose nearness marks a future clause (D4): `will rise in January`.
  static let futureMarkers: Set<String> = BuiltinLexicon.words("date.future-markers")

  /// Future markers that are also nouns or other verbs (`vacation plans`, `set the record`):
  /// they mark the future only before `to` (`set to resume`; `due to` only after a form of
  /// `be`).
  static let markersBeforeTo: Set<String> = BuiltinLexicon.words("date.markers-before-to")

  /// Forms of `be` before `due to` that make it a schedule (`is due to appear`).
  static let formsOfBe: Set<String> = BuiltinLexicon.words("date.forms-of-be")

  /// Auxiliaries before a participle (`will be named`, `has been delayed`).
  static let auxiliaries: Set<String> = BuiltinLexicon.words("date.auxiliaries")

  /// Forms of `be` before an irregular participle (`would be paid`, `is sold`).
  static let passiveAuxiliaries: Set<String> = BuiltinLexicon.words("date.passive-auxiliaries")

  /// Past-tense words that are not regular `-ed` forms, and other past markers.
  static let pastMarkers: Set<String> = BuiltinLexicon.words("date.past-markers")

  /// Words ending in `-ed` that do not mark the past of their clause.
  static let notPastEd: Set<String> = BuiltinLexicon.words("date.not-past-ed")

  /// Prepositions that, right before a date, point forward (`by the summer`, `until June`,
  /// `effective Feb. 1`).
  static let deadlinePrepositions: Set<String> = BuiltinLexicon.words("date.deadline-prepositions")

  /// Prepositions that, right before a date, point forward only when no tense marker in the
  /// clause decides (`extends it through September 6`; `this year through August` was past).
  static let openEndPrepositions: Set<String> = BuiltinLexicon.words("date.open-end-prepositions")

  /// Determiners before an `-ed` word that make it an adjective (`a still unspecified date`,
  /// `the proposed merger`), not the tense of the clause.
  static let determiners: Set<String> = BuiltinLexicon.words("date.determiners")

  /// Words before a number that make it a designation, not a year (`Section 1983`).
  static let designationWords: Set<String> = BuiltinLexicon.words("date.designation-words")

  /// Nouns after a number that make it a count, not a year (`2000 troops`).
  static let countNouns: Set<String> = BuiltinLexicon.words("date.count-nouns")
}

extension DateWords {
  /// Words before a lone month name that make it a date (`in May`, `since March`).
  static let monthPrepositions: Set<String> = BuiltinLexicon.words("date.month-prepositions")

  /// Articles before `March` that, with a lowercase noun after, make it a month used as a
  /// modifier (`a March cut`).
  static let articles: Set<String> = BuiltinLexicon.words("date.articles")

  /// Words before a month or weekday that make it a set, not a date (`every Monday`, D1).
  static let setWords: Set<String> = BuiltinLexicon.words("date.set-words")
}

extension DateWords {
  /// Abbreviations whose period does not end a sentence (for finding a clause, D4).
  static let abbreviations: Set<String> = BuiltinLexicon.words("date.abbreviations")
}

extension DateWords {
  /// Days of the month as spelled ordinals (`May twenty-first`).
  static let dayOrdinals: [String: Int] = BuiltinLexicon.integers("date.day-ordinals")

  /// Days of the month as numbers in words, read as days only after a weekday and a month
  /// (`monday, jan twenty two`).
  static let dayCardinals: [String: Int] = BuiltinLexicon.integers("date.day-cardinals")

  /// Abbreviated weekday names, used only before a day number (`Mon 13th`).
  static let weekdayAbbreviations: [String: Int] = BuiltinLexicon.integers("date.weekday-abbreviations")
}

extension DateWords {
  /// Number words for reading a year in words.
  static let numberWords: [String: Int] = BuiltinLexicon.integers("date.number-words")

  /// The year written in words (`nineteen ninety-six` → 1996, `two thousand and eighteen`
  /// → 2018), or nil.
  static func spelledYear(_ text: String) -> Int? {
    let words = text.lowercased().split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "\n" })
      .filter { $0 != "and" }.map(String.init)
    guard let first = words.first else { return nil }
    if first == "two", words.count >= 2, words[1] == "thousand" {
      return 2000 + words.dropFirst(2).reduce(0) { $0 + (numberWords[$1] ?? 0) }
    }
    guard let century = numberWords[first] else { return nil }
    let rest = words.dropFirst().filter { $0 != "hundred" }
    var tail = 0
    for word in rest {
      guard let n = numberWords[word] else { return nil }
      tail += n
    }
    return century * 100 + tail
  }
}

extension DateWords {
  /// Words after `the quarter` that anchor it to a date of its own (`the quarter ended June
  /// 30`) or make it generic (`the quarter of a century`).
  static let afterAnchoredQuarter: Set<String> = BuiltinLexicon.words("date.after-anchored-quarter")

  /// Words after `from <date>` that make it the start of a range (`from March to June`).
  static let rangeEnds: Set<String> = BuiltinLexicon.words("date.range-ends")

  /// Words naming a span of months: `a year earlier` in a sentence about one compares that
  /// span (`the nine months`), read as a year, not the quarter mentioned before.
  static let monthSpans: Set<String> = BuiltinLexicon.words("date.month-spans")

  /// Words after a bare `fall` or `spring` that make it a noun (`the fall of the Wall`,
  /// `the fall in prices`).
  static let afterSeasonNoun: Set<String> = BuiltinLexicon.words("date.after-season-noun")

  /// Time zones and words after a four-digit number that make it a clock time (`1700 GMT`,
  /// `2010 BST`: D18), not a year.
  static let clockZones: Set<String> = BuiltinLexicon.words("date.clock-zones")

  /// Spelled decades (`the eighties`): the decade's digit.
  static let spelledDecades: [String: Int] = BuiltinLexicon.integers("date.spelled-decades")

  /// Words of a football, rugby or other match report: near them `the second half` is a half
  /// of the match, not of a year.
  static let matchWords: Set<String> = BuiltinLexicon.words("date.match-words")

  /// Prepositions before `the 20th` that make a bare ordinal a day of the month (`on the
  /// 20th`), not a rank (`finished the 20th`).
  static let dayOrdinalPrepositions: Set<String> = BuiltinLexicon.words(
    "date.day-ordinal-prepositions")

  /// Prepositions before `the New Year` that make it the next year, not the holiday.
  static let newYearPrepositions: Set<String> = BuiltinLexicon.words("date.new-year-prepositions")

  /// Words after a capitalized `Today` that make it a name (`the Today programme`).
  static let programmeWords: Set<String> = BuiltinLexicon.words("date.programme-words")

  /// Verbs after a lone `May` that make it a person, the subject (`that May would`, `after
  /// May issues the notification`).
  static let verbsAfterName: Set<String> = BuiltinLexicon.words("date.verbs-after-name")

  /// The tens in words, for a count such as `twenty-six`.
  static let tens: [String: Int] = BuiltinLexicon.integers("money.tens")
}
