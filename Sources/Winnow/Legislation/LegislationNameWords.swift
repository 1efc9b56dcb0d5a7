/// The small words that decide where a legislation name starts and ends. Reviewable data,
/// read by ``LegislationNameReader``.
enum LegislationNameWords {
  /// Lowercase words allowed inside a name between capitalized words
  /// (`Infrastructure Investment and Jobs Act`, `Americans with Disabilities Act`, `Safety,
  /// Health and Welfare at Work Act`, `Protection from Harassment Act`; `the` only
  /// in a tail: `Charter of the United Nations`).
  static let connectors: Set<String> = [
    "and", "&", "of", "the", "for", "on", "in", "to", "with", "at", "from",
  ]

  /// Connectors after which `the` may come in a tail, and through which a date does not lead
  /// into a name (`Monday on the American Health Care Act`).
  static let prepositions: Set<String> = ["of", "on", "for", "in", "to", "at", "from"]

  /// Connectors that may open a tail after the kind word (`Framework for Security`,
  /// `Constitution of India`, `Treaty on the Non-Proliferation …`).
  static let tailOpeners: Set<String> = ["of", "on", "for"]

  /// Capitalized words that never start or continue a name leftwards: sentence-initial
  /// function words, determiners, pronouns and adverbs (`The`, `Under`, `Its`).
  static let stopWords: Set<String> = [
    "The", "A", "An", "This", "That", "These", "Those", "Its", "His", "Her", "Their", "Our",
    "My", "Your", "Under", "In", "On", "By", "With", "Without", "At", "From", "For", "To",
    "Of", "After", "Before", "During", "Since", "Until", "While", "When", "Where", "Why",
    "How", "What", "Which", "Who", "If", "As", "Although", "Though", "Because", "But", "And",
    "Or", "Nor", "So", "Yet", "Per", "Via", "Through", "Despite", "Unlike", "Like", "Both",
    "Each", "Some", "Any", "All", "Many", "Most", "Such", "Another", "Other", "Also",
    "Now", "Then", "Today", "Yesterday", "Tomorrow", "Meanwhile", "However", "Still", "Even",
    "Only", "Just", "Here", "There", "It", "He", "She", "They", "We", "I", "You", "Is", "Was",
    "Are", "Were", "Has", "Have", "Had", "Will", "Would", "Could", "Should", "May", "Might",
    "Must", "Can", "Did", "Does", "Do", "Not", "No", "Yes", "Amid", "Among",
    "Upon", "Within", "Into", "Over", "About", "Around", "Including", "Following", "Nothing",
    "Everything", "Something", "None", "Much", "Few", "Several", "Part", "Parts", "According",
    "Regarding", "Concerning",
  ]

  /// Words naming an institution or a person's post: a name does not reach left over them
  /// through a connector (`Ministry of Law and Justice`, `Head of Strategy`).
  static let institutionWords: Set<String> = [
    "Ministry", "Minister", "Department", "Secretary", "Secretariat", "Office", "Bureau",
    "Agency", "Commission", "Commissioner", "Committee", "Council", "Board", "Court",
    "Tribunal", "School", "Faculty", "College", "University", "Institute", "Center", "Centre",
    "Society", "Association", "Academy", "Professor", "Director", "Head", "Chief", "Chair",
    "Chairman", "Chairwoman", "President", "Dean", "Doctor", "Bachelor", "Master", "Journal",
    "Review", "Library", "Foundation", "Division", "Unit", "Authority", "Service", "Services",
    "Vice", "Officer", "Leader", "Member", "Members", "Palace", "Hall", "Building", "Hotel",
    "Museum", "Church", "Government", "Administration", "Organization", "Organisation", "Agency", "Fund",
    "Party", "Group", "Company", "Corporation", "Firm",
  ]

