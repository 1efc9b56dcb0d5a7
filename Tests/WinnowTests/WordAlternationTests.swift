import PCRE2
import Testing
import Winnow

@Suite("Word alternations")
struct WordAlternationTests {
  @Test("a word list becomes a prefix tree that matches each word and prefers the longest")
  func prefixTree() throws {
    let words = ["chief", "chief executive", "chair", "chairman", "c.e.o."]
    let pattern = Rule.alternation(of: words)
    let gap = Rule.literal(" ")
    #expect(pattern == #"c(?:\.e\.o\.|h(?:air(?:man)?|ief(?:"# + gap + #"executive)?))"#)
    let regex = try PCRE2Regex("(?:\(pattern))(?!\\w)", options: [.caseless])
    #expect(
      try regex.matches(in: "Chairman, chief  executive, c.e.o. and chair") == [
        "Chairman", "chief  executive", "c.e.o.", "chair",
      ])
    // A space in a listed word is white space of the text layer (a no-break space, a line
    // break: where a phrase ends is the rule engine's part).
    #expect(
      try regex.matches(in: "chief\nexecutive, chief\u{A0}executive") == [
        "chief\nexecutive", "chief\u{A0}executive",
      ])
  }

  @Test("each character can be written by the caller")
  func customWriting() throws {
    let pattern = Rule.alternation(of: ["vice president"]) { $0 == " " ? "[ -]" : Rule.literal($0) }
    #expect(
      try PCRE2Regex(pattern).matches(in: "vice-president, vice president") == [
        "vice-president", "vice president",
      ])
  }
}
