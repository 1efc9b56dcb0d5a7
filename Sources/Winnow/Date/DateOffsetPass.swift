/// Joins a count of days, weeks, months or years before `before`, `after` or `from` to the
/// date that follows it, and moves the date by that much: `3 days after January 12th`,
/// `2 weeks before Christmas`, `4 months from tomorrow`.
///
/// Runs after ``DateResolutionPass``. Only a date of one day is moved (`ten years before
/// 2008` is a span, not a date); a date the reference date did not resolve gives
/// `XXXX-XX-XX`. `from X to Y` is a range and is left alone.
struct DateOffsetPass: DocumentPass {
  func apply(to mentions: inout [Mention], in text: DocumentText, workspace: Workspace) throws {
    for index in mentions.indices {
      guard mentions[index].kind == .date, case .date(var value) = mentions[index].value,
        value.value.utf8.count == 10, !value.value.hasSuffix("_REF"),
        let offset = DateOffsetPass.offset(before: mentions[index].range.lowerBound, in: text)
      else { continue }
      if index > 0, mentions[index - 1].range.upperBound > offset.start { continue }
      if offset.word == "from",
        let next = DateContext.nextWord(after: mentions[index].range.upperBound, in: text),
        DateWords.rangeEnds.contains(next)
      {
        continue
      }
      let range = offset.start..<mentions[index].range.upperBound
      if let date = CalendarDate(value.value) {
        value.value =
          DateExpression.shifted(months: offset.months, days: offset.days)
          .resolve(against: date, direction: .tense, previous: nil)
      } else {
        value.value = "XXXX-XX-XX"
      }
      value.anchored = DateValue.isAnchored(value.value)
      value.mod = nil
      mentions[index].range = range
      mentions[index].text = text.string(range)
      mentions[index].value = .date(value)
      mentions[index].rule = "date.offset"
    }
  }

  /// A count, a unit and `before`/`after`/`from` ending just before `end` (spaces between):
  /// where it starts, the shift it makes and the last word.
  static func offset(before end: Int, in text: DocumentText)
    -> (start: Int, months: Int, days: Int, word: String)?
  {
    guard let (relation, relationStart) = word(endingBefore: end, in: text),
      relation == "before" || relation == "after" || relation == "from",
      let (unit, unitStart) = word(endingBefore: relationStart, in: text),
      let (count, countStart) = word(endingBefore: unitStart, in: text),
      let n = Int(count) ?? DateWords.counts[count]
    else { return nil }
    let sign = relation == "before" ? -1 : 1
    switch unit {
    case "day", "days": return (countStart, 0, sign * n, relation)
    case "week", "weeks": return (countStart, 0, sign * 7 * n, relation)
    case "month", "months": return (countStart, sign * n, 0, relation)
    case "year", "years": return (countStart, sign * 12 * n, 0, relation)
    default: return nil
    }
  }

  /// The lowercased ASCII word (letters or digits) ending before `end` after spaces, with
  /// its start; nil for anything else there or a word longer than 10 bytes.
  private static func word(endingBefore end: Int, in text: DocumentText) -> (String, Int)? {
    guard let stop = text.gap(before: end) else { return nil }
    var start = stop
    while start > 0, stop - start <= 10, isAlphanumeric(text[start - 1]) { start -= 1 }
    guard start < stop, stop - start <= 10, start == 0 || !isAlphanumeric(text[start - 1]) else {
      return nil
    }
    return (text.string(start..<stop).lowercased(), start)
  }

  private static func isAlphanumeric(_ byte: UInt8) -> Bool {
    (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
  }
}
