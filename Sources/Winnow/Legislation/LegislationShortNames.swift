/// Widely used short names of instruments that stand alone, without their full name in the
/// document (docs/judgement-calls.md L3: `USMCA`, `AUKUS`, `New START`, `T-MEC`; docs/judgement-calls.md L11: `IPC`, `CrPC`,
/// `GDPR`, `HIPAA`). Reviewable data in `Lexicon/legislation/acronyms.tsv`, read by
/// ``LegislationExtractor``; a short name defined in the document (`General Data Protection Regulation (GDPR)`) is linked by
/// ``LegislationShortFormPass`` whether or not it is listed here.
enum LegislationShortNames {
  /// Where a listed short name counts.
  enum Context: Sendable {
    /// Wherever it is written as a whole word.
    case anywhere
    /// Only next to a provision (`Section 302 IPC`, `under Section 9 of the CPC`, `IPC
    /// Section 420`): the letters name other things in news (`IPC` the Paralympic
    /// Committee, `CPC` the Communist Party of China).
    case besideProvision
  }

  /// One row of ``table``.
  struct Entry: Sendable {
    /// The short name exactly as written.
    let written: String
    let kind: LegislationValue.InstrumentKind
    /// The jurisdiction whose texts use the short name (ISO 3166-1 alpha-2 or `EU`; nil for
    /// an international instrument). It says where the row comes from; the mention's value
    /// keeps a null jurisdiction, as the name written carries none (docs/judgement-calls.md L1, L11).
    let jurisdiction: String?
    let context: Context

    /// The entry of a `legislation.acronyms` row (form, kind, jurisdiction, context).
    init(row: WordList.Row) {
      written = row[0]
      kind = LegislationValue.InstrumentKind(rawValue: row[1])!
      jurisdiction = row[2].isEmpty ? nil : row[2]
      context = row[3] == "beside-provision" ? .besideProvision : .anywhere
    }
  }

  /// The short names, one row each (`Lexicon/legislation/acronyms.tsv`: form, kind,
  /// jurisdiction, context). Ambiguous letters with no provision to anchor them (`IRA`,
  /// `ACA`, `DSA`) are left out.
  static let table: [Entry] = BuiltinLexicon.list("legislation.acronyms").rows.map(Entry.init(row:))

  /// ``table`` with a user's `legislation.acronyms` entries, which replace a built-in entry
  /// of the same form.
  static func table(with lexicon: Lexicon) -> [Entry] {
    let extra = lexicon.rows("legislation.acronyms").map(Entry.init(row:))
    if extra.isEmpty { return table }
    let forms = Set(extra.map(\.written))
    return table.filter { !forms.contains($0.written) } + extra
  }

  /// Words that open a provision reference before a short name (`Section 302 IPC`, `Order
  /// XXXIX Rule 1 CPC`, `u/s 482 Cr.P.C.`), compared lowercased without a final period.
  static let provisionWords: Set<String> = BuiltinLexicon.words("legislation.provision-words")

  /// Whether `acronym` stands for the institution in the tail of `name` rather than for the
  /// instrument (`EAEU` in `Customs Code of the Eurasian Economic Union (EAEU)`): it opens
  /// with the tail's first capital, not with the name's, and holds no letter of the kind
  /// word (unlike `NPT` for `Treaty on the Non-Proliferation of Nuclear Weapons`).
  static func isTailAcronym(_ acronym: String, of name: String) -> Bool {
    let words = name.split(separator: " ")
    guard let head = words.firstIndex(where: { LegislationKindWords.kinds[String($0)] != nil }),
      let tailWord = words[(head + 1)...].first(where: { $0.first?.isUppercase == true }),
      let first = acronym.first, let headInitial = words[head].first
    else { return false }
    return first == tailWord.first && first != name.first && !acronym.contains(headInitial)
  }
}
