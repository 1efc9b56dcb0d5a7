import Testing
import Winnow

private func mention(_ kind: Kind, _ range: Range<Int>, _ rule: String = "r") -> Mention {
  Mention(kind: kind, range: range, text: "", value: .null, rule: rule)
}

@Suite("Overlap policy")
struct OverlapPolicyTests {
  @Test("the longest mention wins an overlap")
  func longestWins() {
    let kept = OverlapPolicy.standard.resolve([mention(.date, 30..<34), mention(.legislation, 10..<34)])
    #expect(kept.map(\.range) == [10..<34])
  }

  @Test("between equally long overlapping mentions the earliest wins")
  func earliestWins() {
    let kept = OverlapPolicy.standard.resolve([mention(.title, 5..<10), mention(.title, 3..<8)])
    #expect(kept.map(\.range) == [3..<8])
  }

  @Test("on the same span, the kind listed first in the priority wins")
  func kindPriorityBreaksTies() {
    let mentions = [mention(.date, 0..<4), mention(.money, 0..<4)]
    #expect(OverlapPolicy.standard.resolve(mentions).map(\.kind) == [.money])
    let dateFirst = OverlapPolicy(.longestFirst, kindPriority: [.date, .money])
    #expect(dateFirst.resolve(mentions).map(\.kind) == [.date])
  }

  @Test("mentions that do not overlap are all kept, sorted by start")
  func disjointKept() {
    let kept = OverlapPolicy.standard.resolve([
      mention(.date, 20..<25), mention(.money, 0..<5), mention(.title, 5..<9),
    ])
    #expect(kept.map(\.range) == [0..<5, 5..<9, 20..<25])
  }

  @Test("keepNested keeps a date inside a law's name but drops a crossing mention")
  func keepNested() {
    let policy = OverlapPolicy(.keepNested)
    let kept = policy.resolve([
      mention(.legislation, 10..<40), mention(.date, 36..<40), mention(.title, 35..<50),
    ])
    #expect(kept.map(\.range) == [10..<40, 36..<40])
  }

  @Test("keepAll keeps overlaps and drops only exact duplicates")
  func keepAll() {
    let kept = OverlapPolicy(.keepAll).resolve([
      mention(.date, 0..<4), mention(.date, 0..<4), mention(.money, 2..<6),
    ])
    #expect(kept.map(\.range) == [0..<4, 2..<6])
  }
}
