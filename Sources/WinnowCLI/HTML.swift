import Winnow

/// The colours of the built-in kinds (other kinds get grey).
private let kindColours: [(Kind, String)] = [
  (.money, "#b7e4c7"), (.date, "#bde0fe"), (.title, "#ffd6a5"), (.legislation, "#e0c3fc"),
]

/// One self-contained page (no scripts, no network): each document's text with every mention
/// highlighted in its kind's colour (a `<mark data-kind="…">` whose tooltip gives the value
/// and the rule id), a legend, and the mention count per kind.
///
/// Overlapping mentions (`--overlap all`) are nested where they nest; a mention that crosses
/// the end of an enclosing one is drawn in two pieces, the second marked `data-part="rest"`,
/// so that counting `mark:not([data-part])` counts mentions.
func renderHTML(_ documents: [ExtractedDocument]) -> String {
  var counts: [Kind: Int] = [:]
  for document in documents {
    for mention in document.mentions { counts[mention.kind, default: 0] += 1 }
  }
  let kinds =
    kindColours.map(\.0) + counts.keys.filter { kind in !kindColours.contains { $0.0 == kind } }.sorted()
  var page = """
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <title>winnow: \(documents.count) document\(documents.count == 1 ? "" : "s")</title>
    <style>
    body { font: 15px/1.5 system-ui, sans-serif; margin: 2em auto; max-width: 60em; padding: 0 1em; color: #222; }
    pre.text { white-space: pre-wrap; font: inherit; background: #fafafa; border: 1px solid #ddd; padding: 1em; }
    mark { background: #e9ecef; border-radius: 3px; padding: 0 1px; cursor: help; }
    mark mark { outline: 1px dashed #666; }
    .legend span { display: inline-block; margin-right: 1em; padding: 0 .4em; border-radius: 3px; }
    h2 { font-size: 1.1em; margin-top: 2em; word-break: break-all; }
    .counts { color: #555; }

    """
  for (kind, colour) in kindColours {
    page += "mark[data-kind=\"\(kind.rawValue)\"], .legend .k-\(kind.rawValue) { background: \(colour); }\n"
  }
  page += "</style>\n</head>\n<body>\n<h1>Mentions</h1>\n<p class=\"legend\">"
  for kind in kinds {
    page += "<span class=\"k-\(escapeHTML(kind.rawValue))\" data-count=\"\(counts[kind] ?? 0)\">"
    page += "\(escapeHTML(kind.rawValue)): <b>\(counts[kind] ?? 0)</b></span>"
  }
  page += "</p>\n"
  for document in documents {
    page += "<section>\n<h2>\(escapeHTML(document.id))</h2>\n<p class=\"counts\">"
    var documentCounts: [Kind: Int] = [:]
    for mention in document.mentions { documentCounts[mention.kind, default: 0] += 1 }
    page += kinds.filter { documentCounts[$0] != nil }.map { "\($0.rawValue): \(documentCounts[$0]!)" }
      .joined(separator: ", ")
    if document.mentions.isEmpty { page += "no mentions" }
    page += "</p>\n<pre class=\"text\">"
    page += highlighted(document.text ?? "", document.mentions)
    page += "</pre>\n</section>\n"
  }
  page += "</body>\n</html>\n"
  return page
}

/// The text as HTML with a `<mark>` around each mention.
private func highlighted(_ text: String, _ mentions: [Mention]) -> String {
  let bytes = Array(text.utf8)
  // Opening order: by start, the longer first (so enclosing marks open first).
  let order = mentions.indices.sorted {
    (mentions[$0].start, -mentions[$0].end) < (mentions[$1].start, -mentions[$1].end)
  }
  var out = ""
  var position = 0
  /// Open marks: the mention index and where its current piece ends.
  var open: [(index: Int, end: Int)] = []
  func emit(upTo offset: Int) {
    while position < offset {
      // Close every mark that ends before the next boundary.
      let next = min(offset, open.last?.end ?? offset)
      if position < next {
        out += escapeHTML(String(decoding: bytes[position..<min(next, bytes.count)], as: UTF8.self))
        position = next
      }
      while let last = open.last, last.end <= position {
        out += "</mark>"
        open.removeLast()
      }
    }
  }
  for index in order {
    let mention = mentions[index]
    guard mention.start >= 0, mention.end <= bytes.count, mention.start < mention.end else { continue }
    emit(upTo: mention.start)
    while let last = open.last, last.end <= position {
      out += "</mark>"
      open.removeLast()
    }
    let tooltip = "\(mention.kind.rawValue): \(humanValue(mention.value)) · rule \(mention.rule)"
    let attributes = "data-kind=\"\(escapeHTML(mention.kind.rawValue))\" title=\"\(escapeHTML(tooltip))\""
    if let enclosing = open.last, mention.end > enclosing.end {
      // Crosses the enclosing mark's end: the first piece inside it, the rest after it.
      out += "<mark \(attributes)>"
      open.append((index, enclosing.end))
      emit(upTo: enclosing.end)
      out += "<mark \(attributes) data-part=\"rest\">"
      open.append((index, mention.end))
    } else {
      out += "<mark \(attributes)>"
      open.append((index, mention.end))
    }
  }
  emit(upTo: bytes.count)
  while !open.isEmpty {
    out += "</mark>"
    open.removeLast()
  }
  return out
}

/// Text safe in HTML content and in double-quoted attributes.
func escapeHTML(_ text: String) -> String {
  var out = ""
  out.reserveCapacity(text.utf8.count)
  for character in text {
    switch character {
    case "&": out += "&amp;"
    case "<": out += "&lt;"
    case ">": out += "&gt;"
    case "\"": out += "&quot;"
    default: out.append(character)
    }
  }
  return out
}
