extension Rule {
  /// `words` as one PCRE2 alternation factored by common prefixes
  /// (`d(?:ollars?|inars?)`), so that a failing attempt tests each character once instead of
  /// once per word: a long word list costs about as much as its longest word.
  ///
  /// Where one word is a prefix of another, the longer is tried first (as with a list sorted
  /// longest first). Each character is written by `write`: by default metacharacters are
  /// escaped and a space matches a phrase gap (white space with at most one line break).
  public static func alternation(
    of words: some Sequence<String>, writing write: (Unicode.Scalar) -> String = Rule.literal
  ) -> String {
    var root = PrefixTree()
    for word in Set(words) { root.insert(Array(word.unicodeScalars)[...]) }
    return root.pattern(write)
  }

  /// A character of a word list as a pattern: metacharacters escaped, a space as a phrase gap
  /// (one or more spaces, tabs or no-break spaces with at most one line break).
  public static func literal(_ scalar: Unicode.Scalar) -> String {
    if scalar == " " { return TextPatterns.gap }
    if "\\^$.|?*+()[]{}-#/".unicodeScalars.contains(scalar) { return "\\\(scalar)" }
    return String(scalar)
  }
}

/// A prefix tree of words, written out as a PCRE2 alternation.
private struct PrefixTree {
  var children: [Unicode.Scalar: PrefixTree] = [:]
  var isWord = false

  mutating func insert(_ scalars: ArraySlice<Unicode.Scalar>) {
    guard let first = scalars.first else {
      isWord = true
      return
    }
    children[first, default: PrefixTree()].insert(scalars.dropFirst())
  }

  /// The alternation of the words below this node (without the node's own character).
  func pattern(_ write: (Unicode.Scalar) -> String) -> String {
    let branches = children.keys.sorted { $0.value < $1.value }.map { scalar in
      write(scalar) + children[scalar]!.pattern(write)
    }
    if branches.isEmpty { return "" }
    if branches.count == 1 && !isWord { return branches[0] }
    let group = "(?:\(branches.joined(separator: "|")))"
    return isWord ? group + "?" : group
  }
}
