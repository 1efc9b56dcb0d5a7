import Testing
import Winnow

/// The values of the dates the standard pipeline finds in `text`, read on `reference`.
private func values(_ text: String, reference: String) throws -> [String] {
  var configuration = StandardConfiguration()
  configuration.kinds = [.date]
  let mentions = try Pipeline.standard(configuration).extract(
    from: text, referenceDate: CalendarDate(reference))
  return mentions.map { $0.value.date?.value ?? "" }
}

@Suite("The tense of the clause around a date (D3, D4)")
struct DateTenseTests {
  @Test("a capitalized -ed word is a name, not the past: the United States")
  func capitalizedEdIsAName() throws {
    // 2000-04-05 was a Wednesday.
    let found = try values(
      "He said the father would be traveling to the United States Thursday with his wife.",
      reference: "2000-04-05")
    #expect(found == ["2000-04-06"])
  }

  @Test("succeed is not a past form")
  func succeedIsNotPast() throws {
    let found = try values(
      "Mr. Schwarz will succeed Daniel P. Davison Feb. 1, the bank said.", reference: "1989-10-26")
    #expect(found == ["1990-02-01"])
  }

  @Test("effective before a date points forward")
  func effectivePointsForward() throws {
    let found = try values(
      "The bank created an office of the chairman, effective Feb. 1.", reference: "1989-10-26")
    #expect(found == ["1990-02-01"])
  }

  @Test("until in a past perfect clause points back")
  func untilInPastPerfect() throws {
    // 1999-05-07 was a Friday.
    let found = try values("Until Thursday, they had not called Kopp a suspect.", reference: "1999-05-07")
    #expect(found == ["1999-05-06"])
  }

  @Test("by in a passive aside still points forward")
  func byWithPassiveAside() throws {
    let found = try values(
      "The sale, which had been expected, will pay down the loan by February.",
      reference: "1989-10-30")
    #expect(found == ["1990-02"])
  }

  @Test("an -ed adjective after a determiner is not the tense")
  func edAdjective() throws {
    let found = try values(
      "The split would be paid on a still unspecified date in January.", reference: "1989-10-26")
    #expect(found == ["1990-01"])
  }

  @Test("a noun such as plans is no future marker; plans to is")
  func plansAsNoun() throws {
    // 1998-08-17 was a Monday.
    let noun = try values("On Friday, Albright set aside her vacation plans.", reference: "1998-08-17")
    #expect(noun == ["1998-08-14"])
    let verb = try values("On Friday, Albright plans to fly to Nairobi.", reference: "1998-08-17")
    #expect(verb == ["1998-08-21"])
  }

  @Test("set to before a date points forward; set alone does not")
  func setTo() throws {
    // 1998-03-22 was a Sunday.
    let ahead = try values("The peace process is set to resume Monday in Belfast.", reference: "1998-03-22")
    #expect(ahead == ["1998-03-23"])
    let back = try values("She set a record on Monday, officials said.", reference: "1998-03-22")
    #expect(back == ["1998-03-16"])
  }

  @Test("through before a date points forward when nothing else decides")
  func throughOpenEnd() throws {
    let ahead = try values(
      "The law extends a weekly supplement through September 6. Not a single Republican voted for it.",
      reference: "2021-03-12")
    #expect(ahead == ["2021-09-06"])
    let back = try values(
      "Sales followed little change this year through August.", reference: "1989-10-27")
    #expect(back == ["1989", "1989-08"])
  }

  @Test("be due to before a date points forward; a cause does not")
  func dueTo() throws {
    // 2023-06-09 was a Friday.
    let ahead = try values("Trump is due to appear in court in Miami on Tuesday.", reference: "2023-06-09")
    #expect(ahead == ["2023-06-13"])
    let back = try values("Shares fell due to weak demand on Tuesday.", reference: "2023-06-09")
    #expect(back == ["2023-06-06"])
  }
}
