import Foundation
import Winnow

/// TempEval-3 style scoring, exactly as ../shared/tools/score.py does it: strict and relaxed
/// span P/R/F1 and value P/R/F1 per kind, with one-to-one pairing (largest overlap first) and
/// `ignore` ranges. `winnow eval` prints the same table; a test pins that.
struct Scorer {
  struct Counts {
    var gold = 0
    var pred = 0
    var strict = 0
    var relaxed = 0
    var value = 0
  }

  var only: Set<String>?
  var listErrors = false
  private(set) var stats: [String: Counts] = [:]
  private(set) var errors: [String] = []
  private(set) var documents = 0

  init(only: Set<String>? = nil, listErrors: Bool = false) {
    self.only = only
    self.listErrors = listErrors
  }

  /// Scores one document's predictions.
  mutating func add(gold document: CorpusDocument, predicted: [ScoredMention]) {
    documents += 1
    for kind in document.annotatedKinds {
      if let only, !only.contains(kind) { continue }
      var s = stats[kind] ?? Counts()
      let gm = document.mentions.filter { $0.kind == kind }
      var pm = predicted.filter { $0.kind == kind }
      var pairs = Scorer.pair(gm, pm)
      let ignore = document.ignore.filter { $0.kind == kind }
      if !ignore.isEmpty {
        let paired = Set(pairs.map(\.1))
        let keep = pm.indices.filter { j in
          paired.contains(j)
            || !ignore.contains { Scorer.overlap(pm[j].start, pm[j].end, $0.start, $0.end) > 0 }
        }
        var renumber: [Int: Int] = [:]
        for (new, old) in keep.enumerated() { renumber[old] = new }
        pm = keep.map { pm[$0] }
        pairs = pairs.map { ($0.0, renumber[$0.1]!) }
      }
      s.gold += gm.count
      s.pred += pm.count
      let matchedG = Set(pairs.map(\.0))
      let matchedP = Set(pairs.map(\.1))
      for (i, j) in pairs {
        let g = gm[i]
        let p = pm[j]
        s.relaxed += 1
        if g.start == p.start && g.end == p.end {
          s.strict += 1
        } else if listErrors {
          errors.append("\(document.id) \(kind) span: gold \(quote(g.text)) pred \(quote(p.text))")
        }
        if Scorer.valueAgrees(kind: kind, gold: g.value, pred: p.value) {
          s.value += 1
        } else if listErrors {
          errors.append(
            "\(document.id) \(kind) value: \(quote(g.text)) gold \(json(g.value)) pred \(json(p.value))")
        }
      }
      if listErrors {
        for i in gm.indices where !matchedG.contains(i) {
          errors.append("\(document.id) \(kind) missed: \(quote(gm[i].text))")
        }
        for j in pm.indices where !matchedP.contains(j) {
          errors.append("\(document.id) \(kind) false alarm: \(quote(pm[j].text))")
        }
      }
      stats[kind] = s
    }
  }

  static func overlap(_ aStart: Int, _ aEnd: Int, _ bStart: Int, _ bEnd: Int) -> Int {
    min(aEnd, bEnd) - max(aStart, bStart)
  }

  /// One-to-one pairing of overlapping mentions, largest overlap first; ties as Python's
  /// reverse sort of (overlap, i, j) breaks them.
  static func pair(_ gold: [ScoredMention], _ pred: [ScoredMention]) -> [(Int, Int)] {
    var candidates: [(Int, Int, Int)] = []
    for (i, g) in gold.enumerated() {
      for (j, p) in pred.enumerated() {
        let o = overlap(g.start, g.end, p.start, p.end)
        if o > 0 { candidates.append((o, i, j)) }
      }
    }
    candidates.sort { $0 > $1 }
    var usedG = Set<Int>()
    var usedP = Set<Int>()
    var pairs: [(Int, Int)] = []
    for (_, i, j) in candidates where !usedG.contains(i) && !usedP.contains(j) {
      usedG.insert(i)
      usedP.insert(j)
      pairs.append((i, j))
    }
    return pairs
  }

