/// The value of a title mention (docs/values.md § title): the role, and the person who holds it.
///
/// Prints as `President ← Biden`, or the role alone when no holder is named next to it.
public struct TitleValue: Hashable, Sendable, Codable, CustomStringConvertible {
  /// A person's name as written next to the title, with its UTF-8 byte range.
  public struct Holder: Hashable, Sendable, Codable {
    /// The name as written, particles and suffixes included.
    public var text: String
    /// The UTF-8 byte offset where the name starts.
    public var start: Int
    /// The UTF-8 byte offset just past the name.
    public var end: Int
    /// A holder named `text` at the UTF-8 bytes `start..<end`.
    public init(text: String, start: Int, end: Int) {
      self.text = text
      self.start = start
      self.end = end
    }
    /// The name's UTF-8 byte range.
    public var range: Range<Int> { start..<end }
  }

  /// The title's head, singular, title case, American spelling (`Secretary`, `Prime Minister`,
  /// `Chief Executive Officer`), docs/judgement-calls.md T7.
  public var role: String
  /// The holder when the name stands next to the title, else nil (docs/judgement-calls.md T6).
  public var holder: Holder?

  /// A title whose head is `role`, held by `holder` when one is named next to it.
  public init(role: String, holder: Holder? = nil) {
    self.role = role
    self.holder = holder
  }

  private enum CodingKeys: String, CodingKey { case role, holder }

  /// Encodes `role` and `holder` (`null` when none), as the corpus format has them.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(role, forKey: .role)
    try container.encode(holder, forKey: .holder)
  }

  /// `Role ← Holder`, or the role alone.
  public var description: String {
    holder.map { "\(role) ← \($0.text)" } ?? role
  }
}
