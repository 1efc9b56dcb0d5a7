import Foundation
import Testing
import Winnow

@testable import WinnowCLI

/// Today's encoder: what the command wrote through `JSONEncoder` before it wrote bytes itself.
private func encoderBytes<T: Encodable>(_ value: T, pretty: Bool = false) throws -> [UInt8] {
  let encoder = JSONEncoder()
  encoder.outputFormatting =
    pretty ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted] : [.sortedKeys, .withoutEscapingSlashes]
  return Array(try encoder.encode(value))
}

private struct Prediction: Codable {
  var id: String
  var mentions: [Mention]
}

@Suite("Output written as bytes is JSONEncoder's output")
struct JSONOutputTests {
  @Test(
    "every prediction line of every Fixtures corpus decodes with JSONDecoder and re-encodes to the same bytes",
    arguments: fixtureCorpora)
  func predictionLinesMatchJSONEncoder(_ name: String) throws {
    let run = winnow("extract", "--corpus", fixtureCorpus(name), "--format", "jsonl")
    #expect(run.status == 0)
    var mentionCount = 0
    for line in run.outLines {
      let prediction = try JSONDecoder().decode(Prediction.self, from: Data(line.utf8))
      mentionCount += prediction.mentions.count
      #expect(try encoderBytes(prediction) == Array(line.utf8))
    }
    #expect(mentionCount > 0)
  }

  @Test("the pipeline's mentions written as bytes equal JSONEncoder's encoding, on every Fixtures corpus")
  func mentionsMatchJSONEncoder() throws {
    let pipeline = try Pipeline.standard()
    var configuration = StandardConfiguration()
    configuration.overlapPolicy = OverlapPolicy(.keepAll)
    let everything = try Pipeline.standard(configuration)
    for name in fixtureCorpora {
      let lines = try String(contentsOfFile: fixtureCorpus(name), encoding: .utf8).split(separator: "\n")
      for line in lines {
        let document = try Array(line.utf8).withUnsafeBufferPointer {
          try CorpusDocument(line: $0, place: name, lossy: false)
        }
        for pipeline in [pipeline, everything] {
          let mentions = try pipeline.extract(
            from: Document(id: document.id, text: document.text, referenceDate: document.referenceDate))
          var buffer = OutputBuffer()
          buffer.appendPrediction(id: document.id, mentions: mentions)
          #expect(buffer.bytes == (try encoderBytes(Prediction(id: document.id, mentions: mentions))))
        }
      }
    }
  }

  @Test("strings are escaped as JSONEncoder escapes them: quotes, backslashes, every control character")
  func stringEscapes() throws {
    var text = "\"quoted\" back\\slash /slash é 😀 \u{2028}\u{2029}\u{7F}"
    for scalar in 0..<0x20 { text.unicodeScalars.append(Unicode.Scalar(UInt8(scalar))) }
    var buffer = OutputBuffer()
    buffer.append(jsonString: text)
    #expect(buffer.bytes == (try encoderBytes(text)))
  }

  @Test(
    "every value shape (money range and qualifier, date mod, title holder, legislation year, user JSON, null)"
  )
  func valueShapes() throws {
    let values: [MentionValue] = [
      .null,
      .money(MoneyValue(amount: ExactDecimal("0.50"), currency: nil, qualifier: .approx)),
      .money(
        MoneyValue(min: ExactDecimal(1), max: ExactDecimal("2000000"), currency: "EUR", qualifier: .upTo)),
      .date(DateValue(value: "2022-07", anchored: true, mod: .mid)),
      .date(DateValue(value: "XXXX-05", anchored: false)),
      .title(TitleValue(role: "Secretary", holder: .init(text: "Janet Yellen", start: 10, end: 22))),
      .title(TitleValue(role: "President")),
      .legislation(LegislationValue(name: "Clean Air Act", kind: .act, year: 1963, jurisdiction: "US")),
      .legislation(LegislationValue(name: "GDPR", kind: .regulation)),
      .json(.object(["b": .number(1.5), "a": .array([.bool(true), .null, .string("x"), .number(3)])])),
    ]
    for (index, value) in values.enumerated() {
      let mention = Mention(
        kind: Kind("k\(index)"), range: 3..<9, text: "a\nb", value: value, rule: "r.\(index)")
      var buffer = OutputBuffer()
      buffer.append(mention: mention)
      #expect(buffer.bytes == (try encoderBytes(mention)), "\(value)")
    }
  }

  @Test("pretty printing matches JSONEncoder's .prettyPrinted, empty arrays included")
  func prettyPrinting() throws {
    let pipeline = try Pipeline.standard()
    let predictions = [
      Prediction(id: "empty", mentions: []),
      Prediction(
        id: "full",
        mentions: try pipeline.extract(
          from: "President Biden paid $5 million on 07/12/2022 under the Clean Air Act of 1963.")),
    ]
    var buffer = OutputBuffer()
    buffer.append("[")
    for (index, prediction) in predictions.enumerated() {
      if index > 0 { buffer.append(",") }
      buffer.appendPrediction(id: prediction.id, mentions: prediction.mentions)
    }
    buffer.append("]")
    #expect(prettyPrinted(buffer.bytes) == (try encoderBytes(predictions, pretty: true)))
    #expect(prettyPrinted(Array("[]".utf8)) == (try encoderBytes([Prediction](), pretty: true)))
  }
}
