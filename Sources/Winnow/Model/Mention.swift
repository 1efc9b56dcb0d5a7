/// One thing found in a text: its kind, exact place, text, normalized value and provenance.
///
/// Encodes to JSON exactly as the corpus format's mention:
/// `{"kind", "start", "end", "text", "value", "rule"}`, offsets in UTF-8 bytes, half-open.
public struct Mention: Hashable, Sendable, Codable, CustomStringConvertible {
  /// What was found: money, a date, a title, legislation, or a kind of the user's own.
  public var kind: Kind
  /// The UTF-8 byte range in the document's text.
  public var range: Range<Int>
  /// The covered text, exactly the bytes of `range`.
  public var text: String
  /// The normalized value, typed per kind (``MentionValue/null`` when none can be given).
  public var value: MentionValue
  /// The id of the rule (or pass) that produced the mention, e.g. `money.symbol-number-scale`.
  public var rule: String

  /// A mention of `kind` covering the UTF-8 bytes `range`, whose text is `text`.
  public init(kind: Kind, range: Range<Int>, text: String, value: MentionValue, rule: String) {
    self.kind = kind
    self.range = range
    self.text = text
    self.value = value
    self.rule = rule
  }

  /// The UTF-8 byte offset where the mention starts.
  public var start: Int { range.lowerBound }
  /// The UTF-8 byte offset just past the mention's end.
  public var end: Int { range.upperBound }

  /// One line as people read it: `money 10..<22 "$3.4 billion" 3400000000 USD
  /// [money.symbol-number-scale]`.
  public var description: String {
    "\(kind) \(range) \"\(text)\" \(value) [\(rule)]"
  }

  /// The mention's range as `String.Index`es into `text`, the string it was found in.
  /// - Complexity: O(1) for native Swift strings.
  public func range(in text: String) -> Range<String.Index> {
    let utf8 = text.utf8
    let lower = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let upper = utf8.index(lower, offsetBy: range.count)
    return lower..<upper
  }

  enum CodingKeys: String, CodingKey { case kind, start, end, text, value, rule }

  /// Decodes a mention in the corpus format; the value's shape follows the kind.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.container(keyedBy: CodingKeys.self)
    kind = try container.decode(Kind.self, forKey: .kind)
    let start = try container.decode(Int.self, forKey: .start)
    let end = try container.decode(Int.self, forKey: .end)
    guard start >= 0, end >= start else {
      throw DecodingError.dataCorruptedError(
        forKey: .end, in: container, debugDescription: "end \(end) before start \(start)")
    }
    range = start..<end
    text = try container.decode(String.self, forKey: .text)
    value = try MentionValue(from: container, kind: kind)
    rule = try container.decodeIfPresent(String.self, forKey: .rule) ?? ""
  }

  /// Encodes the mention in the corpus format (`start`/`end` rather than a range).
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(kind, forKey: .kind)
    try container.encode(range.lowerBound, forKey: .start)
    try container.encode(range.upperBound, forKey: .end)
    try container.encode(text, forKey: .text)
    try value.encode(to: &container)
    try container.encode(rule, forKey: .rule)
  }
}
