import Testing
import Winnow

/// The date mentions' texts in `text`.
private func dateTexts(_ text: String) throws -> [String] {
  var configuration = StandardConfiguration()
  configuration.kinds = [.date]
  return try Pipeline.standard(configuration).extract(from: text).map(\.text)
}

@Suite("Date extents and non-dates")
struct DateExtentTests {
  @Test("a leading preposition is out, modifiers and determiners are in (D2)")
  func extent() throws {
    #expect(
      try dateTexts("Sales fell in early March and by the end of the year.")
        == ["early March", "the end of the year"])
    #expect(try dateTexts("Profit rose in the third quarter.") == ["the third quarter"])
  }

  @Test("a year used as a modifier is a date without its determiner (D5)")
  func yearAsModifier() throws {
    #expect(try dateTexts("It was the worst since the 2008 financial crisis.") == ["2008"])
  }

  @Test("May and March as names, verbs or the modal are not dates (D15)")
  func mayAndMarch() throws {
    #expect(try dateTexts("Theresa May said prices may rise as workers march.").isEmpty)
    #expect(try dateTexts("Talks resume in May and end in March.") == ["May", "March"])
  }

  @Test("designations, counts and tenors are not years (D15)")
  func notYears() throws {
    #expect(try dateTexts("Under Section 1983, 2,000 troops and 10-year notes.").isEmpty)
  }

  @Test("durations, times of day and sets are not dates (D1)")
  func notTimexDates() throws {
    #expect(try dateTexts("For five years, at 5 p.m., every Monday.").isEmpty)
  }

  @Test("recently inside as recently as is not a date (D10)")
  func asRecentlyAs() throws {
    #expect(try dateTexts("Rates were this low as recently as last year.") == ["last year"])
  }
}

@Suite("Years in words after a month or a day")
struct DateSpelledYearTests {
  @Test("twenty and a unit after a month is not a year: June twenty two people")
  func twentyAndUnitIsNotAYear() throws {
    var configuration = StandardConfiguration()
    configuration.kinds = [.date]
    let mentions = try Pipeline.standard(configuration).extract(
      from: "In June twenty two people died.", referenceDate: nil)
    #expect(mentions.map(\.text) == ["June"])
    #expect(mentions.map { $0.value.date?.value } == ["XXXX-06"])
  }

  @Test("a year in words completes the date before it")
  func spelledYearCompletesTheDate() throws {
    var configuration = StandardConfiguration()
    configuration.kinds = [.date]
    let mentions = try Pipeline.standard(configuration).extract(
      from: "The plant opened on January first two thousand and thirty two.", referenceDate: nil)
    #expect(mentions.map { $0.value.date?.value } == ["2032-01-01"])
  }
}

@Suite("Days in words after a weekday and a month")
struct DateDayCardinalTests {
  @Test("a number in words before other words is not the day: Friday, May two people")
  func cardinalBeforeWords() throws {
    var configuration = StandardConfiguration()
    configuration.kinds = [.date]
    let mentions = try Pipeline.standard(configuration).extract(
      from: "On Friday, June two people died.", referenceDate: nil)
    #expect(mentions.map(\.text) == ["Friday", "June"])
  }
}

@Suite("March as a modifier")
struct DateMarchModifierTests {
  @Test("an article and a lowercase noun around March make it the month: a March cut")
  func marchAsModifier() throws {
    var configuration = StandardConfiguration()
    configuration.kinds = [.date]
    let mentions = try Pipeline.standard(configuration).extract(
      from: "Markets priced a 60% chance of a March cut.", referenceDate: CalendarDate("2024-02-01"))
    #expect(mentions.map { $0.value.date?.value } == ["2024-03"])
  }
}
