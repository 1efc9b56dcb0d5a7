/// The value of a title mention (SPEC § title): the role, and the person who holds it.
public struct TitleValue: Hashable, Sendable, Codable {
  /// A person's name as written next to the title, with its UTF-8 byte range.
  public struct Holder: Hashable, Sendable, Codable {
    public var text: String
    public var start: Int
    public var end: Int
    public init(text: String, start: Int, end: Int) {
      self.text = text
      self.start = start
      self.end = end
    }
    public var range: Range<Int> { start..<end }
  }

  /// The title's head, singular, title case, American spelling (`Secretary`, `Prime Minister`,
  /// `Chief Executive Officer`), GUIDE T7.
  public var role: String
  /// The holder when the name stands next to the title, else nil (GUIDE T6).
  public var holder: Holder?

  public init(role: String, holder: Holder? = nil) {
    self.role = role
    self.holder = holder
  }

  private enum CodingKeys: String, CodingKey { case role, holder }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.container(keyedBy: CodingKeys.self)
    try container.encode(role, forKey: .role)
    try container.encode(holder, forKey: .holder)
  }
}
