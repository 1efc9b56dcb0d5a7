import Foundation
import Synchronization
import WinnowCLI

/// The command run in-process through its parser (`parseAsRoot`), its output captured.
struct Run {
  let status: Int32
  let out: String
  let err: String
  var outLines: [Substring] { out.split(separator: "\n") }
}

/// What standard input is in a run.
enum Stdin {
  /// A terminal (not read unless `-` is given).
  case terminal
  /// A file holding these bytes.
  case bytes([UInt8])
  /// A stream or file already open on this descriptor.
  case descriptor(Int32)
  /// Closed (`<&-`).
  case closed
}

/// Runs `winnow` with `arguments` in-process, through `parseAsRoot`.
func winnow(
  _ arguments: [String], terminal: Bool = false, width: Int? = nil, errorTerminal: Bool = false,
  stdin: Stdin = .terminal
) -> Run {
  let out = Mutex<[UInt8]>([])
  let err = Mutex("")
  var descriptor: Int32? = nil
  var owned = false
  switch stdin {
  case .terminal: descriptor = -1
  case .bytes(let bytes):
    descriptor = open(try! temporaryFile(bytes), O_RDONLY)
    owned = true
  case .descriptor(let given): descriptor = given
  case .closed: descriptor = nil
  }
  defer { if owned, let descriptor { close(descriptor) } }
  var inputIsTerminal = false
  if case .terminal = stdin { inputIsTerminal = true }
  let console = Console(
    isTerminal: terminal, width: width, errorIsTerminal: errorTerminal, inputIsTerminal: inputIsTerminal,
    input: descriptor,
    out: { bytes in out.withLock { $0.append(contentsOf: bytes) } },
    err: { text in err.withLock { $0 += text } })
  let status = runWinnow(arguments, console: console)
  return Run(
    status: status, out: String(decoding: out.withLock { $0 }, as: UTF8.self), err: err.withLock { $0 })
}

func winnow(_ arguments: String..., terminal: Bool = false, stdin: Stdin = .terminal) -> Run {
  winnow(arguments, terminal: terminal, stdin: stdin)
}

/// Standard input holding `text`.
func stdinText(_ text: String) -> Stdin { .bytes(Array(text.utf8)) }

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
  .deletingLastPathComponent().deletingLastPathComponent()

/// The corpora kept in Fixtures.
let fixtureCorpora = ["eval-sample", "authored-dev", "recognizers-money", "recognizers-date"]

func fixtureCorpus(_ name: String) -> String {
  repositoryRoot.appendingPathComponent("Fixtures/corpus/\(name).jsonl").path
}

/// Writes `bytes` to a new temporary file and returns its path.
func temporaryFile(_ bytes: [UInt8], suffix: String = ".txt") throws -> String {
  let path = NSTemporaryDirectory() + "winnow-test-\(UUID().uuidString)\(suffix)"
  try Data(bytes).write(to: URL(fileURLWithPath: path))
  return path
}

func temporaryFile(_ text: String, suffix: String = ".txt") throws -> String {
  try temporaryFile(Array(text.utf8), suffix: suffix)
}

/// The JSON object of a line.
func object(_ line: some StringProtocol) throws -> [String: Any] {
  try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
}

/// The mentions of a prediction line, as dictionaries.
func mentions(_ line: some StringProtocol) throws -> [[String: Any]] {
  try object(line)["mentions"] as! [[String: Any]]
}
