/// Where a rule is tried: the engine keeps PCRE2's backtracker away from positions that
/// cannot start a match, and runs the rule's pattern anchored at the ones that can.
///
/// A match never starts inside a word: the engine tries a rule at word starts and at
/// non-word characters (symbols, punctuation) only.
public struct Trigger: Sendable, Hashable {
  enum Storage: Hashable {
    case startBytes
    case bytes(Set<UInt8>, lookbehind: Int)
    case words(Set<String>, lookbehind: Int)
    case everywhere
  }

  let storage: Storage
  /// When set, the rule is tried only where the byte after the triggering word's letters,
  /// white space skipped, is one of these.
  let next: Set<UInt8>?

  init(storage: Storage, next: Set<UInt8>? = nil) {
    self.storage = storage
    self.next = next
  }

  /// The same trigger, but only where the first byte after the triggering word's leading
  /// ASCII letters, white space skipped, is one of `bytes` (`USD12` and `USD 12` both have a
  /// digit there): a cheap test that spares PCRE2 most of a frequent word's occurrences
  /// (`the` before a number: `.words(["the"]).followed(by: Trigger.digitBytes)`).
  public func followed(by bytes: some Sequence<UInt8>) -> Trigger {
    Trigger(storage: storage, next: Set(bytes))
  }

  /// The ASCII digits, for ``followed(by:)`` and ``bytes(_:lookbehind:)``.
  public static let digitBytes: ClosedRange<UInt8> = UInt8(ascii: "0")...UInt8(ascii: "9")

  /// Tried at every position whose first byte can start a match, as PCRE2 itself computes
  /// from the pattern (`PCRE2_INFO_FIRSTBITMAP`). Best for patterns that start with a symbol
  /// or a digit (`\$`, `€`, `\d`); a pattern that can start with any byte is tried everywhere.
  public static let startBytes = Trigger(storage: .startBytes)

  /// Tried where a word or symbol starts with one of `bytes`, or, with `lookbehind` > 0, up to
  /// that many bytes before it, as for ``words(_:lookbehind:)``.
  ///
  /// For a pattern led by a frequent word whose core starts with a rarer byte: `the 21st` is
  /// better tried at its digits, looking 4 bytes back, than at every `the`.
  public static func bytes(_ bytes: some Sequence<UInt8>, lookbehind: Int = 0) -> Trigger {
    Trigger(storage: .bytes(Set(bytes), lookbehind: max(0, lookbehind)))
  }

  /// Tried where a number starts (an ASCII digit), or up to `lookbehind` bytes before it.
  public static func digits(lookbehind: Int = 0) -> Trigger {
    bytes(digitBytes, lookbehind: lookbehind)
  }

  /// Tried where one of `words` starts (ASCII letters, compared case-insensitively).
  ///
  /// With `lookbehind` > 0 the match may also start up to that many bytes before the word:
  /// the pattern is tried, anchored, at each word start in that window, earliest first, and
  /// the first match that reaches the word is kept (`White House National Security Advisor`
  /// triggered by `advisor`).
  public static func words(_ words: some Sequence<String>, lookbehind: Int = 0) -> Trigger {
    Trigger(storage: .words(Set(words.map { $0.lowercased() }), lookbehind: max(0, lookbehind)))
  }

  /// A plain left-to-right scan of the whole text with PCRE2's own start-of-match
  /// optimizations. Simple, and slow for patterns that can start at most letters.
  public static let everywhere = Trigger(storage: .everywhere)
}