  /// Single words that do not make a name with a kind word alone (`Federal Law`,
  /// `Executive Decree`, `Internet Protocol`): generic modifiers, not proper names.
  static let genericModifiers: Set<String> = [
    "Federal", "State", "National", "New", "Old", "Draft", "Final", "Proposed", "Senate",
    "House", "Executive", "Presidential", "Royal", "Emergency", "Special", "Constitutional",
    "Criminal", "Civil", "Penal", "Tax", "Common", "Model", "Current", "Original", "Local",
    "Public", "Private", "Interim", "Martial", "Internet", "Trade", "Peace", "Free",
    "International", "Domestic", "Foreign", "Main", "Legislative", "Municipal", "Provincial",
    "Regional", "Global", "Last", "Next", "Government", "Honda", "QR", "Morse", "Zip", "ZIP", "Area", "Dress",
    "Source",
  ]

  /// Capitalized words that may follow a kind word without continuing the name (weekdays,
  /// months, provisions: `signed the Inflation Reduction Act Tuesday`); any other
  /// capitalized word after it means the kind word is not the head (`National Company Law
  /// Appellate Tribunal`, `Constitution Avenue`, `Bill Gates`).
  static let freeFollowers: Set<String> = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Section", "Sections", "Article", "Articles", "Title", "Chapter",
    "Part", "Schedule", "Clause", "Paragraph", "Rule", "I", "II", "III", "IV", "V", "VI",
    "VII", "VIII", "IX", "X",
  ]

  /// Words that end an `of …`/`on …`/`for …` tail before them: dates, and the generic
  /// objects of `Act of Parliament`, `Act of God`.
  static let tailStopWords: Set<String> = [
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
    "February", "March", "April", "May", "June", "July", "August", "September", "October",
    "November", "December", "Parliament", "Congress", "God", "War", "Conduct", "Ethics", "Jan", "Feb", "Mar",
    "Apr",
    "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
  ]

  /// Words that make a `Convention` an event, not an instrument (`Democratic National
  /// Convention`).
  static let eventConventionWords: Set<String> = [
    "Democratic", "Republican", "Labour", "Conservative", "Party", "Comic", "Annual",
    "Liberal", "Green", "Libertarian",
  ]

  /// Titles before a person's name: `Law` and `Bill` after one are a name, not an
  /// instrument (`Mayor Bill`, `Mr Law`).
  static let personTitles: Set<String> = [
    "Mr", "Mrs", "Ms", "Dr", "Mayor", "Senator", "Sen", "Rep", "Representative", "Governor",
    "Gov", "Sir", "Lord", "Lady", "Judge", "President", "Minister", "Secretary", "Chancellor",
    "Commissioner", "Ambassador", "Captain", "Coach",
    "Professor", "Father", "Rev",
  ]

  /// Particles that continue a person's name after a first name (`Bill de Blasio`).
  static let nameParticles: Set<String> = [
    "de", "van", "von", "da", "del", "di", "du", "le", "la", "bin", "al",
  ]

  /// Lowercase ends of hyphenated modifiers (`Republican-backed`, `Obama-era`).
  static let modifierSuffixes: Set<String> = [
    "backed", "era", "led", "style", "based", "sponsored", "passed", "proposed", "written",
    "drafted", "funded", "related", "inspired", "approved", "friendly", "controlled",
    "dominated", "signed", "type", "like", "linked", "brokered", "mandated",
  ]

  /// Plural nouns whose possessive belongs inside a name (`Children's Online Privacy
  /// Protection Act`, `Veterans' Benefits Act`); any other possessive ends the name
  /// (`Biden's Executive Order`, `Democrats' Inflation Reduction Act`).
  static let possessiveNameWords: Set<String> = [
    "Children", "Women", "Men", "People", "Veterans", "Workers", "Farmers", "Consumers",
    "Taxpayers", "Employees", "Patients", "Homeowners", "Servicemembers", "Victims",
  ]

  /// Single words that make an `Agreement` a private contract, not an instrument
  /// (`the Merger Agreement`, `this Credit Agreement`).
  static let contractModifiers: Set<String> = [
    "Merger", "Credit", "Loan", "License", "Licence", "Lease", "Employment", "Settlement",
    "Purchase", "Sale", "Services", "Service", "Confidentiality", "Operating", "Partnership",
    "Shareholders", "Subscription", "Supply", "Master", "Framework", "Security", "Pledge",
    "Guarantee", "Escrow", "Indemnity", "Consulting", "Distribution", "Franchise", "Separation",
  ]
}
