/// A match, read in place from the match data that produced it.
///
/// Valid until the next match that uses the same ``PCRE2MatchData``; copy out what you keep
/// (``range``, ``range(at:)``, ``mark``). Ranges are UTF-8 byte offsets into the subject.
public struct PCRE2Match {
  /// The regex that matched.
  public let regex: PCRE2Regex
  /// The whole match. After `\K` it starts where `\K` was passed.
  public let range: Range<Int>
  let data: PCRE2MatchData

  /// The byte range of capture group `index` (0 is the whole match), or nil when it did not
  /// take part in the match.
  @inline(__always)
  public func range(at index: Int) -> Range<Int>? {
    guard index >= 0, index <= regex.captureCount else { return nil }
    let ovector = data.ovector
    let start = ovector[2 * index]
    let end = ovector[2 * index + 1]
    guard start != PCRE2C.unset, start <= end else { return nil }
    return start..<end
  }

  /// The byte range of the named group `name`, or nil when it did not take part (or the
  /// pattern has no such group). With duplicate names the first group that matched is used.
  public func range(named name: String) -> Range<Int>? {
    guard let position = regex.namePosition(name) else { return nil }
    for index in regex.groupNumbers[position] {
      if let range = range(at: index) { return range }
    }
    return nil
  }

  /// The name of the last `(*MARK:NAME)` passed on the matching path, if any.
  public var mark: String? { PCRE2C.mark(data.handle) }
}
