import PCRE2
import Testing
import Winnow

/// Issue 14, items 1 and 7: the match limit bounded each attempt, not each document, and one
/// document's failure threw away a whole batch. A document now has a work budget, the limits
/// are the pipeline's, and a batch returns each document's mentions or its error.
@Suite("Limits and work budget")
struct LimitsTests {
  /// A user's rule that backtracks through every split of a run of `a`s (`(?:a|aa)+!`): tens
  /// of thousands of match-limit units at each `aaaa…` word, under the per-call match limit.
  static let slow = Rule(
    id: "user.slow-split", kind: "slow", pattern: #" (?:a|aa)+! "#, trigger: .bytes(Array("a".utf8))
  ) { _ in .null }

  static let words = String(repeating: String(repeating: "a", count: 22) + " ", count: 300)

  static func slowPipeline(budget: UInt64?) throws -> Pipeline {
    Pipeline(
      extractors: [try RuleExtractor(rules: [slow])],
      limits: PCRE2Limits(workBudget: budget))
  }

  @Test(
    "a rule that stays under the match limit at every attempt ends in a work-budget error naming rule and document"
  )
  func budgetStopsSlowDocument() throws {
    let pipeline = try Self.slowPipeline(budget: 2_000_000)
    do {
      _ = try pipeline.extract(from: Document(id: "doc-7", text: Self.words))
      Issue.record("the document finished within its budget")
    } catch let error as WinnowError {
      guard case .matchFailed(let rule, let document, let cause) = error else {
        Issue.record("unexpected error \(error)")
        return
      }
      #expect(rule == "user.slow-split")
      #expect(document == "doc-7")
      #expect(cause.kind == .workBudget)
      #expect(error.description.contains("work budget"))
    }
  }

  @Test("without a budget the same document runs to its end (each attempt is under the match limit)")
  func noBudgetNoError() throws {
    let pipeline = try Self.slowPipeline(budget: nil)
    #expect(try pipeline.extract(from: Document(id: "doc-7", text: Self.words)).isEmpty)
  }

  @Test("the budget is per document: the workspace starts each document with a fresh one")
  func budgetIsPerDocument() throws {
    let pipeline = try Self.slowPipeline(budget: 2_000_000)
    let workspace = Workspace()
    let short = String(repeating: "a", count: 22) + " "
    for index in 0..<40 {
      #expect(try pipeline.extract(from: Document(id: "\(index)", text: short), workspace: workspace).isEmpty)
    }
  }

  @Test("the standard pipeline spends no budget on real text: a budget of one unit changes nothing")
  func standardPipelineIsFree() throws {
    var configuration = StandardConfiguration()
    configuration.limits.workBudget = 1
    let tight = try Pipeline.standard(configuration)
    let text =
      "President Biden paid $5 million on March 3, 2021 under the Clean Air Act (CAA). "
      + String(repeating: "one ", count: 2_000) + String(repeating: " \t\u{A0}", count: 5_000)
    #expect(try tight.extract(from: text) == standardPipeline.extract(from: text))
  }

  @Test("the pipeline's limits reach its matches: a match limit of 10 fails a money document")
  func pipelineLimitsApply() throws {
    var configuration = StandardConfiguration()
    configuration.limits.matchLimit = 10
    #expect(throws: WinnowError.self) {
      try Pipeline.standard(configuration).extract(from: "It cost $5 million and 3 billion pesos.")
    }
  }

  @Test("a batch keeps every document's mentions when one of them fails")
  func batchKeepsOthers() throws {
    var pipeline = try Pipeline.standard()
    pipeline.extractors.append(try RuleExtractor(rules: [Self.slow]))
    pipeline.limits.workBudget = 2_000_000
    let documents = [
      Document(id: "a", text: "It cost $5 million."),
      Document(id: "b", text: Self.words),
      Document(id: "c", text: "President Biden spoke."),
    ]
    for threads in [1, 2] {
      let results = pipeline.extractEach(from: documents, threads: threads)
      #expect(results.count == 3)
      #expect((try? results[0].get())?.map(\.text) == ["$5 million"])
      #expect((try? results[2].get())?.map(\.text) == ["President"])
      guard case .failure(let error) = results[1] else {
        Issue.record("document b did not fail")
        continue
      }
      #expect("\(error)".contains("document b"))
    }
  }
}
