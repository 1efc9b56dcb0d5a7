/// The reviewable word lists of the title extractor (SPEC § title, GUIDE T1–T7).
///
/// Every list is plain data: add a word here, not in a pattern.
enum TitleWords {
  /// How a head word behaves beyond the common case.
  enum Usage: Sendable {
    /// A title in either case (`President`, `the president`).
    case common
    /// A title only when capitalized, because the lowercase word is an ordinary noun or
    /// adjective (`general strike`, `justice`, `a representative sample`), and then only
    /// with a name or a definite determiner.
    case capitalizedOnly
    /// `leader`: a title only as a party or parliamentary position (GUIDE T2): with a
    /// premodifier (`DUP leader`, `Opposition Leader`), a tail or a name.
    case leader
    /// `head`: a title only with its `of` tail (`head of the Executive`).
    case needsTail
  }

  /// A head word or fixed compound, as written (lowercase; a space also matches a hyphen),
  /// and its role (GUIDE T7). Fixed compounds come before their last word.
  struct Head: Sendable {
    let form: String
    let role: String
    let usage: Usage
    /// An irregular plural written out (`secretaries`); regular plurals add `s`/`es`.
    let plural: Bool
    init(_ form: String, _ role: String, _ usage: Usage = .common, plural: Bool = false) {
      self.form = form
      self.role = role
      self.usage = usage
      self.plural = plural
    }
  }

  /// Title heads: government, diplomacy, courts, the military, companies, central banks,
  /// parliaments, international bodies and the press. A compound whose first word is common
  /// (`first`, `under`, `high`, `major`, `police`) is left out: it would be tried at every
  /// such word, and the capitalized premodifier rule already keeps it in the extent
  /// (`First Minister`, `High Commissioner`).
  static let heads: [Head] = [
    // Government and parliaments.
    Head("president", "President"),
    Head("vice president", "Vice President"),
    Head("president-elect", "President-elect"),
    Head("vice president-elect", "Vice President-elect"),
    Head("prime minister", "Prime Minister"),
    Head("chief minister", "Chief Minister"),
    Head("minister", "Minister"),
    Head("premier", "Premier", .capitalizedOnly),
    Head("chancellor", "Chancellor"),
    Head("secretary", "Secretary"),
    Head("secretaries", "Secretary", plural: true),
    Head("secretary general", "Secretary-General"),
    Head("secretaries general", "Secretary-General", plural: true),
    Head("undersecretary", "Under Secretary"),
    Head("governor general", "Governor General"),
    Head("lieutenant governor", "Lieutenant Governor"),
    Head("governor", "Governor"),
    Head("mayor", "Mayor"),
    Head("senator", "Senator"),
    Head("representative", "Representative", .capitalizedOnly),
    Head("congressman", "Representative"),
    Head("congresswoman", "Representative"),
    Head("congressmen", "Representative", plural: true),
    Head("congresswomen", "Representative", plural: true),
    Head("speaker", "Speaker", .capitalizedOnly),
    Head("leader", "Leader", .leader),
    Head("whip", "Whip", .capitalizedOnly),
    Head("councilor", "Councilor"),
    Head("councillor", "Councilor"),
    Head("treasurer", "Treasurer"),
    Head("administrator", "Administrator"),
    Head("commissioner", "Commissioner"),
    Head("comptroller", "Comptroller"),
    Head("inspector general", "Inspector General"),
    Head("surgeon general", "Surgeon General"),
    Head("auditor general", "Auditor General"),
    Head("ombudsman", "Ombudsman"),
    Head("chief of staff", "Chief of Staff"),
    Head("head", "Head", .needsTail),
    Head("heads", "Head", .needsTail, plural: true),
    Head("crown prince", "Crown Prince"),
    Head("king", "King", .capitalizedOnly),
    Head("queen", "Queen", .capitalizedOnly),
    Head("emperor", "Emperor", .capitalizedOnly),
    Head("pope", "Pope", .capitalizedOnly),
    // Diplomacy and international bodies.
    Head("ambassador", "Ambassador"),
    Head("envoy", "Envoy"),
    Head("attaché", "Attaché"),
    Head("attache", "Attaché"),
    Head("consul general", "Consul General"),
    Head("consul", "Consul"),
    Head("director general", "Director-General"),
    Head("directors general", "Director-General", plural: true),
    // Courts and law.
    Head("chief justice", "Chief Justice"),
    Head("justice", "Justice", .capitalizedOnly),
    Head("judge", "Judge"),
    Head("magistrate", "Magistrate"),
    Head("attorney general", "Attorney General"),
    Head("attorneys general", "Attorney General", plural: true),
    Head("solicitor general", "Solicitor General"),
    Head("general counsel", "General Counsel"),
    Head("counsel", "Counsel", .capitalizedOnly),
    Head("prosecutor", "Prosecutor"),
    Head("district attorney", "District Attorney"),
    // The military and police.
    Head("lieutenant general", "Lieutenant General"),
    Head("brigadier general", "Brigadier General"),
    Head("general", "General", .capitalizedOnly),
    Head("vice admiral", "Vice Admiral"),
    Head("rear admiral", "Rear Admiral"),
    Head("admiral", "Admiral", .capitalizedOnly),
    Head("lieutenant colonel", "Lieutenant Colonel"),
    Head("colonel", "Colonel", .capitalizedOnly),
    Head("commander", "Commander"),
    Head("commander in chief", "Commander-in-Chief"),
    Head("sheriff", "Sheriff"),
    // Companies, central banks and the press.
    Head("chief executive officer", "Chief Executive Officer"),
    Head("chief executive", "Chief Executive Officer"),
    Head("ceo", "Chief Executive Officer"),
    Head("chief financial officer", "Chief Financial Officer"),
    Head("cfo", "Chief Financial Officer"),
    Head("chief operating officer", "Chief Operating Officer"),
    Head("coo", "Chief Operating Officer"),
    Head("chief economist", "Chief Economist"),
    Head("chief investment officer", "Chief Investment Officer"),
    Head("chief technology officer", "Chief Technology Officer"),
    Head("managing director", "Managing Director"),
    Head("director", "Director"),
    Head("vice chair", "Vice Chair"),
    Head("vice chairman", "Vice Chair"),
    Head("vice chairwoman", "Vice Chair"),
    Head("chairman", "Chair"),
    Head("chairmen", "Chair", plural: true),
    Head("chairwoman", "Chair"),
    Head("chairwomen", "Chair", plural: true),
    Head("chairperson", "Chair"),
    Head("chair", "Chair"),
    Head("advisor", "Advisor"),
    Head("adviser", "Advisor"),
    Head("spokesperson", "Spokesperson"),
    Head("spokesman", "Spokesperson"),
    Head("spokesmen", "Spokesperson", plural: true),
    Head("spokeswoman", "Spokesperson"),
    Head("spokeswomen", "Spokesperson", plural: true),
    Head("spokespeople", "Spokesperson", plural: true),
    Head("editor-in-chief", "Editor-in-Chief"),
  ]

