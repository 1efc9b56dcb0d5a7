// libFuzzer harness: the match loop, JIT against the interpreter. Every built-in rule's
// pattern is compiled twice, JIT-compiled and not; both scan the input with `forEachMatch`
// and must find the same matches (or the interpreter hits a limit that JIT has no twin of).
// The input is text or, when its first byte has its high bit set, a long-run program
// (``LongRuns``). Built by `make fuzz` (Fuzz/run.sh).
#if FUZZING
  import FuzzSupport
  import PCRE2
  import Winnow

  let rules =
    MoneyRules.rules(MoneyConfiguration()) + DateRules.rules(DateConfiguration())
    + TitleRules.rules(TitleConfiguration()) + LegislationRules.rules(LegislationConfiguration())
  nonisolated(unsafe) let pairs: [(id: String, jit: PCRE2Regex, interpreter: PCRE2Regex)] = rules.map {
    (
      $0.id, try! PCRE2Regex($0.pattern, options: $0.options, jit: .auto),
      try! PCRE2Regex($0.pattern, options: $0.options, jit: .never)
    )
  }
  nonisolated(unsafe) let data = PCRE2MatchData(limits: PCRE2Limits(heapLimitKiB: 200_000))

  func ranges(_ regex: PCRE2Regex, _ subject: PCRE2Subject) -> Result<[Range<Int>], PCRE2Error> {
    var found: [Range<Int>] = []
    do {
      try regex.forEachMatch(in: subject, using: data) { found.append($0.range) }
      return .success(found)
    } catch let error as PCRE2Error {
      return .failure(error)
    } catch {
      fatalError("\(error)")
    }
  }

  /// libFuzzer's entry point: one input, 0 when it passed (a failed check stops the process).
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzz(_ input: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let buffer = UnsafeBufferPointer(start: input, count: size)
    guard let first = buffer.first else { return 0 }
    let bytes = first & 0x80 != 0 ? LongRuns.text(UnsafeBufferPointer(rebasing: buffer[1...])) : Array(buffer)
    let text = String(decoding: bytes, as: UTF8.self)
    PCRE2Subject.withSubject(text) { subject in
      for pair in pairs {
        let jit = ranges(pair.jit, subject)
        let interpreter = ranges(pair.interpreter, subject)
        switch (jit, interpreter) {
        case (.success(let a), .success(let b)):
          precondition(a == b, "\(pair.id): JIT found \(a), the interpreter \(b)")
        case (.failure(let error), _):
          fatalError("\(pair.id): JIT failed: \(error)")
        case (.success, .failure(let error)):
          // The interpreter's depth and heap limits have no JIT twin.
          precondition([.depthLimit, .heapLimit, .matchLimit].contains(error.kind), "\(pair.id): \(error)")
        }
      }
    }
    return 0
  }
#else
  @main enum FuzzMatchLoop {
    static func main() {
      print("build with `make fuzz` (swift build --sanitize=fuzzer -Xswiftc -DFUZZING …)")
    }
  }
#endif
