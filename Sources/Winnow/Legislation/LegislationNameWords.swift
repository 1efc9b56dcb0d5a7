/// The small words that decide where a legislation name starts and ends. Reviewable data,
/// read by ``LegislationNameReader``.
enum LegislationNameWords {
  /// Lowercase words allowed inside a name between capitalized words
  /// (`Infrastructure Investment and Jobs Act`, `Americans with Disabilities Act`, `Safety,
  /// Health and Welfare at Work Act`, `Protection from Harassment Act`; `the` only
  /// in a tail: `Charter of the United Nations`).
  static let connectors: Set<String> = BuiltinLexicon.words("legislation.connectors")

  /// Connectors after which `the` may come in a tail, and through which a date does not lead
  /// into a name (`Monday on the American Health Care Act`).
  static let prepositions: Set<String> = BuiltinLexicon.words("legislation.prepositions")

  /// Connectors that may open a tail after the kind word (`Framework for Security`,
  /// `Constitution of India`, `Treaty on the Non-Proliferation …`).
  static let tailOpeners: Set<String> = BuiltinLexicon.words("legislation.tail-openers")

  /// Capitalized words that never start or continue a name leftwards: sentence-initial
  /// function words, determiners, pronouns and adverbs (`The`, `Under`, `Its`).
  static let stopWords: Set<String> = BuiltinLexicon.words("legislation.stop-words")

  /// Words naming an institution or a person's post: a name does not reach left over them
  /// through a connector (`Ministry of Law and Justice`, `Head of Strategy`).
  static let institutionWords: Set<String> = BuiltinLexicon.words("legislation.institution-words")

  /// Single words that do not make a name with a kind word alone (`Federal Law`,
  /// `Executive Decree`, `Internet Protocol`): generic modifiers, not proper names.
  static let genericModifiers: Set<String> = BuiltinLexicon.words("legislation.generic-modifiers")

  /// Capitalized words that may follow a kind word without continuing the name (weekdays,
  /// months, provisions: `signed the Inflation Reduction Act Tuesday`); any other
  /// capitalized word after it means the kind word is not the head (`National Company Law
  /// Appellate Tribunal`, `Constitution Avenue`, `Bill Gates`).
  static let freeFollowers: Set<String> = BuiltinLexicon.words("legislation.free-followers")

  /// Words that end an `of …`/`on …`/`for …` tail before them: dates, and the generic
  /// objects of `Act of Parliament`, `Act of God`.
  static let tailStopWords: Set<String> = BuiltinLexicon.words("legislation.tail-stop-words")

  /// Words that make a `Convention` an event, not an instrument (`Democratic National
  /// Convention`).
  static let eventConventionWords: Set<String> = BuiltinLexicon.words("legislation.event-convention-words")

  /// Titles before a person's name: `Law` and `Bill` after one are a name, not an
  /// instrument (`Mayor Bill`, `Mr Law`).
  static let personTitles: Set<String> = BuiltinLexicon.words("legislation.person-titles")

  /// Particles that continue a person's name after a first name (`Bill de Blasio`).
  static let nameParticles: Set<String> = BuiltinLexicon.words("legislation.name-particles")

  /// Lowercase ends of hyphenated modifiers (`Republican-backed`, `Obama-era`).
  static let modifierSuffixes: Set<String> = BuiltinLexicon.words("legislation.modifier-suffixes")

  /// Plural nouns whose possessive belongs inside a name (`Children's Online Privacy
  /// Protection Act`, `Veterans' Benefits Act`); any other possessive ends the name
  /// (`Biden's Executive Order`, `Democrats' Inflation Reduction Act`).
  static let possessiveNameWords: Set<String> = BuiltinLexicon.words("legislation.possessive-name-words")

  /// Single words that make an `Agreement` a private contract, not an instrument
  /// (`the Merger Agreement`, `this Credit Agreement`).
  static let contractModifiers: Set<String> = BuiltinLexicon.words("legislation.contract-modifiers")
}
