/// Pattern fragments shared by the date rules (PCRE2, extended syntax), built from
/// ``DateWords`` so the word lists stay data.
enum DatePatterns {
  /// An alternation of `words` as a prefix tree (``Rule/alternation(of:writing:)``), the
  /// longer word first where one is a prefix of another; a space matches a phrase gap
  /// (`TextPatterns.gap`), and the other characters are written as they are (the lists are
  /// plain words).
  static func alternation(_ words: some Sequence<String>) -> String {
    Rule.alternation(of: words) { $0 == " " ? #"\s+"# : String($0) }
  }

  /// A month name, or an abbreviation with its optional period, in group `month`.
  static let month: String = {
    let full = alternation(DateWords.fullMonths)
    let short = alternation(Set(DateWords.months.keys).subtracting(DateWords.fullMonths))
    return #"(?<month>(?:\#(full))\b|(?:\#(short))(?:\.|\b|(?=\d)))"#
  }()

  /// A month abbreviation (`jun`, `Sept`) in group `name`, for dates written `Jun-15`.
  static func monthShort(_ name: String) -> String {
    #"(?<\#(name)>(?i:jan|feb|mar|apr|may|jun|jul|aug|sept|sep|oct|nov|dec))"#
  }

  /// A weekday name in group `weekday`.
  static let weekday = #"(?<weekday>\#(alternation(DateWords.weekdays.keys)))\b"#

  /// A year from 1500 to 2099 in group `name`, not followed by another digit.
  static func year(_ name: String) -> String { #"(?<\#(name)>(?:1[5-9]|20)\d\d)(?![\d])"# }

  /// A day of the month with an optional ordinal suffix, in group `day`.
  static let day =
    #"(?:(?<day>\d{1,2})(?:st|nd|rd|th)?(?!\d|:\d)|(?<dayword>\#(alternation(DateWords.dayOrdinals.keys)))\b)"#

  /// A day of the month after a weekday and a month, where a number in words is a day too
  /// before a comma, the end of the sentence or a year (`monday, jan twenty two, 2018`), in
  /// group `day`, `dayword` or `daycard`.
  static let dayAfterWeekday = #"""
    (?: \#(day)
      | (?<daycard>\#(alternation(DateWords.dayCardinals.keys)))\b
        (?= \s*(?:[,.;!?)]|$) | \s+(?:\d{4}|two\s+thousand|nineteen|eighteen|twenty)\b ) )
    """#

  /// A modifier before a date, in group `mod`, with its separator.
  static let modifier =
    #"(?:(?<mod>early|late|mid|(?:the\s+)?(?:end|beginning|start|middle)\s+of)(?:\s+|-))"#

  /// The relative words before a month, weekday, season or holiday, in group `rel`.
  static let relative = #"(?:(?<rel>last|next|this|past|previous|coming)\s+)"#
}

extension DatePatterns {
  /// A year after a month or a day, in digits (group `year`) or in words (group `spelled`,
  /// not `twenty` and a unit, which reads as a day: `June twenty two`).
  static let yearInDate: String = {
    let units = "one|two|three|four|five|six|seven|eight|nine"
    let teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    let tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    let tail = #"(?:(?:\#(tens))(?:[-\s]+(?:\#(units)))?|\#(teens)|(?:zero|oh)[-\s]+(?:\#(units)))"#
    return #"""
      (?: \#(year("year"))
        | (?<spelled> (?:nineteen|eighteen) [-\s]+ (?:hundred (?:[-\s]+ (?:and\s+)? \#(tail))? | \#(tail) | (?:\#(units))\b)
          | twenty [-\s]+ \#(tail)
          | two \s+ thousand (?: \s+ (?:and\s+)? (?:\#(tail)|(?:\#(units))\b) )? ) \b )
      """#
  }()

  /// A year in words, in group `spelled`: `nineteen ninety-six`, `two thousand and eighteen`.
  static let spelledYear: String = {
    let units = "one|two|three|four|five|six|seven|eight|nine"
    let teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
    let tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    let below100 =
      #"(?:(?:\#(tens))(?:[-\s]+(?:\#(units)))?|\#(teens)|(?:zero|oh)[-\s]+(?:\#(units))|\#(units))"#
    return #"""
      (?<spelled> (?:nineteen|eighteen|twenty) [-\s]+ (?:hundred (?:[-\s]+ (?:and\s+)? \#(below100))? | \#(below100))
        | two \s+ thousand (?: \s+ (?:and\s+)? \#(below100) )? )
      """#
  }()
}
