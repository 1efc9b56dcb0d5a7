public import PCRE2

/// Errors from building or running a pipeline, each naming where it happened.
public enum WinnowError: Error, Sendable, CustomStringConvertible {
  /// A rule's pattern does not compile.
  case invalidRule(id: String, PCRE2Error)
  /// Two rules of one extractor share an id.
  case duplicateRuleID(String)
  /// A rule hit a matching limit (or another PCRE2 failure) on a document.
  case matchFailed(rule: String, documentID: String, PCRE2Error)

  /// The error in one line, naming the rule and the document.
  public var description: String {
    switch self {
    case .invalidRule(let id, let error): "rule \(id): \(error)"
    case .duplicateRuleID(let id): "two rules have the id \(id)"
    case .matchFailed(let rule, let documentID, let error):
      "rule \(rule) on document \(documentID.isEmpty ? "(no id)" : documentID): \(error)"
    }
  }
}
