/// The currency a marker names: an ISO 4217 code, one of the defaults a pipeline may change
/// (``MoneyConfiguration``), or none in particular (`francs`, `₿`).
enum CurrencyReference: Sendable, Hashable {
  case iso(String)
  case configured(MoneyConfiguration.Default)
  case unnamed
}

/// A currency word after a number (`pesos`, `Swiss francs`, `cents`): its currency, and the
/// power of ten of one such unit in the currency's main unit (`cents`: -2).
struct CurrencyWord: Sendable {
  let currency: CurrencyReference
  let exponent: Int
}

/// The money markers, as reviewable data: symbols, letter-prefixed dollar signs, ISO codes,
/// currency words and number words. Every list is matched whole; patterns interpolate them
/// through ``MoneyPatterns/alternation(_:)``, longest first.
enum MoneyLexicon {
  /// Currency symbols written before (or after) the number.
  static let symbols: [String: CurrencyReference] = [
    "$": .configured(.dollarSign), "€": .iso("EUR"), "£": .iso("GBP"),
    "¥": .configured(.yenSign), "₹": .iso("INR"), "₩": .iso("KRW"), "₽": .iso("RUB"),
    "₺": .iso("TRY"), "₪": .iso("ILS"), "₱": .iso("PHP"), "₦": .iso("NGN"), "₫": .iso("VND"),
    "₴": .iso("UAH"), "₡": .iso("CRC"), "₭": .iso("LAK"), "₾": .iso("GEL"), "₿": .unnamed,
    "ரூ": .iso("LKR"),
    // The Australian style puts the country after the sign: `$US5 billion`, `$A300`.
    "$US": .iso("USD"), "$A": .iso("AUD"), "$AU": .iso("AUD"), "$NZ": .iso("NZD"),
  ]

  /// Letters before a `$` naming a dollar (`US$`, `C$`, `HK$`, `MX$`), lowercased, without
  /// dots; `A`, `S` and `R` count only as capitals written against the `$`.
  static let dollarPrefixes: [String: String] = [
    "us": "USD", "usd": "USD", "c": "CAD", "ca": "CAD", "cad": "CAD", "can": "CAD",
    "a": "AUD", "au": "AUD", "aud": "AUD", "nz": "NZD", "nzd": "NZD", "hk": "HKD",
    "hkd": "HKD", "s": "SGD", "sg": "SGD", "sgd": "SGD", "mx": "MXN", "mex": "MXN",
    "mxn": "MXN", "r": "BRL", "nt": "TWD",
  ]

  /// ISO 4217 codes (and `RMB`), written in capitals before or after the number. Not `COP`
  /// (the climate conferences: `COP 26`).
  static let codes: [String: CurrencyReference] = {
    var codes: [String: CurrencyReference] = [:]
    for code in [
      "USD", "EUR", "GBP", "JPY", "CNY", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "INR", "MXN",
      "BRL", "KRW", "ZAR", "SEK", "NOK", "DKK", "RUB", "TRY", "PLN", "CZK", "HUF", "ILS", "AED",
      "SAR", "THB", "IDR", "MYR", "PHP", "VND", "TWD", "ARS", "CLP", "PEN", "NGN", "EGP",
      "KES", "PKR", "LKR", "BDT", "UAH", "QAR", "KWD", "GHS", "UGX", "TZS", "IQD", "JOD", "OMR",
      "BHD", "IRR", "VES", "RON", "BGN", "ISK", "XOF", "XAF",
    ] {
      codes[code] = .iso(code)
    }
    codes["RMB"] = .iso("CNY")
    codes["BTC"] = .unnamed
    return codes
  }()

  /// Codes that are no English word, so they count in lower case too (`10 rmb`, `20 usd`).
  static let lowercaseCodes: Set<String> = [
    "USD", "EUR", "GBP", "JPY", "CNY", "RMB", "CHF", "CAD", "AUD", "NZD", "HKD", "SGD", "INR",
    "MXN", "BRL", "KRW", "ZAR", "SEK", "NOK", "DKK", "BTC",
  ]

