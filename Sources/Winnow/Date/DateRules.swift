/// Settings of the built-in date extractor.
public struct DateConfiguration: Sendable {
  /// How a numeric date such as `07/12/2022` is read.
  public enum NumericOrder: Sendable, Hashable {
    /// `MM/DD/YYYY` (US).
    case monthFirst
    /// `DD/MM/YYYY`.
    case dayFirst
    /// `YY/MM/DD` (a two-digit year first, as in East Asia); a four-digit year last is then
    /// read month first. A four-digit year first (`2022/07/12`) is year first in every order.
    case yearFirst
  }

  /// How a numeric date is read; US order by default.
  public var numericOrder = NumericOrder.monthFirst

  /// A user's extra word list entries (set from ``StandardConfiguration/lexicon``).
  var lexicon = Lexicon()
  /// Where the document has no reference date, give a month or day without a year the year
  /// of the latest date before it with a year, reading the text as a forward narrative (a
  /// month earlier in the year than that date falls in the next year). Off by default.
  public var narrative = false
  /// Where the document has no reference date, take it from the text's dateline or header
  /// date: a date with a day near the top of the text, alone at the start of a line or after
  /// a place (`MOSCOW, February 9. /TASS/`, `TEMPE, Arizona, Feb. 8, 2017 /PRNewswire/`,
  /// `1990-03-19 War Crimes Bill`). A header date without a year still gives `today`,
  /// `yesterday` and `tomorrow` their month and day (`XXXX-02-08`). Off by default: a corpus
  /// annotated without reference dates keeps its `X`s.
  public var inferReferenceDate = false

  /// The defaults.
  public init() {}
}

/// The built-in date rules and passes (docs/values.md § date).
public enum DateRules {
  /// The rules, in order.
  ///
  /// The patterns write white space as `\s`; each is read as white space of the text layer
  /// (`TextPatterns.phraseSpaces(_:)`: a no-break space too; a match never runs across a
  /// blank line, nor across a line break where lines do not join).
  public static func rules(_ configuration: DateConfiguration) -> [Rule] {
    written(configuration).map { rule in
      Rule(
        id: rule.id, kind: rule.kind, pattern: TextPatterns.phraseSpaces(rule.pattern), options: rule.options,
        trigger: rule.trigger, build: rule.build)
    }
  }

  /// The rules as written.
  static func written(_ configuration: DateConfiguration) -> [Rule] {
    [
      numeric(configuration.numericOrder), monthName, dayMonth, weekday, nthWeekday, relativeDay,
      relativeUnit, dayOrdinal, weekOf, ago, yearEarlier, quarter, periodCode, half, season, decade,
      spelledDecade, modifiedYear,
      year, spelledYear, calendarYear, fiscal,
      configuration.lexicon.rows("date.holidays").isEmpty
        ? holiday : holidayRule(DateWords.HolidayTable(with: configuration.lexicon)),
      reference,
    ]
  }

  /// The extractor the standard pipeline runs.
  public static func extractor(_ configuration: DateConfiguration) throws(WinnowError) -> any Extractor {
    try RuleExtractor(rules: rules(configuration))
  }

  /// The document passes the standard pipeline runs after extraction.
  public static func passes(_ configuration: DateConfiguration) -> [any DocumentPass] {
    [
      DateResolutionPass(
        narrative: configuration.narrative, inferReferenceDate: configuration.inferReferenceDate),
      DateOffsetPass(),
    ]
  }

  typealias P = DatePatterns

  // MARK: Numeric dates

