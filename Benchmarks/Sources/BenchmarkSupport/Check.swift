/// Result checks for the benchmarks: a benchmark that silently finds nothing measures nothing.
public enum Check {
  /// Stops the process when `count` is zero although `expected` says it must not be.
  /// - Parameters:
  ///   - expected: whether a non-zero count is required (false when, say, an extractor has no
  ///     rules yet).
  public static func nonZero(_ count: Int, _ what: String, expected: Bool = true) {
    if expected && count == 0 {
      fatalError("\(what): found nothing where something must be found; the benchmark is broken.")
    }
  }

  /// Stops the process unless `count` is zero (no-match inputs).
  public static func zero(_ count: Int, _ what: String) {
    if count != 0 { fatalError("\(what): found \(count) matches in the no-match input.") }
  }
}
