import Winnow

/// One document's outcome in `winnow extract`.
enum DocumentOutcome: Sendable {
  /// A blank corpus line.
  case blank
  /// Reported on standard error; the run goes on (exit status 1 at the end).
  case failed(String)
  case done(ExtractedDocument)
}

/// A document's mentions, and its prediction line already written as bytes (by the worker).
struct ExtractedDocument: Sendable {
  var id: String
  /// The compact prediction object (no line break).
  var line: [UInt8]
  /// Kept for the formats that show text (table, html); nil for JSON output.
  var text: String?
  var mentions: [Mention]
  var bytes: Int
}

/// `winnow extract` over files or a corpus, a batch at a time on every thread.
struct ExtractJob {
  let pipeline: Pipeline
  let format: OutputFormat
  let referenceDate: CalendarDate?
  let lossy: Bool
  let runner: BatchRunner
  let console: Console
  let forceProgress: Bool

  /// Whether the format needs every document before it can write (a table's column widths,
  /// a page's summary).
  private var collects: Bool { format == .table || format == .html }

  /// A corpus: one prediction line per document, written as each batch completes.
  func runCorpus(_ input: InputFile) throws -> Int32 {
    let file = try input.open(console: console)
    let blocks = LineBlocks(file: file)
    let writer = BlockWriter(console: console)
    let progress = Progress(console: console, forced: forceProgress, totalBytes: file.size)
    let (pipeline, referenceDate, lossy, place, keepText) = (
      self.pipeline, self.referenceDate, self.lossy, input.place, collects
    )
    var status: Int32 = 0
    var collected: [ExtractedDocument] = []
    var first = true
    if format == .json { try writer.write("[") }
    do {
      while let block = try blocks.next() {
        let outcomes = runner.run(count: block.lines.count) { index, workspace -> DocumentOutcome in
          block.bytes.withUnsafeBufferPointer { bytes in
            let line = UnsafeBufferPointer(rebasing: bytes[block.lines[index]])
            if isBlank(line) { return .blank }
            do {
              let document = try CorpusDocument(
                line: line, place: "\(place):\(block.firstLineNumber + index)", lossy: lossy)
              var mentions = try pipeline.extract(
                from: Document(
                  id: document.id, text: document.text, referenceDate: document.referenceDate ?? referenceDate
                ),
                workspace: workspace)
              if let repair = document.repair { mentions = repair.mapping(mentions) }
              var out = OutputBuffer(capacity: 64 + mentions.count * 160)
              out.appendPrediction(id: document.id, idIsInteger: document.idIsInteger, mentions: mentions)
              return .done(
                ExtractedDocument(
                  id: document.id, line: out.bytes, text: keepText ? document.text : nil,
                  mentions: keepText ? mentions : [], bytes: line.count))
            } catch {
              return .failed("\(error)")
            }
          }
        }
        var done = 0
        for outcome in outcomes {
          switch outcome {
          case .blank: continue
          case .failed(let message):
            console.error("winnow: \(message)")
            status = 1
          case .done(let document):
            done += 1
            switch format {
            case .jsonl:
              try writer.write(document.line)
              try writer.write("\n")
            case .json:
              try writer.write(first ? "\n" : ",\n")
              try writer.write(document.line)
              first = false
            case .table, .html:
              collected.append(document)
            }
          }
        }
        progress.advance(documents: done, bytes: block.bytes.count)
      }
    } catch let error as IOError where error.place == input.place {
      console.error("winnow: \(error)")
      status = 1
    }
    switch format {
    case .json: try writer.write("\n]\n")
    case .table: try writer.write(renderTable(collected, width: console.width) + "\n")
    case .html: try writer.write(renderHTML(collected))
    case .jsonl: break
    }
    try writer.flush()
    progress.finish()
    return status
  }

  /// Files: each file one document whose id is its path, a few files per batch.
  func runFiles(_ inputs: [InputFile]) throws -> Int32 {
    let writer = BlockWriter(console: console)
    let (pipeline, referenceDate, lossy, keepText, console) = (
      self.pipeline, self.referenceDate, self.lossy, collects, self.console
    )
    let progress = Progress(
      console: console, forced: forceProgress, totalBytes: inputs.count > 1 ? totalSize(inputs) : nil)
    var status: Int32 = 0
    var collected: [ExtractedDocument] = []
    let batchSize = runner.threads * 2
    for batchStart in stride(from: 0, to: inputs.count, by: batchSize) {
      let batch = Array(inputs[batchStart..<min(batchStart + batchSize, inputs.count)])
      let outcomes = runner.run(count: batch.count) { index, workspace -> DocumentOutcome in
        let input = batch[index]
        do {
          let bytes = try input.open(console: console).readAll()
          let (text, repair) = try bytes.withUnsafeBufferPointer {
            try decodeText($0, lossy: lossy, place: input.place)
          }
          var mentions = try pipeline.extract(
            from: Document(id: input.path, text: text, referenceDate: referenceDate), workspace: workspace)
          if let repair { mentions = repair.mapping(mentions) }
          var out = OutputBuffer(capacity: 64 + mentions.count * 160)
          out.appendPrediction(id: input.path, mentions: mentions)
          return .done(
            ExtractedDocument(
              id: input.path, line: out.bytes, text: keepText ? text : nil,
              mentions: keepText ? mentions : [],
              bytes: bytes.count))
        } catch {
          return .failed("\(error)")
        }
      }
      for outcome in outcomes {
        switch outcome {
        case .blank: continue
        case .failed(let message):
          console.error("winnow: \(message)")
          status = 1
        case .done(let document):
          progress.advance(documents: 1, bytes: document.bytes)
          if format == .jsonl {
            try writer.write(document.line)
            try writer.write("\n")
          } else {
            collected.append(document)
          }
        }
      }
    }
    switch format {
    case .jsonl: break
    case .json:
      var all: [UInt8] = [UInt8(ascii: "[")]
      for (index, document) in collected.enumerated() {
        if index > 0 { all.append(UInt8(ascii: ",")) }
        all += document.line
      }
      all.append(UInt8(ascii: "]"))
      try writer.write(prettyPrinted(all))
      try writer.write("\n")
    case .table: try writer.write(renderTable(collected, width: console.width) + "\n")
    case .html: try writer.write(renderHTML(collected))
    }
    try writer.flush()
    progress.finish()
    return status
  }

  private func totalSize(_ inputs: [InputFile]) -> Int? {
    var total = 0
    for input in inputs {
      var status = stat()
      guard !input.isStandardInput, stat(input.path, &status) == 0, status.st_mode & S_IFMT == S_IFREG else {
        return nil
      }
      total += Int(status.st_size)
    }
    return total
  }
}

#if canImport(Glibc)
  import Glibc
#endif
