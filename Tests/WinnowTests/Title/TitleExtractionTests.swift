import Foundation
import Testing
import Winnow

/// The title mentions of `text` as (extent, role, holder) triples, from a title-only pipeline.
private func titles(_ text: String) throws -> [(text: String, role: String?, holder: String?)] {
  var configuration = StandardConfiguration()
  configuration.kinds = [.title]
  return try Pipeline.standard(configuration).extract(from: text).map {
    ($0.text, $0.value.title?.role, $0.value.title?.holder?.text)
  }
}

/// The one title mention of `text`.
private func title(_ text: String) throws -> (text: String, role: String?, holder: String?) {
  let found = try titles(text)
  try #require(found.count == 1, "expected one title in \"\(text)\", got \(found.map(\.text))")
  return found[0]
}

@Suite("Title extraction")
struct TitleExtractionTests {
  @Test(
    "the holder is the name next to the title (docs/judgement-calls.md T6)",
    arguments: [
      ("President Joe Biden spoke.", "President", "Joe Biden"),
      ("The Attorney General, Merrick Garland, announced it.", "Attorney General", "Merrick Garland"),
      (
        "Sanjay Malhotra, Governor of the Reserve Bank of India, said so.",
        "Governor of the Reserve Bank of India", "Sanjay Malhotra"
      ),
      ("Jackson, a federal appeals court judge, wrote it.", "federal appeals court judge", "Jackson"),
      ("Mayor Karen Bass's office said.", "Mayor", "Karen Bass"),
      ("Ishiba, a former defense minister, said.", "defense minister", "Ishiba"),
    ])
  func holderNextToTitle(text: String, extent: String, holder: String) throws {
    let found = try title(text)
    #expect(found.text == extent)
    #expect(found.holder == holder)
  }

  @Test(
    "a name linked through a verb or far away gives no holder (docs/judgement-calls.md T6)",
    arguments: [
      "Liz Truss resigned as Britain's prime minister on Thursday.",
      "Koji Sato said he would become its next chief executive.",
      "Rachel Reeves, who becomes the first female Chancellor of the Exchequer, spoke.",
      "Rogelio Ramírez de la O would remain finance minister.",
      "The party elected Shigeru Ishiba as its leader on Friday.",
    ])
  func predicativeNameHasNoHolder(text: String) throws {
    #expect(try title(text).holder == nil)
  }

  @Test(
    "names keep their particles, initials, accents, hyphens and suffixes",
    arguments: [
      "Rogelio Ramírez de la O", "Ursula von der Leyen", "Charles Q. Brown Jr.",
      "Norma Lucía Piña Hernández", "M.K. Stalin", "John J. Ray III", "Elizabeth Sherwood-Randall",
      "Mohammed bin Salman", "Bashar al-Assad", "Theresa May",
    ])
  func namesAreWhole(name: String) throws {
    #expect(try title("Minister \(name) said.").holder == name)
  }

  @Test(
    "determiners, possessives, former, then- and the name stay outside the extent (docs/judgement-calls.md T3)"
  )
  func extentLeavesOutDeterminersAndNames() throws {
    #expect(try title("Japan's Prime Minister Fumio Kishida said.").text == "Prime Minister")
    #expect(try title("Former President Donald Trump said.").text == "President")
    #expect(try title("Then-Treasury Secretary Steven Mnuchin said.").text == "Treasury Secretary")
    #expect(try title("Governor Samuel García of Nuevo León said.").text == "Governor")
    #expect(try title("Sen. Joe Manchin (D-W.Va.) objected.").text == "Sen.")
    #expect(try title("It is good to see you, Mr. President.").text == "President")
    #expect(try title("He served then-Sen. Joe Biden.").text == "Sen.")
  }

  @Test("a title's of/for/at tail stops before the holder's name")
  func tailStopsBeforeName() throws {
    let found = try title("Secretary of State Antony Blinken and others met.")
    #expect(found.text == "Secretary of State")
    #expect(found.holder == "Antony Blinken")
    #expect(try title("Secretary of Energy Jennifer M. Granholm said.").text == "Secretary of Energy")
  }

