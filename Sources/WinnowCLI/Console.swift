#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Where the command reads and writes: the process's standard streams, or buffers in tests.
///
/// Output goes out as bytes (``write(_:)``), in the large blocks ``OutputBuffer`` gathers; a
/// failed write throws an ``IOError`` naming its cause (`No space left on device`).
public final class Console: @unchecked Sendable {
  // SAFETY: the closures are called from the command's main thread only (workers hand their
  // bytes back to it); the flags are constants.
  private let writeOut: (UnsafeRawBufferPointer) throws -> Void
  private let writeErr: (String) -> Void
  /// Whether standard output is a terminal (the default format is then a table).
  public let isTerminal: Bool
  /// The terminal's width in columns, when standard output is a terminal.
  public let width: Int?
  /// Whether standard error is a terminal (progress is then shown).
  public let errorIsTerminal: Bool
  /// Whether standard input is a terminal (then it is not read unless `-` is given).
  public let inputIsTerminal: Bool
  /// The file descriptor read for `-` and when no file is given; nil when it is closed.
  public let input: Int32?

  /// A console with the given streams.
  /// - Parameters:
  ///   - isTerminal: whether standard output is a terminal.
  ///   - width: the terminal's width in columns.
  ///   - errorIsTerminal: whether standard error is a terminal.
  ///   - inputIsTerminal: whether standard input is a terminal.
  ///   - input: the descriptor of standard input; nil when it is closed.
  ///   - out: writes bytes to standard output; throws when the write fails.
  ///   - err: writes text to standard error.
  public init(
    isTerminal: Bool, width: Int? = nil, errorIsTerminal: Bool = false, inputIsTerminal: Bool = false,
    input: Int32? = STDIN_FILENO, out: @escaping (UnsafeRawBufferPointer) throws -> Void,
    err: @escaping (String) -> Void
  ) {
    self.isTerminal = isTerminal
    self.width = width
    self.errorIsTerminal = errorIsTerminal
    self.inputIsTerminal = inputIsTerminal
    self.input = input
    self.writeOut = out
    self.writeErr = err
  }

  /// The process's own standard streams.
  ///
  /// Call it first thing in `main`: when standard input is closed (`<&-`) it says so and puts
  /// `/dev/null` on descriptor 0, so that no file opened later is mistaken for standard input.
  public static func standard() -> Console {
    let inputOpen = fcntl(STDIN_FILENO, F_GETFD) != -1
    if !inputOpen { _ = open("/dev/null", O_RDONLY) }  // takes descriptor 0
    let terminal = isatty(STDOUT_FILENO) == 1
    return Console(
      isTerminal: terminal, width: terminal ? terminalWidth() : nil,
      errorIsTerminal: isatty(STDERR_FILENO) == 1,
      inputIsTerminal: inputOpen && isatty(STDIN_FILENO) == 1,
      input: inputOpen ? STDIN_FILENO : nil,
      out: { bytes in try writeAll(STDOUT_FILENO, bytes, place: "standard output") },
      err: { text in
        var text = text
        text.withUTF8 { try? writeAll(STDERR_FILENO, UnsafeRawBufferPointer($0), place: "standard error") }
      })
  }

  /// Writes bytes to standard output.
  func write(_ bytes: UnsafeRawBufferPointer) throws { try writeOut(bytes) }

  /// Writes text to standard output.
  func write(_ text: String) throws {
    var text = text
    try text.withUTF8 { try writeOut(UnsafeRawBufferPointer($0)) }
  }

  /// Writes a line of text to standard output.
  func line(_ text: String) throws { try write(text + "\n") }

  /// Writes a line to standard error.
  func error(_ text: String) { writeErr(text + "\n") }

  /// Writes text to standard error as is (progress lines).
  func errorText(_ text: String) { writeErr(text) }
}

/// A read or write that failed, with the system's reason (`Is a directory`).
struct IOError: Error, CustomStringConvertible {
  /// The file, or `standard input`/`standard output`.
  let place: String
  let code: Int32

  var description: String { "\(place): \(String(cString: strerror(code)))" }
}

/// Writes all of `bytes` to a file descriptor, retrying short and interrupted writes.
func writeAll(_ descriptor: Int32, _ bytes: UnsafeRawBufferPointer, place: String) throws {
  guard var address = bytes.baseAddress else { return }
  var left = bytes.count
  while left > 0 {
    let written = write(descriptor, address, left)
    if written < 0 {
      if errno == EINTR { continue }
      throw IOError(place: place, code: errno)
    }
    address += written
    left -= written
  }
}

/// The width of the terminal on standard output (`COLUMNS` when the ioctl says nothing).
private func terminalWidth() -> Int? {
  var size = winsize()
  if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
  if let columns = getenv("COLUMNS").flatMap({ Int(String(cString: $0)) }), columns > 0 { return columns }
  return nil
}
