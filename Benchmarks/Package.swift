// swift-tools-version: 6.1
// The benchmarks of Winnow: a package of its own, so that the library's users never resolve
// package-benchmark. Run with `make bench` from the repository root (see README.md here).
import PackageDescription

/// The dependencies every benchmark target has.
let benchmarkDependencies: [Target.Dependency] = [
  .product(name: "Benchmark", package: "benchmark"),
  .product(name: "Winnow", package: "Winnow"),
  .product(name: "PCRE2", package: "Winnow"),
  "BenchmarkSupport",
  "BenchmarkSuite",
]

/// A package-benchmark target: sources in `Benchmarks/<name>/`, boilerplate by the plugin.
func benchmarkTarget(_ name: String, extra: [Target.Dependency] = []) -> Target {
  .executableTarget(
    name: name,
    dependencies: benchmarkDependencies + extra,
    path: "Benchmarks/\(name)",
    plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
  )
}

let package = Package(
  name: "WinnowBenchmarks",
  platforms: [.macOS(.v13)],
  dependencies: [
    .package(name: "Winnow", path: ".."),
    .package(url: "https://github.com/ordo-one/benchmark", exact: "1.38.1", traits: ["MallocInterposer"]),
  ],
  targets: [
    // libpcre2-8 called directly, for the raw C baseline (no wrapper in between).
    .systemLibrary(
      name: "CPCRE2Raw",
      path: "Sources/CPCRE2Raw",
      pkgConfig: "libpcre2-8",
      providers: [.apt(["libpcre2-dev"])]
    ),
    // Corpus loading, rule patterns, counts and timing shared by the targets below.
    .target(
      name: "BenchmarkSupport",
      dependencies: [
        "CPCRE2Raw",
        .product(name: "Winnow", package: "Winnow"),
        .product(name: "PCRE2", package: "Winnow"),
      ],
      path: "Sources/BenchmarkSupport"
    ),
    // The metrics, defaults and scan helper of the benchmark targets (links package-benchmark,
    // and with it the malloc interposer, so the ratios tool does not use it).
    .target(
      name: "BenchmarkSuite",
      dependencies: ["BenchmarkSupport", .product(name: "Benchmark", package: "benchmark")],
      path: "Sources/BenchmarkSuite"
    ),
    benchmarkTarget("MatchLoop"),
    benchmarkTarget("Extractors"),
    benchmarkTarget("Pipeline"),
    benchmarkTarget("Compile"),
    benchmarkTarget("Baselines"),
    // Time and peak memory per pathological input class at 1 MB and 8 MB (issue 14).
    .executableTarget(
      name: "scaling",
      dependencies: [.product(name: "Winnow", package: "Winnow")],
      path: "Sources/scaling"
    ),
    // Prints the ratios, all measured in one run.
    .executableTarget(
      name: "ratios",
      dependencies: [
        "BenchmarkSupport", .product(name: "Winnow", package: "Winnow"),
        .product(name: "PCRE2", package: "Winnow"),
      ],
      path: "Sources/ratios"
    ),
    // The standard pipeline on the benchmark corpus and on dense text only, for quick A/B runs.
    .executableTarget(
      name: "speed",
      dependencies: ["BenchmarkSupport", .product(name: "Winnow", package: "Winnow")],
      path: "Sources/speed"
    ),
  ],
  swiftLanguageModes: [.v6]
)
