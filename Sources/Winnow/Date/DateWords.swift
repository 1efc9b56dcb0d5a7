/// The word lists the date rules are built from: reviewable data, kept out of the patterns.
enum DateWords {
  /// Month names and abbreviations, with their month numbers.
  static let months: [String: Int] = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
  ]
  /// Full month names: a bare month must be written out (`Jan` alone is not a date).
  static let fullMonths: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]
  /// Month names that are also common English words or names (`May`, `March`): lowercase
  /// they are never dates, and alone they need a preposition before them.
  static let ambiguousMonths: Set<String> = ["may", "march", "mar"]

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
  static let weekdays: [String: Int] = [
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7,
  ]

  /// Seasons and their TIMEX3 codes, with the month each starts in.
  static let seasons: [String: (code: String, month: Int)] = [
    "spring": ("SP", 3), "summer": ("SU", 6), "fall": ("FA", 9), "autumn": ("FA", 9),
    "winter": ("WI", 12),
  ]

  /// Ordinals used with quarters, halves and weeks.
  static let ordinals: [String: Int] = [
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
  ]

  /// Small counts in words (`two years ago`).
  static let counts: [String: Int] = [
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
    "thirty": 30, "fifty": 50,
  ]

  /// Modifiers before a date and the TIMEX3 `mod` they give (`earlier`/`later` give none, D2).
  static let modifiers: [String: DateValue.Modifier] = [
    "early": .early, "late": .late, "mid": .mid, "end": .end, "beginning": .start,
    "start": .start, "middle": .mid,
  ]

  /// Holidays with a fixed day (D14): month and day.
  static let fixedHolidays: [String: (month: Int, day: Int)] = [
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "new year's day": (1, 1), "new year's eve": (12, 31), "new year's": (1, 1),
    "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    "veterans day": (11, 11), "juneteenth": (6, 19), "boxing day": (12, 26),
    "st. patrick's day": (3, 17), "bastille day": (7, 14),
  ]

  /// Holidays on the n-th (or, with n = -1, last) weekday of a month, `shift` days after it.
  static let floatingHolidays: [String: (month: Int, weekday: Int, n: Int, shift: Int)] = [
    "thanksgiving": (11, 4, 4, 0), "thanksgiving day": (11, 4, 4, 0), "labor day": (9, 1, 1, 0),
    "memorial day": (5, 1, -1, 0), "martin luther king day": (1, 1, 3, 0),
    "black friday": (11, 4, 4, 1),
  ]

  /// Holidays set by Easter, with their distance in days from Easter Sunday.
  static let easterHolidays: [String: Int] = [
    "easter": 0, "easter sunday": 0, "easter monday": 1, "good friday": -2, "palm sunday": -7,
  ]

  /// Every holiday name the holiday rule knows.
  static let holidays: Set<String> = Set(fixedHolidays.keys).union(floatingHolidays.keys)
    .union(easterHolidays.keys)

  /// Holidays whose first word is a common word (`a good Friday for stocks`): written in
  /// lowercase they need a year or a relative word to be read as the holiday.
  static let holidaysWithCommonWords: Set<String> = ["good friday", "black friday", "palm sunday"]

  /// Words whose nearness marks a future clause (D4): `will rise in January`.
  static let futureMarkers: Set<String> = [
    "will", "ll", "shall", "wo", "would", "could", "might", "expected", "expects", "expect",
    "plans", "planned", "planning", "scheduled", "going", "intends", "intend", "upcoming",
    "aims", "seeks", "hopes", "hoped", "hope", "set", "due", "until", "next", "coming", "payable",
  ]

  /// Future markers that are also nouns or other verbs (`vacation plans`, `set the record`):
  /// they mark the future only before `to` (`set to resume`; `due to` only after a form of
  /// `be`).
  static let markersBeforeTo: Set<String> = [
    "plans", "hopes", "hope", "aims", "intends", "set", "due",
  ]

  /// Forms of `be` before `due to` that make it a schedule (`is due to appear`).
  static let formsOfBe: Set<String> = ["is", "are", "was", "were", "be", "am"]

  /// Auxiliaries before a participle (`will be named`, `has been delayed`).
  static let auxiliaries: Set<String> = ["be", "been", "being", "is", "are", "am", "has", "have"]

  /// Forms of `be` before an irregular participle (`would be paid`, `is sold`).
  static let passiveAuxiliaries: Set<String> = ["be", "been", "being", "is", "are", "am"]

  /// Past-tense words that are not regular `-ed` forms, and other past markers.
  static let pastMarkers: Set<String> = [
    "was", "were", "had", "did", "said", "ago", "last", "rose", "fell", "began", "became",
    "came", "went", "gave", "got", "grew", "held", "kept", "left", "lost", "made", "met",
    "paid", "ran", "saw", "sent", "sold", "spent", "spoke", "stood", "struck", "took",
    "thought", "told", "won", "wrote", "bought", "brought", "built", "caught", "chose", "drew",
    "drove", "fought", "found", "flew", "led", "meant", "sought", "taught", "threw", "withdrew",
    "earlier", "since", "previous", "shot", "hit", "cut", "quit", "slid", "sank", "shrank",
    "laid",
  ]

  /// Words ending in `-ed` that do not mark the past of their clause.
  static let notPastEd: Set<String> = [
    "expected", "scheduled", "planned", "need", "needed", "proposed", "indeed", "speed",
    "feed", "seed", "based", "red", "bed", "led", "succeed", "proceed", "exceed", "breed",
    "united", "limited", "hundred",
  ]

  /// Prepositions that, right before a date, point forward (`by the summer`, `until June`,
  /// `effective Feb. 1`).
  static let deadlinePrepositions: Set<String> = ["by", "until", "till", "effective"]

  /// Prepositions that, right before a date, point forward only when no tense marker in the
  /// clause decides (`extends it through September 6`; `this year through August` was past).
  static let openEndPrepositions: Set<String> = ["through", "thru"]

  /// Determiners before an `-ed` word that make it an adjective (`a still unspecified date`,
  /// `the proposed merger`), not the tense of the clause.
  static let determiners: Set<String> = [
    "a", "an", "the", "its", "their", "his", "her", "our", "still", "this", "that",
  ]

  /// Words before a number that make it a designation, not a year (`Section 1983`).
  static let designationWords: Set<String> = [
    "section", "sections", "article", "articles", "no", "number", "rule", "rules", "chapter",
    "title", "part", "route", "flight", "room", "page", "pages", "paragraph", "item", "form",
    "model", "code", "highway", "interstate", "suite", "unit", "resolution", "order",
    "regulation", "bill", "box", "platform", "gate", "channel", "version", "exhibit",
    "schedule", "annex", "clause",
  ]

  /// Nouns after a number that make it a count, not a year (`2000 troops`).
  static let countNouns: Set<String> = [
    "people", "troops", "soldiers", "shares", "employees", "workers", "jobs", "cars", "units",
    "feet", "foot", "meters", "metres", "miles", "kilometers", "votes", "points", "tons",
    "tonnes", "barrels", "dollars", "acres", "pounds", "euros", "residents", "students",
    "members", "homes", "houses", "deaths", "cases", "hours", "minutes", "seconds", "days",
    "weeks", "months", "years", "words", "pages", "ships", "aircraft", "planes", "vehicles",
    "patients", "refugees", "migrants", "protesters", "police", "officers", "children",
    "women", "men", "megawatts", "mw", "kg", "km", "yards", "calories", "rpm", "hp", "gb",
  ]
}

