import Testing
import Winnow

/// Issue 14, item 8: a reference date at the ends of the calendar must not give values
/// with a signed or five-digit year (`-0001-W52-WE`): such a value keeps the rule's reading,
/// as it would without a reference date.
@Suite("Extreme reference dates")
struct ExtremeReferenceDateTests {
  static func values(_ text: String, reference: CalendarDate?) throws -> [String] {
    try standardPipeline.extract(from: text, referenceDate: reference).compactMap { $0.value.date?.value }
  }

  @Test(
    "a value before year 0 or after 9999 is left as the rule read it",
    arguments: [
      ("We met last weekend.", CalendarDate(year: 0, month: 1, day: 1)!),
      ("We meet next year.", CalendarDate(year: 9999, month: 12, day: 31)!),
      ("We met last month.", CalendarDate(year: 0, month: 1, day: 15)!),
      ("It happened ten years ago.", CalendarDate(year: 5, month: 6, day: 1)!),
    ])
  func outOfRangeValueStaysUnresolved(text: String, reference: CalendarDate) throws {
    let resolved = try Self.values(text, reference: reference)
    let unresolved = try Self.values(text, reference: nil)
    #expect(!resolved.isEmpty)
    #expect(resolved == unresolved)
    #expect(resolved.allSatisfy { !$0.hasPrefix("-") && !$0.hasPrefix("1000") })
  }

  @Test("values inside years 0 to 9999 still resolve at the ends of the calendar")
  func inRangeValuesResolve() throws {
    #expect(
      try Self.values("We met last weekend.", reference: CalendarDate(year: 9999, month: 12, day: 31)!)
        == ["9999-W51-WE"])
    #expect(
      try Self.values("We meet next month.", reference: CalendarDate(year: 0, month: 1, day: 1)!)
        == ["0000-02"])
  }
}
