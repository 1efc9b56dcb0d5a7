// scaling: time and peak memory of the standard pipeline on one document of each
// pathological input class of issue 14, and of real news, at 1 MB and 8 MB. Each measurement
// runs in a child process of its own, so that its peak RSS is its own. Done when, for every
// class, time(8 MB) / time(1 MB) ≤ 10, peak ≤ 30 bytes per input byte + 64 MB, and no
// document fails (a JIT stack error or any other); the exit status says whether it is. Times
// are the best of three runs; the peak is the highest of the three.
//
//     swift run -c release scaling            (from Benchmarks/, after ./fetch-corpus.sh)
//     swift run -c release scaling CLASS...   (only these classes)
import Foundation
import Winnow

#if canImport(Glibc)
  import Glibc
#endif

/// The input classes: a unit repeated to the size (after a fixed head), or real news.
let classes: [(name: String, head: String, unit: String)] = [
  ("spaces after a number", "President Biden paid $5 million. 1", " "),
  ("tabs after a number", "President Biden paid $5 million. 1", "\t"),
  ("no-break spaces after a number", "President Biden paid $5 million. 1", "\u{A0}"),
  ("number words", "", "one "),
  ("legislation name repeated", "", "under the Clean Air Act. "),
  ("title heads", "", "President "),
  ("titles and names", "", "President Joe Biden and Secretary of State Antony Blinken, "),
  ("dates", "", "March 5 "),
  ("real news (Benchmarks/corpus)", "", ""),
]
let sizes = [1 << 20, 8 << 20]

func input(_ index: Int, bytes: Int) -> String {
  let (_, head, unit) = classes[index]
  if unit.isEmpty {
    let path = ProcessInfo.processInfo.environment["WINNOW_BENCH_CORPUS"] ?? "corpus/corpus.txt"
    guard let data = FileManager.default.contents(atPath: path) else {
      fatalError("no corpus at \(path): run ./fetch-corpus.sh")
    }
    var text = Array(data)
    while text.count < bytes { text += text }
    var end = bytes
    while end > 0 && text[end] & 0xC0 == 0x80 { end -= 1 }
    return String(decoding: text[..<end], as: UTF8.self)
  }
  let count = (bytes - head.utf8.count) / unit.utf8.count
  return head + String(repeating: unit, count: count)
}

/// Child: one measurement, printed as `seconds peakBytes mentions error`.
if CommandLine.arguments.count == 4, CommandLine.arguments[1] == "--one",
  let index = Int(CommandLine.arguments[2]), let bytes = Int(CommandLine.arguments[3])
{
  let text = input(index, bytes: bytes)
  let pipeline = try Pipeline.standard()
  let start = DispatchTime.now().uptimeNanoseconds
  var mentions = 0
  var failure = "-"
  do {
    mentions = try pipeline.extract(from: text).count
  } catch {
    failure = "\(error)".replacingOccurrences(of: " ", with: "_")
  }
  let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  print(seconds, Int(usage.ru_maxrss) * 1024, mentions, failure)
  exit(0)
}

let only = Set(CommandLine.arguments.dropFirst())
var failed = false
print(
  "| Input class | 1 MB time (s) | 8 MB time (s) | 8 MB ÷ 1 MB | 1 MB peak (MB) | 8 MB peak (MB) | 8 MB peak bytes/input byte | mentions at 8 MB | done |"
)
print("|---|---:|---:|---:|---:|---:|---:|---:|---|")
for (index, inputClass) in classes.enumerated() where only.isEmpty || only.contains(inputClass.name) {
  var rows: [(seconds: Double, peak: Int, mentions: Int, failure: String)] = []
  for size in sizes {
    // The best of three runs: the machine is shared, and a slow run is someone else's load.
    var best: (seconds: Double, peak: Int, mentions: Int, failure: String)?
    for _ in 0..<3 {
      let child = Process()
      child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
      child.arguments = ["--one", String(index), String(size)]
      let pipe = Pipe()
      child.standardOutput = pipe
      try child.run()
      let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
      child.waitUntilExit()
      let fields = output.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
      guard fields.count == 4, let seconds = Double(fields[0]), let peak = Int(fields[1]),
        let count = Int(fields[2])
      else {
        best = (0, 0, 0, "child_failed:\(output)")
        break
      }
      if best == nil || seconds < best!.seconds {
        best = (seconds, max(peak, best?.peak ?? 0), count, fields[3])
      }
    }
    rows.append(best!)
  }
  let ratio = rows[1].seconds / max(rows[0].seconds, 1e-9)
  let ok =
    ratio <= 10 && rows.allSatisfy { $0.failure == "-" }
    && zip(rows, sizes).allSatisfy { row, size in row.peak <= 30 * size + 64 << 20 }
  failed = failed || !ok
  let mb = { (bytes: Int) in String(format: "%.0f", Double(bytes) / 1_048_576) }
  print(
    "| \(inputClass.name) | \(String(format: "%.3f", rows[0].seconds)) | \(String(format: "%.3f", rows[1].seconds)) "
      + "| \(String(format: "%.1f", ratio)) | \(mb(rows[0].peak)) | \(mb(rows[1].peak)) "
      + "| \(String(format: "%.1f", Double(rows[1].peak) / Double(sizes[1]))) | \(rows[1].mentions) "
      + "| \(ok ? "yes" : "NO \(rows.map(\.failure).filter { $0 != "-" }.joined(separator: " "))") |")
}
exit(failed ? 1 : 0)
