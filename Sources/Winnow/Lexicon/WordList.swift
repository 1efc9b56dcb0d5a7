/// A word list: the rows of one TSV file, checked against the list's ``WordListSchema``.
///
/// The format is plain and diff-friendly: UTF-8 text, one entry a line, fields separated by
/// one tab; `#` at the start of a line begins a comment; blank lines are skipped. The first
/// other line is the header: the list's column names in order (trailing optional columns may
/// be left out, and then take their default). Fields are taken as written: no quoting, and no
/// leading or trailing spaces.
///
/// The built-in lists (`Lexicon/` in the repository) and a user's lists (``Lexicon``) go
/// through the same reader, so a user's file gets the same checks and the same messages.
public struct WordList: Sendable {
  /// One entry: its fields in the schema's column order (defaults filled in), and the line it
  /// came from.
  public struct Row: Sendable {
    /// The fields, one per column of the schema.
    public let fields: [String]
    /// The 1-based line of the file the entry is on.
    public let line: Int
    /// The field of the column at `column` (0-based, in the schema's order).
    public subscript(column: Int) -> String { fields[column] }
  }

  /// The list this is (`legislation.acronyms`).
  public let schema: WordListSchema
  /// The file it was read from, as given (for messages).
  public let file: String
  /// The entries, in file order.
  public let rows: [Row]

  /// Reads `bytes` as the TSV file `file` of the list `schema`.
  /// - Throws: ``WinnowFileError`` naming the file, line and column of the first problem: text
  ///   that is not UTF-8, a header that is not the list's, a missing or extra field, a value
  ///   the column does not take, or an entry listed twice.
  public init(schema: WordListSchema, file: String, bytes: some Collection<UInt8>) throws(WinnowFileError) {
    self.schema = schema
    self.file = file
    var rows: [Row] = []
    var header: [String]? = nil
    var seen: [String: Int] = [:]
    var lineNumber = 0
    let bytes = Array(bytes)
    var lineStart = 0
    while lineStart < bytes.count {
      lineNumber += 1
      var lineEnd = lineStart
      while lineEnd < bytes.count && bytes[lineEnd] != 0x0A { lineEnd += 1 }
      defer { lineStart = lineEnd + 1 }
      var end = lineEnd
      if end > lineStart && bytes[end - 1] == 0x0D { end -= 1 }
      if end == lineStart || bytes[lineStart] == UInt8(ascii: "#") {
        // A blank line or a comment: still text that must be UTF-8.
        guard String(validating: bytes[lineStart..<end], as: UTF8.self) != nil else {
          throw WinnowFileError(file: file, line: lineNumber, message: "the line is not valid UTF-8")
        }
        continue
      }
      // Fields split at tab bytes (a tab is never part of a multi-byte character).
      var fields: [String] = []
      fields.reserveCapacity(schema.columns.count)
      var fieldStart = lineStart
      for index in lineStart...end where index == end || bytes[index] == 0x09 {
        guard let field = String(validating: bytes[fieldStart..<index], as: UTF8.self) else {
          throw WinnowFileError(file: file, line: lineNumber, message: "the line is not valid UTF-8")
        }
        fields.append(field)
        fieldStart = index + 1
      }
      guard let columns = header else {
        header = try Self.readHeader(fields, schema: schema, file: file, line: lineNumber)
        continue
      }
      let row = try Self.readRow(
        fields, header: columns, schema: schema, file: file, line: lineNumber)
      let key = schema.keyColumns == 1 ? row[0] : schema.key(of: row)
      if let first = seen[key] {
        throw WinnowFileError(
          file: file, line: lineNumber, column: 1,
          message: "\(schema.name): `\(key)` is already listed on line \(first)")
      }
      seen[key] = lineNumber
      rows.append(Row(fields: row, line: lineNumber))
    }
    if header == nil {
      throw WinnowFileError(
        file: file, line: max(lineNumber, 1),
        message: "\(schema.name): no header line (expected: \(schema.columnNames.joined(separator: " TAB ")))"
      )
    }
    self.rows = rows
  }

