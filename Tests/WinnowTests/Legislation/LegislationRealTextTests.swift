import Testing
import Winnow

/// The calls real news, parliament and court text needs (docs/judgement-calls.md L9–L12).
@Suite("Legislation on real text: parliament")
struct LegislationParliamentTests {
  @Test("a parenthesized part stays inside a bill's or act's name")
  func parenthesizedParts() throws {
    #expect(
      try legislation("2006-11-21 Northern Ireland (St Andrews Agreement) Bill\nPeter Hain: I must.").map(
        \.text) == ["Northern Ireland (St Andrews Agreement) Bill"])
    #expect(
      try legislation("They debated the Finance (No. 2) Bill and the Criminal Justice (Scotland) Bill.").map(
        \.text) == ["Finance (No. 2) Bill", "Criminal Justice (Scotland) Bill"])
    let act = try legislation(
      "Another example is the Crime (International Co-operation) Act 2003, section 17.")
    #expect(act.map(\.text) == ["Crime (International Co-operation) Act 2003"])
    #expect(act.first?.value.year == 2003)
  }

  @Test("parts follow one another, glue their number, or follow the act amended with its year")
  func moreParts() throws {
    #expect(
      try legislation("1996-07-10 Members' Salaries [Deer (Amendment) (Scotland) Bill Lords > Schedule]").map(
        \.text) == ["Deer (Amendment) (Scotland) Bill"])
    #expect(
      try legislation("Royal Assent to the following Acts: Consolidated Fund (No.2) Act 1995 and others.")
        .map(
          \.text) == ["Consolidated Fund (No.2) Act 1995"])
    #expect(
      try legislation("2008-03-14 Animals Act 1971 (Amendment) Bill\nAndrew Dismore: The hon.").map(\.text)
        == [
          "Animals Act 1971 (Amendment) Bill"
        ])
    #expect(
      try legislation(
        "Acts: International Tribunals (Sierra Leone) Act 2007 Digital Switchover (Disclosure) Act 2007"
      )
      .map(\.text) == [
        "International Tribunals (Sierra Leone) Act 2007", "Digital Switchover (Disclosure) Act 2007",
      ])
  }

  @Test("a year after a connector in a tail is a date, and a non-date stop word leads in")
  func tailYearAndEthics() throws {
    #expect(
      try legislation("It holds parts of the Bill of Rights from 1689 too.").map(\.text) == ["Bill of Rights"]
    )
    #expect(
      try legislation("They are required by the Ethics in Government Act of 1978, passed later.").map(\.text)
        == [
          "Ethics in Government Act of 1978"
        ])
  }

  @Test("a lone acronym or a year in parentheses is no part of a name")
  func parenthesizedAcronymIsNoPart() throws {
    #expect(
      try legislation("It changed the Affordable Care Act (ACA) Bill text.").map(\.text).contains(
        "Affordable Care Act"))
    #expect(try legislation("The (EU) Bill was odd.").isEmpty)
    #expect(try legislation("The law (ACA) (Scotland) Bill was odd.").isEmpty)
  }

  @Test("Title Case connectors join a Commons header's name")
  func titleCaseConnectors() throws {
    #expect(
      try legislation("2001-10-29 Adoption And Children Bill\nJonathan Shaw: Does my friend agree?").map(
        \.text)
        == ["Adoption And Children Bill"])
    #expect(
      try legislation(
        "1992-05-18 British Coal And British Rail (Transfer Proposals) Bill [Orders Of The Day]"
      )
      .map(\.text) == ["British Coal And British Rail (Transfer Proposals) Bill"])
    #expect(
      try legislation("And Health Act passed.").map(\.text) == ["Health Act"],
      "a sentence-initial And is no connector")
  }

  @Test("Lords after a bill's name does not continue it")
  func lordsAfterBill() throws {
    #expect(
      try legislation("1993-04-14 Criminal Justice Bill Lords [Orders Of The Day]").map(\.text) == [
        "Criminal Justice Bill"
      ])
  }

  @Test("the after of or to stands after a possessive, a determiner or an and-joined phrase")
  func innerThe() throws {
    #expect(
      try legislation("The government refused to back Lord Dubs' Succession to the Crown Bill.").map(\.text)
        == ["Succession to the Crown Bill"])
    #expect(
      try legislation("It consolidated our original National Parks and Access to the Countryside Act 1949.")
        .map(
          \.text) == ["National Parks and Access to the Countryside Act 1949"])
    #expect(
      try legislation("It applies to England and Wales in the Constitutional Reform Act 2005.").map(\.text)
        == ["Constitutional Reform Act 2005"])
    #expect(
      try legislation("The Second Reading of the Planning Bill began.").map(\.text) == ["Planning Bill"])
    #expect(
      try legislation("I sat on the Standing Committee on the Criminal Justice Bill, which was good.").map(
        \.text) == ["Criminal Justice Bill"])
  }

  @Test("a lowercase preposition joins name words left of the kind word, not in a tail")
  func innerPrepositions() throws {
    #expect(
      try legislation("He split over the Protection of Life during Pregnancy Bill.").map(\.text) == [
        "Protection of Life during Pregnancy Bill"
      ])
    #expect(
      try legislation("It is the Treaty of Friendship and Cooperation between Russia and Moldova.").map(
        \.text)
        == ["Treaty of Friendship and Cooperation"])
  }
}

