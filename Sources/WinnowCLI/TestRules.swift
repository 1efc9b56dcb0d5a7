import ArgumentParser
import Winnow
import WinnowTesting

/// `winnow test-rules`: runs rule examples and prints each failure.
struct TestRules: ParsableCommand, ConsoleCommand {
  static let configuration = CommandConfiguration(
    commandName: "test-rules",
    abstract: "Run the examples of rule files (and, with --builtin, of the built-in rules).",
    discussion: """
      Each rule file's rules run beside the built-in ones, and each of their examples is \
      checked: a positive example must give one mention of its rule covering its text (or its \
      "mention"), with its value; a negative one no mention of its kind. Each failure is \
      printed with the expected and the actual mentions; the exit status is 1 when any \
      example fails.
      """)

  @Argument(help: ArgumentHelp("Rule files (JSON or JSON Lines) whose examples to run.", valueName: "file"))
  var files: [String] = []

  @Flag(help: "Also run the built-in rules' examples (Fixtures/examples/<kind>.jsonl).")
  var builtin = false

  @Option(help: ArgumentHelp("Where the built-in examples are.", valueName: "directory"))
  var examplesDirectory = "Fixtures/examples"

  @OptionGroup(title: "Library settings")
  var settings: PipelineOptions

  func validate() throws {
    if files.isEmpty && !builtin { throw ValidationError("give rule files, --builtin, or both") }
  }

  func run(console: Console) throws -> Int32 {
    var configuration = try settings.configuration()
    var examples: [RuleExample] = []
    if builtin { examples += try ExampleRunner.examples(inDirectory: examplesDirectory) }
    for path in files {
      let rules = try RuleFile.load(path)
      try configuration.add(rules: rules)
      examples += rules.flatMap(\.examples)
    }
    let failures = try ExampleRunner(configuration: configuration).run(examples)
    for failure in failures { try console.line(failure.description) }
    let sources = (builtin ? ["the built-in rules"] : []) + files
    try console.line("examples of \(sources.joined(separator: ", "))")
    try console.line("test-rules: \(examples.count - failures.count) passed, \(failures.count) failed")
    return failures.isEmpty ? 0 : 1
  }
}
