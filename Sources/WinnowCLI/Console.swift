import Foundation

/// Where the command writes: standard output and standard error, or buffers in tests.
public final class Console {
  private let writeOut: (String) -> Void
  private let writeErr: (String) -> Void
  /// Whether standard output is a terminal (the default format is then a table).
  public let isTerminal: Bool

  public init(isTerminal: Bool, out: @escaping (String) -> Void, err: @escaping (String) -> Void) {
    self.isTerminal = isTerminal
    self.writeOut = out
    self.writeErr = err
  }

  /// The process's own standard output and error.
  public static func standard() -> Console {
    Console(
      isTerminal: isatty(STDOUT_FILENO) == 1,
      out: { writeAll(STDOUT_FILENO, $0) },
      err: { writeAll(STDERR_FILENO, $0) })
  }

  func out(_ text: String) { writeOut(text) }
  func line(_ text: String) { writeOut(text + "\n") }
  func error(_ text: String) { writeErr(text + "\n") }
  func flush() {}
}

/// Writes all of `text` to a file descriptor (retrying short writes).
private func writeAll(_ descriptor: Int32, _ text: String) {
  var text = text
  text.withUTF8 { buffer in
    var offset = 0
    while offset < buffer.count {
      let written = write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
      if written <= 0 { return }
      offset += written
    }
  }
}