  /// Abbreviations written only before the number (`Rs 40`, `Rs. 1.68 lakh crore`, `RM5`).
  static let prefixAbbreviations: [String: CurrencyReference] = [
    "Rs": .configured(.rupees), "Rs.": .configured(.rupees), "Rp": .iso("IDR"),
    "Rp.": .iso("IDR"), "RM": .iso("MYR"), "KSh": .iso("KES"), "Ksh": .iso("KES"),
  ]

  /// Currency words after a number, lowercased, single-spaced.
  static let words: [String: CurrencyWord] = {
    var words: [String: CurrencyWord] = [:]
    func add(_ forms: [String], _ currency: CurrencyReference, exponent: Int = 0) {
      for form in forms { words[form] = CurrencyWord(currency: currency, exponent: exponent) }
    }
    add(["dollars", "dollar"], .configured(.dollars))
    for (adjectives, code) in [
      (["u.s.", "us", "american", "united states"], "USD"), (["canadian"], "CAD"),
      (["australian"], "AUD"), (["new zealand"], "NZD"), (["hong kong"], "HKD"),
      (["singapore"], "SGD"), (["taiwan", "new taiwan"], "TWD"),
    ] {
      for adjective in adjectives { add(["\(adjective) dollars", "\(adjective) dollar"], .iso(code)) }
    }
    add(["cents", "cent"], .configured(.cents), exponent: -2)
    add(["euro cents", "euro cent"], .iso("EUR"), exponent: -2)
    add(["euros", "euro"], .iso("EUR"))
    add(
      ["pounds sterling", "pound sterling", "sterling", "british pounds", "british pound"],
      .iso("GBP"))
    add(["pounds", "pound"], .iso("GBP"))
    add(["pence"], .iso("GBP"), exponent: -2)
    add(["yen", "japanese yen"], .iso("JPY"))
    add(["yuan", "renminbi", "chinese yuan"], .iso("CNY"))
    add(["rupees", "rupee"], .configured(.rupees))
    add(["indian rupees", "indian rupee"], .iso("INR"))
    add(["pakistani rupees", "pakistani rupee"], .iso("PKR"))
    add(["sri lankan rupees", "sri lankan rupee"], .iso("LKR"))
    add(["nepalese rupees", "nepali rupees"], .iso("NPR"))
    add(["reais", "brazilian reais"], .iso("BRL"))
    add(["won", "korean won", "south korean won"], .iso("KRW"))
    add(["swiss francs", "swiss franc"], .iso("CHF"))
    add(["francs", "franc"], .unnamed)
    add(["pesos", "peso"], .configured(.pesos))
    add(["mexican pesos", "mexican peso"], .iso("MXN"))
    add(["argentine pesos", "argentinian pesos", "argentine peso"], .iso("ARS"))
    add(["philippine pesos", "philippine peso"], .iso("PHP"))
    add(["colombian pesos", "colombian peso"], .iso("COP"))
    add(["chilean pesos", "chilean peso"], .iso("CLP"))
    add(["rubles", "roubles", "ruble", "rouble"], .iso("RUB"))
    add(["rand"], .iso("ZAR"))
    add(["naira"], .iso("NGN"))
    add(["shekels", "shekel"], .iso("ILS"))
    add(["dirhams", "dirham"], .iso("AED"))
    add(["riyals", "riyal"], .iso("SAR"))
    add(["ringgit"], .iso("MYR"))
    add(["rupiah"], .iso("IDR"))
    add(["baht"], .iso("THB"))
    add(["zlotys", "zloty"], .iso("PLN"))
    add(["forints", "forint"], .iso("HUF"))
    add(["hryvnias", "hryvnia"], .iso("UAH"))
    add(["turkish lira", "turkish liras"], .iso("TRY"))
    add(["lira", "liras"], .unnamed)
    add(["swedish kronor", "swedish krona", "kronor", "krona"], .iso("SEK"))
    add(["norwegian kroner", "norwegian krone"], .iso("NOK"))
    add(["danish kroner", "danish krone"], .iso("DKK"))
    add(["kroner", "krone"], .unnamed)
    // Currencies named with their country's adjective.
    for (adjective, forms, code) in [
      ("russian", ["rubles", "roubles"], "RUB"), ("south african", ["rand"], "ZAR"),
      ("nigerian", ["naira"], "NGN"), ("israeli", ["shekels"], "ILS"),
      ("uae", ["dirhams"], "AED"), ("emirati", ["dirhams"], "AED"),
      ("moroccan", ["dirhams"], "MAD"), ("saudi", ["riyals"], "SAR"), ("qatari", ["riyals"], "QAR"),
      ("malaysian", ["ringgit"], "MYR"), ("indonesian", ["rupiah"], "IDR"), ("thai", ["baht"], "THB"),
      ("polish", ["zlotys", "zloty"], "PLN"), ("hungarian", ["forints"], "HUF"),
      ("ukrainian", ["hryvnias", "hryvnia"], "UAH"), ("brazilian", ["real"], "BRL"),
      ("chinese", ["renminbi"], "CNY"), ("vietnamese", ["dong"], "VND"),
      ("bangladeshi", ["taka"], "BDT"), ("peruvian", ["soles"], "PEN"),
    ] {
      add(forms.map { "\(adjective) \($0)" }, .iso(code))
    }
    add(["egyptian pounds", "egyptian pound"], .iso("EGP"))
    add(["lebanese pounds", "lebanese pound"], .iso("LBP"))
    add(["kenyan shillings"], .iso("KES"))
    add(["ugandan shillings"], .iso("UGX"))
    add(["tanzanian shillings"], .iso("TZS"))
    add(["shillings"], .unnamed)
    add(["ghanaian cedis", "cedis"], .iso("GHS"))
    add(["iraqi dinars"], .iso("IQD"))
    add(["kuwaiti dinars"], .iso("KWD"))
    add(["jordanian dinars"], .iso("JOD"))
    add(["dinars"], .unnamed)
    add(["iranian rials", "rials"], .iso("IRR"))
    add(["venezuelan bolivars", "bolivars"], .iso("VES"))
    add(["czech korunas", "czech koruna", "czech crowns", "korunas"], .iso("CZK"))
    add(["swedish crowns"], .iso("SEK"))
    add(["norwegian crowns"], .iso("NOK"))
    add(["danish crowns"], .iso("DKK"))
    add(["cfa francs"], .unnamed)
    add(["bitcoins", "bitcoin"], .unnamed)
    add(["satoshis", "satoshi"], .unnamed, exponent: -8)
    return words
  }()

