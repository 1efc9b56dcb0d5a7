/// The generator of long runs the fuzz harnesses use: libFuzzer's inputs stay a few kilobytes,
/// so a short input is read as a program that writes a long text (up to 1 MB) of the runs
/// that once cost quadratic time or overflowed the JIT stack: spaces, tabs, no-break spaces,
/// number words, repeated titles and names, repeated legislation names and amounts.
public enum LongRuns {
  /// The pieces a program repeats.
  public static let units: [String] = [
    " ", "\t", "\u{A0}", " \t\u{A0}", "\n", "one ", "twenty-one ", "hundred and ", "million ",
    "President ", "Sen. ", "Dr. ", "chief executive ", "Joe Biden ", "Secretary of State Antony Blinken, ",
    "under the Clean Air Act. ", "(CAA) ", "CAA ", "$5 million. ", "1 ", "$", "March 5 ", "last weekend ",
    "The Act ", "Bill ", "and ", ", ", "aaaa", "1,000,000 ", "€2bn-3bn ", "between 5 and ",
  ]

  /// The largest text a program may write.
  public static let maxBytes = 1 << 20

  /// The text `program` writes: each pair of bytes is a unit (first byte) repeated a number
  /// of times (second byte, squared, plus one); a byte pair whose first byte is 0xFF copies
  /// the next bytes literally, as many as its second byte says.
  public static func text(_ program: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    var out: [UInt8] = []
    var i = 0
    while i + 1 < program.count, out.count < maxBytes {
      let op = program[i]
      let count = Int(program[i + 1])
      i += 2
      if op == 0xFF {
        let end = min(program.count, i + count)
        out.append(contentsOf: program[i..<end])
        i = end
        continue
      }
      let unit = Array(units[Int(op) % units.count].utf8)
      let times = min(count * count + 1, (maxBytes - out.count) / unit.count)
      for _ in 0..<max(0, times) { out.append(contentsOf: unit) }
    }
    return out
  }
}
