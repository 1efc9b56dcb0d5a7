/// The reviewable word lists of the title extractor (docs/values.md § title, docs/judgement-calls.md T1–T7).
///
/// Every list is plain data in `Lexicon/title/*.tsv`: add a word there, not in a pattern
/// (then `make lexicon`).
enum TitleWords {
  /// How a head word behaves beyond the common case.
  enum Usage: Sendable {
    /// A title in either case (`President`, `the president`).
    case common
    /// A title only when capitalized, because the lowercase word is an ordinary noun or
    /// adjective (`general strike`, `justice`, `a representative sample`), and then only
    /// with a name or a definite determiner.
    case capitalizedOnly
    /// `leader`: a title only as a party or parliamentary position (docs/judgement-calls.md T2): with a
    /// premodifier (`DUP leader`, `Opposition Leader`), a tail or a name.
    case leader
    /// `head`: a title only with its `of` tail (`head of the Executive`).
    case needsTail
    /// An informal, sports or parliamentary head (`boss`, `coach`, `captain`, `MP`; docs/judgement-calls.md
    /// T9, T10): a title with a name next to it, a premodifier (`Renault boss`, `Labour MP`),
    /// a tail or a definite determiner; a bare `the boss` or `a coach trip` is not.
    case informal
    /// A head that is also a first name or a plain noun (`Dean`, `member`): a title only with
    /// a premodifier or a tail (`College of Medicine Dean`, `member of the Public Accounts
    /// Committee`, `Member for Walsall, North`).
    case needsModifier
  }

  /// A head word or fixed compound, as written (lowercase; a space also matches a hyphen),
  /// and its role (docs/judgement-calls.md T7). Fixed compounds come before their last word.
  struct Head: Sendable {
    let form: String
    let role: String
    let usage: Usage
    /// An irregular plural written out (`secretaries`); regular plurals add `s`/`es`.
    let plural: Bool
    /// The rule id its mentions carry when it is not `title.head` (provenance for the
    /// constructions of real text: `title.sports-head`, `title.parliament-member`).
    let rule: String?
    init(
      _ form: String, _ role: String, _ usage: Usage = .common, plural: Bool = false,
      rule: String? = nil
    ) {
      self.form = form
      self.role = role
      self.usage = usage
      self.plural = plural
      self.rule = rule
    }

    /// The head of a `title.heads` row (form, role, usage, plural).
    init(row: WordList.Row) {
      let usage: Usage =
        switch row[2] {
        case "capitalized-only": .capitalizedOnly
        case "leader": .leader
        case "needs-tail": .needsTail
        case "informal": .informal
        case "needs-modifier": .needsModifier
        default: .common
        }
      self.init(row[0], row[1], usage, plural: row[3] == "yes", rule: row[4].isEmpty ? nil : row[4])
    }
  }

  /// Title heads: government, diplomacy, courts, the military, companies, central banks,
  /// parliaments, international bodies and the press. A compound whose first word is common
  /// (`first`, `under`, `high`, `major`, `police`) is left out: it would be tried at every
  /// such word, and the capitalized premodifier rule already keeps it in the extent
  /// (`First Minister`, `High Commissioner`).
  static let heads: [Head] = BuiltinLexicon.list("title.heads").rows.map(Head.init(row:))

  /// Abbreviated titles (docs/judgement-calls.md T4), written exactly (case matters), and their roles.
  static let abbreviations: [(form: String, role: String)] = BuiltinLexicon.list(
    "title.abbreviations"
  ).rows.map { ($0[0], $0[1]) }

  /// Parliamentary titles written as acronyms (docs/judgement-calls.md T10): `Labour MP`, `Fine Gael TD`,
  /// `Margaret Moran MP`. Case matters; the plural (`MPs`) is generic and never matches.
  static let parliamentAbbreviations: [(form: String, role: String)] = BuiltinLexicon.list(
    "title.parliament-abbreviations"
  ).rows.map { ($0[0], $0[1]) }

  /// Courtesy titles and peerages (docs/judgement-calls.md T8): never titles, and left out of a holder's name
  /// (`Sir Terence Heiser` gives `Terence Heiser`, `(Mr. Winnick)` gives `Winnick`).
  static let courtesyTitles: Set<String> = BuiltinLexicon.words("title.courtesy-titles")

  /// Head words that are also common names, so still a name's word (`Howard Dean`).
  static let nameLikeHeads: Set<String> = BuiltinLexicon.words("title.name-like-heads")

  /// Bodies whose members are states (`a member of the EU`): no title for a member of them.
  static let bodiesOfStates: Set<String> = BuiltinLexicon.words("title.bodies-of-states")

  /// Party words and compass points: premodifiers of a parliamentary title (`Labour MP`,
  /// `Fine Gael TD`, `Dublin South TD`), never a person's name before it.
  static let partyAndPlaceWords: Set<String> = BuiltinLexicon.words("title.party-and-place-words")

  /// Capitalized nouns that end an organization's name: capitalized words right before one
  /// are that name, not a person's (`U.S. Justice Action Network`).
  static let organizationEnds: Set<String> = BuiltinLexicon.words("title.organization-ends")

  /// Compass words that end a Hansard constituency after a comma (`Walsall, North`).
  static let compassWords: Set<String> = BuiltinLexicon.words("title.compass-words")

  /// Words before `leader` that make it a ranking, not a position (`Market leader Nintendo`,
  /// `world leader in chips`); docs/judgement-calls.md T2.
  static let rankingLeaderWords: Set<String> = BuiltinLexicon.words("title.ranking-leader-words")

