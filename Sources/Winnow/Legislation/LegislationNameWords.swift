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

  /// Prepositions a name holds between capitalized words left of its kind word, though no
  /// tail opens with them (`Protection of Life during Pregnancy Bill`).
  static let innerConnectors: Set<String> = BuiltinLexicon.words("legislation.inner-connectors")

  /// Connectors a name does not reach left through: `Craies on Statute Law` is a book.
  static let notLeftConnectors: Set<String> = BuiltinLexicon.words("legislation.not-left-connectors")

  /// Connectors as Title Case writes them inside a name (`British Coal And British Rail
  /// (Transfer Proposals) Bill`), each with the lowercase connector it reads as.
  static let titleCaseConnectors: [String: String] = BuiltinLexicon.table("legislation.title-case-connectors")
  {
    $0[0].lowercased()
  }

  /// Prepositions before a tentative `the` that may open a name's inner phrase
  /// (`Representation of the People Act`, `Succession to the Crown Bill`).
  static let innerThePrepositions: Set<String> = BuiltinLexicon.words("legislation.inner-the-prepositions")

  /// Words before a name that make a tentative crossing of `the` stand, as `the` itself does
  /// (`Lord Dubs' Succession to the Crown Bill`).
  static let determiners: Set<String> = BuiltinLexicon.words("legislation.determiners")

  /// Words a bare `Constitution` follows when it names the constitution in force (docs/judgement-calls.md
  /// L11: `the Constitution`, `our Constitution`).
  static let constitutionDeterminers: Set<String> = BuiltinLexicon.words(
    "legislation.constitution-determiners")

  /// Words that make the name before them a periodical's (`The Atlanta Journal Constitution`).
  static let publicationWords: Set<String> = BuiltinLexicon.words("legislation.publication-words")

  /// Particles that open a person's surname (`Da Vinci Code` is a novel).
  static let surnameParticles: Set<String> = BuiltinLexicon.words("legislation.surname-particles")

  /// Words before a `Law` that make it a subject of study (`studied International Human Rights
  /// and Humanitarian Law`).
  static let studyWords: Set<String> = BuiltinLexicon.words("legislation.study-words")

  /// Nouns that make a `Law` after `in` a subject of study (`a degree in European Law`).
  static let studyNouns: Set<String> = BuiltinLexicon.words("legislation.study-nouns")

  /// Political labels before a person's name (`Liberal Democrat David Laws`).
  static let partyWords: Set<String> = BuiltinLexicon.words("legislation.party-words")

  /// Procedural words of a debate or a text's parts: a tentative `the` crossing does not
  /// stand after one (`Second Reading of the Planning Bill`).
  static let procedureWords: Set<String> = BuiltinLexicon.words("legislation.procedure-words")

  /// Modifiers that make a name with a kind word alone once a jurisdiction comes with them
  /// (`Russia's Criminal Code`).
  static let fieldModifiers: Set<String> = BuiltinLexicon.words("legislation.field-modifiers")

  /// Topics of news that make no popular name with a lowercase kind word (`Brexit agreement`).
  static let topicWords: Set<String> = BuiltinLexicon.words("legislation.topic-words")
}
