public import PCRE2

/// A rule written in a rule file (JSON or JSON Lines), run by the pipeline in the same engine
/// as the built-in rules: same triggers, match limits and overlap policy.
///
/// One rule, as a line of a `.jsonl` file (or an element of a `.json` array):
/// ```json
/// {"id": "ticker.dollar-symbol", "kind": "ticker", "pattern": "\\$(?<symbol>[A-Z]{1,5})\\b",
///  "trigger": {"bytes": "$"}, "value": {"capture": "symbol"},
///  "examples": [{"text": "$AAPL", "value": "AAPL"}, {"text": "$5", "negative": true}]}
/// ```
/// Fields (any other is an error):
/// - `id` (required): a stable id, `kind.what-it-matches`, unique among all rules.
/// - `kind` (required): the kind of its mentions (`ticker`, or a built-in kind).
/// - `pattern` (required): a PCRE2 pattern; the whole match is the mention.
/// - `options`: any of `caseless`, `extended`, `multiline`, `dotall`, `ungreedy` (default none).
/// - `trigger`: where the rule is tried: `{"words": […], "lookbehind": N}`, `{"bytes": "$€"}`,
///   `"digits"`, `"everywhere"`, or `"start-bytes"` (the default: where the pattern can start).
/// - `value`: `{"fixed": JSON}`, `{"capture": "group"}` (the group's text),
///   `{"captures": {"field": "group", …}}` (an object of groups' texts), or
///   `{"builder": "money", "currency": "GBP"}` (money's amount parser on the groups `num` or
///   `words`, `scale`, and `marker`, `code` or `word` for the currency unless one is given).
///   Default: null.
/// - `priority`: an integer (default 0); on the same extent, a rule of higher priority wins,
///   and a kind whose rules have a priority above 0 wins over the built-in kinds.
/// - `description`: free text.
/// - `examples`: `{"text": …, "value": …}` must give one mention of the rule covering the
///   text (or `"mention": "…"`, the part of the text it covers); `{"text": …, "negative":
///   true}` must give no mention of the kind; `"reference_date": "2022-10-13"` sets the date.
public struct UserRule: Sendable {
  /// How a match becomes the mention's value.
  public enum Value: Sendable, Hashable {
    /// The same JSON value for every match.
    case fixed(JSONValue)
    /// The text of one named group (null when it did not take part).
    case capture(String)
    /// An object of fields, each the text of a named group.
    case captures([String: String])
    /// Money's amount parser (``MoneyValue``), with a fixed ISO currency or the currency
    /// read from the match.
    case money(currency: String?)
  }

  /// The rule's id.
  public var id: String
  /// The kind of its mentions.
  public var kind: Kind
  /// The PCRE2 pattern.
  public var pattern: String
  /// Compile options.
  public var options: PCRE2Options
  /// Where the rule is tried.
  public var trigger: Trigger
  /// How a match becomes a value.
  public var value: Value
  /// Ties between mentions of the same extent: higher wins.
  public var priority: Int
  /// The rule's positive and negative examples.
  public var examples: [RuleExample]
  /// The file and line the rule was read from.
  public var file: String
  /// The 1-based line of the rule's opening brace.
  public var line: Int

  /// The engine rule: the pattern, trigger and a builder for ``value``; `money` gives the
  /// currencies a money builder resolves (`$` and the like).
  public func rule(money: MoneyConfiguration = MoneyConfiguration()) -> Rule {
    let build: Rule.Builder
    switch value {
    case .fixed(let json):
      build = { _ in .json(json) }
    case .capture(let group):
      build = { match in .json(match[group].map(JSONValue.string) ?? .null) }
    case .captures(let fields):
      let sorted = fields.sorted { $0.key < $1.key }
      build = { match in
        .json(
          .object(
            Dictionary(
              uniqueKeysWithValues: sorted.map { ($0.key, match[$0.value].map(JSONValue.string) ?? .null) })))
      }
    case .money(let currency):
      let builder = MoneyBuilder(configuration: money, words: MoneyLexicon.words(with: money.lexicon))
      build = { match in builder.userAmount(match, currency: currency) }
    }
    return Rule(id: id, kind: kind, pattern: pattern, options: options, trigger: trigger, build: build)
  }
}

