/// What a date rule understood from the text, before a reference date fills in what the text
/// leaves out (docs/values.md § date, Resolution).
///
/// Rules build one; the value written without a reference date is ``unresolvedValue``, and
/// ``DateResolutionPass`` turns it into a calendar value with ``resolve(against:direction:)``.
enum DateExpression: Hashable, Sendable {
  /// A value the text gives completely: `2022-07-12`, `199X`, `FY2024`, `PRESENT_REF`.
  case complete(String)
  /// The day `offset` days from the reference date (`yesterday` is -1).
  case day(offset: Int)
  /// The day `months` months and then `days` days from the reference date (`1 month and 21
  /// days ago`); a day past the end of the shorter month is its last day.
  case shifted(months: Int, days: Int)
  /// The ISO week `offset` weeks from the reference date's; `weekend` adds `-WE`.
  case week(offset: Int, weekend: Bool)
  /// The weekend nearest the reference date in `direction` (`the weekend`, `over the
  /// weekend`): in a past clause read on a weekday, the one before.
  case weekend(direction: Direction)
  /// The period `years` years before the one the text last mentioned, at its granularity
  /// (`a year earlier` after `the third quarter` is that quarter a year before); without
  /// one, the year `years` before the reference date's.
  case yearsBefore(Int)
  /// The period the text last mentioned, moved into `year` (`the 1988 period` after `the
  /// third quarter` is 1988-Q3); without one, the year.
  case periodInYear(Int)
  /// The month `offset` months from the reference date's.
  case month(offset: Int)
  /// The quarter `offset` quarters from the reference date's.
  case quarter(offset: Int)
  /// The year `offset` years from the reference date's, followed by `suffix` (`-H2`, `-SU`).
  case year(offset: Int, suffix: String)
  /// The decade `offset` decades from the reference date's (`199X`).
  case decade(offset: Int)
  /// A part of a year the text does not name (`April`, `July 12`, `the third quarter`,
  /// `Christmas`): the year lies in `direction` from the reference date.
  case inYear(YearPart, direction: Direction)
  /// A weekday (ISO number) in `direction` from the reference date.
  case weekday(Int, direction: Direction)
  /// A weekday (ISO number) of the ISO week `offset` weeks from the reference date's
  /// (`Tuesday next week`).
  case weekdayOfWeek(Int, offset: Int)
  /// A day of the month `months` months from the reference date's (`Friday the 15th`,
  /// `the 20th of next month`).
  case dayOfMonth(Int, months: Int)

  /// The n-th weekday of the month `months` months from the reference date's (`second
  /// Sunday`).
  case nthWeekdayOfMonth(YearPart.NthWeekday, months: Int)

  /// A weekday (ISO number) on a day of the month, in the nearest month where that day is
  /// that weekday (`Mon 13th`, `Sunday 31`).
  case weekdayOnDay(Int, day: Int)

  /// The day, week, month or year `offset` units from the date the text mentioned last
  /// before this one (docs/judgement-calls.md D17: `the previous year` after `in 2004` is 2003, `the next day`,
  /// `three weeks later`, `that year`); without one, from the reference date.
  case fromPrevious(Unit, offset: Int)

  /// The unit of a ``fromPrevious(_:offset:)`` shift.
  enum Unit: Hashable, Sendable {
    case day, week, month, year
  }

  /// Where an expression lies relative to the reference date.
  enum Direction: Hashable, Sendable {
    /// Decided by the tense of the clause around the mention (D4).
    case tense
    /// Strictly before (`last April`, `last Friday`).
    case before
    /// Strictly after (`next January`, `next Friday`).
    case after
    /// In the reference date's year or week (`this September`, `this Friday`).
    case current
    /// Before or on the reference date (a past-tense clause).
    case onOrBefore
    /// On or after the reference date (a future-tense clause).
    case onOrAfter
  }

  /// Whether resolving needs the tense of the clause around the mention.
  var needsTense: Bool {
    switch self {
    case .inYear(_, let direction), .weekday(_, let direction), .weekend(let direction):
      return direction == .tense
    default: return false
    }
  }