@Suite("Legislation on real text: Indian statutes")
struct LegislationIndianStatuteTests {
  @Test("number-and-year forms are in the extent (docs/judgement-calls.md L12)")
  func numberAndYear() throws {
    let found = try legislation(
      "It was filed under the Negotiable Instruments Act (26 of 1881) and the Code of Civil Procedure, 1908.")
    #expect(
      found.map(\.text) == ["Negotiable Instruments Act (26 of 1881)", "Code of Civil Procedure, 1908"])
    #expect(found.map(\.value.year) == [1881, 1908])
  }

  @Test("an act cited by number and year is a designation, kind act")
  func numberedActs() throws {
    let found = try legislation("The Punjab Act 2 of 1985, Act No. 20 of 2014 and Act 68 of 1984 apply.")
    #expect(found.map(\.text) == ["Punjab Act 2 of 1985", "Act No. 20 of 2014", "Act 68 of 1984"])
    #expect(found.map(\.value.kind) == [.act, .act, .act])
    #expect(found.map(\.value.year) == [1985, 2014, 1984])
    #expect(found.first?.value.jurisdiction == "IN-PB")
  }

  @Test("a state inside the name stays in the extent with its ISO 3166-2 code (docs/judgement-calls.md L9)")
  func subdivisions() throws {
    let found = try legislation(
      "The U.P. Subordinate Service Selection Commission Act, 2014 and the Bihar Medical Educational "
        + "Institutions (Regulation and Control) Act, 1981 and the Arkansas Unborn Child Protection From "
        + "Dismemberment Abortion Act.")
    #expect(
      found.map(\.text) == [
        "U.P. Subordinate Service Selection Commission Act, 2014",
        "Bihar Medical Educational Institutions (Regulation and Control) Act, 1981",
        "Arkansas Unborn Child Protection From Dismemberment Abortion Act",
      ])
    #expect(found.map(\.value.jurisdiction) == ["IN-UP", "IN-BR", "US-AR"])
  }

  @Test("an amendment act keeps its lowercase word and the code it amends")
  func amendmentActs() throws {
    #expect(
      try legislation("See the Rajasthan Court Fee and Suit valuation (Amendment) Act, 2009 now.").map(\.text)
        == ["Rajasthan Court Fee and Suit valuation (Amendment) Act, 2009"])
    #expect(
      try legislation("Then the Code of Civil Procedure (Amendment) Act, 1976 came.").map(\.text) == [
        "Code of Civil Procedure (Amendment) Act, 1976"
      ])
  }

  @Test("and the joins two halves of a name with a parenthesized part, and no other")
  func andThe() throws {
    #expect(
      try legislation(
        "He was charged under the Scheduled Castes and the Scheduled Tribes (Prevention of Atrocities) Act, 1989."
      ).map(\.text) == ["Scheduled Castes and the Scheduled Tribes (Prevention of Atrocities) Act, 1989"])
    #expect(
      try legislation("It split the Senate and the Affordable Care Act camp.").map(\.text) == [
        "Affordable Care Act"
      ])
  }

  @Test("a provision cited from a generic-looking code makes it a name")
  func citedCode() throws {
    #expect(
      try legislation("He faces a case under part one of article 356 of the Criminal Code now.").map(\.text)
        == [
          "Criminal Code"
        ])
    #expect(try legislation("A new Criminal Code is planned.").isEmpty)
  }

  @Test("a court's for-short acronym is a short form of the full name, and so are its later uses")
  func forShort() throws {
    let found = try legislation(
      "It applies the Indian Penal Code, 1860 (for short 'IPC'). He is guilty under IPC as charged.")
    #expect(found.map(\.text) == ["Indian Penal Code, 1860", "IPC", "IPC"])
    #expect(found.map(\.value.name) == Array(repeating: "Indian Penal Code, 1860", count: 3))
    #expect(
      try legislation("Under the Negotiable Instruments Act, 1881 (hereinafter ‘the NI Act’) it lies.").map(
        \.text)
        == ["Negotiable Instruments Act, 1881", "NI Act"])
  }

  @Test("a parenthesized part may hold a comma series")
  func partWithSeries() throws {
    #expect(
      try legislation(
        "Under the U.P. Urban Buildings (Regulation of Letting, Rent and Eviction) Act, 1972 it lies."
      )
      .map(\.text) == ["U.P. Urban Buildings (Regulation of Letting, Rent and Eviction) Act, 1972"])
  }

  @Test("an initialism with periods is a name word")
  func initialisms() throws {
    #expect(try legislation("Under Section 138 of the N.I. Act the case lies.").map(\.text) == ["N.I. Act"])
  }

  @Test("ambiguous code acronyms count beside a provision only")
  func provisionAcronyms() throws {
    #expect(
      try legislation("He was convicted under Section 302 IPC and sections 302/34 IPC.").map(\.text) == [
        "IPC", "IPC",
      ])
    #expect(try legislation("Order XXXIX Rule 1 CPC applies.").map(\.text) == ["CPC"])
    #expect(try legislation("The petition under Section 9 of the CPC failed.").map(\.text) == ["CPC"])
    #expect(try legislation("IPC Section 420 applies.").map(\.text) == ["IPC"])
    #expect(try legislation("The IPC said Russia would compete. The CPC Central Committee met.").isEmpty)
  }

  @Test("unambiguous well-known acronyms count anywhere, named as written (docs/judgement-calls.md L11)")
  func wellKnownAcronyms() throws {
    let found = try legislation("Bail under Cr.P.C. and the CrPC differ; GDPR and HIPAA do too.")
    #expect(found.map(\.text) == ["Cr.P.C.", "CrPC", "GDPR", "HIPAA"])
    #expect(found.map(\.value.name) == ["Cr.P.C.", "CrPC", "GDPR", "HIPAA"])
    #expect(found.map(\.value.jurisdiction) == [nil, nil, nil, nil])
  }
}

