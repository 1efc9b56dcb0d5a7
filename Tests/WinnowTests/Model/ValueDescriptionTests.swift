import Testing
import Winnow

/// `print(mention.value)` shows what a reader wants to see, not the types behind it.
@Suite("Values print as people read them")
struct ValueDescriptionTests {
  @Test func moneyPrintsAmountAndCurrency() {
    let value = MoneyValue(amount: ExactDecimal("3400000000"), currency: "USD")
    #expect(MentionValue.money(value).description == "3400000000 USD")
  }

  @Test func moneyRangePrintsBothBoundsAndQualifierFirst() {
    let range = MoneyValue(min: ExactDecimal("1000000"), max: ExactDecimal("2000000"), currency: "EUR")
    #expect(range.description == "1000000–2000000 EUR")
    let approx = MoneyValue(amount: ExactDecimal("5"), currency: nil, qualifier: .moreThan)
    #expect(approx.description == "more_than 5")
  }

  @Test func datePrintsTimexValueThenModifier() {
    #expect(MentionValue.date(DateValue(value: "2022-06", anchored: true)).description == "2022-06")
    #expect(DateValue(value: "2021", anchored: true, mod: .early).description == "2021 EARLY")
  }

  @Test func titlePrintsRoleArrowHolder() {
    let holder = TitleValue.Holder(text: "Biden", start: 10, end: 15)
    #expect(
      MentionValue.title(TitleValue(role: "President", holder: holder)).description == "President ← Biden")
    #expect(TitleValue(role: "Judge").description == "Judge")
  }

  @Test func legislationPrintsNameThenKnownDetails() {
    let act = LegislationValue(name: "Enterprise Act 2002", kind: .act, year: 2002, jurisdiction: "GB")
    #expect(act.description == "Enterprise Act 2002 (act, 2002, GB)")
    #expect(
      LegislationValue(name: "Paris Agreement", kind: .agreement).description == "Paris Agreement (agreement)"
    )
  }

  @Test func userValuesPrintAsCompactJSON() {
    let value = MentionValue.json(.object(["symbol": .string("AAPL"), "count": .number(3)]))
    #expect(value.description == #"{"count":3,"symbol":"AAPL"}"#)
    #expect(MentionValue.null.description == "null")
    #expect(JSONValue.string("a\"b\n").description == #""a\"b\n""#)
  }

  @Test func mentionPrintsKindRangeTextValueAndRule() {
    let mention = Mention(
      kind: .money, range: 4..<16, text: "$3.4 billion",
      value: .money(MoneyValue(amount: ExactDecimal("3400000000"), currency: "USD")),
      rule: "money.symbol-number-scale")
    #expect(mention.description == #"money 4..<16 "$3.4 billion" 3400000000 USD [money.symbol-number-scale]"#)
  }
}
