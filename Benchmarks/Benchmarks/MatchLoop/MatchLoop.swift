// One compiled pattern scanning the corpus: the Swift wrapper's match loop in its variants,
// and libpcre2-8 called directly (the raw C baseline), so that the wrapper's cost stays visible.
import Benchmark
import BenchmarkSuite
import BenchmarkSupport
import PCRE2

let benchmarks: @Sendable () -> Void = {
  Suite.configure()
  let corpus = Corpus.shared
  let heavy = MatchLoopInputs.matchHeavy
  let none = MatchLoopInputs.noMatch
  let pattern = MatchLoopInputs.moneyPattern
  let jit = try! PCRE2Regex(pattern)
  let interpreter = try! PCRE2Regex(pattern, jit: .never)
  let ucp = try! PCRE2Regex(pattern, options: .ucp)
  let raw = RawPCRE2Regex(pattern)
  let data = PCRE2MatchData()
  let found = { (count: Int) in Check.nonZero(count, "MatchLoop") }

  Suite.scan("JIT, reused match data, unchecked UTF-8", bytes: corpus.byteCount, check: found) {
    try wrapperCount(jit, in: corpus.text, data)
  }
  Suite.scan("Interpreter", bytes: corpus.byteCount, check: found) {
    try wrapperCount(interpreter, in: corpus.text, data)
  }
  Suite.scan("JIT with UCP", bytes: corpus.byteCount, check: found) {
    try wrapperCount(ucp, in: corpus.text, data)
  }
  Suite.scan("Fresh match data per match", bytes: corpus.byteCount, check: found) {
    try freshDataCount(jit, in: corpus.text)
  }
  Suite.scan("UTF-8 checked once", bytes: corpus.byteCount, check: found) {
    try checkedCount(jit, in: corpus.text, data)
  }
  Suite.scan("Match-heavy text", bytes: heavy.byteCount, check: found) {
    try wrapperCount(jit, in: heavy.text, data)
  }
  Suite.scan("No-match text", bytes: none.byteCount, check: { Check.zero($0, "MatchLoop no-match") }) {
    try wrapperCount(jit, in: none.text, data)
  }
  Suite.scan("Raw C, JIT match", bytes: corpus.byteCount, check: found) {
    rawCount(raw, in: corpus.text)
  }
  Suite.scan("Raw C, JIT match, match-heavy text", bytes: heavy.byteCount, check: found) {
    rawCount(raw, in: heavy.text)
  }
  Suite.scan(
    "Raw C, JIT match, no-match text", bytes: none.byteCount,
    check: { Check.zero($0, "MatchLoop raw no-match") }
  ) {
    rawCount(raw, in: none.text)
  }
  Suite.scan("Raw C, UTF-8 checked per call, per document", bytes: corpus.byteCount, check: found)
  {
    corpus.documents.reduce(0) { count, document in
      count + document.text.utf8.withContiguousStorageIfAvailable(raw.matchCountCheckingUTF8)!
    }
  }
}

/// Matches in `text` through the wrapper: `forEachMatch`, one match data for every match.
func wrapperCount(_ regex: PCRE2Regex, in text: String, _ data: PCRE2MatchData) throws -> Int {
  try PCRE2Subject.withSubject(text) { subject in
    var count = 0
    try regex.forEachMatch(in: subject, using: data) { _ in count += 1 }
    return count
  }
}

/// Matches in `text` through the wrapper, with new match data (and JIT stack) for each call.
func freshDataCount(_ regex: PCRE2Regex, in text: String) throws -> Int {
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

/// Matches in `text`'s bytes through the wrapper, the bytes validated as UTF-8 once first.
func checkedCount(_ regex: PCRE2Regex, in text: String, _ data: PCRE2MatchData) throws -> Int {
  try text.utf8.withContiguousStorageIfAvailable { bytes in
    let subject = try PCRE2Subject(validating: bytes)
    var count = 0
    try regex.forEachMatch(in: subject, using: data) { _ in count += 1 }
    return count
  }!
}

/// Matches in `text` through libpcre2-8 directly.
func rawCount(_ regex: RawPCRE2Regex, in text: String) -> Int {
  text.utf8.withContiguousStorageIfAvailable(regex.matchCount)!
}
