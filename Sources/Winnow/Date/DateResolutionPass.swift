/// Resolves date values against the document's reference date (docs/values.md § date, Resolution):
/// relative expressions, and months and weekdays without a year in the direction of the
/// tense of their clause (D3, D4).
///
/// Without a reference date the values stay as the rules wrote them (unknown parts `X`),
/// unless `narrative` is on: then a month or day without a year takes the year of the latest
/// earlier date in the text that has one, read as a forward narrative.
struct DateResolutionPass: DocumentPass {
  var narrative: Bool
  /// Take a missing reference date from the dateline or header (``DateConfiguration/inferReferenceDate``).
  var inferReferenceDate = false

  func apply(to mentions: inout [Mention], in text: DocumentText, workspace: Workspace) throws {
    var reference = text.document.referenceDate
    // A header date without a year: its month and day, for `today` and `yesterday`.
    var headerDay: (month: Int, day: Int)?
    if reference == nil && inferReferenceDate,
      let header = DateResolutionPass.headerDate(in: mentions, text: text)
    {
      if let year = header.year {
        reference = CalendarDate(year: year, month: header.month, day: header.day)
      } else {
        headerDay = (header.month, header.day)
      }
    }
    var anchor: CalendarDate?
    var previous: String?
    // The last date mentioned: what `the previous year`, `the next day` count from (D17).
    var lastDate: String?
    for index in mentions.indices {
      guard mentions[index].kind == .date, case .date(var value) = mentions[index].value else {
        continue
      }
      defer { if DateResolutionPass.isCalendarValue(value.value) { lastDate = value.value } }
      // The period in focus: what `a year earlier` is relative to (not another such shift).
      var isShift = false
      switch value.expression {
      case .yearsBefore, .periodInYear: isShift = true
      default: break
      }
      defer { if !isShift && DateResolutionPass.isPeriod(value.value) { previous = value.value } }
      guard let expression = value.expression else {
        if narrative, let date = DateResolutionPass.anchor(value.value) { anchor = date }
        continue
      }
      value.expression = nil
      let unresolved = value.value
      if case .fromPrevious(let unit, let offset) = expression {
        if let lastDate, let shifted = DateExpression.shift(lastDate, by: offset, unit) {
          value.value = shifted
        } else if let reference {
          value.value = expression.resolve(against: reference, direction: .tense, previous: nil)
        }
        if !DateResolutionPass.hasFourDigitYear(value.value) { value.value = unresolved }
        value.anchored = DateValue.isAnchored(value.value)
        mentions[index].value = .date(value)
        continue
      }
      // `the nine months, … a year earlier`: the span compared is not the quarter in focus.
      if isShift,
        DateContext.clauseBefore(
          mentions[index].range.lowerBound, has: DateWords.monthSpans, in: text)
      {
        previous = nil
      }
      if let reference {
        let tense =
          expression.needsTense
          ? DateResolutionPass.tense(of: expression, at: mentions[index].range, in: text) : .tense
        value.value = expression.resolve(against: reference, direction: tense, previous: previous)
      } else if case .yearsBefore(let years) = expression, let base = previous ?? lastDate,
        let shifted = previous != nil
          ? DateExpression.shift(base, years: -years) : DateExpression.shift(base, by: -years, .year)
      {
        // The period in focus a year before, else the year of the last date mentioned (D17).
        value.value = shifted
      } else if case .periodInYear(let year) = expression {
        value.value = DateExpression.inYear(of: previous, year: year)
      } else if let headerDay, case .day(let offset) = expression,
        let day = CalendarDate(year: 2000, month: headerDay.month, day: headerDay.day)
      {
        // A leap year, so that a header's February 29 stays a day.
        value.value = "XXXX" + day.adding(days: offset).description.dropFirst(4)
      } else if narrative, let anchor, case .inYear = expression {
        value.value = expression.resolve(against: anchor, direction: .onOrAfter, previous: nil)
      }
      // A reference date near the ends of the calendar (`0000-01-01`, `9999-12-31`) can take
      // a value past year 0 or 9999 (`-0001-W52-WE`): such a value keeps the rule's reading,
      // as if there were no reference date.
      if !DateResolutionPass.hasFourDigitYear(value.value) { value.value = unresolved }
      value.anchored = DateValue.isAnchored(value.value)
      mentions[index].value = .date(value)
    }
  }

