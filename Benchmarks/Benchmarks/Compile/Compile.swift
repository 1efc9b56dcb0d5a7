// Building the standard pipeline: compiling and JIT-compiling every built-in rule.
import Benchmark
import BenchmarkSuite
import BenchmarkSupport
import Winnow

let benchmarks: @Sendable () -> Void = {
  Benchmark(
    "Pipeline.standard()",
    configuration: .init(
      metrics: [.wallClock, .throughput, .instructions, .mallocCountTotal],
      timeUnits: .milliseconds, warmupIterations: 2, maxDuration: .seconds(3), maxIterations: 50)
  ) { benchmark in
    for _ in benchmark.scaledIterations {
      let pipeline = try Pipeline.standard()
      blackHole(pipeline)
      Check.nonZero(pipeline.extractors.count, "Pipeline.standard() extractors")
    }
  }
}