  /// The value without a reference date: unknown parts are `X` (docs/values.md § date; docs/judgement-calls.md D3, D12).
  var unresolvedValue: String {
    switch self {
    case .complete(let value): return value
    case .day, .shifted: return "XXXX-XX-XX"
    case .week(_, let weekend): return weekend ? "XXXX-WXX-WE" : "XXXX-WXX"
    case .weekend: return "XXXX-WXX-WE"
    case .yearsBefore: return "XXXX"
    case .periodInYear(let year): return pad(year, 4)
    case .month: return "XXXX-XX"
    case .quarter: return "XXXX-QX"
    case .year(_, let suffix): return "XXXX" + suffix
    case .decade: return "XXXX"
    case .inYear(let part, _): return "XXXX" + part.suffix(inYear: nil)
    case .weekday(let day, _): return "XXXX-WXX-\(day)"
    case .weekdayOfWeek(let day, _): return "XXXX-WXX-\(day)"
    case .dayOfMonth(let day, _): return "XXXX-XX-\(pad(day, 2))"
    case .nthWeekdayOfMonth: return "XXXX-XX-XX"
    case .fromPrevious(let unit, _): return DateExpression.unknown(unit)
    case .weekdayOnDay(_, let day): return "XXXX-XX-\(pad(day, 2))"
    }
  }

  /// The value of a period of `unit` with nothing known: `XXXX`, `XXXX-XX`.
  static func unknown(_ unit: Unit) -> String {
    switch unit {
    case .day: return "XXXX-XX-XX"
    case .week: return "XXXX-WXX"
    case .month: return "XXXX-XX"
    case .year: return "XXXX"
    }
  }

  /// `value` (the last date mentioned) moved by `offset` units of `unit`, at that unit's
  /// granularity: `2004` → `2003` (year, -1); `2021-10-05` → `2021-10-04` (day, -1), `2021-09`
  /// (month, -1) or `2021-W39` (week, -1); `XXXX-WXX-7` → `XXXX-WXX-6` (day, -1); `XXXX-02-07`
  /// → `XXXX-02-08` (day, +1). Nil when `value` is not fine enough for `unit` (a year, moved
  /// by days).
  static func shift(_ value: String, by offset: Int, _ unit: Unit) -> String? {
    let parts = value.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    guard let first = parts.first, first.count == 4 else { return nil }
    let year = Int(first)
    if first != "XXXX" && year == nil { return nil }
    let yearText = { (y: Int) in year == nil ? "XXXX" : pad(y, 4) }
    switch unit {
    case .year:
      return yearText((year ?? 0) + offset)
    case .month:
      guard parts.count >= 2, parts[1].count == 2, let month = Int(parts[1]) else { return nil }
      let index = (year ?? 2000) * 12 + month - 1 + offset
      return yearText(floorDiv(index, 12)) + "-" + pad(index - floorDiv(index, 12) * 12 + 1, 2)
    case .day:
      if parts.count == 3, parts[1] == "WXX", let weekday = Int(parts[2]), (1...7).contains(weekday) {
        return "\(first)-WXX-\((weekday - 1 + offset % 7 + 7) % 7 + 1)"
      }
      guard parts.count == 3, let month = Int(parts[1]), let day = Int(parts[2]),
        let date = CalendarDate(year: year ?? 2000, month: month, day: day)
      else { return nil }
      let moved = date.adding(days: offset)
      return year == nil ? "XXXX" + moved.description.dropFirst(4) : moved.description
    case .week:
      if parts.count == 2, parts[1].hasPrefix("W"), let week = Int(parts[1].dropFirst()), let year {
        let monday = CalendarDate(year: year, month: 1, day: 4)!
        let start = monday.adding(days: 1 - monday.weekday + 7 * (week - 1))
        let moved = start.adding(days: 7 * offset).isoWeek
        return "\(pad(moved.year, 4))-W\(pad(moved.week, 2))"
      }
      guard let year, parts.count == 3, let month = Int(parts[1]), let day = Int(parts[2]),
        let date = CalendarDate(year: year, month: month, day: day)
      else { return nil }
      let moved = date.adding(days: 7 * offset).isoWeek
      return "\(pad(moved.year, 4))-W\(pad(moved.week, 2))"
    }
  }

