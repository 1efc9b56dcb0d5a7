// libFuzzer harness: the standard pipeline, fed through the command's own decoders (a JSONL
// corpus line, or text repaired as `--lossy` does), checking what every output must satisfy:
// offsets inside the text on character boundaries, the mention's text at its offsets, no two
// mentions overlapping, holders inside the text; and no error at all (a built-in rule never
// reaches a limit). An input whose first byte has its high bit set is a long-run program
// (``LongRuns``), so that inputs up to 1 MB are reached. Built by `make fuzz` (Fuzz/run.sh).
#if FUZZING
  import FuzzSupport
  import Foundation
  import PCRE2
  import Winnow
  @testable import WinnowCLI

  let pipeline = try! Pipeline.standard()
  nonisolated(unsafe) let workspace = Workspace()

  func check(_ mentions: [Mention], in text: String) {
    let bytes = Array(text.utf8)
    var lastEnd = 0
    for mention in mentions {
      let range = mention.range
      precondition(
        range.lowerBound >= 0 && range.lowerBound < range.upperBound && range.upperBound <= bytes.count)
      precondition(range.lowerBound >= lastEnd, "mentions overlap or are unsorted: \(mention)")
      lastEnd = range.upperBound
      for boundary in [range.lowerBound, range.upperBound] where boundary < bytes.count {
        precondition(bytes[boundary] & 0xC0 != 0x80, "offset inside a character: \(mention)")
      }
      precondition(Array(mention.text.utf8) == Array(bytes[range]), "text is not the bytes at its offsets")
      if case .title(let title) = mention.value, let holder = title.holder {
        precondition(holder.start >= 0 && holder.start < holder.end && holder.end <= bytes.count)
        precondition(Array(holder.text.utf8) == Array(bytes[holder.start..<holder.end]))
      }
    }
  }

  func run(_ text: String, referenceDate: CalendarDate? = nil) {
    do {
      let mentions = try pipeline.extract(
        from: Document(id: "fuzz", text: text, referenceDate: referenceDate), workspace: workspace)
      check(mentions, in: text)
    } catch {
      fatalError("the standard pipeline failed on a document: \(error)")
    }
  }

  /// libFuzzer's entry point: one input, 0 when it passed (a failed check stops the process).
  @_cdecl("LLVMFuzzerTestOneInput")
  public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let input = UnsafeBufferPointer(start: data, count: size)
    guard let first = input.first else { return 0 }
    let bytes: [UInt8]
    if first & 0x80 != 0 {
      bytes = LongRuns.text(UnsafeBufferPointer(rebasing: input[1...]))
    } else {
      bytes = Array(input)
      // As a corpus line, through the command's JSONL decoder.
      if let document = try? CorpusDocument(line: input, place: "fuzz:1", lossy: true) {
        run(document.text, referenceDate: document.referenceDate)
      }
    }
    // As a text file, repaired as --lossy repairs it.
    let text = bytes.withUnsafeBufferPointer { buffer in
      RepairedText(repairing: buffer)?.text ?? String(decoding: buffer, as: UTF8.self)
    }
    run(text)
    run(text, referenceDate: CalendarDate(year: Int(first) * 40, month: 1 + Int(first) % 12, day: 1))
    return 0
  }
#else
  @main enum FuzzPipeline {
    static func main() {
      print("build with `make fuzz` (swift build --sanitize=fuzzer -Xswiftc -DFUZZING …)")
    }
  }
#endif
