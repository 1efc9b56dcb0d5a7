import Testing
import Winnow

@Suite("Date resolution against the reference date")
struct DateResolutionTests {
  @Test("a month in a future clause lies after the reference date (D4)")
  func futureMonth() throws {
    let found = try dates("Benefits will rise 8.7% in January.", reference: "2022-10-13")
    #expect(found.map(\.value) == ["2023-01"])
  }

  @Test("a month in a past clause stays in the reference year (D4)")
  func pastMonth() throws {
    let found = try dates("In April, the Administration released its strategy.", reference: "2022-10-13")
    #expect(found.map(\.value) == ["2022-04"])
  }

  @Test("a month well after the reference month in a past clause is last year's")
  func pastMonthLastYear() throws {
    let found = try dates("The car was found in December, police said.", reference: "1999-04-10")
    #expect(found.map(\.value) == ["1998-12"])
  }

  @Test("without a reference date the unknown parts stay X")
  func unresolved() throws {
    let found = try dates("In January, on July 12, today and last week.")
    #expect(found.map(\.value) == ["XXXX-01", "XXXX-07-12", "XXXX-XX-XX", "XXXX-WXX"])
  }

  @Test("a weekday said on that very day is the reference date (D3)")
  func sameDayWeekday() throws {
    // 2022-10-13 was a Thursday.
    let found = try dates("The minister said Thursday that talks had failed.", reference: "2022-10-13")
    #expect(found.map(\.value) == ["2022-10-13"])
  }

  @Test("a weekday in a future clause is the next such day")
  func futureWeekday() throws {
    let found = try dates("The board will meet on Monday.", reference: "2022-10-13")
    #expect(found.map(\.value) == ["2022-10-17"])
  }

  @Test("weeks are ISO weeks, across a year boundary")
  func isoWeekAcrossYears() throws {
    let found = try dates("Trading resumes next week.", reference: "2020-12-29")
    #expect(found.map(\.value) == ["2021-W01"])
  }

  @Test("a year earlier refers back to the quarter in focus")
  func yearEarlierQuarter() throws {
    let found = try dates(
      "Third-quarter profit rose 5% from a year earlier.", reference: "1989-11-02")
    #expect(found.map(\.value) == ["1989-Q3", "1988-Q3"])
  }

  @Test("numeric dates are month first by default and day first when configured")
  func numericOrder() throws {
    #expect(try dates("Filed 07/12/2022.").map(\.value) == ["2022-07-12"])
    let dayFirst = try dates("Filed 07/12/2022.") { $0.numericOrder = .dayFirst }
    #expect(dayFirst.map(\.value) == ["2022-12-07"])
    let yearFirst = try dates("Filed 22/07/12, sent 07/12/2022.") { $0.numericOrder = .yearFirst }
    #expect(yearFirst.map(\.value) == ["2022-07-12", "2022-07-12"])
  }

  @Test("narrative anchoring reads a later month in the year after the last full date")
  func narrativeAnchoring() throws {
    let text = "Actions taken since October 2021. In April, a strategy was released."
    #expect(try dates(text).map(\.value) == ["2021-10", "XXXX-04"])
    let narrative = try dates(text) { $0.narrative = true }
    #expect(narrative.map(\.value) == ["2021-10", "2022-04"])
  }

  @Test("a reference date wins over narrative anchoring")
  func referenceBeatsNarrative() throws {
    let text = "Actions taken since October 2021. In April, a strategy was released."
    let found = try dates(text, reference: "2023-10-01") { $0.narrative = true }
    #expect(found.map(\.value) == ["2021-10", "2023-04"])
  }
}

@Suite("Compound spans before the reference date")
struct DateCompoundAgoTests {
  @Test("months then days are counted back in that order, to the day")
  func monthsThenDays() throws {
    let found = try dates("We met 1 month and 21 days ago.", reference: "2017-11-23")
    #expect(found.map(\.value) == ["2017-10-02"])
  }

  @Test("a day past the end of the shorter month is its last day")
  func clampsToMonthEnd() throws {
    let found = try dates("We met 1 month 1 day ago.", reference: "2017-03-31")
    #expect(found.map(\.value) == ["2017-02-27"])
  }

  @Test("without days the span resolves to the month")
  func monthGranularity() throws {
    let found = try dates("They left 2 years 3 months ago.", reference: "2017-11-23")
    #expect(found.map(\.value) == ["2015-08"])
  }
}

@Suite("A year naming the period in focus")
struct DatePeriodInYearTests {
  @Test("the 1988 period after a quarter is that quarter in 1988")
  func periodAfterQuarter() throws {
    let found = try dates("Profit rose in the third quarter of 1989. In the 1988 period, it fell.")
    #expect(found.map(\.value) == ["1989-Q3", "1988-Q3"])
  }

  @Test("the 1988 period after a span of months is the year")
  func periodAfterMonths() throws {
    let found = try dates(
      "Profit rose in the third quarter of 1989. For the nine months, it fell from the 1988 period.")
    #expect(found.map(\.value) == ["1989-Q3", "1988"])
  }
}

@Suite("Holidays set by Easter")
struct DateEasterTests {
  @Test("Easter Sunday follows the Gregorian computus, early and late")
  func easterDates() throws {
    let found = try dates("Easter 2024, Easter 2025 and Easter 2038.")
    #expect(found.map(\.value) == ["2024-03-31", "2025-04-20", "2038-04-25"])
  }

  @Test("a lowercase good friday without a year is not the holiday")
  func lowercaseCommonWords() throws {
    let found = try dates("It was a good friday for stocks.", reference: "2019-02-12")
    #expect(found.map(\.text) == ["friday"])
  }

  @Test("Easter week is not Easter Sunday")
  func easterWeek() throws {
    let found = try dates("Protesters prayed as Easter week began.", reference: "2000-04-17")
    #expect(found.isEmpty)
  }
}