  /// The value against `reference`; `tense` replaces a `.tense` direction; `previous` is
  /// the value of the date mentioned last before this one, if any.
  func resolve(against reference: CalendarDate, direction tense: Direction, previous: String?)
    -> String
  {
    switch self {
    case .complete(let value):
      return value
    case .day(let offset):
      return reference.adding(days: offset).description
    case .shifted(let months, let days):
      let index = reference.year * 12 + reference.month - 1 + months
      let year = floorDiv(index, 12)
      let month = index - year * 12 + 1
      let day = min(reference.day, CalendarDate.days(inMonth: month, of: year))
      return CalendarDate(year: year, month: month, day: day)!.adding(days: days).description
    case .week(let offset, let weekend):
      let week = reference.adding(days: 7 * offset).isoWeek
      return "\(pad(week.year, 4))-W\(pad(week.week, 2))" + (weekend ? "-WE" : "")
    case .weekend(let direction):
      let back = (direction == .tense ? tense : direction) == .onOrBefore && reference.weekday < 6
      return DateExpression.week(offset: back ? -1 : 0, weekend: true)
        .resolve(against: reference, direction: tense, previous: previous)
    case .yearsBefore(let years):
      if let previous, let shifted = DateExpression.shift(previous, years: -years) {
        return shifted
      }
      return pad(reference.year - years, 4)
    case .periodInYear(let year):
      return DateExpression.inYear(of: previous, year: year)
    case .month(let offset):
      let index = reference.year * 12 + reference.month - 1 + offset
      return "\(pad(floorDiv(index, 12), 4))-\(pad(index - floorDiv(index, 12) * 12 + 1, 2))"
    case .quarter(let offset):
      let index = reference.year * 4 + (reference.month - 1) / 3 + offset
      return "\(pad(floorDiv(index, 4), 4))-Q\(index - floorDiv(index, 4) * 4 + 1)"
    case .year(let offset, let suffix):
      return pad(reference.year + offset, 4) + suffix
    case .decade(let offset):
      return String(floorDiv(reference.year, 10) + offset) + "X"
    case .inYear(let part, let direction):
      let resolved = direction == .tense ? tense : direction
      var year = part.year(from: reference, direction: resolved)
      if part.month == 2, part.day == 29 {
        // February 29 lies in a leap year: the nearest one in the clause's direction.
        let back = resolved == .before || resolved == .onOrBefore
        while CalendarDate(year: year, month: 2, day: 29) == nil { year += back ? -1 : 1 }
      }
      return pad(year, 4) + part.suffix(inYear: year)
    case .weekday(let day, let direction):
      let resolved = DateExpression.weekday(
        day, from: reference, direction: direction == .tense ? tense : direction)
      return resolved.description
    case .weekdayOfWeek(let day, let offset):
      let inWeek = reference.adding(days: 7 * offset)
      return inWeek.adding(days: day - inWeek.weekday).description
    case .nthWeekdayOfMonth(let nth, let months):
      let index = reference.year * 12 + reference.month - 1 + months
      let year = floorDiv(index, 12)
      let month = index - year * 12 + 1
      let day = YearPart.day(of: nth, month: month, year: year)
      return CalendarDate(year: year, month: month, day: day)!.description
    case .dayOfMonth(let day, let months):
      return DateExpression.month(offset: months)
        .resolve(against: reference, direction: tense, previous: previous) + "-" + pad(day, 2)
    case .weekdayOnDay(let weekday, let day):
      // The nearest month, either way, whose `day` falls on `weekday`.
      for distance in 0...24 {
        for months in distance == 0 ? [0] : [-distance, distance] {
          let index = reference.year * 12 + reference.month - 1 + months
          let year = floorDiv(index, 12)
          let month = index - year * 12 + 1
          if let date = CalendarDate(year: year, month: month, day: day), date.weekday == weekday {
            return date.description
          }
        }
      }
      return DateExpression.dayOfMonth(day, months: 0)
        .resolve(against: reference, direction: tense, previous: previous)
    case .fromPrevious(let unit, let offset):
      // The pass gives the last date mentioned; here only the reference date is left.
      return DateExpression.shift(reference.description, by: offset, unit)!
    }
  }

  /// The period `previous` (`2021-Q3`) moved into `year`, or the year alone when there is
  /// none.
  static func inYear(of previous: String?, year: Int) -> String {
    guard let previous, let number = Int(previous.prefix(4)),
      let moved = shift(previous, years: year - number)
    else { return pad(year, 4) }
    return moved
  }

  /// `value` (`2021-Q3`, `2021-10`, `2021`) moved by `years`, or nil when it has no year.
  static func shift(_ value: String, years: Int) -> String? {
    let year = value.prefix(4)
    guard year.count == 4, let number = Int(year), year.allSatisfy(\.isNumber) else { return nil }
    let rest = value.dropFirst(4)
    guard rest.isEmpty || rest.hasPrefix("-") else { return nil }
    if rest.count == 6, let day = Int(rest.suffix(2)), day == 29, rest.dropFirst().hasPrefix("02") {
      return pad(number + years, 4) + "-02-28"
    }
    return pad(number + years, 4) + rest
  }

  /// The date of ISO weekday `day` nearest `reference` in `direction`.
  static func weekday(_ day: Int, from reference: CalendarDate, direction: Direction)
    -> CalendarDate
  {
    let forward = (day - reference.weekday + 7) % 7
    let backward = (reference.weekday - day + 7) % 7
    switch direction {
    case .before: return reference.adding(days: -(backward == 0 ? 7 : backward))
    case .after: return reference.adding(days: forward == 0 ? 7 : forward)
    case .current: return reference.adding(days: day - reference.weekday)
    case .onOrAfter: return reference.adding(days: forward)
    case .onOrBefore, .tense: return reference.adding(days: -backward)
    }
  }
}

