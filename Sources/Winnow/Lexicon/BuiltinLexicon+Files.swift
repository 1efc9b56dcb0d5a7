// swift-format-ignore-file
// Generated from Lexicon/*/*.tsv by `make lexicon`. Do not edit: edit the TSV files, then
// run `make lexicon` (LexiconFilesTests fails while this file is stale).

extension BuiltinLexicon {
  /// The text of every built-in word list file, by its path under `Lexicon/`.
  static let files: [String: String] = [
    "date/abbreviations.tsv": #"""
      # Abbreviations whose period does not end a sentence (for finding a clause, D4).
      word
      mr
      mrs
      ms
      dr
      jr
      sr
      st
      inc
      corp
      co
      ltd
      gov
      sen
      rep
      gen
      col
      lt
      sgt
      prof
      no
      vs
      jan
      feb
      mar
      apr
      jun
      jul
      aug
      sep
      sept
      oct
      nov
      dec
      mass
      calif
      conn
      ill
      fla
      mich
      bros
      cos
      mt
      ft
      ave
      blvd
      dept
      univ
      assn
      capt
      maj
      adm
      """#,
    "date/after-anchored-quarter.tsv": #"""
      # Words after `the quarter` that anchor it to a date of its own (`the quarter ended June
      # 30`) or make it generic (`the quarter of a century`).
      word
      ended
      ending
      ends
      through
      to
      that
      which
      of
      """#,
    "date/after-season-noun.tsv": #"""
      # Words after a bare `fall` or `spring` that make it a noun (`the fall of the Wall`,
      # `the fall in prices`).
      word
      of
      in
      from
      to
      by
      """#,
    "date/ambiguous-months.tsv": #"""
      # Month names that are also common English words or names (`May`, `March`): lowercase
      # they are never dates, and alone they need a preposition before them.
      word
      may
      march
      mar
      """#,
    "date/articles.tsv": #"""
      # Articles before `March` that, with a lowercase noun after, make it a month used as a
      # modifier (`a March cut`).
      word
      a
      an
      the
      """#,
    "date/auxiliaries.tsv": #"""
      # Auxiliaries before a participle (`will be named`, `has been delayed`).
      word
      be
      been
      being
      is
      are
      am
      has
      have
      """#,
    "date/clock-zones.tsv": #"""
      # Time zones and words after a four-digit number that make it a clock time (`1700 GMT`,
      # `2010 BST`: D18), not a year.
      word
      gmt
      bst
      utc
      cet
      cest
      est
      edt
      cst
      cdt
      mst
      mdt
      pst
      pdt
      ist
      jst
      hrs
      hours
      hours'
      local
      sast
      aest
      aedt
      z
      zulu
      """#,
    "date/count-nouns.tsv": #"""
      # Nouns after a number that make it a count, not a year (`2000 troops`).
      word
      people
      troops
      soldiers
      shares
      employees
      workers
      jobs
      cars
      units
      feet
      foot
      meters
      metres
      miles
      kilometers
      votes
      points
      tons
      tonnes
      barrels
      dollars
      acres
      pounds
      euros
      residents
      students
      members
      homes
      houses
      deaths
      cases
      hours
      minutes
      seconds
      days
      weeks
      months
      years
      words
      pages
      ships
      aircraft
      planes
      vehicles
      patients
      refugees
      migrants
      protesters
      police
      officers
      children
      women
      men
      megawatts
      mw
      kg
      km
      yards
      calories
      rpm
      hp
      gb
      """#,
    "date/counts.tsv": #"""
      # Small counts in words (`two years ago`).
      form	value
      a	1
      an	1
      one	1
      two	2
      three	3
      four	4
      five	5
      six	6
      seven	7
      eight	8
      nine	9
      ten	10
      eleven	11
      twelve	12
      fifteen	15
      twenty	20
      thirty	30
      fifty	50
      """#,
    "date/day-cardinals.tsv": #"""
      # Days of the month as numbers in words, read as days only after a weekday and a month
      # (`monday, jan twenty two`).
      form	day
      one	1
      two	2
      three	3
      four	4
      five	5
      six	6
      seven	7
      eight	8
      nine	9
      ten	10
      eleven	11
      twelve	12
      thirteen	13
      fourteen	14
      fifteen	15
      sixteen	16
      seventeen	17
      eighteen	18
      nineteen	19
      twenty	20
      twenty one	21
      twenty-one	21
      twenty two	22
      twenty-two	22
      twenty three	23
      twenty-three	23
      twenty four	24
      twenty-four	24
      twenty five	25
      twenty-five	25
      twenty six	26
      twenty-six	26
      twenty seven	27
      twenty-seven	27
      twenty eight	28
      twenty-eight	28
      twenty nine	29
      twenty-nine	29
      thirty	30
      thirty one	31
      thirty-one	31
      """#,
    "date/day-ordinal-prepositions.tsv": #"""
      # Prepositions before `the 20th` that make a bare ordinal a day of the month (`on the
      # 20th`), not a rank (`finished the 20th`).
      word
      on
      by
      until
      till
      from
      since
      before
      after
      through
      to
      for
      starting
      beginning
      of
      and
      or
      """#,
    "date/day-ordinals.tsv": #"""
      # Days of the month as spelled ordinals (`May twenty-first`).
      form	day
      first	1
      second	2
      third	3
      fourth	4
      fifth	5
      sixth	6
      seventh	7
      eighth	8
      ninth	9
      tenth	10
      eleventh	11
      twelfth	12
      thirteenth	13
      fourteenth	14
      fifteenth	15
      sixteenth	16
      seventeenth	17
      eighteenth	18
      nineteenth	19
      twentieth	20
      twenty first	21
      twenty-first	21
      twenty second	22
      twenty-second	22
      twenty third	23
      twenty-third	23
      twenty fourth	24
      twenty-fourth	24
      twenty fifth	25
      twenty-fifth	25
      twenty sixth	26
      twenty-sixth	26
      twenty seventh	27
      twenty-seventh	27
      twenty eighth	28
      twenty-eighth	28
      twenty ninth	29
      twenty-ninth	29
      thirtieth	30
      thirty first	31
      thirty-first	31
      """#,
    "date/deadline-prepositions.tsv": #"""
      # Prepositions that, right before a date, point forward (`by the summer`, `until June`,
      # `effective Feb. 1`).
      word
      by
      until
      till
      effective
      """#,
    "date/designation-words.tsv": #"""
      # Words before a number that make it a designation, not a year (`Section 1983`).
      word
      section
      sections
      article
      articles
      no
      number
      rule
      rules
      chapter
      title
      part
      route
      flight
      room
      page
      pages
      paragraph
      item
      form
      model
      code
      highway
      interstate
      suite
      unit
      resolution
      order
      regulation
      bill
      box
      platform
      gate
      channel
      version
      exhibit
      schedule
      annex
      clause
      """#,
    "date/determiners.tsv": #"""
      # Determiners before an `-ed` word that make it an adjective (`a still unspecified date`,
      # `the proposed merger`), not the tense of the clause.
      word
      a
      an
      the
      its
      their
      his
      her
      our
      still
      this
      that
      """#,
    "date/forms-of-be.tsv": #"""
      # Forms of `be` before `due to` that make it a schedule (`is due to appear`).
      word
      is
      are
      was
      were
      be
      am
      """#,
    "date/full-months.tsv": #"""
      # Full month names: a bare month must be written out (`Jan` alone is not a date).
      word
      january
      february
      march
      april
      may
      june
      july
      august
      september
      october
      november
      december
      """#,
    "date/future-markers.tsv": #"""
      # Words whose nearness marks a future clause (D4): `will rise in January`.
      word
      will
      ll
      shall
      wo
      would
      could
      might
      expected
      expects
      expect
      plans
      planned
      planning
      scheduled
      going
      intends
      intend
      upcoming
      aims
      seeks
      hopes
      hoped
      hope
      set
      due
      until
      next
      coming
      payable
      """#,
    "date/holidays.tsv": #"""
      # Holidays (D14), lowercase, and the day each falls on:
      #   MM-DD         a fixed day (`12-25`);
      #   MM-WDY#N[+S]  the N-th (or `last`) weekday of a month, S days after it (`11-thu#4+1`);
      #   easter[+S]    S days from Easter Sunday (`easter-2`).
      # needs-context: Holidays whose first word is a common word (`a good Friday for stocks`): written in lowercase they need a year or a relative word to be read as the holiday.
      name	date	needs-context
      christmas	12-25	no
      christmas day	12-25	no
      christmas eve	12-24	no
      new year's day	01-01	no
      new year's eve	12-31	no
      new year's	01-01	no
      independence day	07-04	no
      halloween	10-31	no
      valentine's day	02-14	no
      veterans day	11-11	no
      juneteenth	06-19	no
      boxing day	12-26	no
      st. patrick's day	03-17	no
      st patrick's day	03-17	no
      saint patrick's day	03-17	no
      bastille day	07-14	no
      thanksgiving	11-thu#4	no
      thanksgiving day	11-thu#4	no
      labor day	09-mon#1	no
      memorial day	05-mon#last	no
      martin luther king day	01-mon#3	no
      black friday	11-thu#4+1	yes
      easter	easter	no
      easter sunday	easter	no
      easter monday	easter+1	no
      good friday	easter-2	yes
      palm sunday	easter-7	yes
      """#,
    "date/markers-before-to.tsv": #"""
      # Future markers that are also nouns or other verbs (`vacation plans`, `set the record`):
      # they mark the future only before `to` (`set to resume`; `due to` only after a form of
      # `be`).
      word
      plans
      hopes
      hope
      aims
      intends
      set
      due
      """#,
    "date/match-words.tsv": #"""
      # Words of a football, rugby or other match report: near them `the second half` is a half
      # of the match, not of a year.
      word
      goal
      goals
      scored
      striker
      penalty
      kick-off
      kickoff
      half-time
      halftime
      match
      header
      equaliser
      equalizer
      winger
      midfielder
      goalkeeper
      referee
      substitute
      touchdown
      innings
      wicket
      quarterback
      possession
      tries
      rugby
      football
      soccer
      league
      cup
      """#,
    "date/modifiers.tsv": #"""
      # Modifiers before a date and the TIMEX3 `mod` they give (`earlier`/`later` give none, D2).
      form	mod
      early	EARLY
      late	LATE
      mid	MID
      end	END
      beginning	START
      start	START
      middle	MID
      """#,
    "date/month-prepositions.tsv": #"""
      # Words before a lone month name that make it a date (`in May`, `since March`).
      word
      in
      since
      by
      until
      till
      through
      from
      to
      of
      during
      before
      after
      on
      between
      and
      or
      early
      late
      mid
      throughout
      around
      for
      than
      into
      as
      that
      last
      next
      this
      """#,
    "date/month-spans.tsv": #"""
      # Words naming a span of months: `a year earlier` in a sentence about one compares that
      # span (`the nine months`), read as a year, not the quarter mentioned before.
      word
      months
      nine-month
      six-month
      """#,
    "date/months.tsv": #"""
      # Month names and abbreviations, with their month numbers.
      form	month
      january	1
      jan	1
      february	2
      feb	2
      march	3
      mar	3
      april	4
      apr	4
      may	5
      june	6
      jun	6
      july	7
      jul	7
      august	8
      aug	8
      september	9
      sept	9
      sep	9
      october	10
      oct	10
      november	11
      nov	11
      december	12
      dec	12
      """#,
    "date/new-year-prepositions.tsv": #"""
      # Prepositions before `the New Year` that make it the next year, not the holiday.
      word
      in
      into
      until
      till
      after
      by
      """#,
    "date/not-past-ed.tsv": #"""
      # Words ending in `-ed` that do not mark the past of their clause.
      word
      expected
      scheduled
      planned
      need
      needed
      proposed
      indeed
      speed
      feed
      seed
      based
      red
      bed
      led
      succeed
      proceed
      exceed
      breed
      united
      limited
      hundred
      """#,
    "date/number-words.tsv": #"""
      # Number words for reading a year in words.
      form	value
      zero	0
      oh	0
      one	1
      two	2
      three	3
      four	4
      five	5
      six	6
      seven	7
      eight	8
      nine	9
      ten	10
      eleven	11
      twelve	12
      thirteen	13
      fourteen	14
      fifteen	15
      sixteen	16
      seventeen	17
      eighteen	18
      nineteen	19
      twenty	20
      thirty	30
      forty	40
      fifty	50
      sixty	60
      seventy	70
      eighty	80
      ninety	90
      """#,
    "date/open-end-prepositions.tsv": #"""
      # Prepositions that, right before a date, point forward only when no tense marker in the
      # clause decides (`extends it through September 6`; `this year through August` was past).
      word
      through
      thru
      """#,
    "date/ordinals.tsv": #"""
      # Ordinals used with quarters, halves and weeks.
      form	value
      first	1
      1st	1
      second	2
      2nd	2
      third	3
      3rd	3
      fourth	4
      4th	4
      """#,
    "date/passive-auxiliaries.tsv": #"""
      # Forms of `be` before an irregular participle (`would be paid`, `is sold`).
      word
      be
      been
      being
      is
      are
      am
      """#,
    "date/past-markers.tsv": #"""
      # Past-tense words that are not regular `-ed` forms, and other past markers.
      word
      was
      were
      had
      did
      said
      ago
      last
      rose
      fell
      began
      became
      came
      went
      gave
      got
      grew
      held
      kept
      left
      lost
      made
      met
      paid
      ran
      saw
      sent
      sold
      spent
      spoke
      stood
      struck
      took
      thought
      told
      won
      wrote
      bought
      brought
      built
      caught
      chose
      drew
      drove
      fought
      found
      flew
      led
      meant
      sought
      taught
      threw
      withdrew
      earlier
      since
      previous
      shot
      hit
      cut
      quit
      slid
      sank
      shrank
      laid
      """#,
    "date/programme-words.tsv": #"""
      # Words after a capitalized `Today` that make it the name of a programme or a paper
      # (`the Today programme`, `the "Today" show`), not the day.
      word
      programme
      program
      show
      newspaper
      editorial
      presenter
      host
      interview
      """#,
    "date/range-ends.tsv": #"""
      # Words after `from <date>` that make it the start of a range (`from March to June`).
      word
      to
      through
      until
      till
      and
      """#,
    "date/seasons.tsv": #"""
      # Seasons and their TIMEX3 codes, with the month each starts in.
      form	code	month
      spring	SP	3
      summer	SU	6
      fall	FA	9
      autumn	FA	9
      winter	WI	12
      """#,
    "date/set-words.tsv": #"""
      # Words before a month or weekday that make it a set, not a date (`every Monday`, D1).
      word
      every
      each
      """#,
    "date/spelled-decades.tsv": #"""
      # Spelled decades (`the eighties`) and the digit of the decade in the twentieth century.
      form	decade
      twenties	2
      thirties	3
      forties	4
      fifties	5
      sixties	6
      seventies	7
      eighties	8
      nineties	9
      """#,
    "date/verbs-after-name.tsv": #"""
      # Verbs after a lone `May` that make it a person, the subject of the verb (`that May would`,
      # `after May issues the notification`), not the month.
      word
      said
      says
      would
      will
      could
      should
      can
      cannot
      must
      might
      has
      had
      have
      is
      was
      were
      told
      tells
      issues
      issued
      added
      adds
      insisted
      insists
      wants
      wanted
      wrote
      writes
      met
      meets
      visited
      visits
      spoke
      speaks
      announced
      announces
      urged
      urges
      warned
      warns
      promised
      promises
      made
      makes
      did
      does
      declared
      declares
      called
      calls
      faces
      faced
      replied
      replies
      argued
      argues
      hopes
      hoped
      needs
      needed
      refused
      refuses
      signed
      signs
      triggered
      triggers
      arrived
      arrives
      agreed
      agrees
      rejected
      rejects
      unveiled
      appeared
      appears
      admitted
      admits
      vowed
      vows
      seems
      seemed
      became
      becomes
      took
      takes
      gave
      gives
      """#,
    "date/weekday-abbreviations.tsv": #"""
      # Abbreviated weekday names, used only before a day number (`Mon 13th`).
      form	weekday
      mon	1
      tue	2
      tues	2
      wed	3
      thu	4
      thur	4
      thurs	4
      fri	5
      sat	6
      sun	7
      """#,
    "date/weekdays.tsv": #"""
      # Weekday names (and the usual abbreviations with a period), ISO numbered.
      form	weekday
      monday	1
      tuesday	2
      wednesday	3
      thursday	4
      friday	5
      saturday	6
      sunday	7
      """#,
    "legislation/acronyms.tsv": #"""
      # Each short name, exactly as written, and its kind. Ambiguous ones (`IRA`, `ACA`, `DSA`)
      # are left out.
      # The jurisdiction column says whose texts use the short name (empty: an international
      # instrument); the mention keeps a null jurisdiction, as the name written carries none
      # (docs/judgement-calls.md L1, L11). context `beside-provision`: the letters count only next to a provision
      # (`Section 302 IPC`), as they name other things in news (`IPC` the Paralympic Committee,
      # `CPC` the Communist Party of China).
      form	kind	jurisdiction	context
      USMCA	agreement		anywhere
      CUSMA	agreement		anywhere
      T-MEC	agreement		anywhere
      NAFTA	agreement		anywhere
      CPTPP	agreement		anywhere
      TPP	agreement		anywhere
      RCEP	agreement		anywhere
      CETA	agreement		anywhere
      TTIP	agreement		anywhere
      GATT	agreement		anywhere
      AUKUS	pact		anywhere
      New START	treaty		anywhere
      NPT	treaty		anywhere
      CTBT	treaty		anywhere
      TFEU	treaty	EU	anywhere
      UNCLOS	convention		anywhere
      CITES	convention		anywhere
      GDPR	regulation	EU	anywhere
      MiCA	regulation	EU	anywhere
      HIPAA	act	US	anywhere
      FCPA	act	US	anywhere
      ERISA	act	US	anywhere
      DMCA	act	US	anywhere
      PIPEDA	act	CA	anywhere
      CCPA	act	US	anywhere
      NDAA	act	US	anywhere
      FISA	act	US	anywhere
      NEPA	act	US	anywhere
      CERCLA	act	US	anywhere
      RICO	act	US	anywhere
      FOIA	act	US	anywhere
      FATCA	act	US	anywhere
      COPPA	act	US	anywhere
      FERPA	act	US	anywhere
      CrPC	code	IN	anywhere
      Cr.P.C.	code	IN	anywhere
      I.P.C.	code	IN	anywhere
      C.P.C.	code	IN	anywhere
      IPC	code	IN	beside-provision
      CPC	code	IN	beside-provision
      BNS	code	IN	beside-provision
      BNSS	code	IN	beside-provision
      PMLA	act	IN	anywhere
      UAPA	act	IN	anywhere
      NDPS	act	IN	beside-provision
      Cr.P.C	code	IN	anywhere
      I.P.C	code	IN	anywhere
      C.P.C	code	IN	anywhere
      """#,
    "legislation/connectors.tsv": #"""
      # Lowercase words allowed inside a name between capitalized words
      # (`Infrastructure Investment and Jobs Act`, `Americans with Disabilities Act`, `Safety,
      # Health and Welfare at Work Act`, `Protection from Harassment Act`; `the` only
      # in a tail: `Charter of the United Nations`).
      word
      and
      &
      of
      the
      for
      on
      in
      to
      with
      at
      from
      """#,
    "legislation/constitution-determiners.tsv": #"""
      # Words a bare `Constitution` follows when it names the constitution in force (docs/judgement-calls.md
      # L11: `the Constitution`, `our Constitution`).
      word
      the
      The
      our
      Our
      their
      its
      this
      This
      that
      your
      whose
      """#,
    "legislation/contract-modifiers.tsv": #"""
      # Single words that make an `Agreement` a private contract, not an instrument
      # (`the Merger Agreement`, `this Credit Agreement`).
      word
      Merger
      Credit
      Loan
      License
      Licence
      Lease
      Employment
      Settlement
      Purchase
      Sale
      Services
      Service
      Confidentiality
      Operating
      Partnership
      Shareholders
      Subscription
      Supply
      Master
      Framework
      Security
      Pledge
      Guarantee
      Escrow
      Indemnity
      Consulting
      Distribution
      Franchise
      Separation
      """#,
    "legislation/countries.tsv": #"""
      # Country names, as written before `'s` (`Mexico's`, outside the extent) or inside an
      # `of …` tail (`Constitution of India`, inside).
      form	jurisdiction
      United States	US
      United States of America	US
      America	US
      Mexico	MX
      United Mexican States	MX
      Canada	CA
      Britain	GB
      Great Britain	GB
      United Kingdom	GB
      England	GB
      Scotland	GB
      Wales	GB
      Ireland	IE
      Japan	JP
      India	IN
      China	CN
      France	FR
      Germany	DE
      Italy	IT
      Spain	ES
      Portugal	PT
      Australia	AU
      New Zealand	NZ
      Brazil	BR
      Argentina	AR
      Chile	CL
      Colombia	CO
      Peru	PE
      Russia	RU
      Russian Federation	RU
      Ukraine	UA
      Korea	KR
      South Korea	KR
      Republic of Korea	KR
      South Africa	ZA
      Nigeria	NG
      Kenya	KE
      Egypt	EG
      Israel	IL
      Turkey	TR
      Türkiye	TR
      Iran	IR
      Saudi Arabia	SA
      Indonesia	ID
      Singapore	SG
      Malaysia	MY
      Philippines	PH
      Vietnam	VN
      Thailand	TH
      Pakistan	PK
      Bangladesh	BD
      Switzerland	CH
      Netherlands	NL
      Belgium	BE
      Sweden	SE
      Norway	NO
      Denmark	DK
      Finland	FI
      Poland	PL
      Austria	AT
      Greece	GR
      Hungary	HU
      Taiwan	TW
      Hong Kong	HK
      European Union	EU
      """#,
    "legislation/demonyms.tsv": #"""
      # Adjectives of nationality that carry the jurisdiction when they open a name
      # (`Australian Consumer Law`, `Indian Penal Code`). `American` and `European` are left
      # out: they name a continent as often as a state (`American Rescue Plan Act`,
      # `European Chips Act` have no jurisdiction).
      form	jurisdiction
      Australian	AU
      Indian	IN
      Canadian	CA
      Mexican	MX
      British	GB
      English	GB
      Scottish	GB
      Irish	IE
      Japanese	JP
      Chinese	CN
      French	FR
      German	DE
      Italian	IT
      Spanish	ES
      Portuguese	PT
      Brazilian	BR
      Argentine	AR
      Chilean	CL
      Colombian	CO
      Russian	RU
      Ukrainian	UA
      Korean	KR
      Israeli	IL
      Turkish	TR
      Iranian	IR
      Saudi	SA
      Indonesian	ID
      Singaporean	SG
      Malaysian	MY
      Philippine	PH
      Vietnamese	VN
      Thai	TH
      Pakistani	PK
      Swiss	CH
      Dutch	NL
      Belgian	BE
      Swedish	SE
      Norwegian	NO
      Danish	DK
      Finnish	FI
      Polish	PL
      Austrian	AT
      Greek	GR
      Hungarian	HU
      Nigerian	NG
      Kenyan	KE
      Egyptian	EG
      """#,
    "legislation/determiners.tsv": #"""
      # Words before a name that make a tentative crossing of `the` stand, as `the` itself does
      # (`Lord Dubs' Succession to the Crown Bill`, `our Representation of the People Act`).
      word
      the
      The
      a
      an
      our
      Our
      his
      her
      its
      their
      this
      This
      that
      your
      whose
      """#,
    "legislation/event-convention-words.tsv": #"""
      # Words that make a `Convention` an event, not an instrument (`Democratic National
      # Convention`).
      word
      Democratic
      Republican
      Labour
      Conservative
      Party
      Comic
      Annual
      Liberal
      Green
      Libertarian
      """#,
    "legislation/field-modifiers.tsv": #"""
      # Generic modifiers that make a name with a kind word alone once a jurisdiction comes with
      # them (`Russia's Criminal Code`, `Germany's Federal Law`).
      word
      Federal
      Criminal
      Civil
      Penal
      Tax
      Constitutional
      Common
      Labor
      Labour
      Commercial
      Electoral
      Administrative
      Family
      Customs
      """#,
    "legislation/free-followers.tsv": #"""
      # Capitalized words that may follow a kind word without continuing the name (weekdays,
      # months, provisions: `signed the Inflation Reduction Act Tuesday`); any other
      # capitalized word after it means the kind word is not the head (`National Company Law
      # Appellate Tribunal`, `Constitution Avenue`, `Bill Gates`).
      word
      Monday
      Tuesday
      Wednesday
      Thursday
      Friday
      Saturday
      Sunday
      January
      February
      March
      April
      May
      June
      July
      August
      September
      October
      November
      December
      Section
      Sections
      Article
      Articles
      Title
      Chapter
      Part
      Schedule
      Clause
      Paragraph
      Rule
      Lords
      I
      II
      III
      IV
      V
      VI
      VII
      VIII
      IX
      X
      """#,
    "legislation/generic-modifiers.tsv": #"""
      # Single words that do not make a name with a kind word alone (`Federal Law`,
      # `Executive Decree`, `Internet Protocol`): generic modifiers, not proper names.
      word
      Federal
      State
      National
      New
      Old
      Draft
      Final
      Proposed
      Senate
      House
      Executive
      Presidential
      Royal
      Emergency
      Special
      Constitutional
      Criminal
      Civil
      Penal
      Tax
      Common
      Model
      Current
      Original
      Local
      Public
      Private
      Interim
      Martial
      Internet
      Trade
      Peace
      Free
      International
      Domestic
      Foreign
      Main
      Legislative
      Municipal
      Provincial
      Regional
      Global
      Last
      Next
      Government
      Honda
      QR
      Morse
      Zip
      ZIP
      Area
      Dress
      Source
      """#,
    "legislation/inner-connectors.tsv": #"""
      # Prepositions a name holds between capitalized words left of its kind word, though no
      # tail opens with them (`Protection of Life during Pregnancy Bill`; not `Treaty of
      # Friendship and Cooperation between Russia and Moldova`).
      word
      during
      against
      by
      under
      between
      within
      without
      into
      upon
      through
      """#,
    "legislation/inner-the-prepositions.tsv": #"""
      # Prepositions before a tentative `the` that may open a name's inner phrase
      # (`Representation of the People Act`, `Succession to the Crown Bill`); `England and
      # Wales in the Constitutional Reform Act` is no name.
      word
      of
      to
      """#,
    "legislation/institution-words.tsv": #"""
      # Words naming an institution or a person's post: a name does not reach left over them
      # through a connector (`Ministry of Law and Justice`, `Head of Strategy`).
      word
      Ministry
      Minister
      Department
      Secretary
      Secretariat
      Office
      Bureau
      Agency
      Commission
      Commissioner
      Committee
      Council
      Board
      Court
      Tribunal
      School
      Faculty
      College
      University
      Institute
      Center
      Centre
      Society
      Association
      Academy
      Professor
      Director
      Head
      Chief
      Chair
      Chairman
      Chairwoman
      President
      Dean
      Doctor
      Bachelor
      Master
      Journal
      Review
      Library
      Foundation
      Division
      Unit
      Authority
      Service
      Services
      Vice
      Officer
      Leader
      Member
      Members
      Palace
      Hall
      Building
      Hotel
      Museum
      Church
      Government
      Administration
      Organization
      Organisation
      Fund
      Party
      Group
      Company
      Corporation
      Firm
      """#,
    "legislation/jurisdiction-abbreviations.tsv": #"""
      # Abbreviations written before a name and kept outside its extent (`U.S. Bipartisan
      # Infrastructure Law`).
      form	jurisdiction
      U.S.	US
      US	US
      U.S.A.	US
      USA	US
      U.K.	GB
      UK	GB
      E.U.	EU
      EU	EU
      PRC	CN
      """#,
    "legislation/kind-words.tsv": #"""
      # Each kind word and the ``LegislationValue/InstrumentKind`` it gives. `Order` counts only
      # after `Executive` (``executiveOrderPrefix``).
      form	kind
      Act	act
      Acts	act
      Law	law
      Laws	law
      Bill	bill
      Bills	bill
      Code	code
      Codes	code
      Sanhita	code
      Statute	statute
      Statutes	statute
      Amendment	amendment
      Amendments	amendment
      Constitution	constitution
      Constitutions	constitution
      Treaty	treaty
      Treaties	treaty
      Convention	convention
      Conventions	convention
      Accord	accord
      Accords	accord
      Agreement	agreement
      Agreements	agreement
      Protocol	protocol
      Protocols	protocol
      Charter	charter
      Charters	charter
      Pact	pact
      Pacts	pact
      Order	executive_order
      Orders	executive_order
      Regulation	regulation
      Regulations	regulation
      Directive	directive
      Directives	directive
      Decree	decree
      Decrees	decree
      Framework	framework
      Strategy	strategy
      """#,
    "legislation/modifier-suffixes.tsv": #"""
      # Lowercase ends of hyphenated modifiers (`Republican-backed`, `Obama-era`).
      word
      backed
      era
      led
      style
      based
      sponsored
      passed
      proposed
      written
      drafted
      funded
      related
      inspired
      approved
      friendly
      controlled
      dominated
      signed
      type
      like
      linked
      brokered
      mandated
      """#,
    "legislation/name-particles.tsv": #"""
      # Particles that continue a person's name after a first name (`Bill de Blasio`).
      word
      de
      van
      von
      da
      del
      di
      du
      le
      la
      bin
      al
      """#,
    "legislation/not-left-connectors.tsv": #"""
      # Connectors a name does not reach left through: `Craies on Statute Law` is a book.
      word
      on
      """#,
    "legislation/party-words.tsv": #"""
      # Political labels before a person's name (`Liberal Democrat David Laws`): a `Law` name
      # holding one is a person.
      word
      Democrat
      Democrats
      Dem
      Dems
      Republican
      Republicans
      Tory
      Tories
      Labour
      Conservative
      Conservatives
      MP
      MPs
      Senator
      Congressman
      Congresswoman
      """#,
    "legislation/person-titles.tsv": #"""
      # Titles before a person's name: `Law` and `Bill` after one are a name, not an
      # instrument (`Mayor Bill`, `Mr Law`).
      word
      Mr
      Mrs
      Ms
      Dr
      Mayor
      Senator
      Sen
      Rep
      Representative
      Governor
      Gov
      Sir
      Lord
      Lady
      Judge
      President
      Minister
      Secretary
      Chancellor
      Commissioner
      Ambassador
      Captain
      Coach
      Professor
      Father
      Rev
      """#,
    "legislation/possessive-name-words.tsv": #"""
      # Plural nouns whose possessive belongs inside a name (`Children's Online Privacy
      # Protection Act`, `Veterans' Benefits Act`); any other possessive ends the name
      # (`Biden's Executive Order`, `Democrats' Inflation Reduction Act`).
      word
      Children
      Women
      Men
      People
      Veterans
      Workers
      Farmers
      Consumers
      Taxpayers
      Employees
      Patients
      Homeowners
      Servicemembers
      Victims
      """#,
    "legislation/prepositions.tsv": #"""
      # Connectors after which `the` may come in a tail, and through which a date does not lead
      # into a name (`Monday on the American Health Care Act`).
      word
      of
      on
      for
      in
      to
      at
      from
      """#,
    "legislation/procedure-words.tsv": #"""
      # Procedural words of a debate or a text's parts: a tentative `the` crossing does not stand
      # after one (`Second Reading of the Planning Bill`, `Chapter VI of the UN Charter`).
      word
      Reading
      Readings
      Consideration
      Stage
      Stages
      Report
      Debate
      Passage
      Introduction
      Implementation
      Repeal
      Provisions
      Section
      Sections
      Part
      Schedule
      Clause
      Article
      Chapter
      Title
      Review
      """#,
    "legislation/provision-words.tsv": #"""
      # Words that open a provision reference next to a short name (`Section 302 IPC`, `Order
      # XXXIX Rule 1 CPC`, `u/s 482 Cr.P.C.`), compared lowercased without a final period.
      word
      section
      sections
      sec
      secs
      s
      ss
      u/s
      order
      rule
      rules
      article
      articles
      clause
      clauses
      schedule
      """#,
    "legislation/publication-words.tsv": #"""
      # Words that make the name before them a periodical's (`The Atlanta Journal Constitution`).
      word
      Journal
      Gazette
      Herald
      Tribune
      Chronicle
      Magazine
      Times
      """#,
    "legislation/stop-words.tsv": #"""
      # Capitalized words that never start or continue a name leftwards: sentence-initial
      # function words, determiners, pronouns and adverbs (`The`, `Under`, `Its`).
      word
      The
      A
      An
      This
      That
      These
      Those
      Its
      His
      Her
      Their
      Our
      My
      Your
      Under
      In
      On
      By
      With
      Without
      At
      From
      For
      To
      Of
      After
      Before
      During
      Since
      Until
      While
      When
      Where
      Why
      How
      What
      Which
      Who
      If
      As
      Although
      Though
      Because
      But
      And
      Or
      Nor
      So
      Yet
      Per
      Via
      Through
      Despite
      Unlike
      Like
      Both
      Each
      Some
      Any
      All
      Many
      Most
      Such
      Another
      Other
      Also
      Now
      Then
      Today
      Yesterday
      Tomorrow
      Meanwhile
      However
      Still
      Even
      Only
      Just
      Here
      There
      It
      He
      She
      They
      We
      I
      You
      Is
      Was
      Are
      Were
      Has
      Have
      Had
      Will
      Would
      Could
      Should
      May
      Might
      Must
      Can
      Did
      Does
      Do
      Not
      No
      Yes
      Amid
      Among
      Upon
      Within
      Into
      Over
      About
      Around
      Including
      Following
      Nothing
      Everything
      Something
      None
      Much
      Few
      Several
      Part
      Parts
      According
      Regarding
      Concerning
      """#,
    "legislation/study-nouns.tsv": #"""
      # Nouns that make a `Law` after `in` a subject of study (`a degree in European Law`).
      word
      degree
      degrees
      masters
      diploma
      doctorate
      PhD
      lecturer
      expert
      specialist
      course
      courses
      graduate
      major
      background
      qualification
      """#,
    "legislation/study-words.tsv": #"""
      # Words before a `Law` that make it a subject of study (`studied International Human
      # Rights and Humanitarian Law`).
      word
      studied
      studies
      study
      studying
      teaches
      taught
      teach
      teaching
      read
      reads
      lectures
      lectured
      """#,
    "legislation/subdivisions.tsv": #"""
      # States and provinces whose name, written inside an official name, stays in the extent
      # and gives an ISO 3166-2 code (docs/judgement-calls.md L9: `Arkansas … Act` → `US-AR`, `U.P. … Act, 2014`
      # → `IN-UP`, `Bihar … Act, 1981` → `IN-BR`).
      form	jurisdiction
      Andhra Pradesh	IN-AP
      A.P.	IN-AP
      Arunachal Pradesh	IN-AR
      Assam	IN-AS
      Bihar	IN-BR
      Chhattisgarh	IN-CT
      Goa	IN-GA
      Gujarat	IN-GJ
      Haryana	IN-HR
      Himachal Pradesh	IN-HP
      H.P.	IN-HP
      Jharkhand	IN-JH
      Karnataka	IN-KA
      Kerala	IN-KL
      Madhya Pradesh	IN-MP
      M.P.	IN-MP
      Maharashtra	IN-MH
      Bombay	IN-MH
      Manipur	IN-MN
      Meghalaya	IN-ML
      Mizoram	IN-MZ
      Nagaland	IN-NL
      Odisha	IN-OR
      Orissa	IN-OR
      Punjab	IN-PB
      Rajasthan	IN-RJ
      Sikkim	IN-SK
      Tamil Nadu	IN-TN
      Madras	IN-TN
      Telangana	IN-TG
      Tripura	IN-TR
      Uttar Pradesh	IN-UP
      U.P.	IN-UP
      Uttarakhand	IN-UT
      Uttaranchal	IN-UT
      West Bengal	IN-WB
      Delhi	IN-DL
      Jammu and Kashmir	IN-JK
      J&K	IN-JK
      Ladakh	IN-LA
      Puducherry	IN-PY
      Pondicherry	IN-PY
      Chandigarh	IN-CH
      Alabama	US-AL
      Alaska	US-AK
      Arizona	US-AZ
      Arkansas	US-AR
      California	US-CA
      Colorado	US-CO
      Connecticut	US-CT
      Delaware	US-DE
      Florida	US-FL
      Georgia	US-GA
      Hawaii	US-HI
      Idaho	US-ID
      Illinois	US-IL
      Indiana	US-IN
      Iowa	US-IA
      Kansas	US-KS
      Kentucky	US-KY
      Louisiana	US-LA
      Maine	US-ME
      Maryland	US-MD
      Massachusetts	US-MA
      Michigan	US-MI
      Minnesota	US-MN
      Mississippi	US-MS
      Missouri	US-MO
      Montana	US-MT
      Nebraska	US-NE
      Nevada	US-NV
      New Hampshire	US-NH
      New Jersey	US-NJ
      New Mexico	US-NM
      New York	US-NY
      North Carolina	US-NC
      North Dakota	US-ND
      Ohio	US-OH
      Oklahoma	US-OK
      Oregon	US-OR
      Pennsylvania	US-PA
      Rhode Island	US-RI
      South Carolina	US-SC
      South Dakota	US-SD
      Tennessee	US-TN
      Texas	US-TX
      Utah	US-UT
      Vermont	US-VT
      Virginia	US-VA
      Washington	US-WA
      West Virginia	US-WV
      Wisconsin	US-WI
      Wyoming	US-WY
      Ontario	CA-ON
      Quebec	CA-QC
      British Columbia	CA-BC
      Alberta	CA-AB
      Manitoba	CA-MB
      Saskatchewan	CA-SK
      Nova Scotia	CA-NS
      New Brunswick	CA-NB
      New South Wales	AU-NSW
      Victoria	AU-VIC
      Queensland	AU-QLD
      Tasmania	AU-TAS
      """#,
    "legislation/surname-particles.tsv": #"""
      # Particles that open a person's surname (`Da Vinci Code` is a novel).
      word
      Da
      Di
      De
      Del
      Van
      Von
      Du
      """#,
    "legislation/tail-openers.tsv": #"""
      # Connectors that may open a tail after the kind word (`Framework for Security`,
      # `Constitution of India`, `Treaty on the Non-Proliferation …`).
      word
      of
      on
      for
      """#,
    "legislation/tail-stop-words.tsv": #"""
      # Words that end an `of …`/`on …`/`for …` tail before them: dates, and the generic
      # objects of `Act of Parliament`, `Act of God`.
      word
      Monday
      Tuesday
      Wednesday
      Thursday
      Friday
      Saturday
      Sunday
      January
      February
      March
      April
      May
      June
      July
      August
      September
      October
      November
      December
      Parliament
      Congress
      God
      War
      Conduct
      Ethics
      Jan
      Feb
      Mar
      Apr
      Jun
      Jul
      Aug
      Sep
      Sept
      Oct
      Nov
      Dec
      """#,
    "legislation/title-case-connectors.tsv": #"""
      # Connectors as Title Case writes them inside a name (`British Coal And British Rail
      # (Transfer Proposals) Bill`, `Unborn Child Protection From Dismemberment Abortion Act`):
      # read as the lowercase connector when a name word comes right before them.
      word
      And
      Of
      The
      For
      In
      To
      With
      At
      From
      During
      Under
      Within
      Without
      Into
      Upon
      Through
      By
      """#,
    "legislation/topic-words.tsv": #"""
      # Topics of news that make no popular name with a lowercase kind word (`Brexit agreement`,
      # `Iran nuclear agreement` is no name either, as `nuclear` is lowercase).
      word
      Brexit
      Trade
      Climate
      Peace
      Nuclear
      Defence
      Defense
      Security
      Ceasefire
      Coalition
      """#,
    "money/after-verb-won.tsv": #"""
      # Words after `won` that make it the verb (`300 won their seats`, `2016 won the cup`):
      # determiners, pronouns and prepositions that no amount of won is followed by.
      word
      the
      their
      his
      her
      its
      our
      my
      your
      this
      that
      these
      those
      both
      every
      all
      each
      gold
      silver
      bronze
      by
      against
      out
      over
      re
      again
      him
      them
      us
      it
      """#,
    "money/codes.tsv": #"""
      # ISO 4217 codes (and `RMB`), written in capitals before or after the number. Not `COP`
      # (the climate conferences: `COP 26`).
      #
      # lowercase: Codes that are no English word, so they count in lower case too (`10 rmb`, `20 usd`).
      code	currency	lowercase
      USD	USD	yes
      EUR	EUR	yes
      GBP	GBP	yes
      JPY	JPY	yes
      CNY	CNY	yes
      CHF	CHF	yes
      CAD	CAD	yes
      AUD	AUD	yes
      NZD	NZD	yes
      HKD	HKD	yes
      SGD	SGD	yes
      INR	INR	yes
      MXN	MXN	yes
      BRL	BRL	yes
      KRW	KRW	yes
      ZAR	ZAR	yes
      SEK	SEK	yes
      NOK	NOK	yes
      DKK	DKK	yes
      RUB	RUB	no
      TRY	TRY	no
      PLN	PLN	no
      CZK	CZK	no
      HUF	HUF	no
      ILS	ILS	no
      AED	AED	no
      SAR	SAR	no
      THB	THB	no
      IDR	IDR	no
      MYR	MYR	no
      PHP	PHP	no
      VND	VND	no
      TWD	TWD	no
      ARS	ARS	no
      CLP	CLP	no
      PEN	PEN	no
      NGN	NGN	no
      EGP	EGP	no
      KES	KES	no
      PKR	PKR	no
      LKR	LKR	no
      BDT	BDT	no
      UAH	UAH	no
      QAR	QAR	no
      KWD	KWD	no
      GHS	GHS	no
      UGX	UGX	no
      TZS	TZS	no
      IQD	IQD	no
      JOD	JOD	no
      OMR	OMR	no
      BHD	BHD	no
      IRR	IRR	no
      VES	VES	no
      RON	RON	no
      BGN	BGN	no
      ISK	ISK	no
      XOF	XOF	no
      XAF	XAF	no
      RMB	CNY	yes
      BTC	unnamed	yes
      """#,
    "money/currencies.tsv": #"""
      # Currency words after a number, lowercased, single-spaced.
      form	currency	exponent
      dollars	default:dollars	0
      dollar	default:dollars	0
      u.s. dollars	USD	0
      u.s. dollar	USD	0
      us dollars	USD	0
      us dollar	USD	0
      american dollars	USD	0
      american dollar	USD	0
      united states dollars	USD	0
      united states dollar	USD	0
      canadian dollars	CAD	0
      canadian dollar	CAD	0
      australian dollars	AUD	0
      australian dollar	AUD	0
      new zealand dollars	NZD	0
      new zealand dollar	NZD	0
      hong kong dollars	HKD	0
      hong kong dollar	HKD	0
      singapore dollars	SGD	0
      singapore dollar	SGD	0
      taiwan dollars	TWD	0
      taiwan dollar	TWD	0
      new taiwan dollars	TWD	0
      new taiwan dollar	TWD	0
      cents	default:cents	-2
      cent	default:cents	-2
      euro cents	EUR	-2
      euro cent	EUR	-2
      euros	EUR	0
      euro	EUR	0
      pounds sterling	GBP	0
      pound sterling	GBP	0
      sterling	GBP	0
      british pounds	GBP	0
      british pound	GBP	0
      pounds	GBP	0
      pound	GBP	0
      pence	GBP	-2
      yen	JPY	0
      japanese yen	JPY	0
      yuan	CNY	0
      renminbi	CNY	0
      chinese yuan	CNY	0
      rupees	default:rupees	0
      rupee	default:rupees	0
      indian rupees	INR	0
      indian rupee	INR	0
      pakistani rupees	PKR	0
      pakistani rupee	PKR	0
      sri lankan rupees	LKR	0
      sri lankan rupee	LKR	0
      nepalese rupees	NPR	0
      nepali rupees	NPR	0
      reais	BRL	0
      brazilian reais	BRL	0
      won	KRW	0
      korean won	KRW	0
      south korean won	KRW	0
      swiss francs	CHF	0
      swiss franc	CHF	0
      francs	unnamed	0
      franc	unnamed	0
      pesos	default:pesos	0
      peso	default:pesos	0
      mexican pesos	MXN	0
      mexican peso	MXN	0
      argentine pesos	ARS	0
      argentinian pesos	ARS	0
      argentine peso	ARS	0
      philippine pesos	PHP	0
      philippine peso	PHP	0
      colombian pesos	COP	0
      colombian peso	COP	0
      chilean pesos	CLP	0
      chilean peso	CLP	0
      rubles	RUB	0
      roubles	RUB	0
      ruble	RUB	0
      rouble	RUB	0
      rand	ZAR	0
      naira	NGN	0
      shekels	ILS	0
      shekel	ILS	0
      dirhams	AED	0
      dirham	AED	0
      riyals	SAR	0
      riyal	SAR	0
      ringgit	MYR	0
      rupiah	IDR	0
      baht	THB	0
      zlotys	PLN	0
      zloty	PLN	0
      forints	HUF	0
      forint	HUF	0
      hryvnias	UAH	0
      hryvnia	UAH	0
      turkish lira	TRY	0
      turkish liras	TRY	0
      lira	unnamed	0
      liras	unnamed	0
      swedish kronor	SEK	0
      swedish krona	SEK	0
      kronor	SEK	0
      krona	SEK	0
      norwegian kroner	NOK	0
      norwegian krone	NOK	0
      danish kroner	DKK	0
      danish krone	DKK	0
      kroner	unnamed	0
      krone	unnamed	0
      # Currencies named with their country's adjective.
      russian rubles	RUB	0
      russian roubles	RUB	0
      south african rand	ZAR	0
      nigerian naira	NGN	0
      israeli shekels	ILS	0
      uae dirhams	AED	0
      emirati dirhams	AED	0
      moroccan dirhams	MAD	0
      saudi riyals	SAR	0
      qatari riyals	QAR	0
      malaysian ringgit	MYR	0
      indonesian rupiah	IDR	0
      thai baht	THB	0
      polish zlotys	PLN	0
      polish zloty	PLN	0
      hungarian forints	HUF	0
      ukrainian hryvnias	UAH	0
      ukrainian hryvnia	UAH	0
      brazilian real	BRL	0
      chinese renminbi	CNY	0
      vietnamese dong	VND	0
      bangladeshi taka	BDT	0
      peruvian soles	PEN	0
      egyptian pounds	EGP	0
      egyptian pound	EGP	0
      lebanese pounds	LBP	0
      lebanese pound	LBP	0
      kenyan shillings	KES	0
      ugandan shillings	UGX	0
      tanzanian shillings	TZS	0
      shillings	unnamed	0
      ghanaian cedis	GHS	0
      cedis	GHS	0
      iraqi dinars	IQD	0
      kuwaiti dinars	KWD	0
      jordanian dinars	JOD	0
      dinars	unnamed	0
      iranian rials	IRR	0
      rials	IRR	0
      venezuelan bolivars	VES	0
      bolivars	VES	0
      czech korunas	CZK	0
      czech koruna	CZK	0
      czech crowns	CZK	0
      korunas	CZK	0
      swedish crowns	SEK	0
      norwegian crowns	NOK	0
      danish crowns	DKK	0
      cfa francs	unnamed	0
      bitcoins	unnamed	0
      bitcoin	unnamed	0
      satoshis	unnamed	-8
      satoshi	unnamed	-8
      """#,
    "money/dollar-prefixes.tsv": #"""
      # Letters before a `$` naming a dollar (`US$`, `C$`, `HK$`, `MX$`), lowercased, without
      # dots; `A`, `S` and `R` count only as capitals written against the `$`.
      form	currency
      us	USD
      usd	USD
      c	CAD
      ca	CAD
      cad	CAD
      can	CAD
      a	AUD
      au	AUD
      aud	AUD
      nz	NZD
      nzd	NZD
      hk	HKD
      hkd	HKD
      s	SGD
      sg	SGD
      sgd	SGD
      mx	MXN
      mex	MXN
      mxn	MXN
      r	BRL
      nt	TWD
      """#,
    "money/fractions.tsv": #"""
      # Fractions that can lead a number in words (`half a million`, `a quarter million`).
      word
      half
      quarter
      quarters
      """#,
    "money/movement-words.tsv": #"""
      # Words of change before `X to Y` (`up 0.08 to 63.43 rubles`): a change, then a level.
      word
      up
      down
      rose
      fell
      rises
      falls
      added
      adds
      gained
      gains
      lost
      loses
      climbed
      dropped
      jumped
      slipped
      slid
      increased
      decreased
      """#,
    "money/prefix-abbreviations.tsv": #"""
      # Abbreviations written only before the number (`Rs 40`, `Rs. 1.68 lakh crore`, `RM5`).
      form	currency
      Rs	default:rupees
      Rs.	default:rupees
      Rp	IDR
      Rp.	IDR
      RM	MYR
      KSh	KES
      Ksh	KES
      """#,
    "money/scales.tsv": #"""
      # Scale words and their powers of ten; `lakh crore` multiplies the two.
      form	exponent
      hundred	2
      thousand	3
      lakh	5
      lakhs	5
      lac	5
      lacs	5
      million	6
      crore	7
      crores	7
      billion	9
      trillion	12
      """#,
    "money/short-scales.tsv": #"""
      # Short scale forms (`k`, `m`, `bn`, `cr` for crore), lowercased; `K`, `M` and `B` count
      # with a space too.
      form	exponent
      k	3
      m	6
      mn	6
      mln	6
      mil	6
      cr	7
      b	9
      bn	9
      bln	9
      bil	9
      tn	12
      trn	12
      """#,
    "money/symbols.tsv": #"""
      # Currency symbols written before (or after) the number.
      form	currency
      $	default:dollar-sign
      €	EUR
      £	GBP
      ¥	default:yen-sign
      ₹	INR
      ₩	KRW
      ₽	RUB
      ₺	TRY
      ₪	ILS
      ₱	PHP
      ₦	NGN
      ₫	VND
      ₴	UAH
      ₡	CRC
      ₭	LAK
      ₾	GEL
      ₿	unnamed
      ரூ	LKR
      # The Australian style puts the country after the sign: `$US5 billion`, `$A300`.
      $US	USD
      $A	AUD
      $AU	AUD
      $NZ	NZD
      """#,
    "money/tens.tsv": #"""
      # Number words for the tens.
      form	value
      twenty	20
      thirty	30
      forty	40
      fourty	40
      fifty	50
      sixty	60
      seventy	70
      eighty	80
      ninety	90
      """#,
    "money/units.tsv": #"""
      # Number words below twenty.
      form	value
      zero	0
      one	1
      two	2
      three	3
      four	4
      five	5
      six	6
      seven	7
      eight	8
      nine	9
      ten	10
      eleven	11
      twelve	12
      thirteen	13
      fourteen	14
      fifteen	15
      sixteen	16
      seventeen	17
      eighteen	18
      nineteen	19
      """#,
    "money/video-resolutions.tsv": #"""
      # Video resolutions, which read like pence (`720p`, `1080p`) and are not money.
      word
      144
      240
      360
      480
      576
      720
      1080
      1440
      2160
      4320
      """#,
    "title/abbreviations.tsv": #"""
      # Abbreviated titles (docs/judgement-calls.md T4), written exactly (case matters), and their roles.
      form	role
      Prof.	Professor
      Supt.	Superintendent
      Sgt.	Sergeant
      Capt.	Captain
      Lt. Gen.	Lieutenant General
      Lt. Col.	Lieutenant Colonel
      Lt. Gov.	Lieutenant Governor
      Maj. Gen.	Major General
      Brig. Gen.	Brigadier General
      Vice Adm.	Vice Admiral
      Rear Adm.	Rear Admiral
      Atty. Gen.	Attorney General
      Gen.	General
      Adm.	Admiral
      Col.	Colonel
      Sen.	Senator
      Rep.	Representative
      Gov.	Governor
      Amb.	Ambassador
      Cmdr.	Commander
      """#,
    "title/bodies-of-states.tsv": #"""
      # Bodies whose members are states (`a member of the EU`): no title for a member of them.
      word
      eu
      european
      nato
      un
      united
      wto
      opec
      g7
      g8
      g20
      eurozone
      commonwealth
      asean
      african
      schengen
      euro
      world
      """#,
    "title/compass-words.tsv": #"""
      # Compass words that end a Hansard constituency after a comma (`Walsall, North`).
      word
      north
      south
      east
      west
      central
      north-east
      north-west
      south-east
      south-west
      """#,
    "title/compound-nouns.tsv": #"""
      # Lowercase nouns after an informal head that make the head a modifier of a compound noun
      # (`member states`, `coach trip`, `manager job`): no title there.
      word
      state
      states
      country
      countries
      nation
      nations
      organisation
      organisations
      organization
      organizations
      firm
      firms
      company
      companies
      bank
      banks
      club
      clubs
      body
      bodies
      government
      governments
      party
      parties
      institution
      institutions
      union
      unions
      group
      groups
      team
      teams
      association
      associations
      trip
      trips
      driver
      drivers
      station
      stations
      class
      position
      positions
      job
      jobs
      role
      roles
      post
      posts
      search
      vacancy
      seat
      seats
      status
      level
      levels
      bus
      buses
      fare
      fares
      operator
      operators
      service
      services
      travel
      holiday
      holidays
      tour
      tours
      park
      parks
      house
      houses
      licence
      license
      contract
      contracts
      deal
      deals
      salary
      salaries
      pay
      bonus
      bonuses
      list
      lists
      numbers
      count
      card
      cards
      fee
      fees
      account
      accounts
      area
      areas
      profile
      profiles
      portal
      forum
      forums
      support
      software
      programme
      program
      scheme
      schemes
      interest
      base
      benefits
      rights
      armband
      pick
      picks
      talk
      talks
      """#,
    "title/courtesy-titles.tsv": #"""
      # Courtesy titles and peerages (docs/judgement-calls.md T8): never titles, and left out of a holder's name
      # (`Sir Terence Heiser` gives `Terence Heiser`, `(Mr. Winnick)` gives `Winnick`).
      word
      mr
      mr.
      mrs
      mrs.
      ms
      ms.
      miss
      dr
      dr.
      sir
      dame
      lord
      lady
      baroness
      baron
      madam
      madame
      mme
      mme.
      messrs
      messrs.
      reverend
      rev
      rev.
      """#,
    "title/definite-determiners.tsv": #"""
      # Words that make an unnamed title definite (`the president`, `its leader`).
      word
      the
      this
      that
      its
      his
      her
      their
      our
      """#,
    "title/field-nouns.tsv": #"""
      # Lowercase nouns that end a portfolio or field tail (docs/judgement-calls.md T11: `minister of agriculture`,
      # `vice president of product management`, `principal of the college`).
      word
      accounts
      advisers
      advisors
      affairs
      agency
      agriculture
      army
      arts
      association
      audit
      bank
      biology
      board
      budget
      business
      cabinet
      campaign
      cardiology
      center
      centre
      charity
      chemistry
      children
      church
      city
      climate
      club
      college
      commerce
      commission
      committee
      communication
      communications
      company
      compliance
      consulate
      content
      council
      counterterrorism
      country
      county
      court
      creative
      culture
      customs
      defence
      defense
      delegation
      department
      design
      development
      diplomacy
      district
      division
      economics
      economy
      editorial
      education
      embassy
      employment
      energy
      engineering
      enterprise
      environment
      equality
      exchequer
      families
      federation
      finance
      firm
      fisheries
      food
      forces
      foundation
      government
      growth
      health
      history
      hospital
      housing
      humanities
      immigration
      industry
      information
      infrastructure
      innovation
      institute
      intelligence
      investment
      investments
      journalism
      justice
      labor
      labour
      law
      league
      library
      logistics
      management
      marketing
      mathematics
      medicine
      ministry
      mission
      museum
      nation
      navy
      network
      news
      nursing
      office
      operations
      organisation
      organization
      partnerships
      party
      pensions
      physics
      planning
      police
      policy
      politics
      prisons
      procurement
      product
      products
      program
      programme
      programmes
      programs
      project
      prosecution
      prosecutions
      protection
      province
      psychology
      region
      relations
      research
      residency
      resources
      revenue
      rights
      safety
      sales
      school
      science
      sciences
      security
      service
      services
      society
      sociology
      sport
      sports
      state
      strategy
      studies
      surgery
      taxation
      team
      technology
      tourism
      town
      trade
      transport
      transportation
      treasury
      trust
      union
      unit
      university
      veterans
      water
      welfare
      women
      youth
      """#,
    "title/glued-function-words.tsv": #"""
      # Lowercase function words that a lost dash glues to the word before them (`Ways and
      # Means-not a Member`, `Francois Hollande-meanwhile`), docs/judgement-calls.md T14: split off again.
      word
      not
      has
      had
      have
      is
      was
      were
      are
      said
      says
      told
      meanwhile
      who
      which
      whose
      and
      but
      also
      however
      will
      would
      """#,
    "title/heads.tsv": #"""
      # Title heads: government, diplomacy, courts, the military, companies, central banks,
      # parliaments, international bodies and the press. A compound whose first word is common
      # (`first`, `under`, `high`, `major`, `police`) is left out: it would be tried at every
      # such word, and the capitalized premodifier rule already keeps it in the extent
      # (`First Minister`, `High Commissioner`).
      form	role	usage	plural	rule
      # Government and parliaments.
      president	President	common	no
      vice president	Vice President	common	no
      president-elect	President-elect	common	no
      vice president-elect	Vice President-elect	common	no
      prime minister	Prime Minister	common	no
      chief minister	Chief Minister	common	no
      minister	Minister	common	no
      premier	Premier	capitalized-only	no
      chancellor	Chancellor	common	no
      secretary	Secretary	common	no
      secretaries	Secretary	common	yes
      secretary general	Secretary-General	common	no
      secretaries general	Secretary-General	common	yes
      undersecretary	Under Secretary	common	no
      governor general	Governor General	common	no
      lieutenant governor	Lieutenant Governor	common	no
      governor	Governor	common	no
      mayor	Mayor	common	no
      senator	Senator	common	no
      representative	Representative	capitalized-only	no
      congressman	Representative	common	no
      congresswoman	Representative	common	no
      congressmen	Representative	common	yes
      congresswomen	Representative	common	yes
      speaker	Speaker	capitalized-only	no
      leader	Leader	leader	no
      whip	Whip	capitalized-only	no
      councilor	Councilor	common	no
      councillor	Councilor	common	no
      treasurer	Treasurer	common	no
      administrator	Administrator	common	no
      commissioner	Commissioner	common	no
      comptroller	Comptroller	common	no
      inspector general	Inspector General	common	no
      surgeon general	Surgeon General	common	no
      auditor general	Auditor General	common	no
      ombudsman	Ombudsman	common	no
      chief of staff	Chief of Staff	common	no
      head	Head	needs-tail	no
      heads	Head	needs-tail	yes
      crown prince	Crown Prince	common	no
      king	King	capitalized-only	no
      queen	Queen	capitalized-only	no
      emperor	Emperor	capitalized-only	no
      pope	Pope	capitalized-only	no
      # Diplomacy and international bodies.
      ambassador	Ambassador	common	no
      envoy	Envoy	common	no
      attaché	Attaché	common	no
      attache	Attaché	common	no
      consul general	Consul General	common	no
      consul	Consul	common	no
      director general	Director-General	common	no
      directors general	Director-General	common	yes
      # Courts and law.
      chief justice	Chief Justice	common	no
      justice	Justice	capitalized-only	no
      judge	Judge	common	no
      magistrate	Magistrate	common	no
      attorney general	Attorney General	common	no
      attorneys general	Attorney General	common	yes
      solicitor general	Solicitor General	common	no
      general counsel	General Counsel	common	no
      counsel	Counsel	capitalized-only	no
      prosecutor	Prosecutor	common	no
      district attorney	District Attorney	common	no
      # The military and police.
      lieutenant general	Lieutenant General	common	no
      brigadier general	Brigadier General	common	no
      general	General	capitalized-only	no
      vice admiral	Vice Admiral	common	no
      rear admiral	Rear Admiral	common	no
      admiral	Admiral	capitalized-only	no
      lieutenant colonel	Lieutenant Colonel	common	no
      colonel	Colonel	capitalized-only	no
      commander	Commander	common	no
      commander in chief	Commander-in-Chief	common	no
      sheriff	Sheriff	common	no
      # Companies, central banks and the press.
      chief executive officer	Chief Executive Officer	common	no
      chief executive	Chief Executive Officer	common	no
      ceo	Chief Executive Officer	common	no
      chief financial officer	Chief Financial Officer	common	no
      cfo	Chief Financial Officer	common	no
      chief operating officer	Chief Operating Officer	common	no
      coo	Chief Operating Officer	common	no
      chief economist	Chief Economist	common	no
      chief investment officer	Chief Investment Officer	common	no
      chief technology officer	Chief Technology Officer	common	no
      managing director	Managing Director	common	no
      director	Director	common	no
      vice chair	Vice Chair	common	no
      vice chairman	Vice Chair	common	no
      vice chairwoman	Vice Chair	common	no
      chairman	Chair	common	no
      chairmen	Chair	common	yes
      chairwoman	Chair	common	no
      chairwomen	Chair	common	yes
      chairperson	Chair	common	no
      chair	Chair	common	no
      advisor	Advisor	common	no
      adviser	Advisor	common	no
      spokesperson	Spokesperson	common	no
      spokesman	Spokesperson	common	no
      spokesmen	Spokesperson	common	yes
      spokeswoman	Spokesperson	common	no
      spokeswomen	Spokesperson	common	yes
      spokespeople	Spokesperson	common	yes
      editor-in-chief	Editor-in-Chief	common	no
      chief strategy officer	Chief Strategy Officer	common	no
      chief marketing officer	Chief Marketing Officer	common	no
      chief information officer	Chief Information Officer	common	no
      chief information security officer	Chief Information Security Officer	common	no
      chief security officer	Chief Security Officer	common	no
      chief medical officer	Chief Medical Officer	common	no
      chief scientific officer	Chief Scientific Officer	common	no
      chief science officer	Chief Science Officer	common	no
      chief commercial officer	Chief Commercial Officer	common	no
      chief digital officer	Chief Digital Officer	common	no
      chief legal officer	Chief Legal Officer	common	no
      chief risk officer	Chief Risk Officer	common	no
      chief product officer	Chief Product Officer	common	no
      chief revenue officer	Chief Revenue Officer	common	no
      chief data officer	Chief Data Officer	common	no
      chief creative officer	Chief Creative Officer	common	no
      chief compliance officer	Chief Compliance Officer	common	no
      chief people officer	Chief People Officer	common	no
      chief communications officer	Chief Communications Officer	common	no
      # Police ranks (`Chicago Police Superintendent`, `Chief Constable`, `Sergeant X`).
      superintendent	Superintendent	common	no
      chief constable	Chief Constable	common	no
      constable	Constable	capitalized-only	no
      sergeant	Sergeant	capitalized-only	no
      inspector	Inspector	capitalized-only	no
      # Irish heads of government (docs/judgement-calls.md T10).
      taoiseach	Taoiseach	common	no
      tánaiste	Tánaiste	common	no
      # Parliaments (docs/judgement-calls.md T10): `Member for Walsall, North`, `member of the Public Accounts
      # Committee`, `Father of the House`; the acronyms are in ``abbreviations``.
      member	Member	needs-modifier	no	title.parliament-member
      father of the house	Father of the House	capitalized-only	no	title.parliament-member
      # Informal and headline heads (docs/judgement-calls.md T9): `Renault boss`, `UN humanitarian chief`.
      boss	Boss	informal	no	title.informal-head
      chief	Chief	informal	no	title.informal-head
      supremo	Supremo	informal	no	title.informal-head
      # Sports positions: `Ireland coach Eddie O'Sullivan`, `skipper Brian O'Driscoll`.
      coach	Coach	informal	no	title.sports-head
      head coach	Coach	informal	no	title.sports-head
      manager	Manager	informal	no	title.sports-head
      captain	Captain	informal	no	title.sports-head
      skipper	Captain	informal	no	title.sports-head
      # Academic positions (docs/judgement-calls.md T8): `Professor Alan Woodward`, `principal of the college`.
      professor	Professor	common	no	title.academic
      dean	Dean	needs-modifier	no	title.academic
      principal	Principal	needs-tail	no	title.academic
      """#,
    "title/indefinite-determiners.tsv": #"""
      # Words that open an indefinite or generic description (docs/judgement-calls.md T1).
      word
      a
      an
      another
      any
      every
      each
      no
      some
      one
      such
      """#,
    "title/institution-nouns.tsv": #"""
      # Capitalized words right after a head that make it part of an institution's name
      # (`Justice Department`, `President's Office` is handled as a possessive).
      word
      department
      ministry
      office
      committee
      council
      commission
      agency
      administration
      court
      party
      bank
      board
      house
      palace
      cup
      award
      prize
      day
      street
      avenue
      road
      hotel
      hall
      fund
      program
      programme
      act
      law
      bill
      league
      school
      college
      university
      bureau
      election
      elections
      assembly
      motors
      electric
      mills
      dynamics
      """#,
    "title/institutions-before-of.tsv": #"""
      # Capitalized words before `of` that make a following head part of an institution's name
      # (`Office of the President`, `Department of Justice`).
      word
      office
      department
      ministry
      court
      house
      council
      bureau
      cabinet
      palace
      secretariat
      directorate
      chamber
      residence
      institute
      school
      """#,
    "title/left-stops.tsv": #"""
      # Words that end a title on the left and stay outside it (docs/judgement-calls.md T3): determiners,
      # `former`, `then`, `new`, `next`, sentence openers, pronouns, weekdays and months.
      word
      the
      a
      an
      this
      that
      these
      those
      its
      his
      her
      their
      our
      my
      your
      former
      then
      new
      next
      outgoing
      incoming
      late
      ex
      in
      on
      at
      by
      for
      from
      with
      to
      as
      and
      but
      or
      if
      of
      when
      while
      after
      before
      during
      since
      under
      over
      about
      against
      between
      meanwhile
      however
      also
      now
      today
      yesterday
      tomorrow
      earlier
      later
      last
      it
      he
      she
      we
      they
      i
      said
      says
      both
      each
      every
      all
      some
      many
      one
      two
      three
      mr
      ms
      mrs
      dr
      mr.
      ms.
      mrs.
      dr.
      madam
      madame
      sir
      dear
      according
      once
      where
      here
      there
      so
      yet
      thus
      still
      why
      how
      what
      who
      whom
      which
      because
      although
      though
      even
      only
      monday
      tuesday
      wednesday
      thursday
      friday
      saturday
      sunday
      january
      february
      march
      april
      may
      june
      july
      august
      september
      october
      november
      december
      """#,
    "title/lowercase-organization-nouns.tsv": #"""
      # Lowercase nouns that can make up an organization in a title's tail
      # (`spokesman for the armed forces`, `attaché of the United States embassy in Mexico`).
      word
      embassy
      consulate
      mission
      armed
      forces
      army
      navy
      air
      force
      police
      central
      bank
      company
      group
      board
      committee
      council
      government
      ministry
      department
      agency
      office
      court
      party
      union
      federal
      national
      military
      security
      foreign
      cabinet
      opposition
      state
      supreme
      appeals
      district
      regulator
      exchange
      """#,
    "title/lowercase-premodifiers.tsv": #"""
      # Lowercase premodifiers allowed before a title: portfolios and court or service words
      # (`the shadow energy secretary`, `a federal appeals court judge`, `military attaché`).
      word
      energy
      defense
      defence
      finance
      foreign
      interior
      trade
      justice
      health
      economy
      economic
      security
      military
      federal
      district
      appeals
      court
      state
      press
      national
      home
      labor
      labour
      education
      transport
      transportation
      environment
      environmental
      agriculture
      commerce
      industry
      culture
      housing
      immigration
      treasury
      budget
      climate
      science
      digital
      sports
      tourism
      communications
      cabinet
      circuit
      supreme
      bankruptcy
      magistrate
      county
      city
      party
      opposition
      majority
      minority
      policy
      investment
      legal
      naval
      army
      police
      intelligence
      development
      revenue
      employment
      work
      pensions
      infrastructure
      technology
      women
      veterans
      fisheries
      planning
      communication
      information
      regional
      provincial
      central
      bank
      government
      administration
      presidential
      general
      """#,
    "title/months.tsv": #"""
      # Month names: not a name's first word, but a surname after one (`Theresa May`).
      word
      january
      february
      march
      april
      may
      june
      july
      august
      september
      october
      november
      december
      """#,
    "title/name-like-heads.tsv": #"""
      # Head words that are also common names, so still a name's word (`Howard Dean`).
      word
      dean
      eu
      european
      nato
      un
      united
      wto
      opec
      g7
      g8
      g20
      eurozone
      commonwealth
      asean
      african
      schengen
      euro
      world
      king
      queen
      """#,
    "title/name-particles.tsv": #"""
      # Name particles, lowercase (docs/judgement-calls.md T6: `Rogelio Ramírez de la O`, `Ursula von der Leyen`).
      word
      de
      del
      della
      di
      da
      das
      do
      dos
      du
      la
      le
      van
      von
      der
      den
      ter
      ten
      bin
      ibn
      al
      el
      y
      zu
      st
      """#,
    "title/name-suffixes.tsv": #"""
      # Suffixes that end a name (`Charles Q. Brown Jr.`, `John J. Ray III`).
      word
      jr.
      sr.
      jr
      sr
      ii
      iii
      iv
      vi
      vii
      viii
      """#,
    "title/not-names.tsv": #"""
      # Capitalized words that never start or continue a person's name.
      word
      the
      a
      an
      and
      or
      but
      in
      on
      at
      of
      for
      to
      with
      said
      says
      told
      monday
      tuesday
      wednesday
      thursday
      friday
      saturday
      sunday
      january
      february
      march
      april
      may
      june
      july
      august
      september
      october
      november
      december
      he
      she
      it
      they
      we
      i
      this
      that
      his
      her
      their
      its
      mr
      mr.
      ms
      ms.
      mrs
      mrs.
      dr
      dr.
      administration
      government
      house
      senate
      congress
      white
      """#,
    "title/office-nouns.tsv": #"""
      # Nouns before `of` that make the title the office itself (`the post of President`).
      word
      post
      office
      position
      role
      job
      seat
      title
      rank
      powers
      duties
      race
      candidate
      candidacy
      nomination
      election
      term
      presidency
      """#,
    "title/ordinals.tsv": #"""
      # Ordinals that make an unnamed title generic (`the second president to win`).
      word
      first
      second
      third
      fourth
      fifth
      sixth
      seventh
      eighth
      ninth
      tenth
      last
      only
      """#,
    "title/organization-ends.tsv": #"""
      # Capitalized nouns that end an organization's name: capitalized words right before one
      # are that name, not a person's (`U.S. Justice Action Network`).
      word
      network
      party
      group
      inc
      inc.
      corp
      corp.
      corporation
      company
      association
      foundation
      council
      committee
      institute
      center
      centre
      fund
      union
      league
      alliance
      coalition
      trust
      society
      project
      campaign
      movement
      agency
      commission
      organization
      organisation
      university
      college
      school
      club
      airlines
      media
      ltd
      ltd.
      plc
      llc
      partners
      holdings
      industries
      systems
      technologies
      labs
      department
      ministry
      office
      authority
      services
      """#,
    "title/organization-words.tsv": #"""
      # Words of organization and portfolio names: a capitalized word in this list after a
      # title's `of`/`for` is part of the organization, not the start of the holder's name.
      word
      state
      states
      united
      kingdom
      nations
      national
      federal
      foreign
      affairs
      relations
      security
      defense
      defence
      homeland
      treasury
      finance
      economy
      economic
      energy
      enforcement
      labour
      labor
      justice
      health
      education
      commerce
      trade
      industry
      interior
      environment
      agriculture
      transport
      transportation
      public
      safety
      protection
      office
      agency
      council
      committee
      commission
      department
      ministry
      bank
      reserve
      board
      court
      exchequer
      staff
      chiefs
      joint
      command
      forces
      army
      navy
      air
      force
      marine
      marines
      corps
      intelligence
      drug
      control
      policy
      development
      housing
      urban
      veterans
      services
      service
      human
      resources
      management
      budget
      operations
      strategy
      administration
      government
      executive
      embassy
      union
      european
      international
      monetary
      fund
      world
      organization
      organisation
      authority
      institute
      university
      party
      parliament
      senate
      house
      assembly
      congress
      cabinet
      communications
      information
      technology
      science
      research
      culture
      sports
      tourism
      immigration
      migration
      climate
      change
      net
      zero
      digital
      internal
      external
      revenue
      customs
      border
      borders
      infrastructure
      water
      natural
      mines
      oil
      gas
      power
      innovation
      competition
      markets
      financial
      central
      republic
      democratic
      supreme
      district
      circuit
      appeals
      police
      prosecution
      works
      social
      welfare
      family
      women
      children
      youth
      rural
      regional
      local
      planning
      statistics
      audit
      ethics
      legal
      hemisphere
      western
      eastern
      northern
      southern
      asia
      pacific
      america
      americas
      africa
      europe
      middle
      east
      latin
      north
      south
      west
      motors
      electric
      mills
      dynamics
      data
      atomics
      secretariat
      citizen
      citizens
      employment
      pensions
      investment
      levelling
      communities
      enterprise
      business
      small
      food
      farm
      space
      aeronautics
      coast
      guard
      division
      bureau
      program
      programme
      unit
      group
      inc
      corporation
      company
      co
      ltd
      plc
      exchange
      securities
      network
      systems
      capital
      holdings
      association
      federation
      society
      foundation
      league
      chamber
      club
      confederation
      alliance
      coalition
      trust
      partners
      industries
      airlines
      bancorp
      insurance
      motor
      media
      news
      press
      times
      post
      journal
      television
      radio
      broadcasting
      commonwealth
      province
      county
      city
      territory
      region
      airport
      port
      hospital
      college
      school
      medicine
      arts
      sciences
      engineering
      studies
      humanities
      divinity
      nursing
      dentistry
      pharmacy
      journalism
      ways
      means
      """#,
    "title/outside-modifiers.tsv": #"""
      # Words outside the extent that may stand between a determiner and the title
      # (`the former chairman`, `its next chief executive`).
      word
      former
      then
      new
      next
      outgoing
      incoming
      late
      current
      ex
      """#,
    "title/parliament-abbreviations.tsv": #"""
      # Parliamentary titles written as acronyms (docs/judgement-calls.md T10): `Labour MP`, `Fine Gael TD`,
      # `Margaret Moran MP`. Case matters; the plural (`MPs`) is generic and never matches.
      form	role
      MP	Member of Parliament
      MEP	Member of the European Parliament
      MSP	Member of the Scottish Parliament
      MLA	Member of the Legislative Assembly
      TD	Teachta Dála
      """#,
    "title/party-and-place-words.tsv": #"""
      # Party words and compass points: premodifiers of a parliamentary title (`Labour MP`,
      # `Fine Gael TD`, `Dublin South TD`), never a person's name before it.
      word
      labour
      labor
      conservative
      conservatives
      tory
      tories
      liberal
      lib
      dem
      democrat
      democrats
      democratic
      republican
      green
      greens
      snp
      plaid
      cymru
      gael
      fianna
      sinn
      independent
      unionist
      dup
      uup
      sdlp
      alliance
      ukip
      reform
      socialist
      social
      workers
      nationalist
      nationalists
      coalition
      opposition
      government
      backbench
      veteran
      senior
      rebel
      party
      local
      fellow
      north
      south
      east
      west
      central
      northern
      southern
      eastern
      western
      north-east
      north-west
      south-east
      south-west
      city
      county
      borough
      upon
      european
      scottish
      welsh
      irish
      british
      english
      australian
      canadian
      german
      french
      russian
      """#,
    "title/placed-organization-nouns.tsv": #"""
      # Nouns after `in` that close an embassy-like tail (`embassy in Mexico`).
      word
      embassy
      consulate
      mission
      office
      delegation
      """#,
    "title/predicate-words.tsv": #"""
      # Verbs and prepositions after which an unnamed, undetermined lowercase title still
      # denotes a specific person (`would remain finance minister`, docs/judgement-calls.md T6).
      word
      as
      remain
      remains
      remained
      become
      becomes
      became
      named
      appointed
      elected
      serve
      serves
      served
      fired
      ousted
      """#,
    "title/rank-modifiers.tsv": #"""
      # Rank modifiers: in the extent, dropped from the role (docs/judgement-calls.md T7).
      word
      senior
      deputy
      assistant
      acting
      interim
      special
      chief
      vice
      executive
      shadow
      associate
      principal
      joint
      lead
      presiding
      permanent
      junior
      """#,
    "title/ranking-leader-words.tsv": #"""
      # Words before `leader` that make it a ranking, not a position (`Market leader Nintendo`,
      # `world leader in chips`); docs/judgement-calls.md T2.
      word
      market
      world
      industry
      sector
      category
      segment
      global
      price
      cost
      thought
      opinion
      technology
      league
      table
      race
      poll
      polls
      clear
      overall
      tournament
      championship
      series
      stage
      """#,
    "title/reporting-verbs.tsv": #"""
      # Reporting and headline verbs after an unnamed head (`police chief said`, `Renault boss
      # quits`).
      word
      says
      said
      told
      tells
      warns
      warned
      admits
      admitted
      insists
      insisted
      denies
      denied
      claims
      claimed
      believes
      thinks
      wants
      hopes
      urges
      urged
      vows
      vowed
      quits
      resigns
      resigned
      backs
      backed
      defends
      defended
      calls
      called
      added
      adds
      has
      had
      have
      is
      was
      will
      would
      could
      should
      may
      might
      must
      can
      does
      did
      faces
      faced
      expects
      expected
      plans
      planned
      announced
      announces
      confirmed
      confirms
      revealed
      reveals
      explained
      explains
      agreed
      agrees
      stepped
      steps
      leaves
      left
      joins
      joined
      praised
      praises
      who
      whose
      himself
      herself
      """#,
    "title/to-tail-roles.tsv": #"""
      # Roles whose title takes a `to` tail (docs/judgement-calls.md T11: `Russian Ambassador to Egypt`, `adviser to
      # the Prime Minister`, `Chief Secretary to the Treasury`).
      word
      Ambassador
      Envoy
      Advisor
      Representative
      Attaché
      Consul
      Consul General
      Secretary
      Commissioner
      Chief of Staff
      Counsel
      Spokesperson
      """#,
  ]
}
