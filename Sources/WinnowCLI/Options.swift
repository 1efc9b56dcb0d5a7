import ArgumentParser
import Winnow

/// The output formats of `winnow extract`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
  case table, json, jsonl, html
}

/// A comma-separated list of the built-in kinds (`money,date`).
struct KindList: ExpressibleByArgument {
  var kinds: Set<Kind>

  init?(argument: String) {
    let names = argument.split(separator: ",").map { $0.trimmingCharacters(in: " ") }
    let known = Set(Kind.builtIn.map(\.rawValue))
    guard !names.isEmpty, names.allSatisfy(known.contains) else { return nil }
    kinds = Set(names.map { Kind($0) })
  }

  static var allValueStrings: [String] { Kind.builtIn.map(\.rawValue) }
  static var defaultCompletionKind: CompletionKind { .list(allValueStrings) }
}

/// A kind order for ties (`legislation,money,date,title`).
struct KindOrder: ExpressibleByArgument {
  var kinds: [Kind]

  init?(argument: String) {
    let names = argument.split(separator: ",").map { $0.trimmingCharacters(in: " ") }
    guard !names.isEmpty, !names.contains(where: \.isEmpty), Set(names).count == names.count else {
      return nil
    }
    kinds = names.map { Kind($0) }
  }
}

extension CalendarDate: ExpressibleByArgument {
  /// Reads `YYYY-MM-DD` from the command line.
  public init?(argument: String) { self.init(argument) }
}

/// How numeric dates such as `07/12/2022` are read.
enum DateOrder: String, ExpressibleByArgument, CaseIterable {
  /// Month first (US): 12 July 2022.
  case mdy
  /// Day first (UK and most of the world): 7 December 2022.
  case dmy
  /// A two-digit year first (East Asia): `22/07/12` is 12 July 2022.
  case ymd

  var numericOrder: DateConfiguration.NumericOrder {
    switch self {
    case .mdy: .monthFirst
    case .dmy: .dayFirst
    case .ymd: .yearFirst
    }
  }
}

/// How overlapping mentions are settled.
enum OverlapChoice: String, ExpressibleByArgument, CaseIterable {
  /// No two mentions overlap: the longest wins, then the earliest, then the kind priority.
  case longest
  /// As `longest`, but a mention inside a kept one is kept too (`2022` in `… Act of 2022`).
  case nested
  /// Everything is kept.
  case all

  var strategy: OverlapPolicy.Strategy {
    switch self {
    case .longest: .longestFirst
    case .nested: .keepNested
    case .all: .keepAll
    }
  }
}

/// `MARKER=CODE`: the currency a marker that names no country means (`$=CAD`, `pesos=ARS`).
struct CurrencyDefault: ExpressibleByArgument {
  var marker: MoneyConfiguration.Default
  var code: String

  /// The markers by their command-line names.
  static let markers: [(names: [String], marker: MoneyConfiguration.Default)] = [
    (["$", "dollar-sign"], .dollarSign), (["dollars", "dollar"], .dollars), (["cents", "cent"], .cents),
    (["¥", "yen-sign"], .yenSign), (["pesos", "peso"], .pesos), (["rupees", "rupee", "Rs"], .rupees),
    (["?", "lost-sign"], .lostSign),
  ]

  init?(argument: String) {
    guard let equals = argument.lastIndex(of: "=") else { return nil }
    let name = String(argument[..<equals])
    let code = String(argument[argument.index(after: equals)...])
    guard let entry = Self.markers.first(where: { $0.names.contains(name) }),
      code.utf8.count == 3, code.utf8.allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) })
    else { return nil }
    marker = entry.marker
    self.code = code
  }
}

/// A size in bytes, written plainly or with a `K`, `M` or `G` suffix (powers of 1024).
struct ByteSize: ExpressibleByArgument {
  var bytes: Int

  init?(argument: String) {
    var digits = argument
    var scale = 1
    if let last = digits.last?.uppercased(), let power = ["K": 1 << 10, "M": 1 << 20, "G": 1 << 30][last] {
      scale = power
      digits.removeLast()
    }
    guard let value = Int(digits), value > 0, value <= Int.max / scale else { return nil }
    bytes = value * scale
  }
}

/// A per-document work budget: a number of match-limit units, or `none`.
struct WorkBudget: ExpressibleByArgument {
  var units: UInt64?

  init?(argument: String) {
    if argument == "none" {
      units = nil
    } else if let value = UInt64(argument), value > 0 {
      units = value
    } else {
      return nil
    }
  }
}

/// `KIND.LIST=FILE`: a TSV file of extra entries for a built-in word list.
struct LexiconFile: ExpressibleByArgument {
  var list: String
  var path: String

  init?(argument: String) {
    guard let equals = argument.firstIndex(of: "=") else { return nil }
    list = String(argument[..<equals])
    path = String(argument[argument.index(after: equals)...])
    guard Lexicon.extendableLists.contains(list), !path.isEmpty else { return nil }
  }

  static var defaultCompletionKind: CompletionKind { .file(extensions: ["tsv"]) }
}

/// The library's settings, on the command line: every part of `StandardConfiguration` and
/// `OverlapPolicy`. New settings (limits, a user's rules or lexicon) go here, and
/// ``makePipeline()`` is the one place that turns them into a pipeline.
struct PipelineOptions: ParsableArguments {
  @Option(
    help: ArgumentHelp(
      "How numeric dates are read: 07/12/2022 month first (mdy, 12 July) or day first (dmy, 7 December); 22/07/12 year first (ymd). 2022/07/12 is year first in every order.",
      valueName: "mdy|dmy|ymd"))
  var dateOrder: DateOrder = .mdy

