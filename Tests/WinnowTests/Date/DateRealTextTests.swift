import Testing
import Winnow

@Suite("Dates anchored to the date mentioned last (D17)")
struct DateAnchoringTests {
  @Test("the previous year after a year is the year before it, with no reference date")
  func previousYear() throws {
    let found = try dates("Sales rose in 2004, and the previous year they fell.")
    #expect(found.map(\.value) == ["2004", "2003"])
    #expect(found.map(\.text) == ["2004", "the previous year"])
  }

  @Test("the previous day after a weekday is the weekday before it")
  func previousDay() throws {
    let found = try dates("He arrived on Sunday; the previous day he had been in Rome.")
    #expect(found.map(\.value) == ["XXXX-WXX-7", "XXXX-WXX-6"])
  }

  @Test("the last date counts over the reference date; without one the reference date does")
  func lastDateThenReference() throws {
    let found = try dates(
      "The plant closed in March 2019. The following month, workers protested.",
      reference: "2022-10-13")
    #expect(found.map(\.value) == ["2019-03", "2019-04"])
    #expect(try dates("The next day, he left.", reference: "2021-03-12").map(\.value) == ["2021-03-13"])
  }

  @Test("a year earlier without a reference date is the year of the last date, less one")
  func yearEarlier() throws {
    let found = try dates("Profit was $3m in 2004, up from $2m a year earlier.")
    #expect(found.map(\.value) == ["2004", "2003"])
  }

  @Test("that year and later that year take the year mentioned last")
  func thatYear() throws {
    let found = try dates("In 2014 he appeared on television. Fliers appeared that year and later that year.")
    #expect(found.map(\.value) == ["2014", "2014", "2014"])
  }

  @Test("a count of units later is a duration, not a date; a day earlier than planned is no date")
  func countsLater() throws {
    #expect(try dates("They returned about 10 weeks later.").isEmpty)
    #expect(try dates("It was signed a day earlier than planned.").isEmpty)
  }
}

@Suite("Parts of days, clock times and vague words (D18, D19)")
struct DatePartOfDayTests {
  @Test("a day and a part of the day is the day, with the part inside")
  func dayAndPart() throws {
    #expect(try dates("on Monday night").map(\.text) == ["Monday night"])
    #expect(try dates("on Monday night").map(\.value) == ["XXXX-WXX-1"])
    #expect(try dates("yesterday evening, police said").map(\.text) == ["yesterday evening"])
  }

  @Test("a bare part of day and clock times are no dates")
  func clockTimes() throws {
    #expect(try dates("They met last night, tonight and this morning.").isEmpty)
    #expect(try dates("By 1700 GMT the shares had fallen; at 2010 BST they rose.").isEmpty)
    #expect(try dates("The ban starts at 0001 GMT on Friday.").isEmpty)
  }

  @Test("vague plurals are reference tokens; conjoined ones are not annotated")
  func vagueWords() throws {
    #expect(try dates("in the coming years").map(\.value) == ["FUTURE_REF"])
    #expect(try dates("in past years").map(\.value) == ["PAST_REF"])
    #expect(try dates("right now").map(\.text) == ["right now"])
    #expect(try dates("detainees will not be freed at present").map(\.value) == ["PRESENT_REF"])
    #expect(try dates("he had in the past been aggressive").map(\.value) == ["PAST_REF"])
    #expect(try dates("in the past year").isEmpty)
    #expect(try dates("in the coming weeks and months").isEmpty)
  }
}

@Suite("False dates of real text")
struct DateFalseDatesTests {
  @Test("a programme named Today, a car model and a rank are no dates")
  func names() throws {
    #expect(try dates("Mary Robinson told Radio 4's Today the response would be scrutinised.").isEmpty)
    #expect(try dates("the Today programme").isEmpty)
    #expect(try dates("Today, the court ruled.").map(\.value) == ["XXXX-XX-XX"])
    #expect(try dates("The Audi Q3 and the BMW X1 compete.").isEmpty)
    #expect(try dates("Revenue rose in Q3.").map(\.value) == ["XXXX-Q3"])
    #expect(try dates("He finished the 20th.").isEmpty)
    #expect(try dates("Payment is due on the 20th.").map(\.value) == ["XXXX-XX-20"])
  }

  @Test("the second half of a match is no date; of a year it is")
  func matchHalf() throws {
    #expect(try dates("Rooney scored twice in the second half of the match.").isEmpty)
    #expect(try dates("Growth will pick up in the second half.").map(\.value) == ["XXXX-H2"])
  }

  @Test("spelled decades, a span of days and the New Year")
  func realTextForms() throws {
    #expect(try dates("levels last seen in the eighties").map(\.value) == ["198X"])
    #expect(try dates("the festival runs from 10-20 February").map(\.text) == ["10-20 February"])
    #expect(try dates("renew it in the New Year").map(\.value) == ["XXXX"])
    #expect(try dates("renew it in the New Year", reference: "2004-12-16").map(\.value) == ["2005"])
    #expect(try dates("a New Year's Eve party").map(\.value) == ["XXXX-12-31"])
  }
}

