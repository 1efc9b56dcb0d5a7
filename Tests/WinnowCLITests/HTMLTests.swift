import Foundation
import Testing
import Winnow

@testable import WinnowCLI

/// Debian's chromium, when installed (`make html-check` installs it).
let chromium: String? = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"].first {
  FileManager.default.isExecutableFile(atPath: $0)
}

/// The number of `<mark data-kind="KIND"` openings per kind in `html`, pieces of a split mark
/// (`data-part="rest"`) left out.
func markCounts(_ html: String) -> [String: Int] {
  var counts: [String: Int] = [:]
  var rest = html[...]
  while let range = rest.range(of: "<mark data-kind=\"") {
    let tail = rest[range.upperBound...]
    let kind = String(tail.prefix { $0 != "\"" })
    let tag = tail.prefix { $0 != ">" }
    if !tag.contains("data-part=\"rest\"") { counts[kind, default: 0] += 1 }
    rest = tail
  }
  return counts
}

/// Mention counts per kind in JSONL output.
func mentionCounts(_ jsonl: String) throws -> [String: Int] {
  var counts: [String: Int] = [:]
  for line in jsonl.split(separator: "\n") {
    for mention in try mentions(line) { counts[mention["kind"] as! String, default: 0] += 1 }
  }
  return counts
}

@Suite("--format html")
struct HTMLTests {
  let seeds = try! FileManager.default.contentsOfDirectory(
    atPath: repositoryRoot.appendingPathComponent("seeds").path
  )
  .filter { $0.hasSuffix(".txt") }.sorted().map { repositoryRoot.appendingPathComponent("seeds/\($0)").path }

  @Test("the page marks every mention once, with its kind, value and rule, and counts each kind")
  func marksEveryMention() throws {
    let html = winnow(["extract", "--format", "html"] + seeds)
    let jsonl = winnow(["extract", "--format", "jsonl"] + seeds)
    #expect(html.status == 0)
    let counts = try mentionCounts(jsonl.out)
    #expect(markCounts(html.out) == counts)
    for (kind, count) in counts { #expect(html.out.contains("\(kind): <b>\(count)</b>")) }
    #expect(html.out.contains("title=\"money: 3400000000 USD · rule money."))
    #expect(!html.out.contains("http"))  // self-contained: nothing fetched
  }

  @Test("text is escaped and overlapping mentions nest, a crossing one split in two pieces")
  func escapingAndCrossingMentions() {
    let text = "a <b> & \"c\" 0123456789"
    let base = text.utf8.count - 10
    let mentions = [
      Mention(kind: .money, range: base..<base + 6, text: "012345", value: .null, rule: "r.a"),
      Mention(kind: .date, range: base + 2..<base + 4, text: "23", value: .null, rule: "r.b"),
      Mention(kind: .title, range: base + 4..<base + 9, text: "45678", value: .null, rule: "r.c"),
    ]
    let html = renderHTML([ExtractedDocument(id: "<id>", line: [], text: text, mentions: mentions, bytes: 0)])
    #expect(html.contains("a &lt;b&gt; &amp; &quot;c&quot; "))
    #expect(html.contains("<h2>&lt;id&gt;</h2>"))
    #expect(markCounts(html) == ["money": 1, "date": 1, "title": 1])
    #expect(html.components(separatedBy: "<mark ").count == html.components(separatedBy: "</mark>").count + 0)
    #expect(html.contains("data-part=\"rest\">678</mark>"))
  }

  @Test(
    "chromium renders the seed's page with one highlighted element per mention of each kind (screenshot in .build)",
    .enabled(if: chromium != nil, "chromium is not installed (make html-check installs it)"))
  func chromiumRendersThePage() throws {
    let html = winnow(["extract", "--format", "html"] + seeds)
    let page = try temporaryFile(Array(html.out.utf8), suffix: ".html")
    let directory = repositoryRoot.appendingPathComponent(".build/html-check")
    try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    let screenshot = directory.appendingPathComponent("seed.png").path
    func run(_ arguments: [String]) throws -> String {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: chromium!)
      process.arguments =
        [
          "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
          "--user-data-dir=\(NSTemporaryDirectory())winnow-chromium-\(UUID().uuidString)",
        ]
        + arguments + ["file://\(page)"]
      let out = Pipe()
      process.standardOutput = out
      process.standardError = FileHandle.nullDevice
      try process.run()
      let data = out.fileHandleForReading.readDataToEndOfFile()
      process.waitUntilExit()
      return String(decoding: data, as: UTF8.self)
    }
    // The DOM as the browser built it: a stray "<" in the text would have made elements of it.
    let dom = try run(["--dump-dom"])
    let counts = try mentionCounts(winnow(["extract", "--format", "jsonl"] + seeds).out)
    #expect(markCounts(dom) == counts)
    try? FileManager.default.removeItem(atPath: screenshot)
    _ = try run(["--window-size=1200,1600", "--screenshot=\(screenshot)"])
    #expect(FileManager.default.fileExists(atPath: screenshot))
  }
}
