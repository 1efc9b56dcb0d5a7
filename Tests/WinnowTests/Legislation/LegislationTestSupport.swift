import Winnow

/// The standard pipeline returning legislation mentions only.
let legislationPipeline: Pipeline = {
  var configuration = StandardConfiguration()
  configuration.kinds = [.legislation]
  return try! Pipeline.standard(configuration)
}()

/// The legislation mentions in `text`, as (covered text, value) pairs.
func legislation(_ text: String) throws -> [(text: String, value: LegislationValue)] {
  try legislationPipeline.extract(from: text).compactMap { mention in
    mention.value.legislation.map { (mention.text, $0) }
  }
}
