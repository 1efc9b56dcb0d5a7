import Foundation
import PCRE2
import Winnow

/// The rule patterns through Foundation's `NSRegularExpression` (ICU), each over the whole
/// text, as a program without Winnow's trigger engine would run them.
public struct FoundationScan {
  /// The patterns ICU compiles.
  public let regexes: [NSRegularExpression]
  /// The ids of the rules whose patterns ICU does not compile (PCRE2-only syntax or options).
  public let skipped: [String]

  /// Compiles every rule's pattern with the ICU options closest to its PCRE2 options.
  public init(rules: [Rule]) {
    var regexes: [NSRegularExpression] = []
    var skipped: [String] = []
    for rule in rules {
      if let options = FoundationScan.options(rule.options),
        let regex = try? NSRegularExpression(pattern: rule.pattern, options: options)
      {
        regexes.append(regex)
      } else {
        skipped.append(rule.id)
      }
    }
    self.regexes = regexes
    self.skipped = skipped
  }

  /// The number of matches of all patterns in `text` (each match's ranges are made, as an
  /// extractor would need them).
  public func matchCount(in text: String) -> Int {
    let range = NSRange(location: 0, length: text.utf16.count)
    return regexes.reduce(0) { $0 + $1.matches(in: text, range: range).count }
  }

  /// ICU's options for PCRE2's, or nil when ICU has no equivalent (ungreedy, no auto capture).
  private static func options(_ options: PCRE2Options) -> NSRegularExpression.Options? {
    if !options.isDisjoint(with: [.ungreedy, .noAutoCapture]) { return nil }
    var result: NSRegularExpression.Options = []
    if options.contains(.caseless) { result.insert(.caseInsensitive) }
    if !options.isDisjoint(with: [.extended, .extendedMore]) { result.insert(.allowCommentsAndWhitespace) }
    if options.contains(.multiline) { result.insert(.anchorsMatchLines) }
    if options.contains(.dotAll) { result.insert(.dotMatchesLineSeparators) }
    if options.contains(.literal) { result.insert(.ignoreMetacharacters) }
    return result
  }
}

/// The naive scan: every rule's pattern over the whole text, unanchored, with PCRE2's JIT and
/// Unicode properties (UCP) on, as a program without Winnow's trigger engine would run them.
public struct NaiveScan: Sendable {
  /// The compiled patterns.
  public let regexes: [PCRE2Regex]

  /// Compiles every rule's pattern with its own options, minus `.anchored`, plus `.ucp`.
  public init(rules: [Rule]) throws {
    regexes = try rules.map { rule in
      var options = rule.options
      options.remove(.anchored)
      options.insert(.ucp)
      return try PCRE2Regex(rule.pattern, options: options)
    }
  }

  /// The number of matches of all patterns in `text`.
  public func matchCount(in text: String, using data: PCRE2MatchData) throws -> Int {
    try PCRE2Subject.withSubject(text) { subject in
      var count = 0
      for regex in regexes {
        try regex.forEachMatch(in: subject, using: data) { _ in count += 1 }
      }
      return count
    }
  }
}

/// Settings of the baselines.
public enum Baseline {
  /// The size of the corpus slice the slow baselines run over, in bytes
  /// (`$WINNOW_BENCH_SLICE_BYTES`, default 1 MB).
  public static var sliceBytes: Int {
    ProcessInfo.processInfo.environment["WINNOW_BENCH_SLICE_BYTES"].flatMap(Int.init) ?? 1_000_000
  }
}
