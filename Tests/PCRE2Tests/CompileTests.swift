import PCRE2
import Testing

@Suite("Compiling")
struct CompileTests {
  @Test("a compile error carries PCRE2's code, message and byte offset")
  func compileErrorIsAValue() throws {
    #expect {
      _ = try PCRE2Regex("ab(c")
    } throws: { error in
      guard let error = error as? PCRE2Error else { return false }
      return error.kind == .compile && error.code == 114 && error.offset == 4
        && error.message == "missing closing parenthesis" && error.pattern == "ab(c"
    }
  }

  @Test("the description shows the pattern line with a caret under the offset")
  func descriptionPointsAtTheOffset() throws {
    do {
      _ = try PCRE2Regex("x{2,1}")
      Issue.record("expected a compile error")
    } catch {
      let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(lines.count == 3)
      #expect(lines[0].hasPrefix("PCRE2 error 104 at pattern offset 5: numbers out of order"))
      #expect(lines[1] == "    x{2,1}")
      #expect(lines[2] == "         ^")
    }
  }

  @Test("the caret counts characters, not bytes, and shows only the offending line")
  func caretInMultilineUnicodePattern() throws {
    do {
      _ = try PCRE2Regex("café\n  [b-a]", options: .extended)
      Issue.record("expected a compile error")
    } catch {
      let lines = error.description.split(separator: "\n", omittingEmptySubsequences: false)
      #expect(lines[1] == "      [b-a]")
      let caret = lines[2].firstIndex(of: "^").map { lines[2].distance(from: lines[2].startIndex, to: $0) }
      #expect(caret == 4 + 5)  // indent, then "  [b-" (offset 11 is the `a`, 5 chars into the line)
    }
  }

  @Test("capture names map to group numbers")
  func namedGroups() throws {
    let regex = try PCRE2Regex(#"(?<year>\d{4})-(\d\d)-(?<day>\d\d)"#)
    #expect(regex.captureCount == 3)
    #expect(regex.groupIndices["year"] == [1])
    #expect(regex.groupIndices["day"] == [3])
  }

  @Test("PCRE2 reports the bytes a match can start with, for anchored patterns too")
  func startBytes() throws {
    let dollar = try PCRE2Regex(#"\$\d+"#, options: .anchored)
    let start = try #require(dollar.startBytes)
    #expect(start.indices.filter { start[$0] } == [Int(UInt8(ascii: "$"))])
    let caseless = try #require(try PCRE2Regex("(?:jan|feb)", options: .caseless).startBytes)
    #expect(Set(caseless.indices.filter { caseless[$0] }) == Set("jfJF".utf8.map(Int.init)))
    #expect(try PCRE2Regex(#".x"#).startBytes == nil)
  }

  @Test("JIT is used when libpcre2 has it, and can be turned off")
  func jitModes() throws {
    #expect(try PCRE2Regex("a", jit: .never).isJITCompiled == false)
    #expect(try PCRE2Regex("a").isJITCompiled == PCRE2Regex.isJITAvailable)
  }
}

@Suite("Start optimizations")
struct StartOptimizationTests {
  @Test("start bytes are known for a pattern compiled anchored without start optimizations")
  func startBytesWithoutStartOptimization() throws {
    let regex = try PCRE2Regex(#"\d+\s*dollars"#, options: [.anchored, .noStartOptimize])
    let start = try #require(regex.startBytes)
    #expect(start.indices.filter { start[$0] } == Array(0x30...0x39))
  }

  @Test("an anchored match without start optimizations still finds what it should")
  func anchoredWithoutStartOptimizationMatches() throws {
    let regex = try PCRE2Regex(#"\d+\ dollars"#, options: [.anchored, .noStartOptimize, .extended])
    let data = PCRE2MatchData()
    try PCRE2Subject.withSubject("paid 40 dollars") { subject throws in
      #expect(try regex.firstMatch(in: subject, from: 5, using: data)?.range == 5..<15)
      #expect(try regex.firstMatch(in: subject, from: 0, using: data) == nil)
    }
  }
}
