// The one file of the package that calls PCRE2's C API. Everything else in the module goes
// through the small functions below, which take and return Swift values and opaque handles.
//
// SAFETY: every handle passed in here (code, match data, match context, JIT stack) is owned by
// one Swift object (`PCRE2Regex`, `PCRE2MatchData`) that creates it, frees it once in its
// `deinit`, and outlives every call made with it. Subject pointers and lengths come from
// buffers the caller has borrowed for the length of the call; PCRE2 keeps no pointer to them
// after returning.
internal import CPCRE2

/// PCRE2's C API, 8-bit code units, in the shapes the wrapper needs.
enum PCRE2C {
  // MARK: Constants (the compile and match option bits, as PCRE2 defines them)

  static let caseless = UInt32(PCRE2_CASELESS)
  static let extended = UInt32(PCRE2_EXTENDED)
  static let extendedMore = UInt32(PCRE2_EXTENDED_MORE)
  static let multiline = UInt32(PCRE2_MULTILINE)
  static let dotAll = UInt32(PCRE2_DOTALL)
  static let ucp = UInt32(PCRE2_UCP)
  static let ungreedy = UInt32(PCRE2_UNGREEDY)
  static let anchored = UInt32(PCRE2_ANCHORED)
  static let literal = UInt32(PCRE2_LITERAL)
  static let utf = UInt32(PCRE2_UTF)
  static let noAutoCapture = UInt32(PCRE2_NO_AUTO_CAPTURE)
  static let noStartOptimize = UInt32(PCRE2_NO_START_OPTIMIZE)
  static let dollarEndOnly = UInt32(PCRE2_DOLLAR_ENDONLY)
  static let matchUnsetBackref = UInt32(PCRE2_MATCH_UNSET_BACKREF)
  static let noUTFCheck = UInt32(PCRE2_NO_UTF_CHECK)
  static let notEmptyAtStart = UInt32(PCRE2_NOTEMPTY_ATSTART)
  /// PCRE2_UNSET, `~(PCRE2_SIZE)0`: PCRE2_SIZE (size_t) imports as Int.
  static let unset = Int(bitPattern: UInt.max)

  static let errorNoMatch = Int32(PCRE2_ERROR_NOMATCH)
  static let errorMatchLimit = Int32(PCRE2_ERROR_MATCHLIMIT)
  static let errorDepthLimit = Int32(PCRE2_ERROR_DEPTHLIMIT)
  static let errorHeapLimit = Int32(PCRE2_ERROR_HEAPLIMIT)
  static let errorJITStackLimit = Int32(PCRE2_ERROR_JIT_STACKLIMIT)
  static let errorUTF8First = Int32(PCRE2_ERROR_UTF8_ERR21)  // the UTF-8 errors run -3 ... -23
  static let errorUTF8Last = Int32(PCRE2_ERROR_UTF8_ERR1)

  static let newlineCRLF = UInt32(PCRE2_NEWLINE_CRLF)
  static let newlineAny = UInt32(PCRE2_NEWLINE_ANY)
  static let newlineAnyCRLF = UInt32(PCRE2_NEWLINE_ANYCRLF)

  // MARK: Configuration

  /// Whether this build of libpcre2-8 has a JIT compiler for this machine.
  static var jitAvailable: Bool {
    var available: UInt32 = 0
    return pcre2_config_8(UInt32(PCRE2_CONFIG_JIT), &available) >= 0 && available == 1
  }

  /// PCRE2's own text for an error code.
  static func message(for code: Int32) -> String {
    var buffer = [UInt8](repeating: 0, count: 256)
    let length = buffer.withUnsafeMutableBufferPointer {
      pcre2_get_error_message_8(code, $0.baseAddress, $0.count)
    }
    guard length > 0 else { return "unknown PCRE2 error \(code)" }
    return String(decoding: buffer[..<Int(length)], as: UTF8.self)
  }

  // MARK: Compiling

  /// Compiles `pattern` (exact byte length, no terminator needed).
  /// Returns the code, or the error code and the byte offset in the pattern.
  /// A failed compile: PCRE2's error code and the byte offset in the pattern.
  struct CompileFailure: Error {
    let code: Int32
    let offset: Int
  }

  static func compile(_ pattern: UnsafeBufferPointer<UInt8>, options: UInt32)
    -> Result<OpaquePointer, CompileFailure>
  {
    var errorCode: Int32 = 0
    var errorOffset: Int = 0
    let empty: UInt8 = 0
    let code = withUnsafePointer(to: empty) { emptyPointer in
      pcre2_compile_8(
        pattern.baseAddress ?? emptyPointer, pattern.count, options, &errorCode, &errorOffset, nil)
    }
    guard let code else { return .failure(CompileFailure(code: errorCode, offset: errorOffset)) }
    return .success(code)
  }

  /// JIT-compiles for complete matching; returns PCRE2's code (0 on success).
  static func jitCompile(_ code: OpaquePointer) -> Int32 {
    pcre2_jit_compile_8(code, UInt32(PCRE2_JIT_COMPLETE))
  }

  static func free(code: OpaquePointer) { pcre2_code_free_8(code) }

  // MARK: Pattern information

