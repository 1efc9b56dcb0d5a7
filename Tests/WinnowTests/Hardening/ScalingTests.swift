import Testing
import Winnow

#if canImport(Glibc)
  import Glibc
#endif

/// Issue 14, items 3 and 4: passes whose cost grew with the square of a document, and memory
/// that grew by hundreds of bytes per input byte. Each test is a guard against the reproducer
/// coming back: its input is large enough that the old behaviour runs far past the limit.
@Suite("Scaling")
struct ScalingTests {
  @Test(
    "a legislation name repeated 80,000 times (2 MB) links its short forms by hash, not by comparing every pair",
    .timeLimit(.minutes(1)))
  func repeatedLegislationName() throws {
    let text = String(repeating: "under the Clean Air Act. ", count: 80_000)
    var configuration = StandardConfiguration()
    configuration.kinds = [.legislation]
    let mentions = try Pipeline.standard(configuration).extract(from: text)
    #expect(mentions.count == 80_000)
    #expect(
      mentions.allSatisfy { $0.text == "Clean Air Act" && $0.value.legislation?.name == "Clean Air Act" })
  }

  @Test(
    "a 1 MB line of legislation kind words finds its phrase limit once per stretch, not once per attempt",
    .timeLimit(.minutes(1)))
  func longLineOfKindWords() throws {
    let text = String(repeating: "Bill ", count: 200_000)
    var configuration = StandardConfiguration()
    configuration.kinds = [.legislation]
    _ = try Pipeline.standard(configuration).extract(from: text)
  }

  @Test("short forms still take the latest full name they start")
  func latestFullNameWins() throws {
    let text = """
      The Bicentennial Framework for Security, Public Health, and Safe Communities passed. \
      Later the Bicentennial Framework for Security and Trade was signed. \
      The Bicentennial Framework was praised.
      """
    let mentions = try standardPipeline.extract(from: text).filter { $0.kind == .legislation }
    #expect(mentions.last?.text == "Bicentennial Framework")
    #expect(mentions.last?.value.legislation?.name == "Bicentennial Framework for Security and Trade")
  }

  #if canImport(Glibc)
    @Test("512 KB of title heads (`President President …`) grow the peak by under 30 bytes per input byte")
    func titleDenseTextMemory() async {
      await #expect(processExitsWith: .success) {
        // The growth of the peak, not the peak itself: the runtime, the test binary and the
        // compiled pipeline are in the peak before the text is read, and vary by machine.
        // The old title extractor grew it by ~350 bytes per input byte here (~180 MB).
        func peakBytes() -> Int {
          var usage = rusage()
          getrusage(RUSAGE_SELF.rawValue, &usage)
          return Int(usage.ru_maxrss) * 1024
        }
        let pipeline = try Pipeline.standard()
        _ = try pipeline.extract(from: "President Biden met Prime Minister Modi.")
        let before = peakBytes()
        let text = String(repeating: "President ", count: 51_200)
        _ = try pipeline.extract(from: text)
        let growth = peakBytes() - before
        exit(growth <= 30 * text.utf8.count + (8 << 20) ? 0 : 1)
      }
    }
  #endif
}
