import Foundation
import Testing

@testable import WinnowCLI

@Suite("The command line: standard input, files, corpora and their errors")
struct InputTests {
  @Test("with no file and standard input not a terminal, standard input is read")
  func readsStandardInput() throws {
    let run = winnow("extract", "--format", "jsonl", stdin: stdinText("It cost $5."))
    #expect(run.status == 0)
    #expect(run.out.hasPrefix(#"{"id":"-","mentions":[{"end":10,"kind":"money""#))
  }

  @Test("with no file and standard input a terminal, it is a usage error")
  func terminalInputIsAUsageError() {
    let run = winnow("extract")
    #expect(run.status == 64)
    #expect(run.err.contains("give FILE..., - for standard input, or --corpus FILE"))
    #expect(winnow("eval").status == 64)
  }

  @Test("- reads standard input, as a file and as a corpus")
  func dashIsStandardInput() throws {
    #expect(winnow("extract", "-", "--format", "jsonl", stdin: stdinText("It cost $5.")).outLines.count == 1)
    let corpus = winnow(
      "extract", "--corpus", "-", "--format", "jsonl",
      stdin: stdinText(#"{"id":"a","text":"It cost $5."}"# + "\n" + #"{"id":"b","text":"None."}"# + "\n"))
    #expect(corpus.status == 0)
    #expect(try corpus.outLines.map { try object($0)["id"] as! String } == ["a", "b"])
  }

  @Test("eval reads an annotated corpus from standard input")
  func evalReadsStandardInput() throws {
    let gold = try String(contentsOfFile: fixtureCorpus("eval-sample"), encoding: .utf8)
    let fromFile = winnow("eval", fixtureCorpus("eval-sample"))
    let fromStdin = winnow("eval", stdin: stdinText(gold))
    #expect(fromStdin.status == 0)
    #expect(fromStdin.out == fromFile.out)
  }

  @Test("closed standard input is an error naming the cause, not a crash")
  func closedStandardInput() {
    for arguments in [["extract", "-"], ["extract", "--corpus", "-"], ["eval", "-"]] {
      let run = winnow(arguments, stdin: .closed)
      #expect(run.status == 1)
      #expect(run.err.contains("standard input: Bad file descriptor"), "\(run.err)")
    }
    // A descriptor that is not open (as `<&-` leaves descriptor 0).
    let run = winnow(["extract", "-"], stdin: .descriptor(987))
    #expect(run.status == 1)
    #expect(run.err.contains("standard input: Bad file descriptor"))
  }

  @Test("a directory is an error (Is a directory), for files, corpora and eval")
  func directoryIsAnError() throws {
    let directory = NSTemporaryDirectory()
    for arguments in [["extract", directory], ["extract", "--corpus", directory], ["eval", directory]] {
      let run = winnow(arguments)
      #expect(run.status == 1)
      #expect(run.err.contains("\(directory): Is a directory"), "\(run.err)")
    }
  }

  @Test("a missing file is reported with its cause; the other files still go through")
  func missingFile() throws {
    let good = try temporaryFile("No money here.")
    let run = winnow("extract", "/nonexistent/file.txt", good, "--format", "jsonl")
    #expect(run.status == 1)
    #expect(run.err.contains("/nonexistent/file.txt: No such file or directory"))
    #expect(run.out.contains(#"{"id":"\#(good)""#))
    let corpus = winnow("extract", "--corpus", "/nonexistent/c.jsonl")
    #expect(corpus.status == 1)
    #expect(corpus.err.contains("/nonexistent/c.jsonl: No such file or directory"))
  }

  @Test("an unreadable file names its cause (Permission denied) unless running as root")
  func unreadableFile() throws {
    let path = try temporaryFile("secret")
    chmod(path, 0)
    let run = winnow("extract", path, "--format", "jsonl")
    if getuid() == 0 {
      #expect(run.status == 0)
    } else {
      #expect(run.status == 1)
      #expect(run.err.contains("\(path): Permission denied"))
    }
  }

  @Test("a FIFO is read as a stream")
  func fifo() throws {
    let path = NSTemporaryDirectory() + "winnow-test-fifo-\(UUID().uuidString)"
    #expect(mkfifo(path, 0o600) == 0)
    let writer = Thread {
      let descriptor = open(path, O_WRONLY)
      let text = Array("It cost $5.".utf8)
      _ = text.withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
      close(descriptor)
    }
    writer.start()
    let run = winnow("extract", path, "--format", "jsonl")
    #expect(run.status == 0, "\(run.err)")
    #expect(try mentions(run.outLines[0]).count == 1)
  }

  @Test("a pipe named as /dev/fd/N (process substitution) is read as a stream, as a file and as a corpus")
  func processSubstitution() throws {
    for corpus in [false, true] {
      var descriptors: [Int32] = [0, 0]
      #expect(pipe(&descriptors) == 0)
      let text = corpus ? #"{"id": 7, "text": "It cost $5."}"# + "\n" : "It cost $5."
      let writeEnd = descriptors[1]
      let writer = Thread {
        let bytes = Array(text.utf8)
        _ = bytes.withUnsafeBytes { write(writeEnd, $0.baseAddress, $0.count) }
        close(writeEnd)
      }
      writer.start()
      let path = "/dev/fd/\(descriptors[0])"
      let run = winnow(corpus ? ["extract", "--corpus", path] : ["extract", path])
      close(descriptors[0])
      #expect(run.status == 0, "\(run.err)")
      #expect(try mentions(run.outLines[0]).count == 1)
    }
  }

  @Test("a file that is not UTF-8 is an error naming the file and the byte offset")
  func invalidUTF8File() throws {
    let path = try temporaryFile(Array("Paid $5 ".utf8) + [0xFF, 0x41])
    let run = winnow("extract", path, "--format", "jsonl")
    #expect(run.status == 1)
    #expect(run.err.contains("\(path): invalid UTF-8 at byte 8"))
    #expect(run.out.isEmpty)
  }

  @Test("--lossy offsets index the original bytes, in a file and in a corpus line")
  func lossyOffsetsIndexTheOriginalBytes() throws {
    let bytes =
      Array("Paid ".utf8) + [0xFF, 0xFE] + Array(" then $5 million on".utf8) + [0xC3]
      + Array(" May 3, 2021.".utf8)
    let path = try temporaryFile(bytes)
    let run = winnow("extract", path, "--format", "jsonl", "--lossy")
    #expect(run.status == 0)
    #expect(run.err.isEmpty)
    let found = try mentions(run.outLines[0])
    #expect(found.count == 2)
    for mention in found {
      let start = mention["start"] as! Int
      let end = mention["end"] as! Int
      #expect(String(decoding: bytes[start..<end], as: UTF8.self) == mention["text"] as! String)
    }
    // In a corpus, the text's bad bytes are inside the JSON string.
    let line = Array(#"{"id":"x","text":"Paid "#.utf8) + [0xFF, 0xFE] + Array(#" then $5 million."}"#.utf8)
    let corpus = try temporaryFile(line, suffix: ".jsonl")
    let fromCorpus = winnow("extract", "--corpus", corpus, "--format", "jsonl", "--lossy")
    let money = try mentions(fromCorpus.outLines[0])[0]
    #expect(money["start"] as? Int == 13)
    #expect(money["end"] as? Int == 23)
  }

  @Test("a malformed corpus line is reported with its number; the other documents still go through")
  func malformedCorpusLine() throws {
    let lines = [
      #"{"id": "a", "text": "one", "annotated_kinds": []}"#,
      #"{"id": "b", "text": "two""#,
      #"{"id": "c", "text": "three", "reference_date": "2022-13-40"}"#,
      #"{"id": "d", "text": "four"}"#,
      #"{"text": "no id"}"#,
      #"{"id": "f", "text": 5}"#,
      #"{"id": 1.5, "text": "x"}"#,
      #"{"id": "h", "text": "x"} trailing"#,
    ]
    let path = try temporaryFile(lines.joined(separator: "\n"), suffix: ".jsonl")
    let run = winnow("extract", "--corpus", path, "--format", "jsonl")
    #expect(run.status == 1)
    #expect(try run.outLines.map { try object($0)["id"] as! String } == ["a", "d"])
    for (number, reason) in [
      (2, "invalid JSON at byte 25: the line ends inside an object"),
      (3, "\"reference_date\" at byte 47 is not a YYYY-MM-DD date"),
      (5, "missing \"id\""), (6, "\"text\" at byte 20 is not a string"),
      (7, "\"id\" at byte 7 is neither a string nor an integer"),
      (8, "invalid JSON at byte 25: something after the document's object"),
    ] {
      #expect(run.err.contains("\(path):\(number): not a corpus document: \(reason)"), "\(run.err)")
    }
  }

  @Test("integer ids are accepted and written back as integers")
  func integerIDs() throws {
    let path = try temporaryFile(
      #"{"id": 17, "text": "It cost $5."}"# + "\n" + #"{"id": "s", "text": "x"}"#, suffix: ".jsonl")
    let run = winnow("extract", "--corpus", path, "--format", "jsonl")
    #expect(run.status == 0, "\(run.err)")
    #expect(run.outLines[0].hasPrefix(#"{"id":17,"mentions":[{"#))
    #expect(run.outLines[1].hasPrefix(#"{"id":"s","mentions":[]"#))
  }

  @Test("a lone surrogate escape is an error naming its byte")
  func loneSurrogate() throws {
    let path = try temporaryFile(
      #"{"id": "a", "text": "ok \ud83d\ude00"}"# + "\n" + #"{"id": "b", "text": "bad \ud800 here"}"# + "\n"
        + #"{"id": "c", "text": "bad \udc00"}"#, suffix: ".jsonl")
    let run = winnow("extract", "--corpus", path, "--format", "jsonl")
    #expect(run.status == 1)
    #expect(run.outLines.count == 1)
    #expect(
      run.err.contains("\(path):2: not a corpus document: invalid JSON at byte 25: lone surrogate \\ud800"))
    #expect(
      run.err.contains("\(path):3: not a corpus document: invalid JSON at byte 25: lone surrogate \\udc00"))
  }

  @Test("a corpus line that is not UTF-8 names its line and byte")
  func invalidUTF8CorpusLine() throws {
    let good = Array(#"{"id": "a", "text": "one"}"#.utf8)
    let bad = Array(#"{"id": "b", "text": "t"#.utf8) + [0xC3, 0x28] + Array(#""}"#.utf8)
    let path = try temporaryFile(good + [0x0A] + bad + [0x0A] + good, suffix: ".jsonl")
    let run = winnow("extract", "--corpus", path, "--format", "jsonl")
    #expect(run.status == 1)
    #expect(run.err.contains("\(path):2: invalid UTF-8 at byte 22 of the line"))
    #expect(run.outLines.count == 2)
  }

  @Test("a corpus with CRLF line ends, blank lines and no final newline reads as its documents")
  func corpusLineEnds() throws {
    let path = try temporaryFile(
      "{\"id\":\"a\",\"text\":\"$5\"}\r\n\r\n   \n{\"id\":\"b\",\"text\":\"$6\"}", suffix: ".jsonl")
    let run = winnow("extract", "--corpus", path, "--format", "jsonl")
    #expect(run.status == 0)
    #expect(try run.outLines.map { try object($0)["id"] as! String } == ["a", "b"])
  }

  @Test(
    "extract --corpus writes one line per document, in input order, whatever the thread count",
    arguments: fixtureCorpora)
  func oneLinePerDocument(_ name: String) throws {
    let corpus = fixtureCorpus(name)
    let one = winnow("extract", "--corpus", corpus, "--format", "jsonl", "--threads", "1")
    let four = winnow("extract", "--corpus", corpus, "--format", "jsonl", "--threads", "4")
    #expect(one.status == 0)
    let ids = try String(contentsOfFile: corpus, encoding: .utf8).split(separator: "\n").map {
      try object($0)["id"] as! String
    }
    #expect(try one.outLines.map { try object($0)["id"] as! String } == ids)
    #expect(four.out == one.out)
  }

  @Test("many files on several threads come out in the order given")
  func manyFilesInOrder() throws {
    let paths = try (0..<9).map { try temporaryFile("Document \($0) cost $\($0 + 1).") }
    let one = winnow(["extract", "--format", "jsonl", "--threads", "1"] + paths)
    let three = winnow(["extract", "--format", "jsonl", "--threads", "3"] + paths)
    #expect(try one.outLines.map { try object($0)["id"] as! String } == paths)
    #expect(three.out == one.out)
  }
}

@Suite("The command line: output")
struct OutputTests {
  @Test("a failed write is reported with its cause (No space left on device) and exits 1")
  func failedWrite() throws {
    let full = open("/dev/full", O_WRONLY)
    try #require(full >= 0)
    defer { close(full) }
    let err = ErrorText()
    let console = Console(
      isTerminal: false, inputIsTerminal: true,
      out: { bytes in
        if write(full, bytes.baseAddress, bytes.count) < 0 {
          throw POSIXError(POSIXErrorCode(rawValue: errno)!)
        }
      }, err: { err.text += $0 })
    let status = runWinnow(
      ["extract", "--corpus", fixtureCorpus("eval-sample"), "--format", "jsonl"], console: console)
    #expect(status == 1)
    #expect(err.text.contains("No space left on device"), "\(err.text)")
  }

  @Test("--format json writes a JSON array of the predictions, for files and for a corpus")
  func jsonFormat() throws {
    let path = try temporaryFile("It cost $5 on May 3, 2021.")
    let run = winnow("extract", path, "--format", "json")
    let array = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as! [[String: Any]]
    #expect(array.count == 1)
    #expect((array[0]["mentions"] as! [Any]).count == 2)
    #expect(run.out.contains("\"id\" : "))  // pretty printed
    let corpus = winnow("extract", "--corpus", fixtureCorpus("eval-sample"), "--format=json")
    let documents = try JSONSerialization.jsonObject(with: Data(corpus.out.utf8)) as! [[String: Any]]
    #expect(documents.count == 24)
  }

  @Test("the default format is a table on a terminal, JSONL otherwise")
  func defaultFormat() throws {
    let path = try temporaryFile("It cost $5.")
    #expect(winnow("extract", path, terminal: true).out.hasPrefix("SOURCE"))
    #expect(winnow("extract", path).out.hasPrefix("{\"id\""))
  }

  @Test("the table fits the terminal's width, long cells cut with …")
  func tableFitsTheTerminal() throws {
    let path = try temporaryFile(
      "The Secretary of State for Environment, Food and Rural Affairs, Thérèse Coffey, paid $5 million.")
    let wide = winnow(["extract", path], terminal: true, width: 400)
    #expect(!wide.out.contains("…"))
    for width in [60, 80, 100] {
      let run = winnow(["extract", path], terminal: true, width: width)
      #expect(run.status == 0)
      #expect(run.outLines.allSatisfy { $0.count <= width }, "\(run.out)")
      #expect(run.out.contains("…"))
      #expect(run.outLines.count == wide.outLines.count)
    }
  }

  @Test("a table of nothing says so")
  func emptyTable() throws {
    let path = try temporaryFile("Nothing to see.")
    #expect(winnow("extract", path, "--format", "table").out == "no mentions\n")
  }

  @Test("progress goes to standard error on a terminal or with --progress, never otherwise")
  func progress() throws {
    let corpus = fixtureCorpus("eval-sample")
    let quiet = winnow(["extract", "--corpus", corpus, "--format", "jsonl"])
    #expect(quiet.err.isEmpty)
    let forced = winnow(["extract", "--corpus", corpus, "--format", "jsonl", "--progress"])
    #expect(forced.err.contains("24 documents"), "\(forced.err)")
    #expect(forced.err.contains("MB/s"))
    #expect(forced.err.contains("s left"))
    #expect(forced.out == quiet.out)
    // On a terminal it shows by itself (once a run lasts long enough to need it), redrawn in
    // place, and ends with a line break.
    let terminal = winnow(["extract", "--corpus", corpus, "--format", "jsonl"], errorTerminal: true)
    #expect(terminal.err.isEmpty || terminal.err.hasSuffix("\n"))
    let err = ErrorText()
    let console = Console(isTerminal: false, errorIsTerminal: true, out: { _ in }, err: { err.text += $0 })
    let progress = Progress(console: console, forced: false, totalBytes: 2000, interval: .zero)
    progress.advance(documents: 3, bytes: 1000)
    progress.advance(documents: 2, bytes: 500)
    progress.finish()
    #expect(err.text.hasPrefix("\r\u{1B}[K3 documents, 0.0 MB, "))
    #expect(err.text.contains("\r\u{1B}[K5 documents"))
    #expect(err.text.contains("s left"))
    #expect(err.text.hasSuffix("\n"))
  }
}

/// Standard error text gathered from a console (single-threaded use).
final class ErrorText: @unchecked Sendable {
  var text = ""
}