  /// Abbreviated titles (GUIDE T4), written exactly (case matters), and their roles.
  static let abbreviations: [(form: String, role: String)] = [
    ("Lt. Gen.", "Lieutenant General"),
    ("Lt. Col.", "Lieutenant Colonel"),
    ("Lt. Gov.", "Lieutenant Governor"),
    ("Maj. Gen.", "Major General"),
    ("Brig. Gen.", "Brigadier General"),
    ("Vice Adm.", "Vice Admiral"),
    ("Rear Adm.", "Rear Admiral"),
    ("Atty. Gen.", "Attorney General"),
    ("Gen.", "General"),
    ("Adm.", "Admiral"),
    ("Col.", "Colonel"),
    ("Sen.", "Senator"),
    ("Rep.", "Representative"),
    ("Gov.", "Governor"),
    ("Amb.", "Ambassador"),
    ("Cmdr.", "Commander"),
  ]

  /// Rank modifiers: in the extent, dropped from the role (GUIDE T7).
  static let rankModifiers: Set<String> = [
    "senior", "deputy", "assistant", "acting", "interim", "special", "chief", "vice", "executive",
    "shadow", "associate", "principal", "joint", "lead", "presiding", "permanent", "junior",
  ]

  /// Words that end a title on the left and stay outside it (GUIDE T3): determiners,
  /// `former`, `then`, `new`, `next`, sentence openers, pronouns, weekdays and months.
  static let leftStops: Set<String> = [
    "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our",
    "my", "your", "former", "then", "new", "next", "outgoing", "incoming", "late", "ex",
    "in", "on", "at", "by", "for", "from", "with", "to", "as", "and", "but", "or", "if", "of",
    "when", "while", "after", "before", "during", "since", "under", "over", "about", "against",
    "between", "meanwhile", "however", "also", "now", "today", "yesterday", "tomorrow",
    "earlier", "later", "last", "it", "he", "she", "we", "they", "i", "said", "says", "both",
    "each", "every", "all", "some", "many", "one", "two", "three", "mr", "ms", "mrs", "dr",
    "mr.", "ms.", "mrs.", "dr.", "madam", "madame", "sir", "dear",
    "according", "once", "where", "here", "there", "so", "yet", "thus", "still", "why", "how",
    "what", "who", "whom", "which", "because", "although", "though", "even", "only", "then",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
  ]

