import Testing
import Winnow

/// The money mentions of `text`, as (text, value) pairs, from a money-only standard pipeline.
private func money(
  _ text: String, configuration: MoneyConfiguration = MoneyConfiguration()
) throws -> [(text: String, value: MoneyValue?)] {
  var standard = StandardConfiguration()
  standard.money = configuration
  standard.kinds = [.money]
  return try Pipeline.standard(standard).extract(from: text).map { ($0.text, $0.value.money) }
}

@Suite("Money extraction")
struct MoneyExtractionTests {
  @Test(
    "qualifiers stay outside the extent and go to value.qualifier (docs/judgement-calls.md M1)",
    arguments: [
      ("about $369 billion", MoneyValue.Qualifier.approx),
      ("an estimated $1 trillion", .approx),
      ("a roughly $2 trillion proposal", .approx),
      ("About $550 billion", .approx),
      ("less than $4 billion", .lessThan),
      ("nearly $5 million", .lessThan),
      ("just under $7 million", .lessThan),
      ("more than A$30 billion", .moreThan),
      ("a record above $75,000", .moreThan),
      ("in excess of 3 billion pesos", .moreThan),
      ("up to €20 million", .upTo),
      ("as much as a billion dollars", .upTo),
      ("at least ₹4,150 crore", .atLeast),
      ("no less than $12 million", .atLeast),
    ])
  func qualifier(text: String, qualifier: MoneyValue.Qualifier) throws {
    let mentions = try money(text)
    try #require(mentions.count == 1)
    #expect(!mentions[0].text.lowercased().contains("than"))
    #expect(text.hasSuffix(mentions[0].text) || text.contains(mentions[0].text + " "))
    #expect(mentions[0].value?.qualifier == qualifier)
  }

  @Test("a verb before an amount gives no qualifier")
  func verbIsNoQualifier() throws {
    let mentions = try money("Debt topped $1.5 trillion and exceeded 2 billion pesos.")
    #expect(mentions.map(\.text) == ["$1.5 trillion", "2 billion pesos"])
    #expect(mentions.allSatisfy { $0.value?.qualifier == nil })
  }

  @Test("the dollar defaults are configurable: a Canadian newsroom reads $ as CAD")
  func canadianDollarSign() throws {
    var canadian = MoneyConfiguration()
    canadian.dollarSign = "CAD"
    canadian.dollars = "CAD"
    let text = "Ottawa pledged $2 billion, 5 million dollars, US$3 million and 57 cents."
    let standard = try money(text)
    let configured = try money(text, configuration: canadian)
    #expect(standard.map { $0.value?.currency } == ["USD", "USD", "USD", "USD"])
    #expect(configured.map { $0.value?.currency } == ["CAD", "CAD", "USD", "USD"])
  }

  @Test("the peso, yen-sign and rupee defaults are configurable")
  func otherDefaults() throws {
    var configuration = MoneyConfiguration()
    configuration.pesos = "ARS"
    configuration.yenSign = "CNY"
    configuration.rupees = "PKR"
    let mentions = try money("It cost 5 billion pesos, ¥40 and Rs 200.", configuration: configuration)
    #expect(mentions.map { $0.value?.currency } == ["ARS", "CNY", "PKR"])
  }

