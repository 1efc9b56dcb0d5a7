/// A user's rules and word lists at scale, for the `ratios` line on loading them and on the
/// pipeline's speed with them: 1,000 rules as a JSON Lines file and 100,000 word list entries
/// as TSV text, as a newsroom might keep them.
///
/// Most rules name products by a word of their own (word-triggered: they cost a table entry,
/// and a match attempt only where their word occurs); a few fire often on news (a cashtag at
/// every `$`, a percentage at every number, a quarter code at every `Q`), so that the speed
/// measured includes rules that really run. The lists are mostly legislation acronyms (a
/// national register), then title heads, currency words and holidays; their forms are made up
/// so that they do not change what the built-in rules find.
public enum UserData {
  /// The rule file's text: `count` rules, one a line.
  public static func rulesText(count: Int = 1000) -> [UInt8] {
    var lines: [String] = [
      #"{"id": "user.cashtag", "kind": "ticker", "pattern": "\\$(?<s>[A-Z]{2,5})\\b(?![.,]?\\d)", "trigger": {"bytes": "$"}, "value": {"capture": "s"}, "priority": 1}"#,
      #"{"id": "user.percent", "kind": "share", "pattern": "\\d+(?:\\.\\d+)?\\s?(?:%|percent\\b)", "trigger": "digits", "value": {"fixed": "percent"}}"#,
      #"{"id": "user.quarter-code", "kind": "period", "pattern": "Q[1-4]\\s?(?:20)?\\d\\d\\b", "trigger": {"bytes": "Q"}}"#,
    ]
    for i in lines.count..<count {
      lines.append(
        #"{"id": "user.product-\#(i)", "kind": "product", "pattern": "(?i:zqprod\#(i))(?:\\s+(?<model>[A-Z0-9-]{2,8}))?", "trigger": {"words": ["zqprod\#(i)"]}, "value": {"captures": {"model": "model"}}, "examples": [{"text": "zqprod\#(i)"}]}"#
      )
    }
    return Array(lines.joined(separator: "\n").utf8)
  }

  /// The word lists: (list name, TSV text), 100,000 entries in all.
  public static func lists() -> [(list: String, tsv: [UInt8])] {
    func tsv(_ header: String, _ count: Int, _ row: (Int) -> String) -> [UInt8] {
      Array(([header] + (0..<count).map(row)).joined(separator: "\n").utf8)
    }
    return [
      ("legislation.acronyms", tsv("form\tkind\tjurisdiction", 90_000) { "ZQA\($0)X\tact\tIN" }),
      ("title.heads", tsv("form\trole", 4_000) { "zqrank\($0)\tRank \($0)" }),
      ("money.currencies", tsv("form\tcurrency\texponent", 3_000) { "zqcoin\($0)s\tXAU\t0" }),
      ("date.holidays", tsv("name\tdate", 3_000) { "zq festival \($0)\t\(String(format2: $0 % 12 + 1))-15" }),
    ]
  }
}

extension String {
  /// Two digits, zero-padded.
  fileprivate init(format2 value: Int) { self = value < 10 ? "0\(value)" : "\(value)" }
}