/// An example of a rule: a text, and the mention it must (or must not) give.
public struct RuleExample: Sendable, Hashable {
  /// The text the pipeline reads.
  public var text: String
  /// The rule that must find the mention (nil: any rule, for a negative example).
  public var rule: String?
  /// The kind the example is about.
  public var kind: Kind
  /// The part of `text` the mention covers; nil: all of it.
  public var mention: String?
  /// The mention's value as JSON, if checked.
  public var value: JSONValue?
  /// True when the text must give no mention of the kind.
  public var negative: Bool
  /// The document's reference date.
  public var referenceDate: CalendarDate?
  /// Where the example was written.
  public var file: String
  /// The 1-based line.
  public var line: Int

  /// An example; see the properties.
  public init(
    text: String, rule: String?, kind: Kind, mention: String? = nil, value: JSONValue? = nil,
    negative: Bool = false, referenceDate: CalendarDate? = nil, file: String, line: Int
  ) {
    self.text = text
    self.rule = rule
    self.kind = kind
    self.mention = mention
    self.value = value
    self.negative = negative
    self.referenceDate = referenceDate
    self.file = file
    self.line = line
  }
}

/// Reads rule files: JSON Lines (one rule a line) or JSON (one rule, or an array of rules).
public enum RuleFile {
  /// The rules of the file at `path`.
  /// - Throws: ``WinnowFileError`` naming the file, line, column and rule id of the first
  ///   problem (see ``parse(_:file:)``).
  public static func load(_ path: String) throws(WinnowFileError) -> [UserRule] {
    try parse(readFile(path), file: path)
  }

  /// The rules in `bytes`; `file` names the text in errors.
  /// - Throws: ``WinnowFileError`` for text that is not JSON, a rule that is not an object, an
  ///   unknown or missing field, a field of the wrong type, a pattern that does not compile
  ///   (with PCRE2's message and a caret), an id used twice, or text that is not UTF-8.
  public static func parse(_ bytes: [UInt8], file: String) throws(WinnowFileError) -> [UserRule] {
    var reader = JSONReader(bytes: bytes, file: file)
    var nodes = try reader.readAll()
    if nodes.count == 1, case .array(let elements) = nodes[0].value { nodes = elements }
    var rules: [UserRule] = []
    var seen: [String: Int] = [:]
    for node in nodes {
      let rule = try read(node, file: file)
      if let first = seen[rule.id] {
        throw WinnowFileError(
          file: file, line: node.line, column: node.column, ruleID: rule.id,
          message: "the id is used twice (first on line \(first))")
      }
      seen[rule.id] = node.line
      rules.append(rule)
    }
    return rules
  }

  static let fields = [
    "id", "kind", "pattern", "options", "trigger", "value", "priority", "examples", "description",
  ]
  static let optionNames: [String: PCRE2Options] = [
    "caseless": .caseless, "extended": .extended, "multiline": .multiline, "dotall": .dotAll,
    "ungreedy": .ungreedy,
  ]

  private typealias Node = JSONReader.Node

  private static func read(_ node: Node, file: String) throws(WinnowFileError) -> UserRule {
    guard case .object(let members) = node.value else {
      throw WinnowFileError(
        file: file, line: node.line, column: node.column, message: "a rule must be a JSON object")
    }
    // The id first, so every later error can name the rule.
    var id: String? = nil
    if let member = members.first(where: { $0.key == "id" }), case .string(let text) = member.value.value {
      id = text
    }
    func fail(_ message: String, _ line: Int, _ column: Int) -> WinnowFileError {
      WinnowFileError(file: file, line: line, column: column, ruleID: id, message: message)
    }
    func fail(_ message: String, at node: Node) -> WinnowFileError { fail(message, node.line, node.column) }
    if let bad = node.firstInvalidUTF8 {
      let inExample = members.first { $0.key == "examples" }?.value.firstInvalidUTF8 != nil
      throw fail(
        inExample ? "an example's text is not valid UTF-8" : "a string is not valid UTF-8", bad.line,
        bad.column)
    }
    var values: [String: Node] = [:]
    for member in members {
      guard fields.contains(member.key) else {
        throw fail(
          "unknown field `\(member.key)` (the fields are: \(fields.joined(separator: ", ")))", member.line,
          member.column)
      }
      guard values[member.key] == nil else {
        throw fail("the field `\(member.key)` is given twice", member.line, member.column)
      }
      values[member.key] = member.value
    }
    func string(_ key: String, required: Bool) throws(WinnowFileError) -> String? {
      guard let value = values[key] else {
        if required { throw fail("the field `\(key)` is missing", at: node) }
        return nil
      }
      guard case .string(let text) = value.value, !text.isEmpty else {
        throw fail("`\(key)` must be a non-empty string", at: value)
      }
      return text
    }
    guard let ruleID = try string("id", required: true) else { preconditionFailure() }
    if ruleID.unicodeScalars.contains(where: { $0.properties.isWhitespace }) {
      throw fail("`id` must not contain spaces", at: values["id"]!)
    }
    guard let kindName = try string("kind", required: true) else { preconditionFailure() }
    guard let pattern = try string("pattern", required: true) else { preconditionFailure() }

    var options: PCRE2Options = []
    if let node = values["options"] {
      guard case .array(let names) = node.value else {
        throw fail("`options` must be an array of names", at: node)
      }
      for name in names {
        guard case .string(let text) = name.value, let option = optionNames[text] else {
          throw fail(
            "unknown option (the options are: \(optionNames.keys.sorted().joined(separator: ", ")))", at: name
          )
        }
        options.formUnion(option)
      }
    }
    do {
      _ = try PCRE2Regex(pattern, options: options, jit: .never)
    } catch {
      throw fail("the pattern does not compile: \(error)", at: values["pattern"]!)
    }

    let trigger = try readTrigger(values["trigger"], fail: fail)
    let value = try readValue(values["value"], fail: fail)
    var priority = 0
    if let node = values["priority"] {
      guard case .number(let number, _) = node.value, number == number.rounded(), abs(number) < 1e9 else {
        throw fail("`priority` must be an integer", at: node)
      }
      priority = Int(number)
    }
    var examples: [RuleExample] = []
    if let node = values["examples"] {
      guard case .array(let items) = node.value else { throw fail("`examples` must be an array", at: node) }
      for item in items {
        examples.append(try readExample(item, rule: ruleID, kind: Kind(kindName), file: file, fail: fail))
      }
    }
    return UserRule(
      id: ruleID, kind: Kind(kindName), pattern: pattern, options: options, trigger: trigger,
      value: value, priority: priority, examples: examples, file: file, line: node.line)
  }

