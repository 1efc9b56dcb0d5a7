import PCRE2

/// The match loops the MatchLoop benchmarks and the ratios tool time: each returns the number
/// of matches it found.
public enum MatchLoops {
  /// Through the wrapper: `forEachMatch` with one match data for every match, and the
  /// `String`'s bytes trusted as UTF-8 (no check).
  public static func wrapper(_ regex: PCRE2Regex, in text: String, _ data: PCRE2MatchData) throws -> Int {
    try PCRE2Subject.withSubject(text) { subject in
      var count = 0
      try regex.forEachMatch(in: subject, using: data) { _ in count += 1 }
      return count
    }
  }

  /// Through the wrapper, with new match data (and JIT stack) for each match attempt.
  public static func freshData(_ regex: PCRE2Regex, in text: String) throws -> Int {
    try PCRE2Subject.withSubject(text) { subject in
      var count = 0
      var offset = 0
      while let match = try regex.firstMatch(in: subject, from: offset, using: PCRE2MatchData()) {
        count += 1
        offset = match.range.upperBound
      }
      return count
    }
  }

  /// Through the wrapper, the bytes validated as UTF-8 once first (`PCRE2Subject(validating:)`).
  public static func checkedOnce(_ regex: PCRE2Regex, in text: String, _ data: PCRE2MatchData) throws -> Int {
    try text.utf8.withContiguousStorageIfAvailable { bytes in
      let subject = try PCRE2Subject(validating: bytes)
      var count = 0
      try regex.forEachMatch(in: subject, using: data) { _ in count += 1 }
      return count
    }!
  }

  /// Through libpcre2-8 directly: `pcre2_jit_match_8`.
  public static func raw(_ regex: RawPCRE2Regex, in text: String) -> Int {
    text.utf8.withContiguousStorageIfAvailable(regex.matchCount)!
  }

  /// Through libpcre2-8 directly, per document, with PCRE2's UTF-8 check on every call.
  public static func rawCheckingEveryCall(_ regex: RawPCRE2Regex, in corpus: Corpus) -> Int {
    corpus.documents.reduce(0) { count, document in
      count + document.text.utf8.withContiguousStorageIfAvailable(regex.matchCountCheckingUTF8)!
    }
  }
}
