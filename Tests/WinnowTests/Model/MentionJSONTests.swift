import Foundation
import Testing
import Winnow

@Suite("Mention JSON")
struct MentionJSONTests {
  static let mentions: [Mention] = [
    Mention(
      kind: .money, range: 100..<110, text: "$2 billion",
      value: .money(MoneyValue(amount: ExactDecimal("2000000000"), currency: "USD", qualifier: .upTo)),
      rule: "money.symbol-number-scale"),
    Mention(
      kind: .money, range: 0..<12, text: "€10-12bn",
      value: .money(
        MoneyValue(min: ExactDecimal("10000000000"), max: ExactDecimal("12000000000"), currency: "EUR")),
      rule: "money.range"),
    Mention(
      kind: .date, range: 268..<285, text: "the third quarter",
      value: .date(DateValue(value: "2023-Q3", anchored: true)), rule: "date.quarter"),
    Mention(
      kind: .date, range: 3..<13, text: "early 2021",
      value: .date(DateValue(value: "2021", anchored: true, mod: .early)), rule: "date.year"),
    Mention(
      kind: .title, range: 15..<33, text: "Treasury Secretary",
      value: .title(TitleValue(role: "Secretary", holder: .init(text: "Janet Yellen", start: 34, end: 46))),
      rule: "title.head"),
    Mention(
      kind: .title, range: 0..<9, text: "President", value: .title(TitleValue(role: "President")),
      rule: "title.head"),
    Mention(
      kind: .legislation, range: 152..<183, text: "Inflation Reduction Act of 2022",
      value: .legislation(LegislationValue(name: "Inflation Reduction Act of 2022", kind: .act, year: 2022)),
      rule: "legislation.named"),
    Mention(
      kind: "ticker", range: 4..<9, text: "$AAPL", value: .json(.object(["symbol": .string("AAPL")])),
      rule: "ticker.x"),
    Mention(kind: "note", range: 0..<1, text: "x", value: .null, rule: "note.x"),
  ]

  @Test("every kind of value survives an encode/decode round trip", arguments: mentions)
  func roundTrip(_ mention: Mention) throws {
    let data = try JSONEncoder().encode(mention)
    #expect(try JSONDecoder().decode(Mention.self, from: data) == mention)
  }

  @Test("the JSON is exactly the corpus mention format")
  func corpusFormat() throws {
    #expect(
      try canonicalJSON(Self.mentions[0])
        == #"{"end":110,"kind":"money","rule":"money.symbol-number-scale","start":100,"text":"$2 billion","value":{"amount":"2000000000","currency":"USD","qualifier":"up_to"}}"#
    )
    #expect(
      try canonicalJSON(Self.mentions[5].value.json) == #"{"holder":null,"role":"President"}"#)
    #expect(
      try canonicalJSON(Self.mentions[6].value.json)
        == #"{"jurisdiction":null,"kind":"act","name":"Inflation Reduction Act of 2022","year":2022}"#)
    #expect(
      try canonicalJSON(Self.mentions[3].value.json) == #"{"anchored":true,"mod":"EARLY","value":"2021"}"#)
    #expect(try canonicalJSON(Self.mentions[8]).contains(#""value":null"#))
  }

  @Test("a corpus gold mention decodes, extra value fields and all")
  func decodesCorpusMentions() throws {
    let line =
      #"{"kind": "money", "start": 107, "end": 118, "text": "$ 2 billion", "value": {"amount": "2000000000", "unit": "Dollar"}}"#
    let mention = try JSONDecoder().decode(Mention.self, from: Data(line.utf8))
    #expect(mention.value.money?.amount == ExactDecimal("2000000000"))
    #expect(mention.value.money?.currency == nil)
    #expect(mention.rule == "")
  }

  @Test("a mention whose end is before its start is refused")
  func refusesBackwardsRange() {
    let line = #"{"kind": "date", "start": 9, "end": 3, "text": "x", "value": null}"#
    #expect(throws: DecodingError.self) { try JSONDecoder().decode(Mention.self, from: Data(line.utf8)) }
  }
}

@Suite("Exact decimals")
struct ExactDecimalTests {
  @Test("scaling by powers of ten is exact, with no exponent and no float error")
  func powersOfTen() {
    #expect(ExactDecimal("3.4")!.multiplied(byPowerOfTen: 9).description == "3400000000")
    #expect(ExactDecimal("0.1")!.multiplied(byPowerOfTen: 12).description == "100000000000")
    #expect(ExactDecimal("3.7")!.multiplied(byPowerOfTen: -2).description == "0.037")
  }

  @Test("trailing zeros go, down to a minimum scale (cents keep two decimals)")
  func trimming() {
    #expect(ExactDecimal("50")!.multiplied(byPowerOfTen: -2).trimmed(minimumScale: 2).description == "0.50")
    #expect(ExactDecimal("1.500")!.trimmed().description == "1.5")
    #expect(ExactDecimal("2.0")!.trimmed().description == "2")
  }

  @Test("products and sums are exact")
  func arithmetic() {
    #expect(ExactDecimal("1.5")!.multiplied(by: ExactDecimal("0.5")!).trimmed().description == "0.75")
    #expect(ExactDecimal("999.99")!.adding(ExactDecimal("0.01")!).trimmed().description == "1000")
  }

  @Test("only plain decimal notation parses")
  func parsing() {
    #expect(ExactDecimal("1,000") == nil)
    #expect(ExactDecimal("1e3") == nil)
    #expect(ExactDecimal("") == nil)
    #expect(ExactDecimal(".5")?.description == "0.5")
  }
}

@Suite("Calendar dates")
struct CalendarDateTests {
  @Test("ISO dates parse strictly")
  func parsing() {
    #expect(CalendarDate("2022-10-13")?.description == "2022-10-13")
    #expect(CalendarDate("2023-02-29") == nil)
    #expect(CalendarDate("2022-1-3") == nil)
    #expect(CalendarDate("13/10/2022") == nil)
  }

  @Test("day numbers, weekdays and ISO weeks agree with the calendar")
  func arithmetic() {
    let date = CalendarDate("2022-10-13")!
    #expect(date.weekday == 4)  // a Thursday
    #expect(date.adding(days: 80).description == "2023-01-01")
    #expect(CalendarDate(dayNumber: date.dayNumber) == date)
    #expect(CalendarDate("2023-06-28")!.isoWeek == (2023, 26))
    #expect(CalendarDate("2021-01-03")!.isoWeek == (2020, 53))
  }
}
