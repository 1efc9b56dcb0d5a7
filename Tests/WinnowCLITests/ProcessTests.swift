import Foundation
import Testing

/// The built `winnow` executable, beside the test bundle (built with the tests).
let winnowExecutable: String? = {
  var directory = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
  for _ in 0..<4 {
    let candidate = directory.appendingPathComponent("winnow").path
    if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    directory = directory.deletingLastPathComponent()
  }
  let built = repositoryRoot.appendingPathComponent(".build/debug/winnow").path
  return FileManager.default.isExecutableFile(atPath: built) ? built : nil
}()

/// Runs a bash command line with `$WINNOW` set; returns its status and standard error.
func shell(_ script: String) throws -> (status: Int32, out: String, err: String) {
  let process = Process()
  process.executableURL = URL(fileURLWithPath: "/bin/bash")
  process.arguments = ["-c", script]
  process.environment = ["WINNOW": winnowExecutable ?? "winnow", "PATH": "/usr/bin:/bin"]
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = out
  process.standardError = err
  try process.run()
  let outData = out.fileHandleForReading.readDataToEndOfFile()
  let errData = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return (
    process.terminationStatus, String(decoding: outData, as: UTF8.self),
    String(decoding: errData, as: UTF8.self)
  )
}

@Suite("The winnow process", .enabled(if: winnowExecutable != nil, "the winnow executable is not built"))
struct ProcessTests {
  @Test("output to /dev/full reports No space left on device and exits 1")
  func devFull() throws {
    let run = try shell(
      #""$WINNOW" extract --corpus "\#(fixtureCorpus("eval-sample"))" --format jsonl > /dev/full"#)
    #expect(run.status == 1)
    #expect(run.err.contains("standard output: No space left on device"), "\(run.err)")
  }

  @Test("closed standard input (<&-) is an error, not a crash")
  func closedStandardInput() throws {
    let run = try shell(#""$WINNOW" extract - --format jsonl <&-"#)
    #expect(run.status == 1)
    #expect(run.err.contains("standard input: Bad file descriptor"), "\(run.err)")
    let file = try temporaryFile("It cost $5.")
    let other = try shell(#""$WINNOW" extract "\#(file)" --format jsonl <&-"#)
    #expect(other.status == 0, "\(other.err)")
  }

  @Test("process substitution and /dev/stdin are read as streams")
  func streams() throws {
    let file = try temporaryFile("It cost $5.")
    let substituted = try shell(#""$WINNOW" extract <(cat "\#(file)") --format jsonl"#)
    #expect(substituted.status == 0, "\(substituted.err)")
    #expect(substituted.out.contains(#""text":"$5""#))
    let devStdin = try shell(#"cat "\#(file)" | "$WINNOW" extract /dev/stdin --format jsonl"#)
    #expect(devStdin.status == 0, "\(devStdin.err)")
    #expect(devStdin.out.contains(#""text":"$5""#))
    let piped = try shell(#"cat "\#(file)" | "$WINNOW" extract"#)
    #expect(piped.out.hasPrefix(#"{"id":"-""#))
  }

  @Test("a usage error exits 64")
  func usageExit() throws {
    #expect(try shell(#""$WINNOW" extract --frobnicate"#).status == 64)
    #expect(try shell(#""$WINNOW" --version"#).status == 0)
  }
}
