import Foundation

/// Wall-clock and CPU timing for the ratios tool, on a machine that other work shares: the
/// runs of the things compared are interleaved, so that they see the same load, and each
/// figure is a median.
public enum Timing {
  /// One run's (or a median's) cost.
  public struct Sample: Sendable {
    /// Wall-clock time (`ContinuousClock`).
    public var wall: Duration
    /// CPU time of the whole process, user and system, all threads, in seconds.
    public var cpu: Double
  }

  /// The median wall-clock and CPU time of each of `bodies`, run in turn `repetitions` times
  /// (A, B, C, A, B, C, …) after one untimed warm-up run of each.
  public static func interleaved(repetitions: Int, _ bodies: [() throws -> Void]) throws -> [Sample] {
    for body in bodies { try body() }
    let clock = ContinuousClock()
    var samples = [[Sample]](repeating: [], count: bodies.count)
    for _ in 0..<max(1, repetitions) {
      for (index, body) in bodies.enumerated() {
        let cpuStart = cpuSeconds()
        let wall = try clock.measure(body)
        samples[index].append(Sample(wall: wall, cpu: cpuSeconds() - cpuStart))
      }
    }
    return samples.map { runs in
      Sample(wall: runs.map(\.wall).sorted()[runs.count / 2], cpu: runs.map(\.cpu).sorted()[runs.count / 2])
    }
  }

  /// The median of `repetitions` runs of `body`, after one untimed warm-up run.
  public static func median(repetitions: Int, _ body: () throws -> Void) throws -> Sample {
    try withoutActuallyEscaping(body) { try interleaved(repetitions: repetitions, [$0])[0] }
  }

  /// Megabytes (10⁶ bytes) per second.
  public static func megabytesPerSecond(_ bytes: Int, _ duration: Duration) -> Double {
    Double(bytes) / 1e6 / seconds(duration)
  }

  /// The duration in seconds.
  public static func seconds(_ duration: Duration) -> Double {
    let (seconds, attoseconds) = duration.components
    return Double(seconds) + Double(attoseconds) * 1e-18
  }

  /// The load averages over 1, 5 and 15 minutes (`/proc/loadavg`), or "unknown".
  public static var loadAverage: String {
    guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
    return text.split(separator: " ").prefix(3).joined(separator: " ")
  }

  /// CPU time used so far by this process (all threads), in seconds.
  private static func cpuSeconds() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) * 1e-6 }
    return seconds(usage.ru_utime) + seconds(usage.ru_stime)
  }
}
