/// The head words of ``TitleWords/heads`` as a pattern, a trigger set and a lookup that
/// gives a written head its role (GUIDE T7).
enum TitleHeads {
  /// What a written head is.
  struct Reading {
    let head: TitleWords.Head
    let plural: Bool
  }

  /// Heads by normalized form (lowercase, hyphens as spaces).
  static let byForm: [String: TitleWords.Head] = Dictionary(
    TitleWords.heads.map { (normalize($0.form), $0) }, uniquingKeysWith: { first, _ in first })

  /// The single words of every head, for telling a name from a title word.
  static let words: Set<String> = Set(
    TitleWords.heads.flatMap { normalize($0.form).split(separator: " ").map(String.init) })

  /// The trigger words: each head's first word, and its regular plurals (the trigger compares
  /// a word's whole leading run of letters).
  static let triggerWords: [String] = Array(
    Set(
      TitleWords.heads.flatMap { head -> [String] in
        let word = String(normalize(head.form).split(separator: " ")[0])
        return [word, word + "s", word + "es"]
      }))

  /// The heads as one alternation factored by common prefixes (so a failing attempt reads
  /// each character once); a space or hyphen in a form matches either.
  static let pattern: String = {
    let heads = Rule.alternation(of: TitleWords.heads.map(\.form)) { scalar in
      scalar == " " || scalar == "-" ? #"[\ \-]"# : Rule.literal(scalar)
    }
    return #"(?<head>"# + heads + #")(?<plural>e?s)?(?![\p{L}\p{N}])"#
  }()

  static func normalize(_ text: String) -> String {
    let lower = text.lowercased()
    // Fast path: one word, or words already separated by single spaces.
    var previous: UInt8 = 0
    let plain = lower.utf8.allSatisfy { byte in
      defer { previous = byte }
      return byte != 0x2D && byte != 0x09 && !(byte == 0x20 && previous == 0x20)
    }
    if plain { return lower }
    return String(text.lowercased().map { $0 == "-" ? " " : $0 })
      .split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
  }

  /// Single-word heads by their lowercase form, plurals included (`president`, `presidents`).
  static let singleWords: Set<String> = Set(
    TitleWords.heads.map { normalize($0.form) }.filter { !$0.contains(" ") }.flatMap {
      [$0, $0 + "s", $0 + "es"]
    })

  /// The head written as `text` (`Secretaries`, `Vice-President`, `CEO`), or nil.
  static func read(_ text: String) -> Reading? {
    let form = normalize(text)
    if let head = byForm[form] { return Reading(head: head, plural: head.plural) }
    for suffix in ["es", "s"] where form.hasSuffix(suffix) {
      if let head = byForm[String(form.dropLast(suffix.count))] {
        return Reading(head: head, plural: true)
      }
    }
    return nil
  }
}
