/// Finds candidate mentions in a document. The pipeline runs each extractor, then its
/// document passes, then its overlap policy.
///
/// Conform to add an extractor that is not made of rules; most are ``RuleExtractor``s.
public protocol Extractor: Sendable {
  /// The kinds of mention it can produce.
  var kinds: Set<Kind> { get }

  /// Appends the candidate mentions found in `text` to `mentions`.
  /// - Parameters:
  ///   - text: the document's text, its bytes borrowed for the call.
  ///   - workspace: per-thread scratch (match data), reused across calls.
  ///   - mentions: where the candidates go; the pipeline settles overlaps afterwards.
  /// - Throws: ``WinnowError/matchFailed(rule:documentID:_:)`` when a rule hits a limit.
  func extract(from text: DocumentText, workspace: Workspace, into mentions: inout [Mention]) throws
}

/// A document-level step after extraction: resolving dates against the reference date,
/// linking titles to their holders, linking short forms to full names.
public protocol DocumentPass: Sendable {
  /// Rewrites, adds or removes mentions, reading the document's text as needed.
  /// `mentions` are sorted by start and do not overlap (per the pipeline's policy).
  func apply(to mentions: inout [Mention], in text: DocumentText, workspace: Workspace) throws
}