  @Test("a range with both bounds complete is two mentions (docs/judgement-calls.md M3)")
  func completeBoundsAreTwoMentions() throws {
    let mentions = try money(
      "between $5 million and $10 million, $1.8 billion to $1.85 billion, A$15 to A$30")
    #expect(
      mentions.map(\.text) == [
        "$5 million", "$10 million", "$1.8 billion", "$1.85 billion", "A$15", "A$30",
      ])
    #expect(mentions.allSatisfy { $0.value?.amount != nil && $0.value?.min == nil })
  }

  @Test("a range joined by 'and' is one mention only after 'between'")
  func andRangeNeedsBetween() throws {
    #expect(try money("between $1 and $2 million").map(\.text) == ["$1 and $2 million"])
    #expect(try money("raised $1 and $2 million").map(\.text) == ["$1", "$2 million"])
  }

  @Test("'up X to Y rubles' is a change and a level, not a range; bounds out of order are no range")
  func changeIsNoRange() throws {
    #expect(try money("The euro is up 0.08 to 63.43 rubles.").map(\.text) == ["63.43 rubles"])
    #expect(try money("It cost 47-42 euros.").map(\.text) == ["42 euros"])
    #expect(try money("A fine of 5,000 to 30,000 rubles.").map(\.text) == ["5,000 to 30,000 rubles"])
  }

  @Test("a unit price's extent is the amount only (docs/judgement-calls.md M6)")
  func unitPrice() throws {
    let mentions = try money("$55 a share, $4.98 a gallon, 17.6 pesos per dollar, $120 billion-a-month")
    #expect(mentions.map(\.text) == ["$55", "$4.98", "17.6 pesos", "$120 billion"])
  }

  @Test("amounts are exact decimals: no float rounding, cents keep two decimals (docs/judgement-calls.md M8)")
  func exactAmounts() throws {
    let mentions = try money("$0.1 trillion, 3.7 cents, 50 cents, $1.40, ₹11.11 lakh crore, $3.41 billion")
    #expect(
      mentions.map { $0.value?.amount?.description } == [
        "100000000000", "0.037", "0.50", "1.4", "11110000000000", "3410000000",
      ])
  }

  @Test("a symbol before the number wins over a currency word after it")
  func symbolThenWord() throws {
    #expect(try money("a $10 dollars bill").map(\.text) == ["$10"])
    #expect(try money("a $5 million dollars deal").map(\.text) == ["$5 million"])
  }

  @Test("a range joined by a dash or 'to' reads its marker and scale once (docs/judgement-calls.md M3)")
  func rangeValues() throws {
    let mentions = try money("€10-12bn, $1 to $2 million, 5-10 cents and Rs 10 to 12 crore")
    #expect(mentions.map { $0.value?.min?.description } == ["10000000000", "1000000", "0.05", "100000000"])
    #expect(mentions.map { $0.value?.max?.description } == ["12000000000", "2000000", "0.10", "120000000"])
    #expect(mentions.map { $0.value?.currency } == ["EUR", "USD", "USD", "INR"])
    #expect(mentions.allSatisfy { $0.value?.amount == nil })
  }

  @Test("the seed text's amounts")
  func seedAmounts() throws {
    let text =
      "the U.S. Bipartisan Infrastructure Law includes $3.4 billion to undertake 26 major "
      + "modernization projects. Mexico is also committed to investing $1.5 billion in border "
      + "infrastructure."
    let mentions = try money(text)
    #expect(mentions.map(\.text) == ["$3.4 billion", "$1.5 billion"])
    #expect(mentions.map { $0.value?.amount?.description } == ["3400000000", "1500000000"])
  }
}

@Suite("Money on real text")
struct MoneyRealTextTests {
  @Test("a year before the verb 'won' is no amount of won; a Korean amount still is")
  func wonVerb() throws {
    #expect(try money("In 2016 won the competition").isEmpty)
    #expect(try money("Those 300 won their seats.").isEmpty)
    #expect(try money("a ticket for 5,000 won.").map { $0.value?.currency } == ["KRW"])
  }

  @Test("a fraction 'of a' scale: a quarter of a billion pounds is 250 million")
  func fractionOfScale() throws {
    let mentions = try money("It cost a quarter of a billion pounds.")
    #expect(mentions.map(\.text) == ["a quarter of a billion pounds"])
    #expect(mentions.first?.value?.amount?.description == "250000000")
  }

  @Test("a decimal written without its leading zero keeps its point")
  func leadingPoint() throws {
    #expect(try money("at .33 euro a unit").map { $0.value?.amount?.description } == ["0.33"])
    #expect(try money("it fell to $.95").map { $0.value?.amount?.description } == ["0.95"])
  }

  @Test("Hansard's decimal middle dot, also mis-decoded, is a decimal point")
  func middleDot() throws {
    let mentions = try money("the £21·4 million campaign and the Â£17Â·9 million one")
    #expect(mentions.map { $0.value?.amount?.description } == ["21400000", "17900000"])
    #expect(mentions.map(\.text) == ["£21·4 million", "£17Â·9 million"])
  }

  @Test("a '?' against a number is a lost currency sign, GBP unless configured")
  func lostSign() throws {
    #expect(try money("ordered to pay ?11,250 in damages").map { $0.value?.currency } == ["GBP"])
    var euro = MoneyConfiguration()
    euro.lostSign = "EUR"
    #expect(try money("paid (?400) each", configuration: euro).map { $0.value?.currency } == ["EUR"])
    #expect(try money("Really?3 of them? 40 more").isEmpty)
  }
}