  /// The column names in the header: a prefix of the schema's that covers every required
  /// column.
  private static func readHeader(
    _ fields: [String], schema: WordListSchema, file: String, line: Int
  ) throws(WinnowFileError) -> [String] {
    var column = 1
    for (index, name) in fields.enumerated() {
      guard index < schema.columns.count, schema.columns[index].name == name else {
        let expected = index < schema.columns.count ? "`\(schema.columns[index].name)`" : "no more columns"
        throw WinnowFileError(
          file: file, line: line, column: column,
          message: "\(schema.name): header column \(index + 1) is `\(name)`, expected \(expected) "
            + "(the columns are: \(schema.columnNames.joined(separator: ", ")))")
      }
      column += name.unicodeScalars.count + 1
    }
    if let missing = schema.columns.dropFirst(fields.count).first(where: { $0.defaultValue == nil }) {
      throw WinnowFileError(
        file: file, line: line, column: column,
        message: "\(schema.name): the header lacks the required column `\(missing.name)`")
    }
    return fields
  }

  /// The fields of a row, checked, with defaults for the columns it leaves out.
  private static func readRow(
    _ fields: [String], header: [String], schema: WordListSchema, file: String, line: Int
  ) throws(WinnowFileError) -> [String] {
    /// The 1-based column (in characters) where field `index` starts.
    func column(_ index: Int) -> Int {
      fields.prefix(index).reduce(1) { $0 + $1.unicodeScalars.count + 1 }
    }
    var result: [String] = []
    result.reserveCapacity(schema.columns.count)
    for (index, spec) in schema.columns.enumerated() {
      let present = index < fields.count && index < header.count
      if !present {
        guard let value = spec.defaultValue else {
          throw WinnowFileError(
            file: file, line: line, column: column(min(index, fields.count)),
            message: "\(schema.name): missing the `\(spec.name)` field (fields are separated by tabs)")
        }
        result.append(value)
        continue
      }
      var value = fields[index]
      if value.isEmpty, let fallback = spec.defaultValue { value = fallback }
      if let problem = spec.type.problem(with: value, required: spec.defaultValue == nil) {
        throw WinnowFileError(
          file: file, line: line, column: column(index),
          message: "\(schema.name): `\(spec.name)` \(problem)")
      }
      result.append(value)
    }
    let used = min(header.count, schema.columns.count)
    if fields.count > used {
      throw WinnowFileError(
        file: file, line: line, column: column(used),
        message: "\(schema.name): more fields than the \(header.count) columns of the header")
    }
    return result
  }
}

/// The shape of one word list: its name, columns and what each column takes.
public struct WordListSchema: Sendable, Hashable {
  /// What a column takes.
  public enum ColumnType: Sendable, Hashable {
    /// Any text without tabs, leading or trailing spaces.
    case text
    /// An integer in the range.
    case integer(ClosedRange<Int>)
    /// One of the words.
    case choice([String])
    /// `yes` or `no`.
    case flag
    /// A currency: an ISO 4217 code (three capitals), `unnamed`, or `default:NAME` for a
    /// currency the configuration decides (`default:dollars`).
    case currency
    /// An ISO 3166-1 alpha-2 code, an ISO 3166-2 subdivision (`US-CA`), or `EU`; may be empty.
    case jurisdiction
    /// A holiday's day: `MM-DD`, `MM-WDY#N[+S]` (`11-thu#4+1`, `05-mon#last`), or
    /// `easter[+S]` (`easter-2`).
    case holidayDate