  /// Lowercase premodifiers allowed before a title: portfolios and court or service words
  /// (`the shadow energy secretary`, `a federal appeals court judge`, `military attaché`).
  static let lowercasePremodifiers: Set<String> = [
    "energy", "defense", "defence", "finance", "foreign", "interior", "trade", "justice",
    "health", "economy", "economic", "security", "military", "federal", "district", "appeals",
    "court", "state", "press", "national", "home", "labor", "labour", "education", "transport",
    "transportation", "environment", "environmental", "agriculture", "commerce", "industry",
    "culture", "housing", "immigration", "treasury", "budget", "climate", "science", "digital",
    "sports", "tourism", "communications", "cabinet", "circuit", "supreme", "bankruptcy",
    "magistrate", "county", "city", "party", "opposition", "majority", "minority", "policy",
    "investment", "legal", "naval", "army", "police", "intelligence", "development", "revenue",
    "employment", "work", "pensions", "infrastructure", "technology", "women", "veterans",
    "fisheries", "planning", "communication", "information", "regional", "provincial",
    "central", "bank", "government", "administration", "presidential", "general",
  ]

  /// Words of organization and portfolio names: a capitalized word in this list after a
  /// title's `of`/`for` is part of the organization, not the start of the holder's name.
  static let organizationWords: Set<String> = [
    "state", "states", "united", "kingdom", "nations", "national", "federal", "foreign",
    "affairs", "relations", "security", "defense", "defence", "homeland", "treasury",
    "finance", "economy", "economic", "energy", "enforcement", "labour", "labor", "justice",
    "health", "education", "commerce", "trade", "industry", "interior", "environment",
    "agriculture", "transport", "transportation", "public", "safety", "protection", "office",
    "agency", "council", "committee", "commission", "department", "ministry", "bank",
    "reserve", "board", "court", "exchequer", "staff", "chiefs", "joint", "command", "forces",
    "army", "navy", "air", "force", "marine", "marines", "corps", "intelligence", "drug",
    "control", "policy", "development", "housing", "urban", "veterans", "services", "service",
    "human", "resources", "management", "budget", "operations", "strategy", "administration",
    "government", "executive", "embassy", "union", "european", "international", "monetary",
    "fund", "world", "organization", "organisation", "authority", "institute", "university",
    "party", "parliament", "senate", "house", "assembly", "congress", "cabinet",
    "communications", "information", "technology", "science", "research", "culture", "sports",
    "tourism", "immigration", "migration", "climate", "change", "net", "zero", "digital",
    "internal", "external", "revenue", "customs", "border", "borders", "infrastructure",
    "water", "natural", "mines", "oil", "gas", "power", "innovation", "competition", "markets",
    "financial", "central", "republic", "democratic", "supreme", "district", "circuit",
    "appeals", "police", "prosecution", "works", "social", "welfare", "family", "women",
    "children", "youth", "rural", "regional", "local", "planning", "statistics", "audit",
    "ethics", "legal", "affairs", "hemisphere", "western", "eastern", "northern", "southern",
    "asia", "pacific", "america", "americas", "africa", "europe", "middle", "east", "latin",
    "north", "south", "west", "motors", "electric", "mills", "dynamics", "data", "atomics",
    "secretariat", "citizen", "citizens", "employment", "pensions", "investment", "trade",
    "levelling", "communities", "enterprise", "business", "small", "food", "rural", "farm",
    "space", "aeronautics", "navy", "coast", "guard", "division", "bureau", "program",
    "programme", "unit", "group", "inc", "corporation", "company", "co", "ltd", "plc",
    "exchange", "securities", "markets", "network", "systems", "capital", "holdings",
    "association", "federation", "society", "foundation", "league", "chamber", "club",
    "confederation", "alliance", "coalition", "trust", "partners", "industries", "airlines",
    "bancorp", "insurance", "energy", "motor", "media", "news", "press", "times", "post",
    "journal", "television", "radio", "broadcasting", "commonwealth", "province", "county",
    "city", "territory", "region", "agency", "airport", "port", "hospital", "college", "school",
  ]

