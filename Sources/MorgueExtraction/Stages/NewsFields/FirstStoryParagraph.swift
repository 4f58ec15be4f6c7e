import MorgueModel

/// Finds the dateline at the start of the story's first paragraph.
///
/// Keeps: a dateline at the start of the first paragraph, or of the second
/// when the first is a lead (a standfirst set above the story).
/// Drops: nothing; the dateline stays in the text as printed.
enum FirstStoryParagraph {
    /// How many leading paragraphs may open the story (a lead can come first).
    static let window = 2

    static func dateline(in blocks: [Block]) -> Dateline? {
        var paragraphs = 0
        for block in blocks {
            guard case .paragraph = block else { continue }
            if let dateline = DatelineParsing.parse(firstParagraph: BodyRendering.plainText([block])) { return dateline }
            paragraphs += 1
            if paragraphs == window { break }
        }
        return nil
    }
}
