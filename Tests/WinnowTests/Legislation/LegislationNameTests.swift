import Testing
import Winnow

@Suite("Legislation names: extent, kind, year and jurisdiction")
struct LegislationNameTests {
  @Test("a leading jurisdiction is outside the extent and fills value.jurisdiction")
  func leadingJurisdiction() throws {
    let found = try legislation("It noted that the U.S. Bipartisan Infrastructure Law includes funds.")
    #expect(found.map(\.text) == ["Bipartisan Infrastructure Law"])
    #expect(
      found.first?.value
        == LegislationValue(name: "Bipartisan Infrastructure Law", kind: .law, jurisdiction: "US"))
    let possessive = try legislation("Canada's Online News Act received royal assent.")
    #expect(possessive.map(\.text) == ["Online News Act"])
    #expect(possessive.first?.value.jurisdiction == "CA")
  }

  @Test("a constitution after a jurisdiction word is the word Constitution (docs/judgement-calls.md L2)")
  func jurisdictionConstitution() throws {
    let found = try legislation("The U.S. Constitution and the Japanese Constitution differ.")
    #expect(found.map(\.text) == ["Constitution", "Constitution"])
    #expect(found.map(\.value.jurisdiction) == ["US", "JP"])
    // docs/judgement-calls.md L11: a bare `the Constitution` is a mention too, with no jurisdiction.
    #expect(
      try legislation("Nothing in the Constitution says so.").map(\.value) == [
        LegislationValue(name: "Constitution", kind: .constitution)
      ])
  }

  @Test("the name starts after the or a stop word")
  func nameStart() throws {
    #expect(
      try legislation("Under the Sarbanes-Oxley Act of 2002, officers certify.").map(\.text) == [
        "Sarbanes-Oxley Act of 2002"
      ])
    #expect(try legislation("Critics of the CHIPS Act said otherwise.").map(\.text) == ["CHIPS Act"])
    #expect(
      try legislation("Biden signed the $1.9 trillion American Rescue Plan Act of 2021.").map(\.text) == [
        "American Rescue Plan Act of 2021"
      ])
  }

  @Test("the name ends at its year or keeps its for-tail, commas only in a series closed by and")
  func nameEnd() throws {
    let tail = try legislation(
      "They reviewed the Bicentennial Framework for Security, Public Health, and Safe Communities and discussed it."
    )
    #expect(tail.map(\.text) == ["Bicentennial Framework for Security, Public Health, and Safe Communities"])
    #expect(try legislation("The Companies Act 2006 requires it.").first?.value.year == 2006)
    #expect(
      try legislation("She signed the Inflation Reduction Act Tuesday.").map(\.text) == [
        "Inflation Reduction Act"
      ])
  }

  @Test("two names joined by and or a preposition stay two")
  func twoNames() throws {
    #expect(
      try legislation("The Clean Air Act and Clean Water Act apply.").map(\.text) == [
        "Clean Air Act", "Clean Water Act",
      ])
    #expect(
      try legislation("The Kigali Amendment to the Montreal Protocol.").map(\.text) == [
        "Kigali Amendment", "Montreal Protocol",
      ])
  }

  @Test("a designation apposed to a name gives two mentions (docs/judgement-calls.md L4)")
  func apposedDesignation() throws {
    let found = try legislation(
      "Biden signed H.R. 3684, the Infrastructure Investment and Jobs Act, into law.")
    #expect(found.map(\.text) == ["H.R. 3684", "Infrastructure Investment and Jobs Act"])
    #expect(found.map(\.value.kind) == [.bill, .act])
  }

  @Test("institutions, provisions, people and events with a kind word are not names")
  func notNames() throws {
    for text in [
      "He moved to the Ministry of Law and Justice.",
      "Google appealed to the National Company Law Appellate Tribunal.",
      "President Bill Clinton spoke at the Democratic National Convention.",
      "Article 50 and Section 10(b) and Rule 10b-5 are provisions.",
      "Treaty watchers say the deal is fragile.",
    ] {
      #expect(try legislation(text).isEmpty, "\(text)")
    }
  }
}

@Suite("Legislation names: where the left walk stops")
struct LegislationLeftEdgeTests {
  @Test("the left walk does not cross the, a date, a modifier compound or a person's title")
  func leftWalkStops() throws {
    #expect(try legislation("Consideration of the Planning Bill resumed.").map(\.text) == ["Planning Bill"])
    #expect(
      try legislation("Republicans voted Monday on the Republican-backed American Health Care Act.").map(
        \.text)
        == ["American Health Care Act"])
    #expect(try legislation("Mayor Bill de Blasio met Jude Law.").isEmpty)
  }

  @Test("a name inside an institution's name is none; a name after one in running text is")
  func institutions() throws {
    #expect(
      try legislation("He wrote to the Department for Business, Energy and Industrial Strategy.").isEmpty)
    #expect(
      try legislation("The Conservative Government in the Public Order Act 1986 did so.").map(\.text)
        == ["Public Order Act 1986"])
  }
}

@Suite("Legislation names: tails and one-word names")
struct LegislationTailTests {
  @Test("a for-tail of a statute needs two words; of-tails of bare kind words stay")
  func forTails() throws {
    #expect(try legislation("The CHIPS Act for Americans was praised.").map(\.text) == ["CHIPS Act"])
    #expect(
      try legislation("It repealed the Act of Union and the Bill of Rights.").map(\.text) == [
        "Act of Union", "Bill of Rights",
      ])
  }

  @Test("one word before Law is a name only with a jurisdiction")
  func oneWordLaw() throws {
    #expect(
      try legislation("Germany's Basic Law guarantees dignity.").map(\.value) == [
        LegislationValue(name: "Basic Law", kind: .law, jurisdiction: "DE")
      ])
    #expect(try legislation("She studied at Harvard Law and met David Laws.").isEmpty)
  }
}

@Suite("Legislation names: possessives")
struct LegislationPossessiveTests {
  @Test("a possessive ends the name unless it is a listed plural noun's")
  func possessives() throws {
    let found = try legislation(
      "The Veterans' Benefits Act passed, unlike the Democrats' Inflation Reduction Act."
    )
    #expect(found.map(\.text) == ["Veterans' Benefits Act", "Inflation Reduction Act"])
  }
}

@Suite("Legislation names: tentative crossings")
struct LegislationTentativeCrossingTests {
  @Test("the after a preposition and a comma series stand when the comes right before the name")
  func determinerConfirms() throws {
    #expect(
      try legislation("It amended the Representation of the People Act 1983.").map(\.text)
        == ["Representation of the People Act 1983"])
    #expect(
      try legislation("He cited the Safety, Health and Welfare at Work Act 2005.").map(\.text)
        == ["Safety, Health and Welfare at Work Act 2005"])
    #expect(try legislation("Under Chapter VI of the UN Charter, talks began.").map(\.text) == ["UN Charter"])
  }
}
