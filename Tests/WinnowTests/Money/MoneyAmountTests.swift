import Testing
import Winnow

@Suite("Money amounts")
struct MoneyAmountTests {
  @Test("a numeral is read exactly from its UTF-8 bytes, thousands separators skipped")
  func numeralFromBytes() throws {
    #expect(ExactDecimal(utf8: "12,34,567.89".utf8, skipping: UInt8(ascii: ","))?.description == "1234567.89")
    #expect(ExactDecimal(utf8: "1,000,000".utf8, skipping: UInt8(ascii: ","))?.description == "1000000")
    #expect(ExactDecimal(utf8: "1,000".utf8) == nil)
    #expect(ExactDecimal(utf8: "5.4.3".utf8) == nil)
    #expect(ExactDecimal(utf8: ",".utf8, skipping: UInt8(ascii: ",")) == nil)
  }

  @Test(
    "scale words and their short forms multiply exactly",
    arguments: [
      ("$0.1 trillion", "100000000000"), ("€5m", "5000000"), ("£45bn", "45000000000"),
      ("$12K", "12000"), ("USD 12,333 M", "12333000000"), ("₹48 lakh crore", "48000000000000"),
      ("Rs 2 crore", "20000000"), ("five lakh rupees", "500000"), ("1.31 trillion yen", "1310000000000"),
      ("three quarters billion US dollars", "750000000"), ("$1.5 tn", "1500000000000"),
    ])
  func scales(text: String, amount: String) throws {
    var configuration = StandardConfiguration()
    configuration.kinds = [.money]
    let mentions = try Pipeline.standard(configuration).extract(from: text)
    try #require(mentions.count == 1)
    #expect(mentions[0].text == text)
    #expect(mentions[0].value.money?.amount?.description == amount)
  }
}
