import Testing
import Winnow

@Suite("Legislation short forms linked to full names")
struct LegislationShortFormTests {
  @Test("a parenthesized acronym and its later uses take the full name")
  func parenthesizedAcronym() throws {
    let found = try legislation(
      "The General Data Protection Regulation (GDPR) allows fines. Regulators enforce GDPR strictly.")
    #expect(found.map(\.text) == ["General Data Protection Regulation", "GDPR", "GDPR"])
    #expect(found.allSatisfy { $0.value.name == "General Data Protection Regulation" })
  }

  @Test("a parenthesized short name keeps its kind word: (CARES Act)")
  func parenthesizedShortName() throws {
    let found = try legislation("The Coronavirus Aid, Relief, and Economic Security Act (CARES Act) passed.")
    #expect(found.map(\.text) == ["Coronavirus Aid, Relief, and Economic Security Act", "CARES Act"])
    #expect(found.last?.value.name == "Coronavirus Aid, Relief, and Economic Security Act")
  }

  @Test("a later partial name takes the full name (seed text)")
  func partialName() throws {
    let found = try legislation(
      "Cooperation under the Bicentennial Framework for Security, Public Health, and Safe Communities grew. "
        + "The Bicentennial Framework guides it. We implement our Bicentennial Framework goals.")
    #expect(found.map(\.text).suffix(2) == ["Bicentennial Framework", "Bicentennial Framework"])
    #expect(
      found.allSatisfy {
        $0.value.name == "Bicentennial Framework for Security, Public Health, and Safe Communities"
      })
  }

  @Test("a later acronym spelling an earlier name's initials takes that name")
  func initialism() throws {
    let found = try legislation(
      "Britain joined the Comprehensive and Progressive Agreement for Trans-Pacific Partnership. The CPTPP now covers 500 million people."
    )
    #expect(
      found.map(\.text) == ["Comprehensive and Progressive Agreement for Trans-Pacific Partnership", "CPTPP"])
    #expect(found.last?.value.name == "Comprehensive and Progressive Agreement for Trans-Pacific Partnership")
  }

  @Test("a short name never expanded in the document is named as written")
  func standaloneShortName() throws {
    let found = try legislation("The USMCA replaced NAFTA in 2020.")
    #expect(
      found.map(\.value) == [
        LegislationValue(name: "USMCA", kind: .agreement), LegislationValue(name: "NAFTA", kind: .agreement),
      ])
  }
}
