import Winnow

/// A mention's value in a few words, for people: `3400000000 USD (approx)`, `2022-07 (MID)`,
/// `Secretary ← Janet Yellen`, `act: Clean Air Act, 1963, US`.
func humanValue(_ value: MentionValue) -> String {
  switch value {
  case .money(let money):
    var parts = [
      money.amount?.description ?? "\(money.min?.description ?? "?")–\(money.max?.description ?? "?")"
    ]
    if let currency = money.currency { parts.append(currency) }
    if let qualifier = money.qualifier { parts.append("(\(qualifier.rawValue))") }
    return parts.joined(separator: " ")
  case .date(let date):
    return date.value + (date.mod.map { " (\($0.rawValue))" } ?? "")
  case .title(let title):
    return title.role + (title.holder.map { " ← \($0.text)" } ?? "")
  case .legislation(let law):
    var parts = [law.kind.rawValue + ": " + law.name]
    if let year = law.year { parts.append(String(year)) }
    if let jurisdiction = law.jurisdiction { parts.append(jurisdiction) }
    return parts.joined(separator: ", ")
  case .json, .null:
    var buffer = OutputBuffer()
    buffer.append(value: value)
    return value == .null ? "-" : String(decoding: buffer.bytes, as: UTF8.self)
  }
}

/// An aligned table for people: source, span, kind, text, value, rule. Given a terminal
/// `width`, the widest columns are narrowed until a row fits, and cells cut with `…`.
func renderTable(_ documents: [ExtractedDocument], width: Int?) -> String {
  var rows: [[String]] = [["SOURCE", "SPAN", "KIND", "TEXT", "VALUE", "RULE"]]
  for document in documents {
    for mention in document.mentions {
      rows.append([
        document.id, "\(mention.start)-\(mention.end)", mention.kind.rawValue,
        mention.text.map { $0.isNewline ? " " : $0 }.reduce(into: "") { $0.append($1) },
        humanValue(mention.value), mention.rule,
      ])
    }
  }
  if rows.count == 1 { return "no mentions" }
  var widths = [Int](repeating: 0, count: rows[0].count)
  for row in rows {
    for (k, cell) in row.enumerated() { widths[k] = max(widths[k], cell.count) }
  }
  let separator = 2
  if let width {
    widths = fit(widths, into: width - separator * (widths.count - 1))
  }
  return rows.map { row in
    row.enumerated().map { k, cell in
      let cut = cell.count > widths[k] ? String(cell.prefix(max(0, widths[k] - 1))) + "…" : cell
      return k == row.count - 1 ? cut : cut.padding(widths[k])
    }
    .joined(separator: String(repeating: " ", count: separator))
  }.joined(separator: "\n")
}

/// Column widths whose sum is at most `room`: every column wider than some cap is cut to the
/// cap (the largest cap that fits), never below four characters.
private func fit(_ widths: [Int], into room: Int) -> [Int] {
  guard widths.reduce(0, +) > room else { return widths }
  var low = 4
  var high = widths.max() ?? 4
  while low < high {
    let cap = (low + high + 1) / 2
    if widths.map({ min($0, cap) }).reduce(0, +) <= room { low = cap } else { high = cap - 1 }
  }
  return widths.map { min($0, low) }
}

extension String {
  func padding(_ width: Int) -> String {
    count >= width ? self : self + String(repeating: " ", count: width - count)
  }
  func leftPadding(_ width: Int) -> String {
    count >= width ? self : String(repeating: " ", count: width - count) + self
  }
}