  static func captureCount(_ code: OpaquePointer) -> Int {
    var count: UInt32 = 0
    _ = pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_CAPTURECOUNT), &count)
    return Int(count)
  }

  static func newline(_ code: OpaquePointer) -> UInt32 {
    var newline: UInt32 = 0
    _ = pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NEWLINE), &newline)
    return newline
  }

  /// The named groups as (name, group number) pairs, read from PCRE2's name table.
  static func names(_ code: OpaquePointer) -> [(String, Int)] {
    var count: UInt32 = 0
    var entrySize: UInt32 = 0
    var table: UnsafePointer<UInt8>? = nil
    _ = pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMECOUNT), &count)
    _ = pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMEENTRYSIZE), &entrySize)
    _ = pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_NAMETABLE), &table)
    guard count > 0, let table else { return [] }
    var result: [(String, Int)] = []
    for entry in 0..<Int(count) {
      let base = table + entry * Int(entrySize)
      let group = Int(base[0]) << 8 | Int(base[1])
      let name = String(cString: base + 2)
      result.append((name, group))
    }
    return result
  }

  /// The bytes a match can start with, when PCRE2 knows them: a 256-entry table, or nil when
  /// a match can start anywhere (or only at a line start).
  static func startBytes(_ code: OpaquePointer) -> [Bool]? {
    var type: UInt32 = 0
    _ = pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_FIRSTCODETYPE), &type)
    if type == 1 {
      var unit: UInt32 = 0
      _ = pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_FIRSTCODEUNIT), &unit)
      var table = [Bool](repeating: false, count: 256)
      guard unit < 256 else { return nil }
      table[Int(unit)] = true
      // A caseless first unit is reported once; allow its other ASCII case too.
      let byte = UInt8(unit)
      if byte >= 0x41 && byte <= 0x5A { table[Int(byte | 0x20)] = true }
      if byte >= 0x61 && byte <= 0x7A { table[Int(byte & ~0x20)] = true }
      return table
    }
    var bitmap: UnsafePointer<UInt8>? = nil
    guard pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_FIRSTBITMAP), &bitmap) == 0, let bitmap
    else { return nil }
    var table = [Bool](repeating: false, count: 256)
    for byte in 0..<256 where bitmap[byte / 8] & (1 << UInt8(byte % 8)) != 0 {
      table[byte] = true
    }
    return table
  }

  // MARK: Match data and contexts

  static func matchDataCreate(pairs: Int) -> OpaquePointer? {
    pcre2_match_data_create_8(UInt32(pairs), nil)
  }

  static func free(matchData: OpaquePointer) { pcre2_match_data_free_8(matchData) }

  static func matchContextCreate(matchLimit: UInt32, depthLimit: UInt32, heapLimitKiB: UInt32)
    -> OpaquePointer?
  {
    guard let context = pcre2_match_context_create_8(nil) else { return nil }
    pcre2_set_match_limit_8(context, matchLimit)
    pcre2_set_depth_limit_8(context, depthLimit)
    pcre2_set_heap_limit_8(context, heapLimitKiB)
    return context
  }

  static func free(matchContext: OpaquePointer) { pcre2_match_context_free_8(matchContext) }

  static func set(matchLimit: UInt32, in context: OpaquePointer) {
    pcre2_set_match_limit_8(context, matchLimit)
  }

  static func set(depthLimit: UInt32, heapLimitKiB: UInt32, in context: OpaquePointer) {
    pcre2_set_depth_limit_8(context, depthLimit)
    pcre2_set_heap_limit_8(context, heapLimitKiB)
  }

  static func jitStackCreate(startSize: Int, maxSize: Int) -> OpaquePointer? {
    pcre2_jit_stack_create_8(startSize, maxSize, nil)
  }

  static func assign(jitStack: OpaquePointer, to context: OpaquePointer) {
    pcre2_jit_stack_assign_8(context, nil, UnsafeMutableRawPointer(jitStack))
  }

  static func free(jitStack: OpaquePointer) { pcre2_jit_stack_free_8(jitStack) }

  static func ovector(_ matchData: OpaquePointer) -> UnsafeMutablePointer<Int> {
    pcre2_get_ovector_pointer_8(matchData)
  }

  static func ovectorPairs(_ matchData: OpaquePointer) -> Int {
    Int(pcre2_get_ovector_count_8(matchData))
  }

  static func startChar(_ matchData: OpaquePointer) -> Int {
    pcre2_get_startchar_8(matchData)
  }

  static func mark(_ matchData: OpaquePointer) -> String? {
    guard let mark = pcre2_get_mark_8(matchData) else { return nil }
    // The name is preceded by a code unit holding its length.
    let length = Int((mark - 1).pointee)
    return String(decoding: UnsafeBufferPointer(start: mark, count: length), as: UTF8.self)
  }

  // MARK: Matching

  /// One call of `pcre2_jit_match` (when `jit`) or `pcre2_match`; returns PCRE2's code.
  @inline(__always)
  static func match(
    _ code: OpaquePointer, jit: Bool, subject: UnsafePointer<UInt8>, length: Int, offset: Int,
    options: UInt32, matchData: OpaquePointer, context: OpaquePointer?
  ) -> Int32 {
    if jit {
      return pcre2_jit_match_8(code, subject, length, offset, options, matchData, context)
    }
    return pcre2_match_8(code, subject, length, offset, options, matchData, context)
  }
}
