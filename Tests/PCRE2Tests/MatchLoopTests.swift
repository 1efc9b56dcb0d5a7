import Dispatch
import PCRE2
import Synchronization
import Testing

/// Ranges of every match, with a regex compiled in the given JIT mode.
func ranges(_ pattern: String, _ text: String, options: PCRE2Options = [], jit: PCRE2JITMode = .auto)
  throws -> [Range<Int>]
{
  try PCRE2Regex(pattern, options: options, jit: jit).matchRanges(in: text)
}

/// The byte range of `needle`'s first occurrence in `text`, from Swift's own indices.
func byteRange(of needle: String, in text: String) -> Range<Int> {
  let range = text.range(of: needle)!
  let start = text.utf8.distance(from: text.startIndex, to: range.lowerBound)
  return start..<(start + needle.utf8.count)
}

extension String {
  func range(of needle: String) -> Range<String.Index>? {
    var index = startIndex
    while index < endIndex {
      if self[index...].hasPrefix(needle) { return index..<self.index(index, offsetBy: needle.count) }
      index = self.index(after: index)
    }
    return nil
  }
}

@Suite("The global match loop")
struct MatchLoopTests {
  @Test("empty matches: Perl's semantics, an empty match after a non-empty one included")
  func emptyMatches() throws {
    #expect(try ranges("x*", "axbxx") == [0..<0, 1..<2, 2..<2, 3..<5, 5..<5])
  }

  @Test("an empty pattern matches once at every character boundary, never inside a character")
  func emptyMatchesNeverSplitACharacter() throws {
    // é (2 bytes), 日 (3), 👍 (4)
    #expect(try ranges("", "é日👍") == [0..<0, 2..<2, 5..<5, 9..<9])
  }

  @Test("CRLF is one unit when CRLF is the newline, two characters otherwise")
  func crlfAdvancesAsOneUnit() throws {
    #expect(try ranges("(*CRLF)", "a\r\nb") == [0..<0, 1..<1, 3..<3, 4..<4])
    #expect(try ranges("", "a\r\nb") == [0..<0, 1..<1, 2..<2, 3..<3, 4..<4])
  }

  @Test("adjacent matches are all found")
  func adjacentMatches() throws {
    #expect(try ranges(#"\d"#, "123") == [0..<1, 1..<2, 2..<3])
    #expect(try ranges("ab", "ababab") == [0..<2, 2..<4, 4..<6])
  }

  @Test("\\K moves the match start; the loop still progresses")
  func resetMatchStart() throws {
    #expect(try ranges(#"a\Kb"#, "abab") == [1..<2, 3..<4])
    // \K at the end: empty matches after each "a", and the loop moves on.
    #expect(try ranges(#"a\K"#, "aaa") == [1..<1, 2..<2, 3..<3])
  }

