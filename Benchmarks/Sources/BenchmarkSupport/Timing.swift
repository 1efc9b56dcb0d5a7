/// Wall-clock timing for the ratios tool: the median of several runs, on `ContinuousClock`.
public enum Timing {
  /// The median duration of `repetitions` runs of `body`, after one untimed warm-up run.
  public static func median(repetitions: Int, _ body: () throws -> Void) rethrows -> Duration {
    try body()
    let clock = ContinuousClock()
    var durations: [Duration] = []
    for _ in 0..<max(1, repetitions) {
      durations.append(try clock.measure(body))
    }
    return durations.sorted()[durations.count / 2]
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
}