/// A part of a year named without its year: a month, a day of a month, a quarter, a half, a
/// season or a holiday.
struct YearPart: Hashable, Sendable {
  /// The month the part starts in.
  var month: Int
  /// The month the part ends in (the same month for a month or a day).
  var lastMonth: Int
  /// The day of the month, when the part is one day.
  var day: Int?
  /// For a holiday on the n-th weekday of the month: (n, ISO weekday); n = -1 is the last.
  var nthWeekday: NthWeekday?
  /// For a holiday set by Easter: its distance in days from Easter Sunday (Good Friday is
  /// -2).
  var easterOffset: Int?
  /// A TIMEX3 code for a part that is not a month or a day (`Q3`, `H1`, `SU`).
  var code: String?

  init(
    month: Int, lastMonth: Int? = nil, day: Int? = nil, nthWeekday: NthWeekday? = nil,
    easterOffset: Int? = nil, code: String? = nil
  ) {
    self.month = month
    self.lastMonth = lastMonth ?? month
    self.day = day
    self.nthWeekday = nthWeekday
    self.easterOffset = easterOffset
    self.code = code
  }

  struct NthWeekday: Hashable, Sendable {
    var n: Int
    var weekday: Int
    /// Days after that weekday (Black Friday is the day after the fourth Thursday).
    var shift = 0
  }

  /// The part of the value after the year: `-04`, `-07-12`, `-Q3`.
  func suffix(inYear year: Int?) -> String {
    if let code { return "-" + code }
    if let day { return "-\(pad(month, 2))-\(pad(day, 2))" }
    if let easterOffset {
      guard let year else { return "-XX-XX" }
      return String(YearPart.easter(year).adding(days: easterOffset).description.dropFirst(4))
    }
    if let nth = nthWeekday {
      guard let year else { return "-\(pad(month, 2))-XX" }
      return "-\(pad(month, 2))-\(pad(YearPart.day(of: nth, month: month, year: year), 2))"
    }
    return "-\(pad(month, 2))"
  }

  /// The year of the part in `direction` from `reference` (D4: past or unmarked months stay in
  /// the reference year unless they lie well after it in a past clause).
  func year(from reference: CalendarDate, direction: DateExpression.Direction) -> Int {
    let here = reference.month
    // A quarter or half without a year is not pushed into the next year by a future clause:
    // `third-quarter results will` in November are this year's.
    if direction == .onOrAfter, let code, code.hasPrefix("Q") || code.hasPrefix("H") {
      return reference.year
    }
    switch direction {
    case .current, .tense: return reference.year
    case .before: return lastMonth < here ? reference.year : reference.year - 1
    case .onOrBefore:
      // A month up to a quarter ahead is more likely this year's (a scheduled event) than
      // nearly a year ago.
      return month <= here + 3 ? reference.year : reference.year - 1
    case .after: return month > here ? reference.year : reference.year + 1
    case .onOrAfter: return lastMonth >= here ? reference.year : reference.year + 1
    }
  }

  /// Easter Sunday of `year` (Gregorian; the anonymous algorithm).
  static func easter(_ year: Int) -> CalendarDate {
    let a = year % 19, b = year / 100, c = year % 100
    let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
    let h = (19 * a + b - d - g + 15) % 30
    let i = c / 4, k = c % 4
    let l = (32 + 2 * e + 2 * i - h - k) % 7
    let m = (a + 11 * h + 22 * l) / 451
    let month = (h + l - 7 * m + 114) / 31
    let day = (h + l - 7 * m + 114) % 31 + 1
    return CalendarDate(year: year, month: month, day: day)!
  }

  /// The day of the month of the n-th weekday, moved by its shift.
  static func day(of nth: NthWeekday, month: Int, year: Int) -> Int {
    if nth.n > 0 {
      let first = CalendarDate(year: year, month: month, day: 1)!
      return 1 + (nth.weekday - first.weekday + 7) % 7 + 7 * (nth.n - 1) + nth.shift
    }
    let lastDay = CalendarDate.days(inMonth: month, of: year)
    let last = CalendarDate(year: year, month: month, day: lastDay)!
    return lastDay - (last.weekday - nth.weekday + 7) % 7
  }
}

/// `n` written with at least `width` digits.
private func pad(_ n: Int, _ width: Int) -> String {
  let s = String(abs(n))
  return (n < 0 ? "-" : "") + String(repeating: "0", count: max(0, width - s.count)) + s
}

/// Division rounding toward negative infinity.
private func floorDiv(_ a: Int, _ b: Int) -> Int {
  a >= 0 ? a / b : -((-a + b - 1) / b)
}
