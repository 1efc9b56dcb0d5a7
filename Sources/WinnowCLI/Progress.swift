/// Progress on standard error: documents and bytes done, MB/s, and the time left when the
/// input's size is known. Shown only when standard error is a terminal or `--progress` asks;
/// nothing reaches a pipe otherwise.
final class Progress {
  private let console: Console
  private let enabled: Bool
  private let total: Int?
  private let clock = ContinuousClock()
  private let start: ContinuousClock.Instant
  private var lastShown: ContinuousClock.Instant
  private var shown = false
  private(set) var documents = 0
  private(set) var bytes = 0

  private let interval: Duration

  /// Progress for an input of `totalBytes` (nil when unknown), redrawn every `interval`.
  init(console: Console, forced: Bool, totalBytes: Int?, interval: Duration = .milliseconds(200)) {
    self.console = console
    self.interval = interval
    enabled = forced || console.errorIsTerminal
    total = totalBytes
    start = clock.now
    lastShown = start
  }

  /// Counts documents and bytes done; redraws at most five times a second.
  func advance(documents: Int, bytes: Int) {
    self.documents += documents
    self.bytes += bytes
    guard enabled else { return }
    let now = clock.now
    if now - lastShown >= interval {
      lastShown = now
      draw(now)
    }
  }

  /// The last line, then a line break (only if anything was shown, or `--progress` asked).
  func finish() {
    guard enabled, shown || !console.errorIsTerminal else { return }
    draw(clock.now)
    console.errorText("\n")
  }

  private func draw(_ now: ContinuousClock.Instant) {
    shown = true
    let elapsed = seconds(now - start)
    let megabytes = Double(bytes) / 1e6
    let rate = elapsed > 0 ? megabytes / elapsed : 0
    var line = "\(documents) documents, \(format(megabytes)) MB, \(format(rate)) MB/s"
    if let total, total > 0, rate > 0 {
      let left = max(0, Double(total - bytes) / 1e6 / rate)
      line += ", \(Int(left.rounded(.up))) s left"
    }
    console.errorText(console.errorIsTerminal ? "\r\u{1B}[K" + line : line + "\n")
  }

  private func seconds(_ duration: Duration) -> Double {
    let (s, a) = duration.components
    return Double(s) + Double(a) / 1e18
  }

  private func format(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    return "\(tenths / 10).\(tenths % 10)"
  }
}