  @Test("offsets are exact UTF-8 byte offsets after é, combining marks, emoji and CJK")
  func byteOffsetsInUnicodeText() throws {
    let text = "é1 e\u{301}22 日本333 👍🏽4444 🇲🇽55555"
    let found = try ranges(#"\d+"#, text)
    #expect(found == ["1", "22", "333", "4444", "55555"].map { byteRange(of: $0, in: text) })
    #expect(found[0] == 2..<3)
  }

  @Test("letters beyond ASCII match with \\p{L}, without UCP")
  func unicodeLetters() throws {
    let text = "Ramírez de la O, Sherwood-Randall"
    #expect(try PCRE2Regex(#"\p{Lu}\p{L}+"#).matches(in: text) == ["Ramírez", "Sherwood", "Randall"])
  }

  @Test("JIT and the interpreter give the same matches")
  func jitAndInterpreterAgree() throws {
    let text = "On July 12, $3.4 billion; é👍 日本 2022-10-13, US$20m and €5bn.\r\nEnd"
    let patterns = [
      #"\$\d+(?:\.\d+)?\s*(?:billion|million)?"#, #"(?i)\b(?:july|october)\b"#, #"\d{4}-\d\d-\d\d"#,
      "x*", #"(?<=\s)\p{L}+"#, "", #"(*CRLF)(?m)$"#,
    ]
    for pattern in patterns {
      #expect(try ranges(pattern, text, jit: .auto) == ranges(pattern, text, jit: .never), "\(pattern)")
    }
  }

  @Test("captures by index and by name; unset groups are nil")
  func captures() throws {
    let regex = try PCRE2Regex(#"(?<cur>\$|€)(?<num>\d+)(?<scale>bn)?"#)
    let data = PCRE2MatchData()
    try PCRE2Subject.withSubject("paid €40 and $7bn") { subject in
      var found: [(String?, String?, Range<Int>?)] = []
      try regex.forEachMatch(in: subject, using: data) { match in
        let text = Array("paid €40 and $7bn".utf8)
        let string = { (r: Range<Int>?) in r.map { String(decoding: text[$0], as: UTF8.self) } }
        found.append(
          (string(match.range(named: "cur")), string(match.range(at: 2)), match.range(named: "scale")))
      }
      #expect(found.count == 2)
      #expect(found[0].0 == "€" && found[0].1 == "40" && found[0].2 == nil)
      #expect(found[1].0 == "$" && found[1].1 == "7" && found[1].2 != nil)
    }
  }

  @Test("(*MARK) names are reported")
  func markNames() throws {
    let regex = try PCRE2Regex("(*MARK:first)a|(*MARK:second)b")
    let data = PCRE2MatchData()
    var marks: [String?] = []
    try PCRE2Subject.withSubject("ba") { subject in
      try regex.forEachMatch(in: subject, using: data) { marks.append($0.mark) }
    }
    #expect(marks == ["second", "first"])
  }

  @Test("searching from an offset lets lookbehind and \\b see the text before it")
  func offsetKeepsContext() throws {
    let regex = try PCRE2Regex(#"\bcat"#)
    let data = PCRE2MatchData()
    try PCRE2Subject.withSubject("concat cat") { subject throws in
      let match = try regex.firstMatch(in: subject, from: 3, using: data)
      #expect(match?.range == 7..<10)
    }
  }

  @Test("an anchored regex matches only at the start offset")
  func anchoredAtOffset() throws {
    let regex = try PCRE2Regex(#"\d+"#, options: .anchored)
    let data = PCRE2MatchData()
    try PCRE2Subject.withSubject("ab 12 34") { subject throws in
      #expect(try regex.firstMatch(in: subject, from: 0, using: data) == nil)
      #expect(try regex.firstMatch(in: subject, from: 3, using: data)?.range == 3..<5)
    }
  }

  @Test("catastrophic backtracking ends in a match-limit error, with JIT and without")
  func matchLimit() throws {
    let text = String(repeating: "a", count: 40) + "b"
    for jit in [PCRE2JITMode.auto, .never] {
      #expect(throws: PCRE2Error.self) { _ = try ranges("(a+)+$", text, jit: jit) }
      do {
        _ = try ranges("(a+)+$", text, jit: jit)
      } catch let error as PCRE2Error {
        #expect(error.kind == .matchLimit, "\(jit): \(error)")
      }
    }
  }

  @Test("a tighter limit stops sooner; the limit is the caller's")
  func limitsAreConfigurable() throws {
    let regex = try PCRE2Regex("(a+)+$")
    let data = PCRE2MatchData(limits: PCRE2Limits(matchLimit: 1000))
    try PCRE2Subject.withSubject(String(repeating: "a", count: 16) + "b") { subject in
      #expect(throws: PCRE2Error.self) { _ = try regex.firstMatch(in: subject, using: data) }
    }
  }

  @Test("one compiled regex is shared by threads, each with its own match data")
  func sharedAcrossThreads() throws {
    let regex = try PCRE2Regex(#"\d+"#)
    let text = (0..<200).map(String.init).joined(separator: " ")
    let expected = try regex.matchRanges(in: text)
    let results = Mutex<[[Range<Int>]]>([])
    DispatchQueue.concurrentPerform(iterations: 8) { _ in
      let found = (try? regex.matchRanges(in: text)) ?? []
      results.withLock { $0.append(found) }
    }
    results.withLock { all in
      #expect(all.count == 8 && all.allSatisfy { $0 == expected })
    }
  }
}

@Suite("UTF-8 validation")
struct ValidationTests {
  @Test("invalid UTF-8 is reported at the byte offset of the bad character")
  func invalidOffset() throws {
    let cases: [([UInt8], Int?)] = [
      (Array("abc é 日 👍".utf8), nil),
      ([0x61, 0xC3, 0x28], 1),  // bad continuation
      ([0x61, 0x62, 0x80], 2),  // lone continuation
      ([0xC0, 0xAF], 0),  // overlong
      ([0xED, 0xA0, 0x80], 0),  // surrogate
      ([0x61, 0xF4, 0x90, 0x80, 0x80], 1),  // above U+10FFFF
      ([0x61, 0xE6, 0x97], 1),  // truncated at the end
    ]
    for (bytes, offset) in cases {
      bytes.withUnsafeBufferPointer { buffer in
        #expect(PCRE2Subject.firstInvalidUTF8Offset(in: buffer) == offset, "\(bytes)")
      }
    }
  }

  @Test("a validated subject throws an invalidUTF8 error with the offset")
  func validatingSubject() throws {
    let bytes: [UInt8] = [0x61, 0x62, 0xFF, 0x63]
    bytes.withUnsafeBufferPointer { buffer in
      #expect {
        _ = try PCRE2Subject(validating: buffer)
      } throws: { error in
        (error as? PCRE2Error)?.kind == .invalidUTF8 && (error as? PCRE2Error)?.offset == 2
      }
    }
  }
}