@Suite("Legislation on real text: news")
struct LegislationNewsTests {
  @Test("a bare the Constitution or our Constitution is a mention (docs/judgement-calls.md L11)")
  func bareConstitution() throws {
    let found = try legislationPipeline.extract(
      from: "They cannot change our Constitution. It is about the law and the Constitution.")
    #expect(found.map(\.text) == ["Constitution", "Constitution"])
    #expect(found.map(\.rule) == ["legislation.bare-constitution", "legislation.bare-constitution"])
    #expect(try legislation("A Constitution was drafted. They walked down Constitution Avenue.").isEmpty)
  }

  @Test("a field of law with a jurisdiction is a name, and so is its later bare use")
  func jurisdictionAndRepeat() throws {
    let found = try legislation(
      "It is punishable under Russia's Criminal Code. A crime under the Criminal Code brings jail.")
    #expect(found.map(\.text) == ["Criminal Code", "Criminal Code"])
    #expect(found.map(\.value.jurisdiction) == ["RU", nil])
    #expect(try legislation("A crime under the Criminal Code brings jail.").isEmpty)
  }

  @Test("a code takes an of-tail, and the tail's acronym is not the code's")
  func codeTail() throws {
    let found = try legislation(
      "Belarus will approve the new Customs Code of the Eurasian Economic Union (EAEU). The EAEU met.")
    #expect(found.map(\.text) == ["Customs Code of the Eurasian Economic Union"])
  }

  @Test("books, podcasts, newspapers, people and school subjects are not names")
  func notInstruments() throws {
    for text in [
      "Ron Howard's The Da Vinci Code is a film.",
      "Da Vinci Code is 'lousy history'",
      "He loves doing The Daily Source Code every day.",
      "It was reported by The Atlanta Journal Constitution on Monday.",
      "Liberal Democrat David Laws said it was serious.",
      "Rachel studied International Human Rights and Humanitarian Law at Essex.",
      "He relied on Craies on Statute Law for that.",
    ] {
      #expect(try legislation(text).isEmpty, "\(text)")
    }
  }
}

@Suite("Legislation on real text: popular names")
struct LegislationPopularNameTests {
  @Test("a place's name before a lowercase kind word is a popular name (docs/judgement-calls.md L10)")
  func popularNames() throws {
    let found = try legislation(
      "It disrupts the Minsk accords, the Kyoto protocol and the Good Friday agreement.")
    #expect(found.map(\.text) == ["Minsk accords", "Kyoto protocol", "Good Friday agreement"])
    #expect(found.map(\.value.kind) == [.accord, .protocol, .agreement])
  }

  @Test("a party, a nation, a country, a jurisdiction or a topic before a lowercase kind word is none")
  func notPopularNames() throws {
    for text in [
      "They met at the Republican convention.",
      "The final Brexit agreement is near.",
      "He signed the EU treaty and the Turkish Stream agreement.",
      "Critics of the Iran agreement spoke. The agreement held.",
      "President Obama agreement talks.",
    ] {
      #expect(try legislation(text).isEmpty, "\(text)")
    }
  }

  @Test("a provision glued to its number anchors a code acronym")
  func gluedProvision() throws {
    #expect(
      try legislation("He was convicted under S.302 IPC and u/s 482 Cr.P.C, then.").map(\.text) == [
        "IPC", "Cr.P.C",
      ])
  }
}

@Suite("Legislation on real text: popular names that are not")
struct LegislationNotPopularNameTests {
  @Test("a sentence's first word, a hyphenated modifier or a pair of nations makes no popular name")
  func modifiers() throws {
    for text in [
      "Bilateral agreements can double turnover.",
      "He wanted a UK-wide agreement and a US-friendly treaty.",
      "The camps suffer under the EU-Turkey agreement and a Conservative-Liberal pact.",
      "They honour the AUKUS pact.",
      "The talks ended in the June agreement and the BellSouth pact.",
    ] {
      #expect(
        try legislation(text).map(\.text).allSatisfy {
          !$0.hasSuffix("agreement") && !$0.hasSuffix("treaty") && !$0.hasSuffix("pact")
        }, "\(text)")
    }
  }
}
