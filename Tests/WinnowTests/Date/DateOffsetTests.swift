import Testing
import Winnow

/// The texts and values of the dates in `text`, read on `reference`.
private func dates(_ text: String, reference: String? = nil) throws -> [String] {
  var configuration = StandardConfiguration()
  configuration.kinds = [.date]
  let mentions = try Pipeline.standard(configuration).extract(
    from: text, referenceDate: reference.flatMap(CalendarDate.init))
  return mentions.map { "\($0.text)=\($0.value.date?.value ?? "")" }
}

@Suite("A count of days, weeks, months or years before or after a date")
struct DateOffsetTests {
  @Test("the count joins the date and moves it")
  func joinsAndMoves() throws {
    let found = try dates("It will happen 3 days after January 12th.", reference: "2016-11-07")
    #expect(found == ["3 days after January 12th=2017-01-15"])
  }

  @Test("a year is a span, not a day: ten years before 2008 stays apart")
  func yearIsNotMoved() throws {
    let found = try dates("In the 10 years before 2008 it grew.")
    #expect(found == ["2008=2008"])
  }

  @Test("from a date to another is a range, not an offset")
  func rangeIsNotAnOffset() throws {
    let found = try dates("It rose in the 12 months from January 5 to June 5.", reference: "2016-11-07")
    #expect(found == ["January 5=2016-01-05", "June 5=2016-06-05"])
  }
}
