/// ``TextBytes``' white space as PCRE2 pattern fragments, so rules read a phrase the way the
/// extractors' own code does.
///
/// A pattern sees white space as one character class; where a phrase ends is the rule
/// engine's part: an attempt's subject ends at the next blank line, or at the next line break
/// where lines do not join (``TextBytes/joinsLines(_:)``), so no match runs across either.
enum TextPatterns {
  /// One white-space character: a space, tab, carriage return, no-break space or line break.
  /// One character class, so a run of them (`\#(white)+`) is a single-character repeat (an
  /// alternation in a repeated group costs the JIT a stack frame per character).
  static let white = #"[\t\n\x0B\x0C\r\x20\x{A0}]"#

  /// A phrase gap: one or more ``white`` characters.
  static let gap = "\(white)+"

  /// `pattern` with PCRE2's `\s` read as ``white`` (a no-break space too): outside a
  /// character class it becomes ``white``, inside one (`[-\s]`) it gains `\x{A0}`. The
  /// built-in date patterns are written with `\s` and read through this.
  static func phraseSpaces(_ pattern: String) -> String {
    var out = ""
    out.reserveCapacity(pattern.utf8.count * 2)
    var scalars = pattern.unicodeScalars[...]
    var inClass = false
    while let scalar = scalars.first {
      if scalar == "\\" {
        let next = scalars.dropFirst().first
        if next == "s" {
          out += inClass ? #"\s\x{A0}"# : white
        } else {
          out.unicodeScalars.append(scalar)
          if let next { out.unicodeScalars.append(next) }
        }
        scalars = scalars.dropFirst(2)
        continue
      }
      out.unicodeScalars.append(scalar)
      scalars = scalars.dropFirst()
      if scalar == "[" && !inClass {
        inClass = true
        // A `^` first negates; a `]` first (after it) is a literal.
        if scalars.first == "^" {
          out += "^"
          scalars = scalars.dropFirst()
        }
        if scalars.first == "]" {
          out += "]"
          scalars = scalars.dropFirst()
        }
      } else if scalar == "]" && inClass {
        inClass = false
      }
    }
    return out
  }
}