  @Test(
    "coordinated titles of one person are one mention each with the same holder (docs/judgement-calls.md T5)")
  func coordinatedTitlesShareHolder() throws {
    let found = try titles("Chairman and CEO Hiroshi Mikitani said sales rose.")
    #expect(found.map(\.text) == ["Chairman", "CEO"])
    #expect(found.map(\.holder) == ["Hiroshi Mikitani", "Hiroshi Mikitani"])
    #expect(found.map(\.role) == ["Chair", "Chief Executive Officer"])
    let rank = try titles("General Charles Q. Brown Jr., chairman of the Joint Chiefs of Staff, told them.")
    #expect(rank.map(\.text) == ["General", "chairman of the Joint Chiefs of Staff"])
    #expect(rank.map(\.holder) == ["Charles Q. Brown Jr.", "Charles Q. Brown Jr."])
    let unnamed = try titles("They sued the former chairman and chief executive, alleging fraud.")
    #expect(unnamed.map(\.text) == ["chairman", "chief executive"])
  }

  @Test("a plural title before names takes the first name (docs/judgement-calls.md T6)")
  func pluralTakesFirstName() throws {
    let found = try titles("Presidents Biden and President Lopez Obrador agreed.")
    #expect(found.map(\.text) == ["Presidents", "President"])
    #expect(found.map(\.holder) == ["Biden", "Lopez Obrador"])
  }

  @Test(
    "roles are canonical: singular, American spelling, synonyms mapped, ranks dropped (docs/judgement-calls.md T7)",
    arguments: [
      ("the security adviser", "Advisor"), ("the chairwoman", "Chair"),
      ("the spokesman", "Spokesperson"), ("the Deputy Attorney General", "Attorney General"),
      ("the Executive Vice-President", "Vice President"), ("the acting CFO", "Chief Financial Officer"),
      ("the UN Secretary General", "Secretary-General"), ("the Lt. Col.", "Lieutenant Colonel"),
    ])
  func rolesAreCanonical(text: String, role: String) throws {
    #expect(try title(text).role == role)
  }

  @Test("every title of the seed text is found with its holder")
  func seedTitles() throws {
    let seed = Repository.seeds.appendingPathComponent("000_52520a4e00ebb25b.txt")
    let found = try titles(String(contentsOf: seed, encoding: .utf8))
    let expected: [(String, String?)] = [
      ("President", "Andrés Manuel López Obrador"),
      ("White House National Security Advisor", "Elizabeth Sherwood-Randall"),
      ("President of the United States", "Joseph Biden"),
      ("president", nil),
      ("head of the Executive", nil),
      ("Secretary of Security and Citizen Protection", "Rosa Icela Rodríguez Velázquez"),
      ("Secretaries of Foreign Relations", "Marcelo Ebrard Casaubon"),
      ("head of the Unit for North America of the Ministry of Foreign Affairs", "Roberto Velasco Álvarez"),
      ("Ambassador", "Kenneth Salazar"),
      ("US Assistant Secretary for Homeland Security", "John Tien"),
      ("United States Assistant Attorney General", "Lisa Monaco"),
      ("director of the National Drug Control Office", "Rahul Gupta"),
      (
        "senior director of Western Hemisphere Affairs of the National Security Council (NSC)",
        "Juan González"
      ),
      ("Special Presidential Advisor", "Katie Tobin"),
      ("Senior Director for Cross Border Issues (NSC)", "Katie Tobin"),
      ("military attaché of the United States embassy in Mexico", "Andrew Leonard"),
      ("security adviser minister at the United States embassy in Mexico", "Tim Dumas"),
      ("President", "Joe Biden"),
      ("President", "Biden"),
      ("Presidents", "Biden"),
      ("President", "Lopez Obrador"),
    ]
    #expect(found.map(\.text) == expected.map(\.0))
    #expect(found.map(\.holder) == expected.map(\.1))
  }
}
