/// The word lists a token belongs to, looked up once when the token is made, so the extent,
/// name and holder code test a bit instead of hashing the word against each list again.
struct TitleWordClass: OptionSet, Sendable {
  let rawValue: UInt32

  static let rankModifier = TitleWordClass(rawValue: 1 << 0)
  static let leftStop = TitleWordClass(rawValue: 1 << 1)
  static let lowercasePremodifier = TitleWordClass(rawValue: 1 << 2)
  static let organizationWord = TitleWordClass(rawValue: 1 << 3)
  static let lowercaseOrganizationNoun = TitleWordClass(rawValue: 1 << 4)
  static let notName = TitleWordClass(rawValue: 1 << 5)
  static let nameParticle = TitleWordClass(rawValue: 1 << 6)
  static let nameSuffix = TitleWordClass(rawValue: 1 << 7)
  static let month = TitleWordClass(rawValue: 1 << 8)
  /// A word of some head (`vice`, `president`, `general`).
  static let headWord = TitleWordClass(rawValue: 1 << 9)
  /// A head by itself, singular or plural (`adviser`, `ministers`).
  static let singleWordHead = TitleWordClass(rawValue: 1 << 10)
  /// `former`, `new`, `next`: outside the extent, between a determiner and the title.
  static let outsideModifier = TitleWordClass(rawValue: 1 << 11)
  /// `Mr`, `Sir`, `Lord`: a courtesy title before a name, never part of the holder (docs/judgement-calls.md T8).
  static let courtesy = TitleWordClass(rawValue: 1 << 12)
  /// A party word or compass point (`Labour`, `Gael`, `North`): a premodifier of a
  /// parliamentary title, never a person's name before it (docs/judgement-calls.md T10).
  static let partyOrPlace = TitleWordClass(rawValue: 1 << 13)
  /// A head word that is a title only with a name or a modifier (`member`, `coach`): never a
  /// premodifier of another title.
  static let informalHead = TitleWordClass(rawValue: 1 << 14)

  /// Every listed word, lowercase, with its classes.
  static let words: [String: TitleWordClass] = {
    var table: [String: TitleWordClass] = [:]
    func add(_ words: some Sequence<String>, _ kind: TitleWordClass) {
      for word in words { table[word, default: []].insert(kind) }
    }
    add(TitleWords.rankModifiers, .rankModifier)
    add(TitleWords.leftStops, .leftStop)
    add(TitleWords.lowercasePremodifiers, .lowercasePremodifier)
    add(TitleWords.organizationWords, .organizationWord)
    add(TitleWords.lowercaseOrganizationNouns, .lowercaseOrganizationNoun)
    add(TitleWords.notNames, .notName)
    add(TitleWords.nameParticles, .nameParticle)
    add(TitleWords.nameSuffixes, .nameSuffix)
    add(TitleWords.months, .month)
    add(TitleHeads.builtin.words.subtracting(TitleWords.nameLikeHeads), .headWord)
    add(TitleHeads.informalWords, .informalHead)
    add(TitleHeads.builtin.singleWords, .singleWordHead)
    add(TitleWords.outsideModifiers, .outsideModifier)
    add(TitleWords.courtesyTitles, .courtesy)
    add(TitleWords.partyAndPlaceWords, .partyOrPlace)
    return table
  }()

  /// The classes that the words of `heads` have beyond the built-in table's (a user's
  /// `title.heads`), by ``WordHash``; empty for the built-in heads.
  static func extra(for heads: TitleHeads) -> [UInt64: TitleWordClass] {
    var extra: [UInt64: TitleWordClass] = [:]
    func add(_ words: Set<String>, _ kind: TitleWordClass) {
      for word in words where !(self.words[word] ?? []).contains(kind) {
        extra[WordHash.of(word), default: []].insert(kind)
      }
    }
    add(heads.words, .headWord)
    add(heads.singleWords, .singleWordHead)
    return extra
  }

  /// The listed words by their ``WordHash`` (whole lowercase bytes): a token's classes cost
  /// one hash computed while it is read and a probe or two, not a string hash.
  static let table = WordTable(bits: words.mapValues(\.rawValue))

  /// The classes of the word whose ``WordHash`` is `hash`.
  @inline(__always)
  static func of(hash: UInt64) -> TitleWordClass {
    table.first(hash).map { TitleWordClass(rawValue: UInt32(bitPattern: $0)) } ?? []
  }
}