    func problem(with value: String, required: Bool) -> String? {
      if value.isEmpty { return required ? "is empty" : nil }
      if value.utf8.first == 0x20 || value.utf8.last == 0x20 {
        return "has leading or trailing spaces: `\(value)`"
      }
      switch self {
      case .text: return nil
      case .integer(let range):
        guard let number = Int(value), range.contains(number) else {
          return "is `\(value)`, expected an integer from \(range.lowerBound) to \(range.upperBound)"
        }
        return nil
      case .choice(let words):
        return words.contains(value)
          ? nil : "is `\(value)`, expected one of: \(words.joined(separator: ", "))"
      case .flag:
        return value == "yes" || value == "no" ? nil : "is `\(value)`, expected `yes` or `no`"
      case .currency:
        return CurrencyReference(lexicon: value) != nil
          ? nil
          : "is `\(value)`, expected an ISO 4217 code (`EUR`), `unnamed` or one of "
            + MoneyConfiguration.Default.allLexiconNames.map { "`default:\($0)`" }.joined(separator: ", ")
      case .jurisdiction:
        let bytes = Array(value.utf8)
        func isCapital(_ byte: UInt8) -> Bool { byte >= 0x41 && byte <= 0x5A }
        let country = bytes.count >= 2 && isCapital(bytes[0]) && isCapital(bytes[1])
        let subdivision =
          bytes.count == 2
          || (bytes.count > 3 && bytes[2] == 0x2D
            && bytes.dropFirst(3).allSatisfy { isCapital($0) || ($0 >= 0x30 && $0 <= 0x39) })
        return country && subdivision
          ? nil : "is `\(value)`, expected an ISO 3166 code (`IN`, `US-CA`) or `EU`"
      case .holidayDate:
        return HolidayDate(value) != nil
          ? nil
          : "is `\(value)`, expected `MM-DD`, `MM-WDY#N` (`11-thu#4`, `05-mon#last`, `11-thu#4+1`) or `easter±N`"
      }
    }
  }

  /// A column: its header name, what it takes, and its value when left out (nil: required).
  public struct Column: Sendable, Hashable {
    /// The column's name in the header line.
    public let name: String
    /// What the column takes.
    public let type: ColumnType
    /// The value of a left-out or empty field; nil if the column is required.
    public let defaultValue: String?
    /// A column named `name` taking `type`, required unless it has a default.
    public init(_ name: String, _ type: ColumnType = .text, default defaultValue: String? = nil) {
      self.name = name
      self.type = type
      self.defaultValue = defaultValue
    }
  }

  /// `KIND.LIST`, as in ``Lexicon`` and `--lexicon` (`title.heads`).
  public let name: String
  /// The columns, in header order.
  public let columns: [Column]
  /// How many leading columns make an entry's identity (an entry listed twice is an error);
  /// usually 1, the form.
  public let keyColumns: Int

  /// A list named `name` (`KIND.LIST`) with `columns`, whose first `keyColumns` columns
  /// identify an entry.
  public init(name: String, columns: [Column], keyColumns: Int = 1) {
    self.name = name
    self.columns = columns
    self.keyColumns = keyColumns
  }

  /// The built-in file of this list, relative to `Lexicon/` (`title/heads.tsv`).
  public var builtinPath: String {
    let parts = name.split(separator: ".", maxSplits: 1)
    return "\(parts[0])/\(parts[1]).tsv"
  }

  var columnNames: [String] { columns.map(\.name) }

  func key(of fields: [String]) -> String {
    fields.prefix(keyColumns).joined(separator: "\t")
  }
}

/// An error in a word list or rule file: the file, line, column (0: the whole line) and rule id
/// it concerns, and what is wrong. Its description reads like a compiler's
/// (`rules.jsonl:3:12: rule ticker.symbol: …`), so editors can jump to it.
public struct WinnowFileError: Error, Sendable, Hashable, CustomStringConvertible {
  /// The file, as the user named it.
  public var file: String
  /// The 1-based line, or 0 when the problem is the whole file.
  public var line: Int
  /// The 1-based column (in characters), or 0 when the problem is the whole line or file.
  public var column: Int
  /// The rule the problem belongs to, when one is known.
  public var ruleID: String?
  /// What is wrong, in a sentence.
  public var message: String

  /// An error at `file`:`line`:`column`, about rule `ruleID` if given.
  public init(file: String, line: Int, column: Int = 0, ruleID: String? = nil, message: String) {
    self.file = file
    self.line = line
    self.column = column
    self.ruleID = ruleID
    self.message = message
  }

  /// `file:line:column: error: rule ID: message`.
  public var description: String {
    var text = "\(file):"
    if line > 0 { text += "\(line):" }
    if line > 0, column > 0 { text += "\(column):" }
    text += " error: "
    if let ruleID { text += "rule \(ruleID): " }
    return text + message
  }
}
