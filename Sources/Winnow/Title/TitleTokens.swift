/// A word or punctuation mark near a title head, with its UTF-8 byte range in the document.
///
/// The title extractor reads the few words around each head it finds; tokenizing only that
/// window keeps the cost proportional to the number of heads, not to the text.
struct TitleToken {
  enum Kind { case word, possessive, punctuation }

  let kind: Kind
  /// The UTF-8 byte range in the document.
  let range: Range<Int>
  let text: String
  /// The text, lowercased.
  let lower: String
  /// Whether a space or tab comes right before it.
  let spaced: Bool

  var isWord: Bool { kind == .word }

  /// Whether it is a word whose first letter is uppercase (`Biden`, `U.S.`, `Álvarez`).
  var isCapitalized: Bool {
    guard kind == .word, let first = text.unicodeScalars.first else { return false }
    return first.properties.isUppercase
  }

  /// Whether it is an all-caps word of two or more letters (`NSC`, `IMF`).
  var isAcronym: Bool {
    kind == .word && text.unicodeScalars.count >= 2
      && text.unicodeScalars.allSatisfy { $0.properties.isUppercase || $0 == "." || $0 == "&" }
  }

  /// Whether it is a one-letter initial or a run of them (`Q.`, `M.K.`, `T.R.B.`).
  var isInitial: Bool {
    guard kind == .word, text.hasSuffix(".") else { return false }
    let parts = text.split(separator: ".", omittingEmptySubsequences: false).dropLast()
    return parts.allSatisfy { $0.unicodeScalars.count == 1 && $0.first!.isUppercase }
  }

  /// Whether it is the punctuation mark `mark`.
  func `is`(_ mark: String) -> Bool { kind == .punctuation && text == mark }
}

/// Splits a window of the document into ``TitleToken``s.
enum TitleTokenizer {
  /// Words whose trailing period belongs to them (`Jr.`, `Lt.`, `Gen.`).
  static let periodWords: Set<String> = [
    "jr", "sr", "lt", "gen", "col", "adm", "sen", "rep", "gov", "maj", "brig", "capt", "cmdr",
    "amb", "atty", "st", "mr", "ms", "mrs", "dr", "inc", "co", "corp", "ltd", "no", "sgt",
  ]

  /// The tokens of the line around `range`, reaching `before` bytes to its left and `after`
  /// bytes to its right.
  static func tokens(around range: Range<Int>, before: Int, after: Int, in text: DocumentText)
    -> [TitleToken]
  {
    let bytes = text.bytes
    var low = max(0, range.lowerBound - before)
    var high = min(bytes.count, range.upperBound + after)
    if let newline = (low..<range.lowerBound).last(where: { bytes[$0] == 0x0A }) { low = newline + 1 }
    if let newline = (range.upperBound..<high).first(where: { bytes[$0] == 0x0A }) { high = newline }
    while low < range.lowerBound, bytes[low] & 0xC0 == 0x80 { low += 1 }
    while high < bytes.count, high > range.upperBound, bytes[high] & 0xC0 == 0x80 { high -= 1 }
    return tokens(of: text.string(low..<high), at: low)
  }

  /// The tokens of `string`, whose first byte is at document offset `base`.
  static func tokens(of string: String, at base: Int) -> [TitleToken] {
    let scalars = Array(string.unicodeScalars)
    var offsets: [Int] = []
    offsets.reserveCapacity(scalars.count + 1)
    var offset = base
    for scalar in scalars {
      offsets.append(offset)
      offset += UTF8.width(scalar)
    }
    offsets.append(offset)

    func isLetter(_ i: Int) -> Bool {
      i < scalars.count
        && (scalars[i].properties.isAlphabetic || ("0"..."9").contains(scalars[i]))
    }
    func isApostrophe(_ i: Int) -> Bool {
      i < scalars.count && (scalars[i] == "'" || scalars[i] == "\u{2019}")
    }
    func isSpace(_ scalar: Unicode.Scalar) -> Bool {
      scalar == " " || scalar == "\t" || scalar == "\u{A0}" || scalar == "\r"
    }

    var tokens: [TitleToken] = []
    var i = 0
    var spaced = false
    func append(_ kind: TitleToken.Kind, _ from: Int, _ to: Int) {
      let text = String(String.UnicodeScalarView(scalars[from..<to]))
      tokens.append(
        TitleToken(
          kind: kind, range: offsets[from]..<offsets[to], text: text, lower: text.lowercased(),
          spaced: spaced))
      spaced = false
    }
    while i < scalars.count {
      let scalar = scalars[i]
      if isSpace(scalar) {
        spaced = true
        i += 1
        continue
      }
      guard isLetter(i) else {
        // A possessive `'s` right after a word.
        if isApostrophe(i), !spaced, i + 1 < scalars.count, scalars[i + 1] == "s" || scalars[i + 1] == "S",
          !isLetter(i + 2), tokens.last?.isWord == true
        {
          append(.possessive, i, i + 2)
          i += 2
        } else {
          append(.punctuation, i, i + 1)
          i += 1
        }
        continue
      }
      let start = i
      var runStart = i
      while true {
        while isLetter(i) || (i < scalars.count && scalars[i].properties.generalCategory == .nonspacingMark) {
          i += 1
        }
        let run = String(String.UnicodeScalarView(scalars[runStart..<i])).lowercased()
        if i < scalars.count, scalars[i] == "." {
          let single = i - runStart == 1 && scalars[runStart].properties.isUppercase
          if single || (runStart == start && periodWords.contains(run)) {
            i += 1
            // `U.S.`, `M.K.`: another initial follows without a space.
            if single, isLetter(i), !isLetter(i + 1) || scalars[i + 1] == "." {
              runStart = i
              continue
            }
            break
          }
          break
        }
        // Hyphens and apostrophes inside a word (`Sherwood-Randall`, `O'Brien`), but not a
        // possessive `'s`.
        if i + 1 < scalars.count, scalars[i] == "-" || scalars[i] == "\u{2011}" || isApostrophe(i),
          isLetter(i + 1),
          !(isApostrophe(i) && (scalars[i + 1] == "s" || scalars[i + 1] == "S") && !isLetter(i + 2))
        {
          i += 1
          runStart = i
          continue
        }
        break
      }
      append(.word, start, i)
    }
    return tokens
  }
}
