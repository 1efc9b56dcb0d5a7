import CPCRE2Raw

/// The raw C baseline: libpcre2-8 called directly, as a C program would (compile, JIT, one
/// match data, a `pcre2_jit_match` loop), so that the Swift wrapper's overhead stays visible.
public final class RawPCRE2Regex: @unchecked Sendable {
  // SAFETY: compiled and JIT-compiled in init, read-only afterwards (pcre2api,
  // MULTITHREADING); every match creates its own match data.
  private let code: OpaquePointer

  /// Compiles `pattern` in UTF mode, plus `options` (PCRE2 option bits), and JIT-compiles it.
  public init(_ pattern: String, options: UInt32 = 0) {
    var errorCode: Int32 = 0
    var errorOffset = 0
    let bytes = Array(pattern.utf8)
    let compiled = bytes.withUnsafeBufferPointer {
      pcre2_compile_8($0.baseAddress, $0.count, UInt32(PCRE2_UTF) | options, &errorCode, &errorOffset, nil)
    }
    guard let compiled else { fatalError("pcre2_compile_8: error \(errorCode) at \(errorOffset)") }
    guard pcre2_jit_compile_8(compiled, UInt32(PCRE2_JIT_COMPLETE)) == 0 else {
      fatalError("pcre2_jit_compile_8 failed")
    }
    code = compiled
  }

  deinit { pcre2_code_free_8(code) }

  /// The number of non-overlapping matches in `subject`, found with `pcre2_jit_match_8`
  /// (which never checks UTF-8).
  public func matchCount(in subject: UnsafeBufferPointer<UInt8>) -> Int {
    matchCount(in: subject) { offset, matchData in
      pcre2_jit_match_8(code, subject.baseAddress, subject.count, offset, 0, matchData, nil)
    }
  }

  /// The number of non-overlapping matches in `subject`, found with `pcre2_match_8` without
  /// `PCRE2_NO_UTF_CHECK`: PCRE2 checks the subject's UTF-8 on every call, then runs the JIT.
  public func matchCountCheckingUTF8(in subject: UnsafeBufferPointer<UInt8>) -> Int {
    matchCount(in: subject) { offset, matchData in
      pcre2_match_8(code, subject.baseAddress, subject.count, offset, 0, matchData, nil)
    }
  }

  /// The `pcre2demo.c` loop, for patterns that never match the empty string.
  @inline(__always)
  private func matchCount(
    in subject: UnsafeBufferPointer<UInt8>, match: (Int, OpaquePointer) -> Int32
  ) -> Int {
    guard let matchData = pcre2_match_data_create_from_pattern_8(code, nil) else {
      fatalError("pcre2_match_data_create_from_pattern_8 failed")
    }
    defer { pcre2_match_data_free_8(matchData) }
    let ovector = pcre2_get_ovector_pointer_8(matchData)!
    var count = 0
    var offset = 0
    while offset <= subject.count {
      let rc = match(offset, matchData)
      guard rc >= 0 else {
        precondition(rc == PCRE2_ERROR_NOMATCH, "PCRE2 match error \(rc)")
        break
      }
      count += 1
      offset = max(ovector[1], ovector[0] + 1)
    }
    return count
  }
}