  /// All-digit dates, one rule so a number is tried once (speed): `2022-07-12`,
  /// `2015/08/12`; `07/12/2022` (month first unless configured otherwise), `21-04-2016`,
  /// `05/05/89`; a year and a month, `2016-11`, `11/2016` (not a span of years, `2010-11`);
  /// a month and a day, `4/22` (not a fraction, `1/2`, nor `1 1/2`); a year, a month
  /// abbreviation and a day, `2019/sep/01`.
  static func numeric(_ order: DateConfiguration.NumericOrder) -> Rule {
    Rule(
      id: "date.numeric", kind: .date,
      pattern: #"""
        (?: (?<iy>\d{4}) (?<isep>[-/.]) (?<im>\d{1,2}) \k<isep> (?<id>\d{1,2}) (?![\d]|[-/.]\d)
          | (?<![\d/]) (?<cy>(?:19|20)\d\d)(?<cm>0[1-9]|1[0-2])(?<cd>0[1-9]|[12]\d|3[01]) (?![\d/])
          | (?<ay>\d{4}) (?<asep>[-/]) (?i:(?<amon>jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec))
            \k<asep> (?<ad>\d{1,2}) (?![\d])
          | (?<a>\d{1,2}) (?<sep>[-/.]) (?<b>\d{1,2}) \k<sep> (?<ny>\d{4}|\d{2}) (?![\d]|[-/.]\d)
          | \#(P.year("year")) \s*(?<ysep>[-/])\s* (?<m>\d{1,2}) (?![\d/]|[.,]\d|\s*[-/]\s*\d)
          | (?<m2>\d{1,2}) \s*[-/]\s* \#(P.year("year2"))
          | (?<ma>\d{1,2}) / (?<mb>\d{1,2}) (?![\d/]|[.,]\d|\s*%) )
        """#
    ) { match in
      func int(_ group: String) -> Int? { match[group].flatMap { Int($0) } }
      if let y = int("cy"), let m = int("cm"), let d = int("cd") {
        // `20170302` in a file name or an id: a compact ISO date.
        guard let date = CalendarDate(year: y, month: m, day: d) else { return nil }
        return DateBuild.value(.complete(date.description))
      }
      if let y = int("iy"), let m = int("im"), let d = int("id") {
        guard let date = CalendarDate(year: y, month: m, day: d) else { return nil }
        return DateBuild.value(.complete(date.description))
      }
      if let y = int("ay"), let d = int("ad"),
        let m = DateWords.months[match["amon"]!.lowercased()]
      {
        guard let date = CalendarDate(year: y, month: m, day: d) else { return nil }
        return DateBuild.value(.complete(date.description))
      }
      if let a = int("a"), let b = int("b"), var y = int("ny") {
        if match["ny"]!.count == 2 {
          guard match["sep"] == "/" else { return nil }
          if order == .yearFirst {
            // `22/07/12`: year, month, day.
            guard let date = CalendarDate(year: a + (a < 50 ? 2000 : 1900), month: b, day: y) else {
              return nil
            }
            return DateBuild.value(.complete(date.description))
          }
          y += y < 50 ? 2000 : 1900
        }
        var (m, d) = order == .dayFirst ? (b, a) : (a, b)
        if m > 12 && d <= 12 { swap(&m, &d) }
        guard let date = CalendarDate(year: y, month: m, day: d) else { return nil }
        return DateBuild.value(.complete(date.description))
      }
      if let month = int("m") ?? int("m2") {
        let year = match["year"] ?? match["year2"]!
        guard (1...12).contains(month) else { return nil }
        if let written = match["m"], written.count == 2, match["ysep"] == "-",
          Int(written) == (Int(year)! + 1) % 100
        {
          return nil  // `2011-12`: a season or fiscal span
        }
        return DateBuild.value(.complete(year + "-" + DateBuild.two(month)))
      }
      guard let a = int("ma"), let b = int("mb") else { return nil }
      var (m, d) = order == .dayFirst ? (b, a) : (a, b)
      // `22/04`: the day comes first (a two-digit month; `24/7` is round the clock).
      if m > 12 && d <= 12, let written = match["mb"], written.count == 2 { swap(&m, &d) }
      guard (1...12).contains(m), (1...CalendarDate.days(inMonth: m, of: 2000)).contains(d),
        !(b <= 10 && a < b)  // a proper fraction with a small denominator
      else { return nil }
      let before = DateContext.previousByte(before: match.range.lowerBound, in: match.text)
      if before >= 0x30 && before <= 0x39 { return nil }  // `1 1/2`
      return DateBuild.value(.inYear(YearPart(month: m, day: d), direction: .tense))
    }
  }

  // MARK: Months and days

  /// `July 12, 2022`, `Jan. 5`, `October 2021`, `mid-June`, `last October`, `April`,
  /// `Sep-23-2020`, `tenth of September, two thousand`, `October two thousand and five`,
  /// `2016 November`, `August 99`.
  static let monthName = Rule(
    id: "date.month-name", kind: .date,
    pattern: #"""
      (?: (?<prefixday>\#(P.alternation(DateWords.dayOrdinals.keys))) \s+ of \s+
        | \#(P.year("pyear")) \s+ (?=[A-Za-z]) )?
      \#(P.modifier)? \#(P.relative)? \#(P.month)
      (?: (?:\s+|-|(?<=[a-z])) \#(P.day) )?
      (?: (?:\s*,?\s+ (?:of\s+|in\s+)? | - (?=\d)) \#(P.yearInDate)
        | \s+ (?<yrel>next|last|this) \s+ year\b )?
      """#,
    options: [.extended, .caseless],
    trigger: .words(DateWords.months.keys, lookbehind: 24)
  ) { match in
    guard let month = DateBuild.month(match, requireContext: true) else { return nil }
    var day = DateBuild.day(match)
    var year = DateBuild.year(match) ?? match["pyear"].flatMap { Int($0) }
    // `August 99`: two digits that cannot be a day, with no ordinal suffix, are the year.
    if let written = day, written > 31, year == nil, let range = match.range("day"),
      range.count == 2, !DateContext.isWordByte(match.text[range.upperBound])
    {
      year = written + (written < 50 ? 2000 : 1900)
      day = nil
    }
    if let day, !(1...CalendarDate.days(inMonth: month, of: 2000)).contains(day) { return nil }
    let mod = DateBuild.modifier(match)
    if let year {
      if let day {
        guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return DateBuild.value(.complete(date.description), mod: mod)
      }
      return DateBuild.value(.complete("\(year)-" + DateBuild.two(month)), mod: mod)
    }
    let part = YearPart(month: month, day: day)
    if let yrel = match["yrel"] {
      let offset = DateBuild.offset(yrel)
      return DateBuild.value(.year(offset: offset, suffix: part.suffix(inYear: nil)), mod: mod)
    }
    return DateBuild.value(.inYear(part, direction: DateBuild.direction(match["rel"])), mod: mod)
  }

  /// `12 July 2022`, `1st of May`, `30 Sep`, `4th of July of 1995`, `13 Sept nineteen
  /// seventy two`, `16. Nov. 2016` (a day with a period only before a year).
  static let dayMonth = Rule(
    id: "date.day-month", kind: .date,
    pattern: #"""
      (?: (?<from>\d{1,2})(?:st|nd|rd|th)? \s*[-–]\s* (?=\d{1,2}(?:st|nd|rd|th)?\s) )?
      (?<day>\d{1,2})(?:st|nd|rd|th|(?<dot>\.))? (?: \s+ (?:of\s+)? | (?<sep>[-/]) ) \#(P.month)
      (?: (?(sep) \k<sep> | \s*,?\s+ (?:of\s+|in\s+)? ) \#(P.yearInDate) )?
      """#,
    options: [.extended, .caseless]
  ) { match in
    guard let month = DateBuild.month(match, requireContext: false),
      let day = Int(match["day"]!), (1...CalendarDate.days(inMonth: month, of: 2000)).contains(day)
    else { return nil }
    // `6,107.31 August`, `$12 December 27`: the tail of a number or an amount, not a day.
    let before = match.text[match.range.lowerBound - 1]
    if before == UInt8(ascii: "$")
      || ((before == UInt8(ascii: ".") || before == UInt8(ascii: ","))
        && DateContext.isDigit(match.text[match.range.lowerBound - 2]))
    {
      return nil
    }
    if let from = match["from"].flatMap({ Int($0) }) {
      // `10-20 February`: a span of days, one mention with the month's value.
      guard (1..<day).contains(from) else { return nil }
      if let year = DateBuild.year(match) {
        return DateBuild.value(.complete("\(year)-" + DateBuild.two(month)))
      }
      return DateBuild.value(.inYear(YearPart(month: month), direction: .tense))
    }
    if let year = DateBuild.year(match) {
      guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
      return DateBuild.value(.complete(date.description))
    }
    if match.has("dot") { return nil }  // `3. May`: a list number
    return DateBuild.value(.inYear(YearPart(month: month, day: day), direction: .tense))
  }

  /// `Friday`, `last Friday`, `late Tuesday`, `Tuesday, March 3`, `Wednesday night`,
  /// `Tuesday next week`, `Friday the 15th`.
  static let weekday = Rule(
    id: "date.weekday", kind: .date,
    pattern: #"""
      (?: (?<mod>early|late) \s+ )?
      (?: (?<wrel2>next|last|this) \s+ week (?:'s)? \s+ (?:on\s+)? | \#(P.relative) )?
      (?: \#(P.weekday)
        | (?<short>\#(P.alternation(DateWords.weekdayAbbreviations.keys)))\.? (?= \s+ (?:the\s+)? \d ) )
      (?: \s+ (?<tod>morning|afternoon|evening|night)\b
        | \s+ (?:of\s+)? (?<wrel>next|last|this) \s+ week\b
        | \s+ (?:the\s+)? (?<wday>\d{1,2})(?:(?:st|nd|rd|th)\b | (?=\s*[.,;!?)]|\s*$))
        | (?: \s+ | \s*[-(]\s* ) (?<nm>\d{1,2}) [/.] (?<nd>\d{1,2}) (?![\d/.]|\.\d) \)?
        | \s*[-(]\s* \#(P.monthShort("tmon")) [-\s] (?<tday>\d{1,2}) (?!\d) \)? )?
      (?: ,?\s+ \#(P.month) \s+ \#(P.dayAfterWeekday) (?: ,?\s+ \#(P.yearInDate) )? )?
      """#,
    options: [.extended, .caseless],
    trigger: .words(
      Set(DateWords.weekdays.keys).union(DateWords.weekdayAbbreviations.keys), lookbehind: 20)
  ) { match in
    if DateBuild.isSet(match) { return nil }
    // `0001 GMT on Friday`, `9 a.m. Tuesday`: a clock time, not a date (D18).
    if DateContext.isClockTimeBefore(match.range.lowerBound, in: match.text) { return nil }
    let weekday =
      DateWords.weekdays[match["weekday"]?.lowercased() ?? ""]
      ?? DateWords.weekdayAbbreviations[match["short"]!.lowercased()]!
    if let wday = match["wday"].flatMap({ Int($0) }) {
      guard (1...31).contains(wday) else { return nil }
      return DateBuild.value(.weekdayOnDay(weekday, day: wday))
    }
    // `this Friday 7/6`, `next friday 5/12`, `this friday (jun-15)`: the date written.
    if var m = match["nm"].flatMap({ Int($0) })
      ?? match["tmon"].flatMap({ DateWords.months[$0.lowercased()] }),
      var d = match["nd"].flatMap({ Int($0) }) ?? match["tday"].flatMap({ Int($0) })
    {
      if m > 12 && d <= 12 { swap(&m, &d) }
      guard (1...12).contains(m), (1...CalendarDate.days(inMonth: m, of: 2000)).contains(d) else {
        return nil
      }
      return DateBuild.value(.inYear(YearPart(month: m, day: d), direction: .tense))
    }
    if match.has("short") { return nil }
    if let wrel = match["wrel"] ?? match["wrel2"] {
      return DateBuild.value(.weekdayOfWeek(weekday, offset: DateBuild.offset(wrel)))
    }
    if match.has("month") {
      guard let month = DateBuild.month(match, requireContext: false),
        let day = DateBuild.day(match)
      else { return nil }
      if let year = DateBuild.year(match) {
        guard let date = CalendarDate(year: year, month: month, day: day) else { return nil }
        return DateBuild.value(.complete(date.description))
      }
      guard (1...CalendarDate.days(inMonth: month, of: 2000)).contains(day) else { return nil }
      return DateBuild.value(.inYear(YearPart(month: month, day: day), direction: .tense))
    }
    return DateBuild.value(
      .weekday(weekday, direction: DateBuild.direction(match["rel"])),
      mod: DateBuild.modifier(match))
  }

  /// `the first Sunday of May`, `the last Monday in May 2021`, `second Sunday` (of this
  /// month).
  static let nthWeekday = Rule(
    id: "date.nth-weekday", kind: .date,
    pattern: #"""
      (?<the>the\s+)? (?<nth>first|second|third|fourth|last|1st|2nd|3rd|4th) \s+ \#(P.weekday)
      (?: \s+ (?:of|in) \s+ \#(P.month) (?: ,?\s+ \#(P.year("year")) )? )?
      """#,
    options: [.extended, .caseless],
    trigger: .words(DateWords.weekdays.keys, lookbehind: 12)
  ) { match in
    let weekday = DateWords.weekdays[match["weekday"]!.lowercased()]!
    let nth = YearPart.NthWeekday(
      n: DateWords.ordinals[match["nth"]!.lowercased()] ?? -1, weekday: weekday)
    guard match.has("month") else {
      // `the first Sunday` alone is a set or an event's; without `the`, this month's.
      if match.has("the")
        || DateContext.previousWord(before: match.range.lowerBound, in: match.text) == "the"
      {
        return nil
      }
      return DateBuild.value(.nthWeekdayOfMonth(nth, months: 0))
    }
    guard let month = DateBuild.month(match, requireContext: false) else { return nil }
    let part = YearPart(month: month, nthWeekday: nth)
    if let year = match["year"].flatMap({ Int($0) }) {
      return DateBuild.value(.complete("\(year)" + part.suffix(inYear: year)))
    }
    return DateBuild.value(.inYear(part, direction: .tense))
  }

  // MARK: Relative dates

  /// `today`, `yesterday`, `late yesterday`, `the day after tomorrow`.
  static let relativeDay = Rule(
    id: "date.relative-day", kind: .date,
    pattern: #"""
      (?: (?<mod>early|late|earlier|later)\s+ )? (?<word>today|yesterday|tomorrow|tmrw)\b
        (?: \s+ (?<tod>morning|afternoon|evening|night)\b )?
      | the \s+ day \s+ (?<dir>before|after) \s+ (?<word2>yesterday|tomorrow)\b
      | the \s+ day \s+ (?<dir3>before|after) (?= \s*(?:[.,;:!?)"”]|$) )
      """#,
    options: [.extended, .caseless],
    trigger: .words(["today", "yesterday", "tomorrow", "tmrw", "day"], lookbehind: 24)
  ) { match in
    if let dir = match["dir3"] {
      // `the day before`, `the day after`: of the date mentioned last (D17).
      return DateBuild.value(.fromPrevious(.day, offset: dir.lowercased() == "before" ? -1 : 1))
    }
    if DateContext.isClockTimeBefore(match.range.lowerBound, in: match.text) { return nil }
    // `Radio 4's Today`, `the Today programme`, `USA Today`: a capitalized `Today` inside a
    // sentence is a name.
    if match["word"] == "Today" {
      if !DateContext.isSentenceStart(match.range.lowerBound, in: match.text) { return nil }
      // `the "Today" show`, `Today programme` at a line start.
      var after = match.range.upperBound
      while "\"'”’? ".utf8.contains(match.text[after]) || match.text[after] >= 0x80 { after += 1 }
      if let next = DateContext.nextWord(after: after, in: match.text),
        DateWords.programmeWords.contains(next)
      {
        return nil
      }
    }
    if let word = match["word2"] {
      let offset =
        DateBuild.dayOffsets[word.lowercased()]! + (match["dir"]!.lowercased() == "before" ? -1 : 1)
      return DateBuild.value(.day(offset: offset))
    }
    return DateBuild.value(
      .day(offset: DateBuild.dayOffsets[match["word"]!.lowercased()]!), mod: DateBuild.modifier(match))
  }

  /// `last week`, `this weekend`, `next month`, `earlier this year`, `the end of the year`,
  /// `late last month`, `the next week`, `the current quarter`, `the quarter` (the last one
  /// completed), `the week after next`, `20th of next month`, `end of year`, `earlier in the
  /// week`, `the fiscal year`; anchored to the date mentioned last (D17): `the previous
  /// year`, `the following month`, `the next day`, `that year`, `later that day`, `the same
  /// week`. Not `the past year` (a duration).
  static let relativeUnit = Rule(
    id: "date.relative-unit", kind: .date,
    pattern: #"""
      (?<yearend> (?<=\bby\s|\bsince\s|\bat\s|\bbefore\s|\buntil\s|\bafter\s|\baround\s|\bto\s|\bfrom\s|\bof\s|\bfor\s)
                  (?: year (?:-|\s+) end | year's \s+ end ) \b (?!-) )
      | (?:
      (?: (?<dom>\d{1,2})(?:st|nd|rd|th) \s+ of \s+ (?=(?:this|next|last)\s+month\b) )?
      (?: (?<mod>early|late|mid|(?:the\s+)?(?:end|beginning|start|middle)\s+of|(?:earlier|later)(?:\s+in)?)
          (?:\s+|-) )?
      (?: (?<det>the\s+)? (?<rel>last|this|next|past|previous|preceding|prior|coming|current|latest|same|following|upcoming|full) \s+
        | (?<that>that) \s+ (?:same\s+)? | (?<the>the) \s+ | (?<bare>) (?<=of\s) )
      (?<fiscal> (?:financial|fiscal) \s+ )? (?: work(?:ing)? \s* (?=week\b) )?
      (?<unit>weekend|week|month|year|quarter|decade|period|day|morning|afternoon|evening|night)\b (?!-)
      (?<afternext> \s+ after \s+ (?:the\s+)? next\b )?
      )
      """#,
    options: [.extended, .caseless],
    trigger: .words(
      [
        "weekend", "week", "month", "year", "quarter", "decade", "period", "day", "morning",
        "afternoon", "evening", "night",
      ], lookbehind: 48)
  ) { match in
    if match.has("yearend") {
      // `by year-end`, `since year end` (the last one), `before the year's end`.
      let since = DateContext.previousWord(before: match.range.lowerBound, in: match.text) == "since"
      return DateBuild.value(.year(offset: since ? -1 : 0, suffix: ""), mod: .end)
    }
    // `This Week`, `Next Year`: a capitalized unit is a name (a programme, a title).
    if DateBuild.isCapital(match.text[match.range("unit")!.lowerBound]) { return nil }
    // `end of year` needs its modifier: `the cost of year` is no date.
    if match.has("bare") && !match.has("mod") { return nil }
    var unit = match["unit"]!.lowercased()
    if unit == "period" {
      // `the latest period` in a report is its latest quarter; any other period is vague.
      guard match["rel"]?.lowercased() == "latest" else { return nil }
      unit = "quarter"
    }
    let mod = DateBuild.modifier(match)
    if let dom = match["dom"].flatMap({ Int($0) }) {
      guard (1...31).contains(dom) else { return nil }
      return DateBuild.value(.dayOfMonth(dom, months: DateBuild.offset(match["rel"]!)))
    }
    let rel = match["rel"]?.lowercased()
    let the =
      match.has("det")
      || (match.range("rel").map {
        DateContext.previousWord(before: $0.lowerBound, in: match.text) == "the"
      } ?? false)
    // Anchored to the date mentioned last (D17).
    let partOfDay = ["morning", "afternoon", "evening", "night"].contains(unit)
    // `the full year`: the year; `a full year` is a duration.
    if rel == "full" && !(the && unit == "year") { return nil }
    let anchoredUnit: DateExpression.Unit? =
      switch unit {
      case "day", "morning", "afternoon", "evening", "night": .day
      case "week": .week
      case "month": .month
      case "year": .year
      default: nil
      }
    if match.has("that") {
      // `that day` alone is often no date (`trades made that day`); `later that day` is.
      guard let anchoredUnit,
        anchoredUnit != .day || match.has("mod") || match.string.lowercased().contains("same")
      else { return nil }
      return DateBuild.value(.fromPrevious(anchoredUnit, offset: 0), mod: mod)
    }
    if let rel, let anchoredUnit, !match.has("fiscal") {
      switch rel {
      case "same" where the: return DateBuild.value(.fromPrevious(anchoredUnit, offset: 0), mod: mod)
      case "following" where the || anchoredUnit == .day:
        return DateBuild.value(.fromPrevious(anchoredUnit, offset: 1), mod: mod)
      case "previous", "preceding", "prior":
        if the { return DateBuild.value(.fromPrevious(anchoredUnit, offset: -1), mod: mod) }
      case "next" where anchoredUnit == .day && the:
        return DateBuild.value(.fromPrevious(.day, offset: 1), mod: mod)
      default: break
      }
    }
    // `the day`, `later in the day`: too often vague; `last night`, `this morning`: a part of
    // a day alone is no date (D18).
    if unit == "day" || partOfDay { return nil }
    var offset = 0
    if let rel {
      switch rel {
      case "same", "following", "prior", "preceding": return nil
      case "past", "last", "previous":
        // `the past year`, `the last decade`: a duration (with the `the` outside the match
        // when a modifier came first).
        if the && unit != "quarter" { return nil }
        offset = -1
      case "latest": offset = unit == "quarter" ? -1 : 0
      default: offset = DateBuild.offset(rel)
      }
      if match.has("afternext") { offset = 2 }
    } else if match.has("afternext") {
      offset = 2
    } else if match.has("fiscal") && match.has("the") {
      // `the fiscal year`: the current one; `the fiscal year ended March 31` has its own date.
      let next = DateContext.nextWord(after: match.range.upperBound, in: match.text)
      if let next, DateWords.afterAnchoredQuarter.contains(next) { return nil }
      offset = 0
    } else if !match.has("mod") && unit == "quarter" {
      // `the quarter` in a report is the last one completed; `the quarter ended June 30`
      // is anchored to its own date.
      let next = DateContext.nextWord(after: match.range.upperBound, in: match.text)
      if let next, DateWords.afterAnchoredQuarter.contains(next) {
        return nil
      }
      offset = -1
    } else if !match.has("mod") && unit != "weekend" {
      return nil  // `the year` alone is too often generic
    }
    if match.has("fiscal") && unit != "year" { return nil }
    switch unit {
    case "weekend" where (match.has("the") && !match.has("afternext")) || rel == "past":
      return DateBuild.value(.weekend(direction: match.has("the") ? .tense : .onOrBefore), mod: mod)
    case "weekend": return DateBuild.value(.week(offset: offset, weekend: true), mod: mod)
    case "week": return DateBuild.value(.week(offset: offset, weekend: false), mod: mod)
    case "month": return DateBuild.value(.month(offset: offset), mod: mod)
    case "quarter": return DateBuild.value(.quarter(offset: offset), mod: mod)
    case "decade": return DateBuild.value(.decade(offset: offset), mod: mod)
    default: return DateBuild.value(.year(offset: offset, suffix: ""), mod: mod)
    }
  }

  /// `the 21st.`, `the 20th of next month`, `31st of this month`.
  static let dayOrdinal = Rule(
    id: "date.day-ordinal", kind: .date,
    pattern: #"""
      (?:the\s+)? (?<day>\d{1,2})(?:st|nd|rd|th) (?:\s+day)?
      (?: \s+ (?:of\s+)? (?<rel>this|next|last|the\s+next) \s+ month\b | (?=\s*(?:[.,;?!]|$)) )
      """#,
    options: [.extended, .caseless],
    // Tried at `the` only before a number: most `the`s are not dates.
    trigger: Trigger.words(["the"]).followed(by: Trigger.digitBytes)
  ) { match in
    guard let day = Int(match["day"]!), (1...31).contains(day) else { return nil }
    let rel = match["rel"]?.lowercased()
    if rel == nil && !match.string.lowercased().hasPrefix("the") { return nil }
    // A bare `the 20th` is a day only after a preposition (`on the 20th`); else a rank.
    if rel == nil,
      !(DateContext.previousWord(before: match.range.lowerBound, in: match.text)
        .map(DateWords.dayOrdinalPrepositions.contains) ?? false)
    {
      return nil
    }
    let months = rel.map { $0.hasPrefix("the") ? 1 : DateBuild.offset($0) } ?? 0
    return DateBuild.value(.dayOfMonth(day, months: months))
  }

  /// `the first week of 2015`, `second week of 2015`, `the last week of 2015`, `the first
  /// week of next year`, `week 3 of 2027`, `week 10` (this year's); `the third month of 2021`.
  static let weekOf = Rule(
    id: "date.week-of", kind: .date,
    pattern: #"""
      (?: (?: (?:the\s+)? (?<ord>first|second|third|fourth|1st|2nd|3rd|4th|last) \s+ week
          | week \s+ (?<number>\d{1,2}) ) \s+ of \s+
        (?: \#(P.yearInDate) | (?<yrel>this|next|last) \s+ year\b )
      | (?:the\s+)? (?<mord>\#(P.alternation(DateWords.dayOrdinals.filter { $0.value <= 12 }.keys))
          | \d{1,2}(?:st|nd|rd|th)) \s+ month \s+ of \s+
        (?: \#(P.year("myear")) | (?<myrel>this|next|last) \s+ year\b )
      | (?-i: week ) \s+ (?<bare>\d{1,2}) \b (?! \s* (?:of\b|[-–/.,:]\s*\d) ) )
      """#,
    options: [.extended, .caseless],
    trigger: .words(["week", "month"], lookbehind: 16)
  ) { match in
    if let written = match["mord"] {
      // `the third month of 2021`, `the 9th month of next year`.
      let key = written.lowercased()
      guard let month = DateWords.dayOrdinals[key] ?? Int(key.filter(\.isNumber)),
        (1...12).contains(month)
      else { return nil }
      if let year = match["myear"] { return DateBuild.value(.complete(year + "-" + DateBuild.two(month))) }
      let offset = DateBuild.offset(match["myrel"]!)
      return DateBuild.value(.year(offset: offset, suffix: "-" + DateBuild.two(month)))
    }
    if let bare = match["bare"].flatMap({ Int($0) }) {
      // `week 10`: that week of the current year.
      guard (1...53).contains(bare) else { return nil }
      return DateBuild.value(.year(offset: 0, suffix: "-W" + DateBuild.two(bare)))
    }
    let ordinal =
      match["number"].flatMap { Int($0) } ?? DateWords.ordinals[match["ord"]!.lowercased()]
    if let yrel = match["yrel"] {
      // The number of weeks of a year not yet known: only counted weeks.
      guard let ordinal else { return nil }
      guard (1...52).contains(ordinal) else { return nil }
      let suffix = "-W" + DateBuild.two(ordinal)
      return DateBuild.value(.year(offset: DateBuild.offset(yrel), suffix: suffix))
    }
    guard let year = DateBuild.year(match) else { return nil }
    let weeks = CalendarDate(year: year, month: 12, day: 28)!.isoWeek.week
    let week = ordinal ?? weeks
    guard (1...weeks).contains(week) else { return nil }
    return DateBuild.value(.complete("\(year)-W" + DateBuild.two(week)))
  }

  /// `two years ago`, `a month ago`, `nearly two weeks ago` (APPROX), `two weeks from now`,
  /// `1 month and 21 days ago` (the day).
  static let ago = Rule(
    id: "date.ago", kind: .date,
    pattern: #"""
      (?: (?<approx>nearly|almost|about|roughly|some) \s+ )?
      (?<chain> (?: \d{1,3} \s+ (?:year|month|week)s? (?: \s*,?\s+ and \s+ | \s*,\s* | \s+ ) ){1,2} (?=\d) )?
      (?<tens>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\s])?
      (?<count>\d{1,3}|\#(P.alternation(DateWords.counts.keys))|several|a\s+few|few|many)
      \s+ (?<unit>day|week|month|year|decade)s?
      \s+ (?: ago\b | from \s+ (?<from>now|today|tomorrow|tmrw|yesterday)\b )
      """#,
    options: [.extended, .caseless],
    trigger: .words(["ago", "now", "today", "tomorrow", "tmrw", "yesterday"], lookbehind: 32)
  ) { match in
    let count = match["count"]!.lowercased()
    if let chain = match["chain"] {
      guard !match.has("from"), let n = Int(count) else { return nil }
      return DateBuild.compoundAgo(chain, last: n, unit: match["unit"]!)
    }
    guard var n = Int(count) ?? DateWords.counts[count] else {
      return match.has("from") ? nil : DateBuild.value(.complete("PAST_REF"))
    }
    if let tens = match["tens"] {
      // `twenty-six years ago`.
      guard (1...9).contains(n), let t = DateWords.tens[String(tens.lowercased().dropLast())] else {
        return nil
      }
      n += t
    }
    if let from = match["from"]?.lowercased() {
      // `two weeks from now`: forward; from `tomorrow` or `yesterday` in days only.
      let shift = DateBuild.dayOffsets[from] ?? 0
      guard shift == 0 || match["unit"]!.lowercased() == "day" else { return nil }
      if shift != 0 { return DateBuild.value(.day(offset: n + shift)) }
      n = -n
    }
    let mod: DateValue.Modifier? = match.has("approx") ? .approx : nil
    switch match["unit"]!.lowercased() {
    case "day": return DateBuild.value(.day(offset: -n), mod: mod)
    case "week": return DateBuild.value(.week(offset: -n, weekend: false), mod: mod)
    case "month": return DateBuild.value(.month(offset: -n), mod: mod)
    case "decade": return DateBuild.value(.year(offset: -10 * n, suffix: ""), mod: mod)
    default: return DateBuild.value(.year(offset: -n, suffix: ""), mod: mod)
    }
  }

  /// `a year earlier`, `year-ago`, `the year-earlier quarter`: the quarter or half in focus
  /// (the last one mentioned) a year before, else last year (``DateExpression/yearsBefore(_:)``).
  /// `a day later`, `a month earlier`: from the date mentioned last (D17).
  static let yearEarlier = Rule(
    id: "date.year-earlier", kind: .date,
    pattern: #"""
      (?: the \s+ year-(?:ago|earlier) \s+ (?<period>quarter|period)\b
        | (?:a|one) \s+ year \s+ (?:earlier|ago)\b
        | year-(?:earlier|ago)\b
        | (?<count>an?|one) \s+ (?<unit>day|week|month|year)
          \s+ (?<dir>earlier|later)\b (?!\s+than\b) )
      """#,
    options: [.extended, .caseless],
    trigger: .words(["year", "earlier", "later"], lookbehind: 24)
  ) { match in
    guard let count = match["count"]?.lowercased() else { return DateBuild.value(.yearsBefore(1)) }
    // `a day later`, `a month earlier`: from the date mentioned last (D17); a count of
    // units (`seven days later`) is read as a duration.
    let n = count.hasPrefix("a") || count == "one" ? 1 : 0
    guard n == 1 else { return nil }
    let unit: DateExpression.Unit =
      switch match["unit"]!.lowercased() {
      case "day": .day
      case "week": .week
      case "month": .month
      default: .year
      }
    let sign = match["dir"]!.lowercased() == "earlier" ? -1 : 1
    return DateBuild.value(.fromPrevious(unit, offset: sign * n))
  }

  // MARK: Parts of years

  /// `the third quarter`, `first-quarter`, `the third quarter of 2021`, `this year's third
  /// quarter`, `the October-December quarter`.
  static let quarter = Rule(
    id: "date.quarter", kind: .date,
    pattern: #"""
      (?: (?<the>the) \s+ (?! (?:first|second|third|fourth)-quarter ) )?
      (?: \#(P.year("qyear")) (?:'s)? \s+ | (?<qrel>this|last|next) \s+ year's \s+
        | (?:comparable\s+)? (?<ago>year-(?:ago|earlier)) \s+ )?
      (?: (?<ord>first|second|third|fourth|1st|2nd|3rd|4th) (?:[-\s]+ fiscal)? [-\s]+
        | (?: (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \s*[-–]\s* )?
          (?<qmonth>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \s+ )
      quarter\b
      (?: \s+ of \s+ (?: \#(P.year("year")) | (?:the\s+)? (?<yrel>this|last|next|current|the) \s+ (?:fiscal\s+)? year\b )
        | ,?\s+ \#(P.year("year2")) )?
      """#,
    options: [.extended, .caseless],
    trigger: .words(["quarter"], lookbehind: 40)
  ) { match in
    let n: Int
    if let ord = match["ord"] {
      n = DateWords.ordinals[ord.lowercased()]!
    } else {
      guard let month = DateWords.months[match["qmonth"]!.lowercased()], match.has("the")
      else { return nil }
      n = (month - 1) / 3 + 1
    }
    let code = "Q\(n)"
    if let year = match["year"] ?? match["year2"] ?? match["qyear"] {
      return DateBuild.value(.complete("\(year)-\(code)"))
    }
    if let rel = match["qrel"] ?? match["yrel"] {
      return DateBuild.value(.year(offset: DateBuild.offset(rel), suffix: "-" + code))
    }
    if match.has("ago") { return DateBuild.value(.year(offset: -1, suffix: "-" + code)) }
    let part = YearPart(month: 3 * n - 2, lastMonth: 3 * n, code: code)
    return DateBuild.value(.inYear(part, direction: .tense))
  }

  /// `Q3 2021`, `2021 Q3`, `H1 2025`, `Q4`.
  static let periodCode = Rule(
    id: "date.period-code", kind: .date,
    pattern: #"""
      (?: (?<kind>[QH])(?<n>[1-4]) (?: (?:\s+|-) \#(P.year("year")) )?
        | \#(P.year("year2")) \s*-?\s* (?<kind2>[QH])(?<n2>[1-4]) ) \b
      """#,
    // At a year (led by 1 or 2), or at a `Q`/`H` with a digit right after it (not at every
    // `He` and `His`).
    trigger: Trigger.bytes("QH12".utf8).followed(by: Trigger.digitBytes)
  ) { match in
    let kind = match["kind"] ?? match["kind2"]!
    let n = Int(match["n"] ?? match["n2"]!)!
    if kind == "H" && n > 2 { return nil }
    let code = kind + String(n)
    if let year = match["year"] ?? match["year2"] {
      return DateBuild.value(.complete("\(year)-\(code)"))
    }
    guard kind == "Q" else { return nil }
    // `Audi Q3`, `the Q7 SUV`: a model name after a name or before one, not a quarter.
    if let previous = DateContext.previousWordText(before: match.range.lowerBound, in: match.text),
      DateBuild.isCapital(previous.utf8.first!),
      !DateContext.isSentenceStart(match.range.lowerBound - previous.utf8.count - 1, in: match.text)
        || DateBuild.isCapital(DateBuild.nextByte(match))
    {
      return nil
    }
    return DateBuild.value(
      .inYear(YearPart(month: 3 * n - 2, lastMonth: 3 * n, code: code), direction: .current))
  }

  /// `the second half of 2025`, `the first half`, `the second half of next year`.
  static let half = Rule(
    id: "date.half", kind: .date,
    pattern: #"""
      (?: the \s+ )? (?<ord>first|second|last|1st|2nd) [-\s]+ half\b
      (?: \s+ of \s+ (?: \#(P.year("year")) | (?:the\s+)? (?<yrel>this|last|next|current|the) \s+ year\b ) )?
      """#,
    options: [.extended, .caseless],
    trigger: .words(["half"], lookbehind: 12)
  ) { match in
    let n = DateWords.ordinals[match["ord"]!.lowercased()] ?? 2  // `the last half`
    let code = "H\(n)"
    if let year = match["year"] { return DateBuild.value(.complete("\(year)-\(code)")) }
    if let rel = match["yrel"] {
      return DateBuild.value(.year(offset: DateBuild.offset(rel), suffix: "-" + code))
    }
    // `the first half`; a bare `first half` or the adjective `first-half` is not annotated.
    guard match.string.lowercased().hasPrefix("the") else { return nil }
    // `scored in the second half`: a half of a match.
    if DateContext.sentence(around: match.range, in: match.text, has: DateWords.matchWords) {
      return nil
    }
    let part = YearPart(month: 6 * n - 5, lastMonth: 6 * n, code: code)
    return DateBuild.value(.inYear(part, direction: .current))
  }

  /// `the summer of 2021`, `spring 2020`, `this summer`, `last fall`, `the autumn`.
  static let season = Rule(
    id: "date.season", kind: .date,
    pattern: #"""
      \#(P.modifier)? (?: (?<the>the) \s+ | \#(P.relative) )?
      (?<season>spring|summer|autumn|fall|winter)\b
      (?: \s+ (?:of\s+)? \#(P.yearInDate) )?
      """#,
    options: [.extended, .caseless],
    trigger: .words(DateWords.seasons.keys, lookbehind: 24)
  ) { match in
    let word = match["season"]!
    let (code, month) = DateWords.seasons[word.lowercased()]!
    let mod = DateBuild.modifier(match)
    if let year = DateBuild.year(match) {
      return DateBuild.value(.complete("\(year)-\(code)"), mod: mod)
    }
    guard match.has("the") || match.has("rel") || match.has("mod") else { return nil }
    // `the fall of the Berlin Wall`, `the Summer Olympics`.
    let next = DateContext.nextWord(after: match.range.upperBound, in: match.text)
    if code == "FA" || code == "SP", !match.has("rel"), let next,
      DateWords.afterSeasonNoun.contains(next)
    {
      return nil
    }
    if DateBuild.isCapital(match.text[match.range("season")!.lowerBound]),
      DateBuild.isCapital(DateBuild.nextByte(match))
    {
      return nil
    }
    let part = YearPart(month: month, lastMonth: code == "WI" ? 12 : month + 2, code: code)
    return DateBuild.value(.inYear(part, direction: DateBuild.direction(match["rel"])), mod: mod)
  }

  // MARK: Years and decades

  /// `1990s`, `'90s`.
  static let decade = Rule(
    id: "date.decade", kind: .date,
    pattern: #"(?: (?<decade>(?:1[5-9]|20)\d)0s | ['’](?<short>\d)0s ) \b"#
  ) { match in
    DateBuild.value(.complete((match["decade"] ?? "19" + match["short"]!) + "X"))
  }

  /// `the eighties`, `the early nineties`, `the nineteen-sixties` (the twentieth century's).
  static let spelledDecade = Rule(
    id: "date.spelled-decade", kind: .date,
    pattern: #"""
      the \s+ (?: (?<mod>early|late|mid) [-\s]+ )? (?: nineteen [-\s]* )?
      (?<decade>\#(P.alternation(DateWords.spelledDecades.keys)))\b
      """#,
    options: [.extended, .caseless],
    trigger: .words(DateWords.spelledDecades.keys, lookbehind: 24)
  ) { match in
    let digit = DateWords.spelledDecades[match["decade"]!.lowercased()]!
    return DateBuild.value(.complete("19\(digit)X"), mod: DateBuild.modifier(match))
  }

  /// `the 1990s`, `the early 2000s`, `late 2025`, `mid-2021`, `the end of 2029`.
  static let modifiedYear = Rule(
    id: "date.modified-year", kind: .date,
    pattern: #"""
      (?: \#(P.modifier) (?:the\s+)? | the \s+ (?<mod2>early|late|mid) (?:\s+|-) | (?<the>the) \s+ (?=\d{3}0s) )
      (?: (?<decade>(?:1[5-9]|20)\d)0s\b | \#(P.year("year")) (?![\w]) )
      """#,
    options: [.extended, .caseless],
    // After these words comes a year or decade, `-` (`mid-2021`), `of`, or after `the` one of
    // the modifiers: the other `the`s are turned away before PCRE2 runs.
    trigger: Trigger.words(["the", "early", "late", "mid", "end", "beginning", "start", "middle"])
      .followed(by: Array(Trigger.digitBytes) + Array("-eElLmMbBsSoO".utf8))
  ) { match in
    let mod = DateBuild.modifier(match)
    if let decade = match["decade"] { return DateBuild.value(.complete(decade + "X"), mod: mod) }
    return DateBuild.value(.complete(match["year"]!), mod: mod)
  }

  /// A year in date context: `in 2019`, `the 2008 financial crisis`, `1990 levels`; not
  /// `Section 1983`, `2000 troops`, `$2022`.
  static let year = Rule(
    id: "date.year", kind: .date,
    pattern: #"\#(P.year("year")) (?![\w%]|[.,/]\d|-\d|-year|\s*(?:percent|per\s+cent))"#
  ) { match in
    let text = match.text
    let start = match.range.lowerBound
    let before = DateContext.previousByte(before: start, in: text)
    // A number joined to a symbol (`$2022`, `3.2019`, `+2000`) or after a currency sign
    // (`€ 2000`: `€`, `£` and `¥` end in 0xAC, 0xA3, 0xA5).
    if ("/.:-+".utf8.contains(text[start - 1]) || "$#".utf8.contains(before)
      || [0xAC, 0xA3, 0xA5].contains(before)) && !DateBuild.isPrefixed(start, in: text)
    {
      return nil
    }
    // `Section 1983`, `No. 1983`: the word before, across an abbreviation's period.
    var end = text.skipGap(before: start) ?? start
    if text[end - 1] == UInt8(ascii: ".") { end -= 1 }
    if before != UInt8(ascii: ","), let word = DateContext.previousWord(before: end, in: text),
      DateWords.designationWords.contains(word)
    {
      return nil
    }
    let next = DateContext.nextWord(after: match.range.upperBound, in: text)
    if let next, DateWords.countNouns.contains(next) { return nil }
    // `1700 GMT`, `2010 BST`: a clock time (D18).
    if let next, DateWords.clockZones.contains(next), match["year"]!.suffix(2) < "60" { return nil }
    let year = Int(match["year"]!)!
    // `the 1988 period`, `the 1988 quarter`: the quarter in focus, in that year.
    if next == "period" || next == "quarter" { return DateBuild.value(.periodInYear(year)) }
    return DateBuild.value(.complete(match["year"]!))
  }

  /// A year in words: `nineteen ninety-six`, `the year two thousand`.
  static let spelledYear = Rule(
    id: "date.spelled-year", kind: .date,
    pattern: #"(?:the\s+year\s+)? \#(P.spelledYear) \b"#,
    options: [.extended, .caseless],
    trigger: .words(["nineteen", "eighteen", "twenty", "two"], lookbehind: 10)
  ) { match in
    guard let year = DateWords.spelledYear(match["spelled"]!), (1100...2099).contains(year)
    else { return nil }
    if let next = DateContext.nextWord(after: match.range.upperBound, in: match.text),
      DateWords.countNouns.contains(next)
    {
      return nil  // `two thousand people`
    }
    // A bare `twenty-five` or `two thousand` is a number, not a year.
    let lowered = match["spelled"]!.lowercased()
    if !match.string.lowercased().hasPrefix("the"),
      lowered.hasPrefix("twenty") || lowered == "two thousand"
    {
      return nil
    }
    return DateBuild.value(.complete(String(year)))
  }

  /// `calendar year 2008`, `this calendar year`.
  static let calendarYear = Rule(
    id: "date.calendar-year", kind: .date,
    pattern: #"(?: (?<rel>this|last|next) \s+ )? calendar \s+ year \b (?: \s+ \#(P.year("year")) )?"#,
    options: [.extended, .caseless],
    trigger: .words(["calendar"], lookbehind: 6)
  ) { match in
    if let year = match["year"] { return DateBuild.value(.complete(year)) }
    guard let rel = match["rel"] else { return nil }
    return DateBuild.value(.year(offset: DateBuild.offset(rel), suffix: ""))
  }

  /// `fiscal 2024`, `fiscal year 2024`, `FY2024`, `FY24`.
  static let fiscal = Rule(
    id: "date.fiscal", kind: .date,
    pattern: #"(?: fiscal (?:\s+year)? \s+ | FY \s* ) ['’]? (?<year>(?:19|20)\d\d|\d\d) (?![\d\w])"#,
    options: [.extended, .caseless],
    trigger: .words(["fiscal", "fy"])
  ) { match in
    var year = Int(match["year"]!)!
    if year < 100 { year += year < 50 ? 2000 : 1900 }
    return DateBuild.value(.complete("FY\(year)"))
  }

  /// `Christmas`, `New Year's Day`, `Independence Day`, `Thanksgiving`, `Easter 2018`,
  /// `Good Friday`, `previous Easter`; `in the New Year` (the next year).
  static let holiday = holidayRule(.builtin)

  /// The holiday rule for the holidays of `table`.
  static func holidayRule(_ table: DateWords.HolidayTable) -> Rule {
    Rule(
      id: "date.holiday", kind: .date,
      pattern: #"""
        (?<newyear> the \s+ New \s+ Year \b
          (?! ['’]s | \s+ (?:Day|Eve|holiday|honours|celebrations?|message|party|resolutions?)\b ) )
        | (?: (?<rel>last|next|this|previous) \s+ )?
        (?<holiday>\#(P.alternation(
        table.dates.keys.sorted().map {
          $0.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }
            .joined(separator: " ").replacing("'", with: "['’]")
            .replacing(".", with: #"\."#)
        })))\b
        (?! \s+ week )  # `Easter week` is a week
        (?: \s+ (?:of\s+)? \#(P.year("year")) )?
        """#,
      options: [.extended, .caseless],
      trigger: .words(
        table.dates.keys.sorted().map { String($0.prefix { $0.isLetter }) } + ["new"], lookbehind: 10)
    ) { match in
      if match.has("newyear") {
        // `in the New Year`, `until the New Year`: the next year (not the holiday).
        guard TextBytes.squeezingWhiteSpace(match.string).contains("New Year"),
          let previous = DateContext.previousWord(before: match.range.lowerBound, in: match.text),
          DateWords.newYearPrepositions.contains(previous)
        else { return nil }
        return DateBuild.value(.year(offset: 1, suffix: ""))
      }
      let name = TextBytes.squeezingWhiteSpace(match["holiday"]!.lowercased().replacing("’", with: "'"))
      if table.needsContext.contains(name),
        !DateBuild.isCapital(match.text[match.range("holiday")!.lowerBound]),
        !match.has("year") && !match.has("rel")
      {
        return nil  // `a good Friday for stocks`
      }
      let direction = DateBuild.direction(match["rel"]?.lowercased())
      let part: YearPart
      switch table.dates[name] {
      case .fixed(let month, let day):
        part = YearPart(month: month, day: day)
      case .floating(let month, let weekday, let n, let shift):
        part = YearPart(month: month, nthWeekday: .init(n: n, weekday: weekday, shift: shift))
      case .easter(let offset):
        part = YearPart(month: 4, easterOffset: offset)
      case nil:
        return nil
      }
      if let year = match["year"].flatMap({ Int($0) }) {
        return DateBuild.value(.complete("\(year)" + part.suffix(inYear: year)))
      }
      return DateBuild.value(.inYear(part, direction: direction))
    }
  }

  /// `now`, `currently` (PRESENT_REF); `recently`, `recent years` (PAST_REF, not in `as
  /// recently as`);
  /// `the future`, `the near future` (FUTURE_REF, not `the future of`) and `the past`
  /// (PAST_REF) at the end of a phrase.
  static let reference = Rule(
    id: "date.reference", kind: .date,
    pattern: #"""
      (?:right\s+(?=now\b))? (?<word>now|currently|recently|nowadays)\b
      | recent \s+ (?:years|months|weeks|days|decades)\b | past \s+ (?:years|decades)\b
      | the \s+ (?<word2>past) (?=\s*[.,;:)]|\s+(?:and|or|but)\b)
      | (?<=\bin\s) the \s+ (?<word2b>past) \b
        (?! [-\w] | \s+ (?:\d|few|several|couple|many|decade|centur|year|month|week|day|quarter|hour|minute
                           |session|season|weekend|night|one|two|three|four|five|six|seven|eight|nine|ten
                           |eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|tense|participle) )
      | the \s+ (?:(?:near|distant|immediate)\s+)? (?<word3>future) \b (?!\s+(?:of|for)\b)
      | (?:the\s+)? (?<coming>coming|upcoming) \s+ (?:years|months|weeks|decades)\b
        (?! \s+ (?:and|or) \s+ (?:years|months|weeks|decades|days)\b )
      | (?<=\bat\s) (?<word4>present)\b
      | these \s+ (?<word5>days)\b
      """#,
    options: [.extended, .caseless],
    trigger: .words(
      [
        "now", "currently", "recently", "nowadays", "past", "future", "recent", "coming",
        "upcoming", "present", "these",
      ], lookbehind: 14)
  ) { match in
    if match.has("coming") { return DateBuild.value(.complete("FUTURE_REF")) }  // `the coming years`
    if match.has("word2b") { return DateBuild.value(.complete("PAST_REF")) }  // `in the past`
    if match.has("word4") || match.has("word5") { return DateBuild.value(.complete("PRESENT_REF")) }
    guard let word = match["word"] ?? match["word2"] ?? match["word3"] else {
      // `recent years`, `past years` (not `the past years`, a duration).
      if DateContext.previousWord(before: match.range.lowerBound, in: match.text) == "the" {
        return nil
      }
      return DateBuild.value(.complete("PAST_REF"))
    }
    if word.count > 1, word.allSatisfy(\.isUppercase) { return nil }  // NOW, an acronym
    // `Now, …` opening a sentence is a discourse marker, not a time.
    if word == "Now", match.text[match.range.upperBound] == UInt8(ascii: ",") { return nil }
    switch word.lowercased() {
    case "recently":
      if DateContext.previousWord(before: match.range.lowerBound, in: match.text) == "as" {
        return nil
      }
      return DateBuild.value(.complete("PAST_REF"))
    case "past": return DateBuild.value(.complete("PAST_REF"))
    case "future": return DateBuild.value(.complete("FUTURE_REF"))
    default: return DateBuild.value(.complete("PRESENT_REF"))
    }
  }
}
