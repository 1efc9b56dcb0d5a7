import Foundation
import Testing
import Winnow

/// The title mentions of `text` as (extent, holder, rule) triples, from a title-only pipeline.
private func titles(_ text: String) throws -> [(text: String, holder: String?, rule: String)] {
  var configuration = StandardConfiguration()
  configuration.kinds = [.title]
  return try Pipeline.standard(configuration).extract(from: text).map {
    ($0.text, $0.value.title?.holder?.text, $0.rule)
  }
}

@Suite("Titles in real text (docs/judgement-calls.md T8–T14)")
struct TitleRealTextTests {
  @Test(
    "a Hansard member is the seat, and the name in parentheses is its holder without Mr. (T10)",
    arguments: [
      ("the hon. Member for Walsall, North (Mr. Winnick) said", "Member for Walsall, North", "Winnick"),
      (
        "the hon. Member for Oxford East (Anneliese Dodds), speaking", "Member for Oxford East",
        "Anneliese Dodds"
      ),
      (
        "my right hon. Friend the Member for Bromley and Chislehurst (Sir John Hunt) said",
        "Member for Bromley and Chislehurst", "John Hunt"
      ),
    ])
  func hansardMember(text: String, extent: String, holder: String) throws {
    let found = try titles(text)
    try #require(found.count == 1, "got \(found.map(\.text))")
    #expect(found[0].text == extent)
    #expect(found[0].holder == holder)
    #expect(found[0].rule == "title.parliament-member")
  }

  @Test("a member for a seat with no name after it has no holder")
  func memberWithoutName() throws {
    let found = try titles("the right hon. Member for Guildford had taken the debate forward.")
    #expect(found.map(\.text) == ["Member for Guildford"])
    #expect(found.map(\.holder) == [nil])
  }

  @Test(
    "parliamentary acronyms keep their party or seat and find the name on either side (T10)",
    arguments: [
      ("Labour MP Dennis Skinner said so.", "Labour MP", "Dennis Skinner"),
      ("Fine Gael TD Jim Daly said so.", "Fine Gael TD", "Jim Daly"),
      ("research with Margaret Moran MP and a team", "MP", "Margaret Moran"),
      ("Sinn Féin's TD for Wicklow John Brady welcomed it.", "TD for Wicklow", "John Brady"),
    ])
  func parliamentAcronym(text: String, extent: String, holder: String) throws {
    let found = try titles(text)
    try #require(found.count == 1, "got \(found.map(\.text))")
    #expect(found[0].text == extent)
    #expect(found[0].holder == holder)
    #expect(found[0].rule == "title.parliament-abbreviation")
  }

  @Test("a title before a name with an MP after it keeps its own mention")
  func titleBeforeNamedMember() throws {
    let found = try titles("Former health minister Frank Field MP said it.")
    #expect(found.map(\.text) == ["health minister", "MP"])
    #expect(found.map(\.holder) == ["Frank Field", "Frank Field"])
  }

  @Test(
    "courtesy titles stay out of the holder (T8)",
    arguments: [
      ("we interviewed Sir Terence Heiser, permanent secretary at the Treasury, who", "Terence Heiser"),
      ("said its chairman, Sir Anthony Greener. It is", "Anthony Greener"),
      ("Science Minister Lord Sainsbury has made a donation", "Sainsbury"),
    ])
  func courtesyOutsideHolder(text: String, holder: String) throws {
    #expect(try titles(text).map(\.holder) == [holder])
  }

  @Test(
    "sports, informal and academic heads take the name next to them (T8, T9)",
    arguments: [
      (
        "Ireland coach Eddie O'Sullivan named his side.", "Ireland coach", "Eddie O'Sullivan",
        "title.sports-head"
      ),
      ("All Blacks head coach Steve Hansen said.", "head coach", "Steve Hansen", "title.sports-head"),
      ("according to his Newcastle boss Rob Andrew.", "Newcastle boss", "Rob Andrew", "title.informal-head"),
      (
        "Stephen O'Brien, UN humanitarian chief, said", "UN humanitarian chief", "Stephen O'Brien",
        "title.informal-head"
      ),
      ("Professor Alan Woodward said", "Professor", "Alan Woodward", "title.academic"),
      (
        "College of Medicine Dean William Strampel wrote", "College of Medicine Dean", "William Strampel",
        "title.academic"
      ),
    ])
  func informalHeads(text: String, extent: String, holder: String, rule: String) throws {
    let found = try titles(text)
    try #require(found.count == 1, "got \(found.map(\.text))")
    #expect(found[0].text.hasSuffix(extent))
    #expect(found[0].holder == holder)
    #expect(found[0].rule == rule)
  }

  @Test(
    "holders across an organization's possessive, after a particle, and the whole name in a tail (T6)",
    arguments: [
      ("Rod Eddington, BA's chief executive, said", "chief executive", "Rod Eddington"),
      ("Angola, ruled by President dos Santos since 1979", "President", "dos Santos"),
      (
        "Inspector General of Police Khalid Abu Bakar said", "Inspector General of Police", "Khalid Abu Bakar"
      ),
      ("Chicago Police Superintendent Eddie Johnson said", "Chicago Police Superintendent", "Eddie Johnson"),
      ("said Executive Chairman Bill Staron.", "Executive Chairman", "Bill Staron"),
    ])
  func holders(text: String, extent: String, holder: String) throws {
    let found = try titles(text)
    try #require(found.count == 1, "got \(found.map(\.text))")
    #expect(found[0].text == extent)
    #expect(found[0].holder == holder)
  }