  /// Whether `value` is written with a year of exactly four digits (or `X`s) and no sign, as
  /// TIMEX3 values are; values that begin with no year (`PRESENT_REF`) pass.
  static func hasFourDigitYear(_ value: String) -> Bool {
    let utf8 = value.utf8
    guard let first = utf8.first, first == 0x2D || (0x30...0x39).contains(first) else { return true }
    let year = utf8.prefix { (0x30...0x39).contains($0) || $0 == 0x58 }
    return year.count == 4
  }

  /// The direction of the clause around a mention of `expression` at `range`; a possessive
  /// weekday (`Wednesday's ruling`) names a past day.
  static func tense(of expression: DateExpression, at range: Range<Int>, in text: DocumentText)
    -> DateExpression.Direction
  {
    guard case .weekday = expression else { return DateContext.tense(around: range, in: text) }
    if text[range.upperBound] == UInt8(ascii: "'"), text[range.upperBound + 1] == UInt8(ascii: "s") {
      return .onOrBefore
    }
    return DateContext.tense(around: range, in: text)
  }

  /// The dateline or header date of the text (``DateConfiguration/inferReferenceDate``): the
  /// first date mention with a month and a day (and perhaps a year) that starts in the first
  /// 400 bytes, at the start of a line or after a place and a comma on a short line, and is
  /// followed by the end of the line, `.`, `/`, `(`, `-`, `:` or a capitalized header word.
  static func headerDate(in mentions: [Mention], text: DocumentText)
    -> (year: Int?, month: Int, day: Int)?
  {
    for mention in mentions where mention.kind == .date {
      let range = mention.range
      guard range.lowerBound < 400 else { return nil }
      guard case .date(let value) = mention.value else { continue }
      let parts = value.value.split(separator: "-")
      guard parts.count == 3, parts[0].count == 4, let month = Int(parts[1]),
        let day = Int(parts[2])
      else { continue }
      // The line before it: empty, or a place ending in a comma (`MOSCOW,`, `TEMPE, Arizona,`).
      var start = range.lowerBound
      while start > 0, text[start - 1] != 0x0A, range.lowerBound - start <= 60 { start -= 1 }
      guard start == 0 || text[start - 1] == 0x0A else { continue }
      let before = text.string(start..<range.lowerBound).trimmingSpaces
      guard before.isEmpty || (before.hasSuffix(",") && before.first!.isUppercase) else { continue }
      // After it: the end of the line or a dateline's punctuation, or a header's title.
      var after = range.upperBound
      while text[after] == 0x20 { after += 1 }
      let next = text[after]
      guard
        next == 0 || next == 0x0A || ".,/(-:–".utf8.contains(next) || next == 0xE2
          || (before.isEmpty && DateBuild.isCapital(next))
      else { continue }
      return (Int(parts[0]), month, day)
    }
    return nil
  }

  /// Whether `value` is a calendar value, known or with `X`s (`2004`, `XXXX-WXX-6`), not a
  /// `*_REF` or a fiscal year: a date that a later `the previous day` can count from.
  static func isCalendarValue(_ value: String) -> Bool {
    guard let first = value.utf8.first else { return false }
    return (first >= UInt8(ascii: "0") && first <= UInt8(ascii: "9") || first == UInt8(ascii: "X"))
      && !value.hasSuffix("_REF")
  }

  /// Whether `value` is a quarter or a half with a year (`2021-Q3`): the periods that
  /// `a year earlier` refers back to.
  static func isPeriod(_ value: String) -> Bool {
    let bytes = value.utf8
    guard bytes.count == 7 else { return false }
    let marker = bytes[bytes.index(bytes.startIndex, offsetBy: 5)]
    return bytes.first! >= UInt8(ascii: "0") && bytes.first! <= UInt8(ascii: "9")
      && (marker == UInt8(ascii: "Q") || marker == UInt8(ascii: "H"))
  }

  /// The date a complete value with a year starts on (`2021-10` → 2021-10-01).
  static func anchor(_ value: String) -> CalendarDate? {
    let parts = value.split(separator: "-")
    guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
    let month = parts.count > 1 ? Int(parts[1]) ?? 1 : 1
    let day = parts.count > 2 ? Int(parts[2]) ?? 1 : 1
    return CalendarDate(year: year, month: month, day: day)
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  fileprivate var trimmingSpaces: Substring {
    let trimmed = drop { $0 == " " || $0 == "\t" }
    return trimmed.dropLast(trimmed.reversed().prefix { $0 == " " || $0 == "\t" }.count)
  }
}