extension DateWords {
  /// Words before a lone month name that make it a date (`in May`, `since March`).
  static let monthPrepositions: Set<String> = [
    "in", "since", "by", "until", "till", "through", "from", "to", "of", "during", "before",
    "after", "on", "between", "and", "or", "early", "late", "mid", "throughout", "around",
    "for", "than", "into", "as", "that", "last", "next", "this",
  ]

  /// Articles before `March` that, with a lowercase noun after, make it a month used as a
  /// modifier (`a March cut`).
  static let articles: Set<String> = ["a", "an", "the"]

  /// Words before a month or weekday that make it a set, not a date (`every Monday`, D1).
  static let setWords: Set<String> = ["every", "each"]
}

extension DateWords {
  /// Abbreviations whose period does not end a sentence (for finding a clause, D4).
  static let abbreviations: Set<String> = [
    "mr", "mrs", "ms", "dr", "jr", "sr", "st", "inc", "corp", "co", "ltd", "gov", "sen", "rep",
    "gen", "col", "lt", "sgt", "prof", "no", "vs", "jan", "feb", "mar", "apr", "jun", "jul",
    "aug", "sep", "sept", "oct", "nov", "dec", "mass", "calif", "conn", "ill", "fla", "mich",
    "bros", "cos", "mt", "ft", "ave", "blvd", "dept", "univ", "assn", "capt", "maj", "adm",
  ]
}

extension DateWords {
  /// Days of the month as spelled ordinals (`May twenty-first`).
  static let dayOrdinals: [String: Int] = {
    let units = [
      "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
      "eighth": 8, "ninth": 9,
    ]
    var days: [String: Int] = [
      "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
      "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
      "twentieth": 20, "thirtieth": 30, "thirty first": 31, "thirty-first": 31,
    ]
    days.merge(units) { a, _ in a }
    for (word, n) in units {
      days["twenty " + word] = 20 + n
      days["twenty-" + word] = 20 + n
    }
    return days
  }()

  /// Days of the month as numbers in words, read as days only after a weekday and a month
  /// (`monday, jan twenty two`).
  static let dayCardinals: [String: Int] = {
    let units = [
      "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
      "nine": 9,
    ]
    var days: [String: Int] = [
      "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
      "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
      "thirty": 30, "thirty one": 31, "thirty-one": 31,
    ]
    days.merge(units) { a, _ in a }
    for (word, n) in units {
      days["twenty " + word] = 20 + n
      days["twenty-" + word] = 20 + n
    }
    return days
  }()

  /// Abbreviated weekday names, used only before a day number (`Mon 13th`).
  static let weekdayAbbreviations: [String: Int] = [
    "mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5,
    "sat": 6, "sun": 7,
  ]
}

extension DateWords {
  /// Number words for reading a year in words.
  static let numberWords: [String: Int] = [
    "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
  ]

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
  static let afterAnchoredQuarter: Set<String> = [
    "ended", "ending", "ends", "through", "to", "that", "which", "of",
  ]

  /// Words after `from <date>` that make it the start of a range (`from March to June`).
  static let rangeEnds: Set<String> = ["to", "through", "until", "till", "and"]

  /// Words naming a span of months: `a year earlier` in a sentence about one compares that
  /// span (`the nine months`), read as a year, not the quarter mentioned before.
  static let monthSpans: Set<String> = ["months", "nine-month", "six-month"]

  /// Words after a bare `fall` or `spring` that make it a noun (`the fall of the Wall`,
  /// `the fall in prices`).
  static let afterSeasonNoun: Set<String> = ["of", "in", "from", "to", "by"]
}