  /// Scale words and their powers of ten; `lakh crore` multiplies the two.
  static let scales: [String: Int] = [
    "hundred": 2, "thousand": 3, "lakh": 5, "lakhs": 5, "lac": 5, "lacs": 5, "million": 6,
    "crore": 7, "crores": 7, "billion": 9, "trillion": 12,
  ]

  /// Short scale forms (`k`, `m`, `bn`, `cr` for crore), lowercased; `K`, `M` and `B` count
  /// with a space too.
  static let shortScales: [String: Int] = [
    "k": 3, "m": 6, "mn": 6, "mln": 6, "mil": 6, "cr": 7, "b": 9, "bn": 9, "bln": 9, "bil": 9,
    "tn": 12, "trn": 12,
  ]

  /// Number words below twenty.
  static let units: [String: Int] = [
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
  ]

  /// Number words for the tens.
  static let tens: [String: Int] = [
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
  ]

  /// Words of change before `X to Y` (`up 0.08 to 63.43 rubles`): a change, then a level.
  static let movementWords = [
    "up", "down", "rose", "fell", "rises", "falls", "added", "adds", "gained", "gains", "lost",
    "loses", "climbed", "dropped", "jumped", "slipped", "slid", "increased", "decreased",
  ]

  /// Video resolutions, which read like pence (`720p`, `1080p`) and are not money.
  static let videoResolutions: Set<String> = [
    "144", "240", "360", "480", "576", "720", "1080", "1440", "2160", "4320",
  ]

  /// Fractions that can lead a number in words (`half a million`, `a quarter million`).
  static let fractions = ["half", "quarter", "quarters"]
}
