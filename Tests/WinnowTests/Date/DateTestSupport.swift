import Winnow

/// Runs the date extractor alone over `text` (read on `reference` when given, with the date
/// settings `configure` makes): the (text, value) pair of each date found.
func dates(
  _ text: String, reference: String? = nil,
  configure: (inout DateConfiguration) -> Void = { _ in }
) throws -> [(text: String, value: String)] {
  var configuration = StandardConfiguration()
  configuration.kinds = [.date]
  configure(&configuration.date)
  let mentions = try Pipeline.standard(configuration).extract(
    from: text, referenceDate: reference.flatMap(CalendarDate.init))
  return mentions.map { ($0.text, $0.value.date?.value ?? "") }
}
