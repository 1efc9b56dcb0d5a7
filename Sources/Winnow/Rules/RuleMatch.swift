import PCRE2

/// What a rule's builder sees: the match, its groups, and the text around it.
///
/// Valid only during the builder call. Ranges are UTF-8 byte offsets into the document.
public struct RuleMatch {
  /// The document's text.
  public let text: DocumentText
  let match: PCRE2Match
  /// The engine and the rule's place in it: the rule is looked up only when asked for, so a
  /// match costs no copy of it.
  /// Unretained: the match lives only during the builder call, inside the engine's scan.
  // SAFETY: a `RuleMatch` is made only by `RuleEngine`'s scan and passed to a builder, which
  // runs inside that scan while the engine (held by the caller's extractor) is alive; its
  // `text` borrows the document's bytes for the same call. The type is documented as valid
  // only during the builder call, like `PCRE2Match`. (A non-escapable struct would let the
  // compiler check this; in Swift 6.3 making one still needs the experimental `Lifetimes`
  // feature, which a library cannot ask its users to enable.) A retain here would be an
  // atomic write per match to an engine that every thread shares.
  unowned(unsafe) let engine: RuleEngine
  let ruleIndex: Int

  init(text: DocumentText, engine: RuleEngine, ruleIndex: Int, match: PCRE2Match) {
    self.text = text
    self.engine = engine
    self.ruleIndex = ruleIndex
    self.match = match
  }

  /// The rule that matched.
  public var rule: Rule { engine.rules[ruleIndex] }

  /// The whole match: the mention's extent.
  public var range: Range<Int> { match.range }

  /// The byte range of the named group, or nil when it did not take part.
  public func range(_ group: String) -> Range<Int>? { match.range(named: group) }

  /// The byte range of the numbered group, or nil when it did not take part.
  public func range(at group: Int) -> Range<Int>? { match.range(at: group) }

  /// The text of the named group, or nil when it did not take part.
  public subscript(group: String) -> String? {
    match.range(named: group).map(text.string)
  }

  /// Whether the named group took part in the match.
  public func has(_ group: String) -> Bool { match.range(named: group) != nil }

  /// The text of the whole match.
  public var string: String { text.string(match.range) }

  /// The name of the last `(*MARK:NAME)` on the matching path, if any.
  public var mark: String? { match.mark }
}
