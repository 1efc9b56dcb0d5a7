#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// A user's extra entries for the built-in word lists, added at run time: no Swift, no
/// rebuild. Entries are read from TSV files of the same format as the built-in ones in
/// `Lexicon/` (a header line of column names, one entry a line, tab separated), and join
/// the built-in entries of their list; an entry whose form is already built in replaces it.
///
/// ```swift
/// var configuration = StandardConfiguration()
/// try configuration.lexicon.load("title.heads", from: "newsroom/heads.tsv")
/// let pipeline = try Pipeline.standard(configuration)
/// ```
///
/// The lists that take entries, and their columns (the first is the entry's form):
/// - `legislation.acronyms`: `form`, `kind` (`act`, `regulation`, …), `jurisdiction` (optional,
///   ISO 3166 or `EU`: where the instrument is law; not written to the value, docs/judgement-calls.md L1);
/// - `title.heads`: `form` (lowercase), `role`, `usage` (optional: `common`,
///   `capitalized-only`, `leader`, `needs-tail`), `plural` (optional, `yes` for a written-out
///   plural);
/// - `money.currencies`: `form` (lowercase), `currency` (ISO 4217, `unnamed` or
///   `default:dollars`…), `exponent` (optional: `-2` for cents);
/// - `date.holidays`: `name` (lowercase), `date` (`12-25`, `11-thu#4`, `easter-2`),
///   `needs-context` (optional `yes`: lowercase, it needs a year or `last`/`next`).
public struct Lexicon: Sendable {
  /// The names of the lists that take a user's entries.
  public static let extendableLists = [
    "legislation.acronyms", "title.heads", "money.currencies", "date.holidays",
  ]

  private var lists: [String: [WordList]] = [:]

  /// No extra entries.
  public init() {}

  /// True when no list has extra entries.
  public var isEmpty: Bool { lists.values.allSatisfy { $0.allSatisfy(\.rows.isEmpty) } }

  /// The schema of the list `name`, if it takes a user's entries.
  public static func schema(of name: String) -> WordListSchema? {
    extendableLists.contains(name) ? BuiltinLexicon.schemas[name] : nil
  }

  /// Adds the entries of `list` (read with ``schema(of:)``).
  /// - Throws: ``WinnowFileError`` when the list does not take a user's entries.
  public mutating func add(_ list: WordList) throws(WinnowFileError) {
    guard Self.extendableLists.contains(list.schema.name) else {
      throw Self.unknownList(list.schema.name, file: list.file)
    }
    lists[list.schema.name, default: []].append(list)
  }

  /// Adds the entries of the TSV text `bytes` to the list `name`; `file` names it in errors.
  /// - Throws: ``WinnowFileError`` naming the file, line and column of the first problem.
  public mutating func add(
    _ name: String, tsv bytes: some Collection<UInt8>, file: String
  ) throws(WinnowFileError) {
    guard let schema = Self.schema(of: name) else { throw Self.unknownList(name, file: file) }
    try add(WordList(schema: schema, file: file, bytes: bytes))
  }

  /// Adds the entries of the TSV file at `path` to the list `name`.
  /// - Throws: ``WinnowFileError`` when the file cannot be read or does not read as the list.
  public mutating func load(_ name: String, from path: String) throws(WinnowFileError) {
    guard Self.schema(of: name) != nil else { throw Self.unknownList(name, file: path) }
    try add(name, tsv: readFile(path), file: path)
  }

  /// Every extra entry of the list `name`, in the order added.
  func rows(_ name: String) -> [WordList.Row] { (lists[name] ?? []).flatMap(\.rows) }

  private static func unknownList(_ name: String, file: String) -> WinnowFileError {
    WinnowFileError(
      file: file, line: 0,
      message:
        "no word list `\(name)` takes entries; the lists are: \(extendableLists.joined(separator: ", "))")
  }
}

/// The bytes of the file at `path`, read with the C library (the library stays
/// Foundation-free).
/// - Throws: ``WinnowFileError`` at line 0 with the system's reason.
func readFile(_ path: String) throws(WinnowFileError) -> [UInt8] {
  guard let file = fopen(path, "rb") else {
    throw WinnowFileError(
      file: path, line: 0, message: "cannot read the file: \(String(cString: strerror(errno)))")
  }
  defer { fclose(file) }
  var bytes: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 1 << 16)
  while true {
    let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
    if count > 0 { bytes.append(contentsOf: buffer[0..<count]) }
    if count < buffer.count {
      if ferror(file) != 0 {
        throw WinnowFileError(
          file: path, line: 0, message: "cannot read the file: \(String(cString: strerror(errno)))")
      }
      break
    }
  }
  return bytes
}