  static func valueAgrees(kind: String, gold: JSONValue?, pred: JSONValue?) -> Bool {
    guard let gold else { return true }
    guard let pred else { return false }
    guard case .object(let g) = gold else { return gold == pred }
    let p: [String: JSONValue]
    if case .object(let fields) = pred { p = fields } else { p = [:] }
    func field(_ object: [String: JSONValue], _ key: String) -> JSONValue {
      object[key] ?? .null
    }
    switch kind {
    case "money":
      if g.keys.contains("currency") && field(g, "currency") != field(p, "currency") { return false }
      let keys = g.keys.contains("amount") ? ["amount"] : ["min", "max"]
      return keys.allSatisfy { key in
        guard let a = decimal(field(g, key)), let b = decimal(field(p, key)) else { return false }
        return a.isNumericallyEqual(to: b)
      }
    case "date":
      // Recognizers keeps X's in a gold value and lists the readings anchored on the
      // reference date in "resolved": a prediction resolved to any of them agrees too.
      if field(g, "value") == field(p, "value") { return true }
      guard case .array(let readings) = field(g, "resolved") else { return false }
      return readings.contains(field(p, "value"))
    case "title":
      guard g.keys.contains("holder") else { return true }
      let gh = field(g, "holder")
      let ph = field(p, "holder")
      if gh == .null || ph == .null { return gh == .null && ph == .null }
      guard case .object(let gho) = gh, case .object(let pho) = ph else { return false }
      return field(gho, "text") == field(pho, "text")
    case "legislation":
      return ["name", "kind"].allSatisfy { key in
        !g.keys.contains(key) || field(g, key) == field(p, key)
      }
    default:
      return gold == pred
    }
  }

  private static func decimal(_ value: JSONValue) -> ExactDecimal? {
    switch value {
    case .string(let text): return ExactDecimal(text)
    case .number(let number) where number >= 0:
      if number == number.rounded() && number < 1e15 { return ExactDecimal(Int(number)) }
      return ExactDecimal(String(number))
    default: return nil
    }
  }

  /// The table score.py prints (same layout, same rounding).
  func table(documentsWithoutPrediction: Int = 0) -> String {
    var lines = ["\(documents) documents, \(documentsWithoutPrediction) without a prediction"]
    lines.append(
      "kind".padding(12) + "gold".leftPadding(6) + "pred".leftPadding(6)
        + "   strict P/R/F1        relaxed P/R/F1       value P/R/F1")
    var total = Counts()
    var rows: [(String, Counts)] = []
    for kind in stats.keys.sorted() {
      let s = stats[kind]!
      total.gold += s.gold
      total.pred += s.pred
      total.strict += s.strict
      total.relaxed += s.relaxed
      total.value += s.value
      rows.append((kind, s))
    }
    rows.append(("all", total))
    for (kind, s) in rows {
      let cells = [s.strict, s.relaxed, s.value].map { tp -> String in
        let (p, r, f) = Scorer.prf(tp, s.pred, s.gold)
        return "\(format3(p))/\(format3(r))/\(format3(f))"
      }
      lines.append(
        kind.padding(12) + String(s.gold).leftPadding(6) + String(s.pred).leftPadding(6) + "   "
          + cells.joined(separator: "   "))
    }
    return lines.joined(separator: "\n")
  }

  /// F1 per kind and measure, for tests and tools.
  func f1(_ kind: String, _ measure: KeyPath<Counts, Int>) -> Double {
    let s = stats[kind] ?? Counts()
    return Scorer.prf(s[keyPath: measure], s.pred, s.gold).2
  }

  static func prf(_ tp: Int, _ nPred: Int, _ nGold: Int) -> (Double, Double, Double) {
    let p = nPred > 0 ? Double(tp) / Double(nPred) : (nGold == 0 ? 1.0 : 0.0)
    let r = nGold > 0 ? Double(tp) / Double(nGold) : 1.0
    let f = p + r > 0 ? 2 * p * r / (p + r) : 0.0
    return (p, r, f)
  }
}

/// As score.py prints a score: rounded to four places first (`round(p, 4)`), then shown with
/// three (so 0.97945 shows as 0.980, as it does there).
private func format3(_ x: Double) -> String {
  let four = Double(String(format: "%.4f", x)) ?? x
  return String(format: "%.3f", four)
}

/// Python's repr of a string, near enough for error lines.
private func quote(_ text: String) -> String {
  "'"
    + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    .replacingOccurrences(of: "\n", with: "\\n") + "'"
}

private func json(_ value: JSONValue?) -> String {
  guard let value else { return "null" }
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
  return (try? String(decoding: encoder.encode(value), as: UTF8.self)) ?? "?"
}