  /// Lowercase nouns after an informal head that make the head a modifier of a compound noun
  /// (`member states`, `coach trip`, `manager job`): no title there.
  static let compoundNouns: Set<String> = BuiltinLexicon.words("title.compound-nouns")

  /// Reporting and headline verbs after an unnamed head (`police chief said`, `Renault boss
  /// quits`).
  static let reportingVerbs: Set<String> = BuiltinLexicon.words("title.reporting-verbs")

  /// Roles whose title takes a `to` tail (docs/judgement-calls.md T11: `Ambassador to Egypt`, `adviser to the
  /// Prime Minister`, `Chief Secretary to the Treasury`).
  static let toTailRoles: Set<String> = BuiltinLexicon.words("title.to-tail-roles")

  /// Lowercase nouns that end a portfolio or field tail (docs/judgement-calls.md T11: `minister of agriculture`,
  /// `vice president of product management`, `principal of the college`).
  static let fieldNouns: Set<String> = BuiltinLexicon.words("title.field-nouns")

  /// Lowercase function words that a lost dash glues to the word before them (`Ways and
  /// Means-not a Member`, `Hollande-meanwhile`), docs/judgement-calls.md T14: split off again.
  static let gluedFunctionWords: Set<String> = BuiltinLexicon.words("title.glued-function-words")

  /// Military ranks that stack on a title's tail before a name (docs/judgement-calls.md T12:
  /// `Chief of the General Staff of the Russian Armed Forces Army General Valery Gerasimov`).
  static let stackedRanks = [
    "general", "colonel", "admiral", "commander", "captain", "major", "lieutenant", "brigadier",
    "marshal",
  ]

  /// Rank modifiers: in the extent, dropped from the role (docs/judgement-calls.md T7).
  static let rankModifiers: Set<String> = BuiltinLexicon.words("title.rank-modifiers")

  /// Words that end a title on the left and stay outside it (docs/judgement-calls.md T3): determiners,
  /// `former`, `then`, `new`, `next`, sentence openers, pronouns, weekdays and months.
  static let leftStops: Set<String> = BuiltinLexicon.words("title.left-stops")

  /// Lowercase premodifiers allowed before a title: portfolios and court or service words
  /// (`the shadow energy secretary`, `a federal appeals court judge`, `military attaché`).
  static let lowercasePremodifiers: Set<String> = BuiltinLexicon.words("title.lowercase-premodifiers")

  /// Words of organization and portfolio names: a capitalized word in this list after a
  /// title's `of`/`for` is part of the organization, not the start of the holder's name.
  static let organizationWords: Set<String> = BuiltinLexicon.words("title.organization-words")

  /// Lowercase nouns that can make up an organization in a title's tail
  /// (`spokesman for the armed forces`, `attaché of the United States embassy in Mexico`).
  static let lowercaseOrganizationNouns: Set<String> = BuiltinLexicon.words(
    "title.lowercase-organization-nouns")

  /// Nouns after `in` that close an embassy-like tail (`embassy in Mexico`).
  static let placedOrganizationNouns: Set<String> = BuiltinLexicon.words("title.placed-organization-nouns")

  /// Capitalized words right after a head that make it part of an institution's name
  /// (`Justice Department`, `President's Office` is handled as a possessive).
  static let institutionNouns: Set<String> = BuiltinLexicon.words("title.institution-nouns")

  /// Capitalized words before `of` that make a following head part of an institution's name
  /// (`Office of the President`, `Department of Justice`).
  static let institutionsBeforeOf: Set<String> = BuiltinLexicon.words("title.institutions-before-of")

  /// Nouns before `of` that make the title the office itself (`the post of President`).
  static let officeNouns: Set<String> = BuiltinLexicon.words("title.office-nouns")

  /// Words that open an indefinite or generic description (docs/judgement-calls.md T1).
  static let indefiniteDeterminers: Set<String> = BuiltinLexicon.words("title.indefinite-determiners")

  /// Words that make an unnamed title definite (`the president`, `its leader`).
  static let definiteDeterminers: Set<String> = BuiltinLexicon.words("title.definite-determiners")

  /// Verbs and prepositions after which an unnamed, undetermined lowercase title still
  /// denotes a specific person (`would remain finance minister`, docs/judgement-calls.md T6).
  static let predicateWords: Set<String> = BuiltinLexicon.words("title.predicate-words")

  /// Words outside the extent that may stand between a determiner and the title
  /// (`the former chairman`, `its next chief executive`).
  static let outsideModifiers: Set<String> = BuiltinLexicon.words("title.outside-modifiers")

  /// Ordinals that make an unnamed title generic (`the second president to win`).
  static let ordinals: Set<String> = BuiltinLexicon.words("title.ordinals")

  /// Month names: not a name's first word, but a surname after one (`Theresa May`).
  static let months: Set<String> = BuiltinLexicon.words("title.months")

  /// Name particles, lowercase (docs/judgement-calls.md T6: `Rogelio Ramírez de la O`, `Ursula von der Leyen`).
  static let nameParticles: Set<String> = BuiltinLexicon.words("title.name-particles")

  /// Suffixes that end a name (`Charles Q. Brown Jr.`, `John J. Ray III`).
  static let nameSuffixes: Set<String> = BuiltinLexicon.words("title.name-suffixes")

  /// Capitalized words that never start or continue a person's name.
  static let notNames: Set<String> = BuiltinLexicon.words("title.not-names")
}