  private static func readTrigger(
    _ node: Node?, fail: (String, Node) -> WinnowFileError
  ) throws(WinnowFileError) -> Trigger {
    guard let node else { return .startBytes }
    switch node.value {
    case .string("start-bytes"): return .startBytes
    case .string("everywhere"): return .everywhere
    case .string("digits"): return .digits()
    case .object(let members):
      var lookbehind = 0
      var words: [String]? = nil
      var bytes: [UInt8]? = nil
      for member in members {
        switch (member.key, member.value.value) {
        case ("lookbehind", .number(let number, _))
        where number >= 0 && number <= 64 && number == number.rounded():
          lookbehind = Int(number)
        case ("words", .array(let items)):
          var list: [String] = []
          for item in items {
            guard case .string(let word) = item.value, word.first?.isLetter == true else {
              throw fail("a trigger word must be a string that starts with a letter", item)
            }
            list.append(word)
          }
          guard !list.isEmpty else { throw fail("`words` must list at least one word", member.value) }
          words = list
        case ("bytes", .string(let text)) where !text.isEmpty:
          bytes = Array(text.utf8)
        default:
          throw fail(
            "`trigger` takes `words` (an array of words), `bytes` (a string) and `lookbehind` (0 to 64); "
              + "`\(member.key)` is not one of them or has the wrong type", member.value)
        }
      }
      if let words, bytes == nil { return .words(words, lookbehind: lookbehind) }
      if let bytes, words == nil { return .bytes(bytes, lookbehind: lookbehind) }
      throw fail("`trigger` needs exactly one of `words` and `bytes`", node)
    default:
      throw fail(
        "`trigger` must be \"start-bytes\", \"everywhere\", \"digits\", or an object with `words` or `bytes`",
        node)
    }
  }