  @Option(
    help: ArgumentHelp(
      "The currency a marker that names no country means, e.g. '$=CAD', 'pesos=ARS' (repeatable). Markers: $, dollars, cents, ¥, pesos, rupees, ? (a sign lost to ASCII, ?11,250); defaults: USD, USD, USD, JPY, MXN, INR, GBP.",
      valueName: "marker=CODE"))
  var currency: [CurrencyDefault] = []

  @Option(
    help: ArgumentHelp(
      "Overlapping mentions: keep the longest, keep those nested in a kept one too, or keep all.",
      valueName: "longest|nested|all"))
  var overlap: OverlapChoice = .longest

  @Option(
    help: ArgumentHelp(
      "The kinds' order when overlapping mentions tie (default: legislation,money,date,title).",
      valueName: "kind,kind,..."))
  var kindPriority: KindOrder?

  @Flag(
    help:
      "Without a reference date, give a month or day without a year the year of the latest date before it (the text read as a forward narrative)."
  )
  var narrative = false

  @Flag(
    help:
      "Without a reference date, take it from the text's dateline or header date (MOSCOW, February 9. / 1990-03-19 War Crimes Bill)."
  )
  var inferReferenceDate = false

  @Flag(
    inversion: .prefixedNo,
    help: "Link legislation short forms (GDPR, the Act) to the full names they stand for.")
  var shortForms = true

  @Option(
    name: .customLong("rules"),
    help: ArgumentHelp(
      "A rule file (JSON or JSON Lines, one rule a line) whose rules run beside the built-in ones (repeatable).",
      valueName: "file"))
  var ruleFiles: [String] = []

  @Option(
    help: ArgumentHelp(
      "Extra entries for a built-in word list, from a TSV file (repeatable). Lists: \(Lexicon.extendableLists.joined(separator: ", ")).",
      valueName: "kind.list=file.tsv"))
  var lexicon: [LexiconFile] = []

  @Option(
    help: ArgumentHelp(
      "PCRE2's match limit per match call (backtracking steps; default 1000000).", valueName: "n"))
  var matchLimit: UInt32?

  @Option(help: ArgumentHelp("PCRE2's depth limit per match call (default 100000).", valueName: "n"))
  var depthLimit: UInt32?

  @Option(help: ArgumentHelp("PCRE2's heap limit per match call, in KiB (default 20000).", valueName: "KiB"))
  var heapLimit: UInt32?

  @Option(help: ArgumentHelp("The largest JIT stack, e.g. 1M (default) or 8M.", valueName: "size"))
  var jitStack: ByteSize?

  @Option(
    help: ArgumentHelp(
      "Match-limit units a document may spend in all (default 100000000), or none. A document that reaches it, or a limit above, is reported with the rule and goes without mentions; the others go on.",
      valueName: "n|none"))
  var workBudget: WorkBudget?

  /// The standard configuration these options describe.
  /// - Throws: ``WinnowFileError`` for a rule or word list file that does not read.
  func configuration(kinds: Set<Kind>? = nil) throws -> StandardConfiguration {
    var configuration = StandardConfiguration()
    configuration.kinds = kinds
    for file in lexicon { try configuration.lexicon.load(file.list, from: file.path) }
    for path in ruleFiles { try configuration.loadRules(from: path) }
    configuration.date.numericOrder = dateOrder.numericOrder
    configuration.date.narrative = narrative
    configuration.date.inferReferenceDate = inferReferenceDate
    if let matchLimit { configuration.limits.matchLimit = matchLimit }
    if let depthLimit { configuration.limits.depthLimit = depthLimit }
    if let heapLimit { configuration.limits.heapLimitKiB = heapLimit }
    if let jitStack { configuration.limits.jitStackBytes = jitStack.bytes }
    if let workBudget { configuration.limits.workBudget = workBudget.units }
    for entry in currency {
      switch entry.marker {
      case .dollarSign: configuration.money.dollarSign = entry.code
      case .dollars: configuration.money.dollars = entry.code
      case .cents: configuration.money.cents = entry.code
      case .yenSign: configuration.money.yenSign = entry.code
      case .pesos: configuration.money.pesos = entry.code
      case .rupees: configuration.money.rupees = entry.code
      case .lostSign: configuration.money.lostSign = entry.code
      }
    }
    configuration.overlapPolicy = OverlapPolicy(
      overlap.strategy, kindPriority: kindPriority?.kinds ?? OverlapPolicy.builtInPriority)
    configuration.legislation.linksShortForms = shortForms
    return configuration
  }

  /// The pipeline these options describe.
  func makePipeline(kinds: Set<Kind>? = nil) throws -> Pipeline {
    try Pipeline.standard(configuration(kinds: kinds))
  }
}

/// How documents are read and spread over the cores.
struct RunOptions: ParsableArguments {
  @Flag(
    help:
      "Replace invalid UTF-8 with U+FFFD (one per bad byte) instead of failing; offsets still index the original bytes."
  )
  var lossy = false

  @Option(help: "Threads for a corpus or several files (default: one per core). Output stays in input order.")
  var threads: Int?

  @Flag(help: "Show progress on standard error even when it is not a terminal.")
  var progress = false

  func validate() throws {
    if let threads, threads < 1 { throw ValidationError("--threads must be at least 1") }
  }

  var threadCount: Int { threads ?? coreCount }
}

/// The number of cores online.
var coreCount: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }

extension StringProtocol {
  func trimmingCharacters(in set: Character) -> String {
    String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
  }
}

#if canImport(Glibc)
  import Glibc
#endif
