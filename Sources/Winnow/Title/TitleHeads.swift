/// The head words of ``TitleWords/heads`` as a pattern, a trigger set and a lookup that
/// gives a written head its role (docs/judgement-calls.md T7).
///
/// The built-in heads are ``builtin``; a pipeline with a user's `title.heads` entries makes
/// its own (``init(_:)``).
struct TitleHeads: Sendable {
  /// The built-in heads (``TitleWords/heads``).
  static let builtin = TitleHeads(TitleWords.heads)

  /// The built-in heads and a user's `title.heads` entries (which replace a built-in head of
  /// the same form).
  static func with(_ lexicon: Lexicon) -> TitleHeads {
    let extra = lexicon.rows("title.heads")
    if extra.isEmpty { return builtin }
    let forms = Set(extra.map { normalize($0[0]) })
    return TitleHeads(
      TitleWords.heads.filter { !forms.contains(normalize($0.form)) } + extra.map(TitleWords.Head.init(row:)))
  }

  /// The heads, in list order.
  let heads: [TitleWords.Head]

  init(_ heads: [TitleWords.Head]) {
    self.heads = heads
    self.byForm = Dictionary(
      heads.map { (Self.normalize($0.form), $0) }, uniquingKeysWith: { first, _ in first })
    self.words = Set(heads.flatMap { Self.normalize($0.form).split(separator: " ").map(String.init) })
    self.triggerWords = Array(
      Set(
        heads.flatMap { head -> [String] in
          let word = String(Self.normalize(head.form).split(separator: " ")[0])
          return [word, word + "s", word + "es"]
        }))
    let alternation = Rule.alternation(of: heads.map(\.form)) { scalar in
      scalar == " " || scalar == "-" ? "(?:\(TextPatterns.gap)|-)" : Rule.literal(scalar)
    }
    self.pattern = #"(?<head>"# + alternation + #")(?<plural>e?s)?(?![\p{L}\p{N}])"#
    self.singleWords = Set(
      heads.map { Self.normalize($0.form) }.filter { !$0.contains(" ") }.flatMap {
        [$0, $0 + "s", $0 + "es"]
      })
  }

  /// What a written head is.
  struct Reading {
    let head: TitleWords.Head
    let plural: Bool
  }

  /// Heads by normalized form (lowercase, hyphens as spaces).
  let byForm: [String: TitleWords.Head]

  /// The single words of every head, for telling a name from a title word.
  let words: Set<String>

  /// The trigger words: each head's first word, and its regular plurals (the trigger compares
  /// a word's whole leading run of letters).
  let triggerWords: [String]

  /// The heads as one alternation factored by common prefixes (so a failing attempt reads
  /// each character once); a space or hyphen in a form matches a hyphen or white space.
  let pattern: String

  /// Single-word heads by their lowercase form, plurals included (`president`, `presidents`).
  let singleWords: Set<String>

  static func normalize(_ text: String) -> String {
    let lower = text.lowercased()
    // Fast path: one word, or words already separated by single spaces.
    var previous: UInt8 = 0
    let plain = lower.utf8.allSatisfy { byte in
      defer { previous = byte }
      return byte != 0x2D && (byte == 0x20 ? previous != 0x20 : !TextBytes.isWhiteByte(byte) && byte != 0xA0)
    }
    if plain { return lower }
    return TextBytes.squeezingWhiteSpace(String(lower.map { $0 == "-" ? " " : $0 }))
  }

  /// Single-word built-in heads that are titles only with a name or a modifier (`member`,
  /// `coach`), with their plurals.
  static let informalWords: Set<String> = Set(
    TitleWords.heads.filter { $0.usage == .informal || $0.usage == .needsModifier }
      .map { normalize($0.form) }.filter { !$0.contains(" ") }.flatMap { [$0, $0 + "s"] })

  /// The head written as `text` (`Secretaries`, `Vice-President`, `CEO`), or nil.
  func read(_ text: String) -> Reading? {
    let form = Self.normalize(text)
    if let head = byForm[form] { return Reading(head: head, plural: head.plural) }
    for suffix in ["es", "s"] where form.hasSuffix(suffix) {
      if let head = byForm[String(form.dropLast(suffix.count))] {
        return Reading(head: head, plural: true)
      }
    }
    return nil
  }
}