  /// Lowercase nouns that can make up an organization in a title's tail
  /// (`spokesman for the armed forces`, `attaché of the United States embassy in Mexico`).
  static let lowercaseOrganizationNouns: Set<String> = [
    "embassy", "consulate", "mission", "armed", "forces", "army", "navy", "air", "force",
    "police", "central", "bank", "company", "group", "board", "committee", "council",
    "government", "ministry", "department", "agency", "office", "court", "party", "union",
    "federal", "national", "military", "security", "foreign", "ministry", "cabinet",
    "opposition", "state", "supreme", "appeals", "district", "regulator", "exchange",
  ]

  /// Nouns after `in` that close an embassy-like tail (`embassy in Mexico`).
  static let placedOrganizationNouns: Set<String> = [
    "embassy", "consulate", "mission", "office", "delegation",
  ]

  /// Capitalized words right after a head that make it part of an institution's name
  /// (`Justice Department`, `President's Office` is handled as a possessive).
  static let institutionNouns: Set<String> = [
    "department", "ministry", "office", "committee", "council", "commission", "agency",
    "administration", "court", "party", "bank", "board", "house", "palace", "cup", "award",
    "prize", "day", "street", "avenue", "road", "hotel", "hall", "fund", "program",
    "programme", "act", "law", "bill", "league", "school", "college", "university", "bureau",
    "election", "elections", "assembly", "motors", "electric", "mills", "dynamics",
  ]

  /// Capitalized words before `of` that make a following head part of an institution's name
  /// (`Office of the President`, `Department of Justice`).
  static let institutionsBeforeOf: Set<String> = [
    "office", "department", "ministry", "court", "house", "council", "bureau", "cabinet",
    "palace", "secretariat", "directorate", "chamber", "residence", "institute", "school",
  ]

  /// Nouns before `of` that make the title the office itself (`the post of President`).
  static let officeNouns: Set<String> = [
    "post", "office", "position", "role", "job", "seat", "title", "rank", "powers", "duties",
    "race", "candidate", "candidacy", "nomination", "election", "term", "presidency",
  ]

  /// Words that open an indefinite or generic description (GUIDE T1).
  static let indefiniteDeterminers: Set<String> = [
    "a", "an", "another", "any", "every", "each", "no", "some", "one", "such",
  ]

  /// Words that make an unnamed title definite (`the president`, `its leader`).
  static let definiteDeterminers: Set<String> = [
    "the", "this", "that", "its", "his", "her", "their", "our",
  ]

  /// Verbs and prepositions after which an unnamed, undetermined lowercase title still
  /// denotes a specific person (`would remain finance minister`, GUIDE T6).
  static let predicateWords: Set<String> = [
    "as", "remain", "remains", "remained", "become", "becomes", "became", "named", "appointed",
    "elected", "serve", "serves", "served", "fired", "ousted",
  ]

  /// Words outside the extent that may stand between a determiner and the title
  /// (`the former chairman`, `its next chief executive`).
  static let outsideModifiers: Set<String> = [
    "former", "then", "new", "next", "outgoing", "incoming", "late", "current", "ex",
  ]

  /// Ordinals that make an unnamed title generic (`the second president to win`).
  static let ordinals: Set<String> = [
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "last", "only",
  ]

  /// Month names: not a name's first word, but a surname after one (`Theresa May`).
  static let months: Set<String> = [
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
  ]

  /// Name particles, lowercase (GUIDE T6: `Rogelio Ramírez de la O`, `Ursula von der Leyen`).
  static let nameParticles: Set<String> = [
    "de", "del", "della", "di", "da", "das", "do", "dos", "du", "la", "le", "van", "von",
    "der", "den", "ter", "ten", "bin", "ibn", "al", "el", "y", "zu", "st",
  ]

  /// Suffixes that end a name (`Charles Q. Brown Jr.`, `John J. Ray III`).
  static let nameSuffixes: Set<String> = ["jr.", "sr.", "jr", "sr", "ii", "iii", "iv"]

  /// Capitalized words that never start or continue a person's name.
  static let notNames: Set<String> = [
    "the", "a", "an", "and", "or", "but", "in", "on", "at", "of", "for", "to", "with", "said",
    "says", "told", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "he", "she", "it", "they", "we", "i",
    "this", "that", "his", "her", "their", "its", "mr", "mr.", "ms", "ms.", "mrs", "mrs.",
    "dr", "dr.", "administration", "government", "house", "senate", "congress", "white",
  ]
}