  @Test(
    "predicative titles and contractions give no holder (T13)",
    arguments: [
      "As president, I'll protect the sanctity of life.",
      "\"As Governor, Mr. Pence fully complied with the law.",
    ])
  func noHolder(text: String) throws {
    #expect(try titles(text).map(\.holder) == [nil])
  }

  @Test(
    "rankings, products, compounds and organizations are not titles (T2)",
    arguments: [
      "Market leader Nintendo cut prices.", "any other European leader would agree.",
      "EU member states agreed.", "a coach trip to Paris", "EU chief negotiator said so.",
      "She played Football Manager all night.", "The U.S. Justice Action Network sued.",
      "Poland - a large and crucial EU member - has asked.", "Former Governor Howard Dean",
    ])
  func notTitles(text: String) throws {
    #expect(
      try titles(text).allSatisfy {
        $0.text != "leader" && !$0.text.contains("member") && !$0.text.contains("chief")
          && !$0.text.contains("Manager") && !$0.text.contains("coach") && !$0.text.contains("Justice")
          && !$0.text.contains("Dean")
      })
  }

  @Test(
    "to tails and lowercase tails are in the extent (T11)",
    arguments: [
      (
        "said Andreano Erwin, Indonesia's deputy ambassador to Malaysia. Malaysian",
        "deputy ambassador to Malaysia", "Andreano Erwin"
      ),
      (
        "Oliver Valente, Sprint's vice president for technology development, said",
        "vice president for technology development", "Oliver Valente"
      ),
      (
        "Hyon Kwang Song, second secretary at the North Korean embassy, was named",
        "second secretary at the North Korean embassy", "Hyon Kwang Song"
      ),
    ])
  func tails(text: String, extent: String, holder: String) throws {
    let found = try titles(text)
    try #require(found.count == 1, "got \(found.map(\.text))")
    #expect(found[0].text == extent)
    #expect(found[0].holder == holder)
  }

  @Test("a to tail does not follow a head that takes none")
  func noToTailForPresident() throws {
    #expect(try titles("a message from the president to Congress").map(\.text) == ["president"])
  }

  @Test(
    "a hyphen glued to a head stands for a lost dash or space (T14)",
    arguments: [
      ("Garda commissioner-Martin Callinan said", "Garda commissioner", "Martin Callinan"),
      (
        "the-Director of the Transport Council of Ireland said",
        "Director of the Transport Council of Ireland", nil
      ),
      ("the present Chairman of Ways and Means-not a Labour Member- said", "Chairman of Ways and Means", nil),
      ("French President Francois Hollande-meanwhile said", "French President", "Francois Hollande"),
    ] as [(String, String, String?)])
  func gluedHyphen(text: String, extent: String, holder: String?) throws {
    let found = try titles(text)
    try #require(found.count == 1, "got \(found.map(\.text))")
    #expect(found[0].text == extent)
    #expect(found[0].holder == holder)
  }

  @Test(
    "a predicative title after as a or am a is a title with no holder (T13)",
    arguments: [
      ("She was elected as a Fine Gael TD in 2011.", "Fine Gael TD"),
      (
        "I am a member of the Public Accounts Committee, and I refer",
        "member of the Public Accounts Committee"
      ),
    ])
  func predicative(text: String, extent: String) throws {
    let found = try titles(text)
    #expect(found.map(\.text) == [extent])
    #expect(found.map(\.holder) == [nil])
  }

  @Test("a committee's tail stops before the bill it is on")
  func committeeOnBill() throws {
    let found = try titles(
      "I was a member of the Standing Committee on the Criminal Justice Bill, which met.")
    #expect(found.map(\.text) == ["member of the Standing Committee"])
  }

  @Test("New and All open a place or team before a title; An before Taoiseach is the article")
  func placeFirstWords() throws {
    #expect(
      try titles("Earlier, New Zealand Prime Minister John Key said").map(\.text) == [
        "New Zealand Prime Minister"
      ])
    #expect(
      try titles("aged 45 All Blacks head coach Steve Hansen said").map(\.text) == ["All Blacks head coach"])
    #expect(try titles("a breakfast for An Taoiseach. He spoke").map(\.text) == ["Taoiseach"])
  }

  @Test("stacked titles with no conjunction are one mention each with the same holder (T12)")
  func stackedTitles() throws {
    let found = try titles(
      "Chief of the General Staff of the Russian Armed Forces Army General Valery Gerasimov said.")
    #expect(found.map(\.text) == ["Chief of the General Staff of the Russian Armed Forces", "Army General"])
    #expect(found.map(\.holder) == ["Valery Gerasimov", "Valery Gerasimov"])
  }

  @Test(
    "King after a first name or in a work's name is a name, not a title (T2)",
    arguments: [
      "the withdrawal of Ledley King from the squad", "songs by Nat King Cole",
      "the final film The Return of the King in 2004.", "a Stephen King-written story",
      "The first-week record is held by The Lion King.",
    ])
  func kingInNames(text: String) throws {
    #expect(try titles(text).isEmpty)
  }

  @Test("a monarch after a nationality or a function word keeps the title; a name keeps King")
  func kingTitles() throws {
    #expect(try titles("Saudi King Salman sent advisers.").map(\.text) == ["Saudi King"])
    #expect(try titles("During King Mohammed VI's visit, they met.").map(\.holder) == ["Mohammed VI"])
    #expect(try titles("However, BoE governor Mervyn King warned.").map(\.holder) == ["Mervyn King"])
  }

  @Test("a plural before a single name is a place; before names joined by and it is titles")
  func pluralBeforeName() throws {
    #expect(try titles("stations such as Kings Cross station").isEmpty)
    #expect(try titles("Presidents Biden and Lopez Obrador met.").map(\.holder) == ["Biden"])
  }
}
