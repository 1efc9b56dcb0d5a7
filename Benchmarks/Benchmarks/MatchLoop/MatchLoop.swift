// One compiled pattern scanning the corpus: the Swift wrapper's match loop in its variants,
// and libpcre2-8 called directly (the raw C baseline), so that the wrapper's cost stays visible.
import Benchmark
import BenchmarkSuite
import BenchmarkSupport
import PCRE2

let benchmarks: @Sendable () -> Void = {
  // A loop allocates a few times per run, never per match: a per-match allocation would add
  // thousands.
  Suite.configure(mallocTolerance: BenchmarkThresholds(absolute: [.p90: 16]))
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
  let nothing = { (count: Int) in Check.zero(count, "MatchLoop no-match text") }

  Suite.scan("JIT, reused match data, unchecked UTF-8", bytes: corpus.byteCount, check: found) {
    try MatchLoops.wrapper(jit, in: corpus.text, data)
  }
  Suite.scan("Interpreter", bytes: corpus.byteCount, check: found) {
    try MatchLoops.wrapper(interpreter, in: corpus.text, data)
  }
  Suite.scan("JIT with UCP", bytes: corpus.byteCount, check: found) {
    try MatchLoops.wrapper(ucp, in: corpus.text, data)
  }
  Suite.scan("Fresh match data per match", bytes: corpus.byteCount, check: found) {
    try MatchLoops.freshData(jit, in: corpus.text)
  }
  Suite.scan("UTF-8 checked once", bytes: corpus.byteCount, check: found) {
    try MatchLoops.checkedOnce(jit, in: corpus.text, data)
  }
  Suite.scan("Match-heavy text", bytes: heavy.byteCount, check: found) {
    try MatchLoops.wrapper(jit, in: heavy.text, data)
  }
  Suite.scan("No-match text", bytes: none.byteCount, check: nothing) {
    try MatchLoops.wrapper(jit, in: none.text, data)
  }
  Suite.scan("Raw C, JIT match", bytes: corpus.byteCount, check: found) {
    MatchLoops.raw(raw, in: corpus.text)
  }
  Suite.scan("Raw C, JIT match, match-heavy text", bytes: heavy.byteCount, check: found) {
    MatchLoops.raw(raw, in: heavy.text)
  }
  Suite.scan("Raw C, JIT match, no-match text", bytes: none.byteCount, check: nothing) {
    MatchLoops.raw(raw, in: none.text)
  }
  Suite.scan("Raw C, UTF-8 checked per call, per document", bytes: corpus.byteCount, check: found) {
    MatchLoops.rawCheckingEveryCall(raw, in: corpus)
  }
}
