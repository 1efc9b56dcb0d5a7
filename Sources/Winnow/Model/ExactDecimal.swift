/// A non-negative decimal number held exactly, as digits and a scale: no floating point, so
/// `3.4 × 10⁹` is `3400000000` and `0.1 × 10¹²` is `100000000000`, never `99999999999.99999`.
///
/// Written without exponent; trailing zeros are kept as given (``trimmed(minimumScale:)``
/// removes them), so `0.50` from `50 cents` can stay `0.50` (docs/judgement-calls.md M8).
public struct ExactDecimal: Hashable, Sendable, Codable, CustomStringConvertible,
  LosslessStringConvertible
{
  /// The unscaled integer's decimal digits, least significant first, no excess high zeros.
  private var digits: [UInt8]
  /// How many of `digits` stand after the decimal point.
  public private(set) var scale: Int

  private init(digits: [UInt8], scale: Int) {
    var digits = digits
    while digits.count > scale + 1, digits.last == 0 { digits.removeLast() }
    if digits.isEmpty { digits = [0] }
    while digits.count < scale + 1 { digits.append(0) }
    self.digits = digits
    self.scale = scale
  }

  /// An integer.
  public init(_ value: Int) {
    precondition(value >= 0, "ExactDecimal is non-negative")
    var digits: [UInt8] = []
    var v = value
    repeat {
      digits.append(UInt8(v % 10))
      v /= 10
    } while v > 0
    self.init(digits: digits, scale: 0)
  }

  /// Parses plain decimal notation: digits with at most one `.` (`"1234.56"`, `".5"`, `"7."`).
  /// No signs, exponents or separators: strip thousands separators before.
  public init?(_ text: String) {
    self.init(utf8: text.utf8)
  }

  /// Parses plain decimal notation from UTF-8 bytes, skipping every `separator` byte (a
  /// thousands separator such as `,`): reads a numeral in place, without making a string.
  public init?(utf8 bytes: some Sequence<UInt8>, skipping separator: UInt8? = nil) {
    var digits: [UInt8] = []
    digits.reserveCapacity(24)
    var scale = 0
    var seenPoint = false
    for byte in bytes {
      switch byte {
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        digits.append(byte - UInt8(ascii: "0"))
        if seenPoint { scale += 1 }
      case separator: continue
      case UInt8(ascii: ".") where !seenPoint: seenPoint = true
      default: return nil
      }
    }
    guard !digits.isEmpty else { return nil }
    digits.reverse()
    self.init(digits: digits, scale: scale)
  }

  /// Zero, with no decimals.
  public static let zero = ExactDecimal(0)

  /// Whether the number is zero, whatever its scale.
  public var isZero: Bool { digits.allSatisfy { $0 == 0 } }

  /// Plain notation: `3400000000`, `0.037`, `0.50`.
  public var description: String {
    var text = ""
    text.reserveCapacity(digits.count + 1)
    for index in stride(from: digits.count - 1, through: 0, by: -1) {
      if index == scale - 1 { text.append(".") }
      text.append(Character(Unicode.Scalar(digits[index] + UInt8(ascii: "0"))))
    }
    return text
  }

  /// The same number times 10ⁿ (n may be negative).
  package func multiplied(byPowerOfTen n: Int) -> ExactDecimal {
    if n == 0 { return self }
    if n >= 0 {
      let shift = min(n, scale)
      let zeros = n - shift
      return ExactDecimal(digits: [UInt8](repeating: 0, count: zeros) + digits, scale: scale - shift)
    }
    return ExactDecimal(digits: digits, scale: scale - n)
  }

  /// The exact product.
  package func multiplied(by other: ExactDecimal) -> ExactDecimal {
    var product = [Int](repeating: 0, count: digits.count + other.digits.count)
    for (i, a) in digits.enumerated() where a != 0 {
      for (j, b) in other.digits.enumerated() { product[i + j] += Int(a) * Int(b) }
    }
    var carry = 0
    for k in product.indices {
      let v = product[k] + carry
      product[k] = v % 10
      carry = v / 10
    }
    while carry > 0 {
      product.append(carry % 10)
      carry /= 10
    }
    return ExactDecimal(digits: product.map(UInt8.init), scale: scale + other.scale)
  }

  /// The exact sum.
  package func adding(_ other: ExactDecimal) -> ExactDecimal {
    let scale = max(self.scale, other.scale)
    let a = [UInt8](repeating: 0, count: scale - self.scale) + digits
    let b = [UInt8](repeating: 0, count: scale - other.scale) + other.digits
    var sum: [UInt8] = []
    var carry: UInt8 = 0
    for k in 0..<max(a.count, b.count) {
      let v = (k < a.count ? a[k] : 0) + (k < b.count ? b[k] : 0) + carry
      sum.append(v % 10)
      carry = v / 10
    }
    if carry > 0 { sum.append(carry) }
    return ExactDecimal(digits: sum, scale: scale)
  }

  /// Without trailing fractional zeros, but keeping at least `minimumScale` decimals.
  public func trimmed(minimumScale: Int = 0) -> ExactDecimal {
    var digits = self.digits
    var scale = self.scale
    while scale > minimumScale, digits.first == 0 {
      digits.removeFirst()
      scale -= 1
    }
    if scale < minimumScale {
      digits = [UInt8](repeating: 0, count: minimumScale - scale) + digits
      scale = minimumScale
    }
    return ExactDecimal(digits: digits, scale: scale)
  }

  /// Numeric order, whatever the scales (`0.5` is less than `0.51` and not less than `0.50`).
  package func isLess(than other: ExactDecimal) -> Bool {
    let scale = max(self.scale, other.scale)
    let a = [UInt8](repeating: 0, count: scale - self.scale) + digits
    let b = [UInt8](repeating: 0, count: scale - other.scale) + other.digits
    var i = a.count - 1
    while i > 0, a[i] == 0 { i -= 1 }
    var j = b.count - 1
    while j > 0, b[j] == 0 { j -= 1 }
    if i != j { return i < j }
    while i >= 0 {
      if a[i] != b[i] { return a[i] < b[i] }
      i -= 1
    }
    return false
  }

  /// Numeric equality, whatever the scale (`0.5` equals `0.50`).
  public func isNumericallyEqual(to other: ExactDecimal) -> Bool {
    trimmed() == other.trimmed()
  }

  /// Decodes a decimal string (`"3400000000"`, `"0.50"`) or a JSON integer.
  public init(from decoder: any Decoder) throws {
    let container = try decoder.singleValueContainer()
    let text: String
    if let string = try? container.decode(String.self) {
      text = string
    } else {
      text = String(try container.decode(Int.self))
    }
    guard let value = ExactDecimal(text) else {
      throw DecodingError.dataCorrupted(
        .init(codingPath: decoder.codingPath, debugDescription: "not a plain decimal: \(text)"))
    }
    self = value
  }

  /// Encoded as a JSON string, so no reader turns it into a float.
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}
