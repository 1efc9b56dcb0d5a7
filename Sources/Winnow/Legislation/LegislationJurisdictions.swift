/// Words that name a jurisdiction, mapped to its ISO 3166-1 alpha-2 code or `EU` (GUIDE L1).
/// Reviewable data, read by ``LegislationNameReader``.
enum LegislationJurisdictions {
  /// Abbreviations written before a name and kept outside its extent (`U.S. Bipartisan
  /// Infrastructure Law`).
  static let abbreviations: [String: String] = [
    "U.S.": "US", "US": "US", "U.S.A.": "US", "USA": "US",
    "U.K.": "GB", "UK": "GB",
    "E.U.": "EU", "EU": "EU", "PRC": "CN",
  ]

  /// Country names, as written before `'s` (`Mexico's`, outside the extent) or inside an
  /// `of …` tail (`Constitution of India`, inside).
  static let countries: [String: String] = [
    "United States": "US", "United States of America": "US", "America": "US",
    "Mexico": "MX", "United Mexican States": "MX", "Canada": "CA",
    "Britain": "GB", "Great Britain": "GB", "United Kingdom": "GB", "England": "GB",
    "Scotland": "GB", "Wales": "GB", "Ireland": "IE", "Japan": "JP", "India": "IN",
    "China": "CN", "France": "FR", "Germany": "DE", "Italy": "IT", "Spain": "ES",
    "Portugal": "PT", "Australia": "AU", "New Zealand": "NZ", "Brazil": "BR",
    "Argentina": "AR", "Chile": "CL", "Colombia": "CO", "Peru": "PE", "Russia": "RU",
    "Russian Federation": "RU", "Ukraine": "UA", "Korea": "KR", "South Korea": "KR",
    "Republic of Korea": "KR", "South Africa": "ZA", "Nigeria": "NG", "Kenya": "KE",
    "Egypt": "EG", "Israel": "IL", "Turkey": "TR", "Türkiye": "TR", "Iran": "IR",
    "Saudi Arabia": "SA", "Indonesia": "ID", "Singapore": "SG", "Malaysia": "MY",
    "Philippines": "PH", "Vietnam": "VN", "Thailand": "TH", "Pakistan": "PK",
    "Bangladesh": "BD", "Switzerland": "CH", "Netherlands": "NL", "Belgium": "BE",
    "Sweden": "SE", "Norway": "NO", "Denmark": "DK", "Finland": "FI", "Poland": "PL",
    "Austria": "AT", "Greece": "GR", "Hungary": "HU", "Taiwan": "TW", "Hong Kong": "HK",
    "European Union": "EU",
  ]

  /// Adjectives of nationality that carry the jurisdiction when they open a name
  /// (`Australian Consumer Law`, `Indian Penal Code`). `American` and `European` are left
  /// out: they name a continent as often as a state (`American Rescue Plan Act`,
  /// `European Chips Act` have no jurisdiction).
  static let demonyms: [String: String] = [
    "Australian": "AU", "Indian": "IN", "Canadian": "CA", "Mexican": "MX", "British": "GB",
    "English": "GB", "Scottish": "GB", "Irish": "IE", "Japanese": "JP", "Chinese": "CN",
    "French": "FR", "German": "DE", "Italian": "IT", "Spanish": "ES", "Portuguese": "PT",
    "Brazilian": "BR", "Argentine": "AR", "Chilean": "CL", "Colombian": "CO",
    "Russian": "RU", "Ukrainian": "UA", "Korean": "KR", "Israeli": "IL", "Turkish": "TR",
    "Iranian": "IR", "Saudi": "SA", "Indonesian": "ID", "Singaporean": "SG",
    "Malaysian": "MY", "Philippine": "PH", "Vietnamese": "VN", "Thai": "TH",
    "Pakistani": "PK", "Swiss": "CH", "Dutch": "NL", "Belgian": "BE", "Swedish": "SE",
    "Norwegian": "NO", "Danish": "DK", "Finnish": "FI", "Polish": "PL", "Austrian": "AT",
    "Greek": "GR", "Hungarian": "HU", "Nigerian": "NG", "Kenyan": "KE", "Egyptian": "EG",
  ]
}
