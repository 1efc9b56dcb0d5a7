import Foundation
import Testing
import Winnow

/// A standard pipeline with the user's `entries` (list name → TSV text) added.
private func pipeline(_ entries: [String: String]) throws -> Pipeline {
  var configuration = StandardConfiguration()
  for (name, text) in entries.sorted(by: { $0.key < $1.key }) {
    try configuration.lexicon.add(name, tsv: Array(text.utf8), file: "\(name).tsv")
  }
  return try Pipeline.standard(configuration)
}

/// The error `body` throws, which must be a ``WinnowFileError``.
private func fileError(_ body: () throws -> Void) throws -> WinnowFileError {
  do {
    try body()
  } catch let error as WinnowFileError {
    return error
  }
  Issue.record("expected a WinnowFileError")
  throw CancellationError()
}

@Suite("A user's word list entries at run time")
struct UserLexiconTests {
  @Test("a user's legislation acronym is found standing alone, with its kind")
  func acronym() throws {
    let text = "Banks must comply with DORA by January."
    #expect(try Pipeline.standard().extract(from: text).allSatisfy { $0.kind != .legislation })
    let found = try pipeline(["legislation.acronyms": "form\tkind\tjurisdiction\nDORA\tregulation\tEU\n"])
      .extract(from: text).filter { $0.kind == .legislation }
    #expect(found.map(\.text) == ["DORA"])
    #expect(found.first?.value.legislation?.kind == .regulation)
    #expect(found.first?.value.legislation?.jurisdiction == nil)
  }

  @Test("a user's title head makes titles with holders, in either case")
  func titleHead() throws {
    let text = "The bosun, Tom Harlow, said the boat was ready. Bosun Ana Ruiz agreed."
    #expect(try Pipeline.standard().extract(from: text).allSatisfy { $0.kind != .title })
    let found = try pipeline(["title.heads": "form\trole\nbosun\tBosun\n"])
      .extract(from: text).filter { $0.kind == .title }
    #expect(found.map(\.text) == ["bosun", "Bosun"])
    #expect(found.map { $0.value.title?.role } == ["Bosun", "Bosun"])
    #expect(found.map { $0.value.title?.holder?.text } == ["Tom Harlow", "Ana Ruiz"])
  }

  @Test("a user's currency word makes money with its currency and unit")
  func currency() throws {
    let text = "The deal is worth 5 million bahraini dinars, or 300 fils a share."
    let found = try pipeline([
      "money.currencies": "form\tcurrency\texponent\nbahraini dinars\tBHD\nfils\tBHD\t-3\n"
    ]).extract(from: text).filter { $0.kind == .money }
    #expect(found.map(\.text) == ["5 million bahraini dinars", "300 fils"])
    #expect(found.map { $0.value.money?.currency } == ["BHD", "BHD"])
    #expect(found.map { $0.value.money?.amount.map { "\($0)" } } == ["5000000", "0.3"])
  }

  @Test("a user's holiday resolves like a built-in one")
  func holiday() throws {
    let text = "The fireworks on Guy Fawkes Night 2021 were cancelled."
    let found = try pipeline(["date.holidays": "name\tdate\nguy fawkes night\t11-05\n"])
      .extract(from: text).filter { $0.kind == .date }
    #expect(found.map(\.text) == ["Guy Fawkes Night 2021"])
    #expect(found.first?.value.date?.value == "2021-11-05")
  }

  @Test("no entries: the same pipeline as the standard one")
  func emptyLexicon() throws {
    let text = "President Biden signed the CHIPS Act on Christmas 2022, worth $52 billion."
    #expect(try pipeline([:]).extract(from: text) == Pipeline.standard().extract(from: text))
  }

  @Test(
    "a bad list file is reported with its file, line and column",
    arguments: [
      (
        "title.heads", "form\trole\nskipper\n",
        "title.heads.tsv:2:9: error: title.heads: missing the `role` field"
      ),
      (
        "title.heads", "form\tjob\n",
        "title.heads.tsv:1:6: error: title.heads: header column 2 is `job`, expected `role`"
      ),
      (
        "title.heads", "# heads\nform\trole\tusage\nskipper\tSkipper\tcaptain\n",
        "title.heads.tsv:3:17: error: title.heads: `usage` is `captain`"
      ),
      (
        "money.currencies", "form\tcurrency\nfils\tBhd\n",
        "money.currencies.tsv:2:6: error: money.currencies: `currency` is `Bhd`"
      ),
      (
        "legislation.acronyms", "form\tkind\nDORA\tregulation\nDORA\tact\n",
        "legislation.acronyms.tsv:3:1: error: legislation.acronyms: `DORA` is already listed on line 2"
      ),
      (
        "date.holidays", "name\tdate\nmy day\t13-01\n",
        "date.holidays.tsv:2:8: error: date.holidays: `date` is `13-01`"
      ),
      (
        "legislation.acronyms", "form\tkind\tjurisdiction\tnote\n",
        "legislation.acronyms.tsv:1:24: error: legislation.acronyms: header column 4 is `note`, expected `context`"
      ),
      (
        "legislation.acronyms", "form\tkind\nDORA\tregulation\textra\tmore\n",
        "legislation.acronyms.tsv:2:17: error: legislation.acronyms: more fields than the 2 columns"
      ),
      ("title.heads", "# nothing\n", "title.heads.tsv:1: error: title.heads: no header line"),
      (
        "title.stop-words", "word\nfoo\n",
        "title.stop-words.tsv: error: no word list `title.stop-words` takes entries"
      ),
    ])
  func badFile(list: String, text: String, message: String) throws {
    let error = try fileError { _ = try pipeline([list: text]) }
    #expect(error.description.hasPrefix(message), "\(error)")
  }

  @Test("text that is not UTF-8 is reported with its line")
  func notUTF8() throws {
    var configuration = StandardConfiguration()
    let bytes = Array("form\trole\nskipper\tSkipper\n".utf8) + [0x63, 0xFF, 0x0A]
    let error = try fileError { try configuration.lexicon.add("title.heads", tsv: bytes, file: "heads.tsv") }
    #expect(error.description == "heads.tsv:3: error: the line is not valid UTF-8")
  }

  @Test("a list file is loaded from disk, and a missing one is reported with its path")
  func loadFromDisk() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("winnow-heads-\(UUID()).tsv")
      .path
    try "form\trole\nskipper\tSkipper\n".write(toFile: path, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(atPath: path) }
    var configuration = StandardConfiguration()
    try configuration.lexicon.load("title.heads", from: path)
    #expect(!configuration.lexicon.isEmpty)
    let error = try fileError { try configuration.lexicon.load("title.heads", from: path + ".missing") }
    #expect(error.description.hasPrefix("\(path).missing: error: cannot read the file: No such file"))
  }
}