@Suite("The reference date from a dateline or header (inferReferenceDate)")
struct DateInferredReferenceTests {
  @Test("a header date with a year becomes the reference date when none is given")
  func headerWithYear() throws {
    let text = "1990-03-19 War Crimes Bill\nThe Minister said yesterday that the Bill would pass next week."
    let found = try dates(text) { $0.inferReferenceDate = true }
    #expect(found.map(\.value) == ["1990-03-19", "1990-03-18", "1990-W13"])
    // Off by default: the values keep their X's.
    #expect(try dates(text).map(\.value) == ["1990-03-19", "XXXX-XX-XX", "XXXX-WXX"])
  }

  @Test("a dateline after a place, with a year, resolves the relative dates")
  func datelineWithYear() throws {
    let text = "TEMPE, Arizona, Feb. 8, 2017 /PRNewswire/ -- The company today announced an order."
    let found = try dates(text) { $0.inferReferenceDate = true }
    #expect(found.map(\.value) == ["2017-02-08", "2017-02-08"])
  }

  @Test("a dateline without a year gives today its month and day")
  func datelineWithoutYear() throws {
    let text = "MOSCOW, February 9. /TASS/. Putin said yesterday that today's talks went well."
    let found = try dates(text) { $0.inferReferenceDate = true }
    #expect(found.map(\.value) == ["XXXX-02-09", "XXXX-02-08", "XXXX-02-09"])
  }

  @Test("a given reference date wins, and a date deep in the text is no header")
  func givenReferenceWins() throws {
    let given = try dates("MOSCOW, February 9. Talks began today.", reference: "2017-02-10") {
      $0.inferReferenceDate = true
    }
    #expect(given.map(\.value) == ["2017-02-09", "2017-02-10"])
    let body = try dates("The talks that began on February 9 ended today.") { $0.inferReferenceDate = true }
    #expect(body.map(\.value) == ["XXXX-02-09", "XXXX-XX-XX"])
  }
}

@Suite("Compact and combined date forms")
struct DateCombinedFormsTests {
  @Test("a weekday on a day of the month lies in the nearest month where they agree")
  func weekdayOnDay() throws {
    #expect(try dates("I'll go back on Mon 13th", reference: "2022-05-01").map(\.value) == ["2022-06-13"])
    #expect(try dates("any plans for Sunday 31!", reference: "2019-01-25").map(\.value) == ["2019-03-31"])
  }

  @Test("a weekday with a date written after it takes the date")
  func weekdayThenDate() throws {
    let found = try dates("done by this friday 5/12", reference: "2019-05-20")
    #expect(found.map(\.text) == ["this friday 5/12"])
    #expect(found.map(\.value) == ["2019-05-12"])
  }

  @Test("February 29 without a year lies in a leap year")
  func leapDay() throws {
    #expect(try dates("It happened on Feb 29.", reference: "2017-03-22").map(\.value) == ["2016-02-29"])
  }

  @Test("a day after a decimal number or a currency amount is no day")
  func numberTails() throws {
    #expect(try dates("closed at 6,107.31 August 2019").map(\.value) == ["2019-08"])
    #expect(try dates("bought it for $12 December 27").map(\.value) == ["XXXX-12-27"])
  }

  @Test("an eight-digit ISO date outside a path is a date")
  func compactDate() throws {
    #expect(try dates("report-20170302.html").map(\.value) == ["2017-03-02"])
    #expect(try dates("prnh/20160720/391617LOGO").isEmpty)
  }
}

@Suite("Year ends, full years and seasons")
struct DateYearEndTests {
  @Test("year-end after a preposition is the year with END; since year-end, the last one")
  func yearEnd() throws {
    let found = try dates("It should close by year-end; prices rose since year end.", reference: "1989-11-02")
    #expect(found.map(\.text) == ["year-end", "year end"])
    #expect(found.map(\.value) == ["1989", "1988"])
    #expect(try dates("the year-end results").isEmpty)
  }

  @Test("last fall in a place is the season, and a post-1959 year is a year")
  func seasonAndPrefixedYear() throws {
    #expect(try dates("killed last fall in his home", reference: "1999-06-07").map(\.value) == ["1998-FA"])
    #expect(try dates("the post-1959 politics").map(\.value) == ["1959"])
    #expect(try dates("the fall in prices").isEmpty)
  }
}

@Suite("May the person")
struct DateMayPersonTests {
  @Test("a lone May before a verb is the person; after in it stays the month")
  func mayBeforeVerb() throws {
    #expect(try dates("two years after May issues the notification").isEmpty)
    #expect(try dates("The decline in May was the largest.").map(\.value) == ["XXXX-05"])
    #expect(try dates("The vote is due in May.").map(\.value) == ["XXXX-05"])
  }
}
