import Testing
import Winnow

/// Issue 14, item 1: a long run of white space or of number words is ordinary text (PDF and
/// HTML extractions, fixed-width layouts); it must neither fail the document nor hide the
/// mentions around it.
@Suite("Long runs")
struct LongRunTests {
  @Test(
    "a long run of spaces, tabs or no-break spaces after a number keeps the document's mentions",
    arguments: [" ", "\t", "\u{A0}", " \t\u{A0}"])
  func longWhiteSpaceRun(unit: String) throws {
    let text = "President Biden paid $5 million. 1" + String(repeating: unit, count: 43_800) + "\n"
    let mentions = try standardPipeline.extract(from: text)
    #expect(mentions.map(\.text) == ["President", "$5 million"])
  }

  @Test("a long run of number words fails nothing, and an amount after it is still read")
  func longNumberWordRun() throws {
    let text = String(repeating: "one ", count: 13_200) + "\nIt cost five hundred dollars."
    let mentions = try standardPipeline.extract(from: text)
    #expect(mentions.map(\.text) == ["five hundred dollars"])
  }

  @Test("a run of spaces inside an amount's phrase is still one amount")
  func spacesInsideAnAmount() throws {
    let gap = String(repeating: " ", count: 50_000)
    let mentions = try standardPipeline.extract(from: "It cost 5\(gap)million\(gap)dollars.")
    #expect(mentions.map { $0.value.money?.amount.map(String.init(describing:)) } == ["5000000"])
  }
}
