/// The built-in legislation extractor: named instruments read around their kind word
/// (``LegislationNameExtractor``) and designations matched by rules (`H.R. 3684`,
/// `Executive Order 14067`, `Regulation (EU) 2016/679`).
struct LegislationExtractor: Extractor {
  let names: LegislationNameExtractor
  let designations: RuleExtractor

  var kinds: Set<Kind> { [.legislation] }

  func extract(from text: DocumentText, workspace: Workspace, into mentions: inout [Mention]) throws {
    names.extract(from: text, workspace: workspace, into: &mentions)
    try designations.extract(from: text, workspace: workspace, into: &mentions)
  }
}
