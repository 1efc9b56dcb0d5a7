// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Winnow",
  platforms: [.macOS(.v13)],
  products: [
    .library(name: "Winnow", targets: ["Winnow"]),
    .library(name: "PCRE2", targets: ["PCRE2"]),
    // The rule-example runner (`winnow test-rules`), for a user's own `swift test`.
    .library(name: "WinnowTesting", targets: ["WinnowTesting"]),
    .executable(name: "winnow", targets: ["winnow"]),
  ],
  dependencies: [
    // Documentation only (`make docs`): a command plugin, nothing of it is linked.
    .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
    // The command line only (the WinnowCLI target); the library has no dependencies.
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
  ],
  targets: [
    .systemLibrary(
      name: "CPCRE2",
      pkgConfig: "libpcre2-8",
      providers: [.apt(["libpcre2-dev"])]
    ),
    .target(name: "PCRE2", dependencies: ["CPCRE2"]),
    .target(name: "Winnow", dependencies: ["PCRE2"]),
    .target(name: "WinnowTesting", dependencies: ["Winnow"]),
    .target(
      name: "WinnowCLI",
      dependencies: [
        "Winnow", "PCRE2", "WinnowTesting",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),
    .executableTarget(name: "winnow", dependencies: ["WinnowCLI"]),
    // Fuzzing (make fuzz, Fuzz/run.sh): the long-run generator and two libFuzzer harnesses,
    // empty programs unless built with -DFUZZING and --sanitize=fuzzer.
    .target(name: "FuzzSupport", path: "Sources/FuzzSupport"),
    .executableTarget(name: "FuzzPipeline", dependencies: ["FuzzSupport", "Winnow", "WinnowCLI", "PCRE2"]),
    .executableTarget(name: "FuzzMatchLoop", dependencies: ["FuzzSupport", "Winnow", "PCRE2"]),
    .testTarget(name: "PCRE2Tests", dependencies: ["PCRE2"]),
    .testTarget(name: "WinnowTests", dependencies: ["Winnow", "WinnowTesting"]),
    .testTarget(name: "WinnowCLITests", dependencies: ["WinnowCLI", "Winnow"]),
  ],
  swiftLanguageModes: [.v6]
)
