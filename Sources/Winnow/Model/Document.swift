/// A text to extract from, with its id and the date it was written.
public struct Document: Sendable, Hashable {
  /// The caller's id for the document (a corpus id, a file name).
  public var id: String
  /// The text. Offsets in mentions are UTF-8 byte offsets into it.
  public var text: String
  /// The document's date, against which relative and partial dates resolve; nil keeps the
  /// unknown parts of a date as `X` (docs/values.md § date).
  public var referenceDate: CalendarDate?

  /// A document with `text`, an optional id and an optional reference date.
  public init(id: String = "", text: String, referenceDate: CalendarDate? = nil) {
    self.id = id
    self.text = text
    self.referenceDate = referenceDate
  }
}