  private static func readValue(
    _ node: Node?, fail: (String, Node) -> WinnowFileError
  ) throws(WinnowFileError) -> UserRule.Value {
    guard let node else { return .fixed(.null) }
    let usage =
      "`value` must be an object: {\"fixed\": JSON}, {\"capture\": \"group\"}, "
      + "{\"captures\": {\"field\": \"group\"}} or {\"builder\": \"money\", \"currency\": \"ISO code\"}"
    guard case .object(let members) = node.value, let first = members.first else { throw fail(usage, node) }
    switch first.key {
    case "fixed" where members.count == 1:
      return .fixed(first.value.json)
    case "capture" where members.count == 1:
      guard case .string(let group) = first.value.value, !group.isEmpty else {
        throw fail(usage, first.value)
      }
      return .capture(group)
    case "captures" where members.count == 1:
      guard case .object(let fields) = first.value.value, !fields.isEmpty else {
        throw fail(usage, first.value)
      }
      var map: [String: String] = [:]
      for field in fields {
        guard case .string(let group) = field.value.value, !group.isEmpty else {
          throw fail("each field of `captures` names a group (a string)", field.value)
        }
        map[field.key] = group
      }
      return .captures(map)
    case "builder":
      guard case .string("money") = first.value.value else {
        throw fail("the only built-in value builder is \"money\"", first.value)
      }
      var currency: String? = nil
      for member in members.dropFirst() {
        guard member.key == "currency", case .string(let code) = member.value.value,
          code.utf8.count == 3, code.utf8.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A })
        else {
          throw fail(
            "the money builder takes only `currency`, an ISO 4217 code such as \"GBP\"", member.value)
        }
        currency = code
      }
      return .money(currency: currency)
    default:
      throw fail(usage, node)
    }
  }

  /// The examples of an examples file (`Fixtures/examples/<kind>.jsonl`): one JSON object a
  /// line, each an example as in a rule file plus the `rule` it is about (a negative example
  /// names none).
  /// - Throws: ``WinnowFileError`` naming the file, line and column of a line that does not read.
  public static func parseExamples(_ bytes: [UInt8], kind: Kind, file: String) throws(WinnowFileError)
    -> [RuleExample]
  {
    var reader = JSONReader(bytes: bytes, file: file)
    return try reader.readAll().map { node throws(WinnowFileError) in
      func fail(_ message: String, at node: Node) -> WinnowFileError {
        WinnowFileError(file: file, line: node.line, column: node.column, message: message)
      }
      if let bad = node.firstInvalidUTF8 {
        throw WinnowFileError(
          file: file, line: bad.line, column: bad.column, message: "an example's text is not valid UTF-8")
      }
      return try readExample(node, rule: nil, kind: kind, file: file, fail: fail)
    }
  }

  /// The examples of the examples file at `path` (see ``parseExamples(_:kind:file:)``).
  public static func loadExamples(_ path: String, kind: Kind) throws(WinnowFileError) -> [RuleExample] {
    try parseExamples(readFile(path), kind: kind, file: path)
  }

  private static func readExample(
    _ node: Node, rule: String?, kind: Kind, file: String, fail: (String, Node) -> WinnowFileError
  ) throws(WinnowFileError) -> RuleExample {
    guard case .object(let members) = node.value else { throw fail("an example must be an object", node) }
    var text: String? = nil
    var example = RuleExample(text: "", rule: rule, kind: kind, file: file, line: node.line)
    for member in members {
      switch (member.key, member.value.value) {
      case ("text", .string(let value)): text = value
      case ("rule", .string(let value)) where rule == nil: example.rule = value
      case ("mention", .string(let value)): example.mention = value
      case ("value", _): example.value = member.value.json
      case ("negative", .bool(let flag)): example.negative = flag
      case ("reference_date", .string(let date)):
        guard let parsed = CalendarDate(date) else {
          throw fail("`reference_date` must be a date such as \"2022-10-13\"", member.value)
        }
        example.referenceDate = parsed
      default:
        throw fail(
          "an example takes `text`, `mention`, `value`, `negative` (true or false) and `reference_date`; "
            + "`\(member.key)` is not one of them or has the wrong type",
          Node(value: .null, line: member.line, column: member.column))
      }
    }
    guard let text, !text.isEmpty else { throw fail("an example needs a non-empty `text`", node) }
    example.text = text
    if let mention = example.mention, !text.contains(mention) {
      throw fail("the example's `mention` is not part of its `text`", node)
    }
    if example.negative { example.rule = nil }
    return example
  }
}

extension MoneyBuilder {
  /// A user rule's money value: the amount from group `num` (a numeral) or `words` (a
  /// number in words), times the scale in `scale`/`short`; the currency `currency`, else the
  /// one named by group `marker`, `code` or `word`. Nil when either is missing.
  func userAmount(_ match: RuleMatch, currency fixed: String?) -> MentionValue? {
    let scale = scaleExponent(match)
    var amount = number(match, "num", scale: scale)
    if amount == nil, let words = match["words"], let value = MoneyNumber.words(words) {
      amount = value.multiplied(byPowerOfTen: scale ?? 0)
    }
    guard let amount else { return nil }
    if let fixed { return value(match, amount: amount, currency: .iso(fixed)) }
    if let marker = match["marker"] ?? match["code"], let (currency, exponent) = currency(before: marker) {
      return value(match, amount: amount.multiplied(byPowerOfTen: exponent), currency: currency)
    }
    if let word = match["word"], let unit = currencyWord(word) {
      return value(match, amount: amount, currency: unit.currency, exponent: unit.exponent)
    }
    return nil
  }
}
