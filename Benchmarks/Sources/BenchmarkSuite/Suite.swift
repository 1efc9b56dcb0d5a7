public import Benchmark
import BenchmarkSupport

extension BenchmarkMetric {
  /// Input bytes per second of wall clock, timed around each iteration's work (shown as M =
  /// MB/s). package-benchmark's own `throughput` counts iterations per second.
  public static let bytesPerSecond = BenchmarkMetric.custom(
    "Throughput (bytes/s)", polarity: .prefersLarger, useScalingFactor: false)
}

/// Settings and helpers shared by the benchmark targets.
public enum Suite {
  /// The metrics every benchmark reports.
  public static let metrics: [BenchmarkMetric] = [
    .bytesPerSecond, .throughput, .wallClock, .instructions, .mallocCountTotal,
  ]

  /// Sets the defaults of every benchmark in a target: each iteration scans megabytes, so a
  /// few iterations after one warm-up are enough, and whole runs stay short on a shared machine.
  /// - Parameter mallocTolerance: how far the malloc count may move from the committed
  ///   `Thresholds/*.p90.json` (which hold malloc counts only) before `thresholds check` fails.
  ///   Default: 5 %; loops that allocate a handful of times per run give an absolute tolerance.
  public static func configure(
    maxIterations: Int = 10, mallocTolerance: BenchmarkThresholds = BenchmarkThresholds(relative: [.p90: 5])
  ) {
    Benchmark.defaultConfiguration = .init(
      metrics: metrics, timeUnits: .milliseconds, warmupIterations: 1,
      maxDuration: .seconds(3), maxIterations: maxIterations, thresholds: [.mallocCountTotal: mallocTolerance]
    )
  }

  /// Registers a benchmark whose iteration runs `body` over `bytes` bytes of input and returns
  /// what it found. Only `body` is measured; the count is then black-holed and passed to
  /// `check`, which stops the run when the count is wrong.
  public static func scan(
    _ name: String, bytes: Int, check: @escaping (Int) -> Void, _ body: @escaping () throws -> Int
  ) {
    Benchmark(name) { benchmark in
      let clock = ContinuousClock()
      let start = clock.now
      let count = try body()
      benchmark.stopMeasurement()
      let elapsed = clock.now - start
      blackHole(count)
      check(count)
      benchmark.measurement(.bytesPerSecond, Int(Double(bytes) / Timing.seconds(elapsed)))
    }
  }
}
