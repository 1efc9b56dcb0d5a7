import Foundation
import Testing
import Winnow

/// One definition of white space for every extractor (docs/judgement-calls.md, the calls for real text): a single line
/// break, a tab, a no-break space or a run of spaces continues a phrase; a blank line ends it.
@Suite("White space inside phrases")
struct WhiteSpaceTests {
  private func mentions(_ text: String, _ kind: Kind) throws -> [Mention] {
    try standardPipeline.extract(from: text).filter { $0.kind == kind }
  }

  @Test("an amount broken across a line is one amount; a blank line ends it")
  func moneyAcrossLines() throws {
    let broken = try mentions("It cost $3.4\nbillion last year.", .money)
    #expect(broken.map(\.text) == ["$3.4\nbillion"])
    #expect(broken.first?.value.money?.amount == ExactDecimal("3400000000"))
    #expect(broken.first?.value.money?.currency == "USD")
    let spaced = try mentions("It cost $3.4\u{A0}billion, or 2\tmillion euros.", .money)
    #expect(spaced.map { $0.value.money?.amount } == [ExactDecimal("3400000000"), ExactDecimal("2000000")])
    let paragraph = try mentions("It cost $3.4\n\nbillion people", .money)
    #expect(paragraph.map(\.text) == ["$3.4"])
  }

  @Test("a designation after a no-break space is not a year")
  func sectionNumberIsNoDate() throws {
    #expect(try mentions("under Section\u{A0}1983 of the code", .date).isEmpty)
    #expect(try mentions("under Section\n1983 of the code", .date).isEmpty)
    #expect(try mentions("under Section  1983 of the code", .date).isEmpty)
  }

  @Test(
    "a name with a run of spaces, or a line break in wrapped text, is whole, its value read with one space",
    arguments: [
      "Bipartisan Safer  Communities Act", "Bipartisan Safer\nCommunities Act",
      "Bipartisan\u{A0}Safer Communities\tAct",
    ])
  func legislationName(_ name: String) throws {
    let found = try mentions("Congress passed the \(name) in June, after\nweeks of talks.", .legislation)
    #expect(found.map(\.text) == [name])
    #expect(found.first?.value.legislation?.name == "Bipartisan Safer Communities Act")
  }

  @Test("a blank line ends a name")
  func blankLineEndsName() throws {
    let found = try mentions(
      "Congress passed the Bipartisan Safer\n\nCommunities Act in June, after\nweeks of talks.", .legislation)
    #expect(!found.contains { $0.text.contains("Bipartisan") })
  }

  @Test("in wrapped text a title and its holder broken across a line are whole")
  func titleAcrossLines() throws {
    let found = try mentions(
      "Yesterday President Joe\nBiden said the talks would go on\nthrough the night.", .title)
    #expect(found.map(\.text) == ["President"])
    #expect(found.first?.value.title?.holder?.text == "Joe Biden")
    let paragraph = try mentions("Yesterday the President\n\nJoe Biden said so.", .title)
    #expect(paragraph.first?.value.title?.holder == nil)
  }

  @Test("where each line is a paragraph, a headline's line break ends a phrase")
  func headlineLineBreak() throws {
    let text = """
      Mayor backs the new rail Budget
      Tory leader Jane Smith said on Monday that the plan, which the council will put to a vote next \
      spring, would cost far more than the city has so far admitted in its own papers.
      """
    let titles = try mentions(text, .title)
    #expect(titles.map(\.text) == ["Mayor", "Tory leader"])
    let bills = try mentions(
      "2011-03-02 Rail Safety Bill\nJane Smith: I beg to move that the clause stand part of the Bill.",
      .legislation)
    #expect(bills.map(\.text) == ["Rail Safety Bill"])
  }

  /// The seed text with some single spaces (between two non-white bytes) replaced by
  /// `variant`, and where each old byte offset lands in the new text.
  static func variant(_ text: String, _ replacement: String) -> (text: String, offset: [Int]) {
    let bytes = Array(text.utf8)
    let white: Set<UInt8> = [0x20, 0x09, 0x0A, 0x0D]
    var out: [UInt8] = []
    var offset: [Int] = []
    for (index, byte) in bytes.enumerated() {
      offset.append(out.count)
      let single =
        byte == 0x20 && index > 0 && index + 1 < bytes.count && !white.contains(bytes[index - 1])
        && !white.contains(bytes[index + 1])
      if single { out += Array(replacement.utf8) } else { out.append(byte) }
    }
    offset.append(out.count)
    return (String(decoding: out, as: UTF8.self), offset)
  }

  /// The mention as JSON with offsets mapped through `offset` and its text left out (it holds
  /// the variant's white space).
  static func comparable(_ mention: Mention, offset: [Int]?) throws -> String {
    var object = try JSONSerialization.jsonObject(with: JSONEncoder().encode(mention)) as! [String: Any]
    object["text"] = nil
    if let offset {
      object["start"] = offset[mention.start]
      object["end"] = offset[mention.end]
      if var value = object["value"] as? [String: Any], var holder = value["holder"] as? [String: Any] {
        holder["start"] = offset[holder["start"] as! Int]
        holder["end"] = offset[holder["end"] as! Int]
        value["holder"] = holder
        object["value"] = value
      }
    }
    return String(
      decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
  }

  @Test(
    "every mention of the seed text survives white-space variants with the same value",
    arguments: ["\n", "\t", "\u{A0}", "  "])
  func seedVariants(_ replacement: String) throws {
    let seeds = try FileManager.default.contentsOfDirectory(
      at: Repository.seeds, includingPropertiesForKeys: nil
    )
    .filter { $0.pathExtension == "txt" }
    #expect(!seeds.isEmpty)
    for seed in seeds {
      let text = try String(contentsOf: seed, encoding: .utf8)
      let expected = try standardPipeline.extract(from: Document(id: "seed", text: text))
      let (changed, offset) = Self.variant(text, replacement)
      let actual = try standardPipeline.extract(from: Document(id: "seed", text: changed))
      let want = try expected.map { try Self.comparable($0, offset: offset) }
      let got = Set(try actual.map { try Self.comparable($0, offset: nil) })
      let missing = want.filter { !got.contains($0) }
      let extra = got.subtracting(want)
      #expect(
        missing.isEmpty,
        "\(seed.lastPathComponent) with \(replacement.debugDescription): \(missing.joined(separator: "\n")) instead of \(extra.sorted().joined(separator: "\n"))"
      )
      #expect(
        actual.count == expected.count, "\(seed.lastPathComponent) with \(replacement.debugDescription)")
    }
  }
}
