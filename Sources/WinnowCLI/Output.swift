import Foundation
import Winnow

/// Encodes mentions and predictions: compact JSON, keys sorted, UTF-8 as is.
struct MentionEncoder {
  private let encoder: JSONEncoder

  init(pretty: Bool = false) {
    encoder = JSONEncoder()
    encoder.outputFormatting =
      pretty
      ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
  }

  func string<T: Encodable>(_ value: T) throws -> String {
    String(decoding: try encoder.encode(value), as: UTF8.self)
  }
}

/// A prediction line: `{"id": ..., "mentions": [...]}` (the scorer's input format).
struct Prediction: Encodable {
  var id: String
  var mentions: [Mention]
}

/// An aligned table for people: where, kind, text, value, rule.
func renderTable(_ results: [(source: String, mentions: [Mention])]) -> String {
  let encoder = MentionEncoder()
  var rows: [[String]] = [["SOURCE", "SPAN", "KIND", "TEXT", "VALUE", "RULE"]]
  for (source, mentions) in results {
    for mention in mentions {
      let value: String
      switch mention.value {
      case .money(let money):
        var parts = [
          money.amount?.description ?? "\(money.min?.description ?? "?")–\(money.max?.description ?? "?")"
        ]
        if let currency = money.currency { parts.append(currency) }
        if let qualifier = money.qualifier { parts.append("(\(qualifier.rawValue))") }
        value = parts.joined(separator: " ")
      case .date(let date):
        value = date.value + (date.mod.map { " (\($0.rawValue))" } ?? "")
      case .title(let title):
        value = title.role + (title.holder.map { " ← \($0.text)" } ?? "")
      case .legislation(let law):
        var parts = [law.kind.rawValue + ": " + law.name]
        if let year = law.year { parts.append(String(year)) }
        if let jurisdiction = law.jurisdiction { parts.append(jurisdiction) }
        value = parts.joined(separator: ", ")
      case .json(let json): value = (try? encoder.string(json)) ?? ""
      case .null: value = "-"
      }
      rows.append([
        source, "\(mention.start)-\(mention.end)", mention.kind.rawValue,
        mention.text.replacingOccurrences(of: "\n", with: " "), value, mention.rule,
      ])
    }
  }
  if rows.count == 1 { return "no mentions" }
  var widths = [Int](repeating: 0, count: rows[0].count)
  for row in rows {
    for (k, cell) in row.enumerated() { widths[k] = max(widths[k], cell.count) }
  }
  return rows.map { row in
    row.enumerated().map { k, cell in k == row.count - 1 ? cell : cell.padding(widths[k]) }
      .joined(separator: "  ")
  }.joined(separator: "\n")
}
