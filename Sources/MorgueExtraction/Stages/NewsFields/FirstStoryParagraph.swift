import MorgueModel

/// Finds the dateline at the start of the story's first paragraph.
///
/// Keeps: a dateline at the start of the first paragraph, or of the second
/// when the first is a lead (a standfirst set above the story): a wire's
/// dateline as printed, or a place in bold closed by a full stop
/// ("**Schwerin.** Die Landesregierung …").
/// Drops: nothing; the dateline stays in the text as printed.
enum FirstStoryParagraph {
    /// How many leading paragraphs may open the story (a lead can come first).
    static let window = 2

    static func dateline(in blocks: [Block]) -> Dateline? {
        var paragraphs = 0
        for block in blocks {
            guard case .paragraph = block else { continue }
            if let dateline = DatelineParsing.parse(firstParagraph: BodyRendering.plainText([block])) { return dateline }
            if let dateline = boldPlace(block) { return dateline }
            paragraphs += 1
            if paragraphs == window { break }
        }
        return nil
    }

    /// The dateline of a paragraph that opens with a place in bold.
    private static func boldPlace(_ block: Block) -> Dateline? {
        guard case .paragraph(let inlines) = block else { return nil }
        let opening = inlines.drop { inline in
            if case .text(let text) = inline { return text.allSatisfy(\.isWhitespace) }
            return false
        }
        guard case .strong(let bold)? = opening.first else { return nil }
        return DatelineParsing.parse(boldPlace: BodyRendering.plainText([.paragraph(bold)]),
                                     rest: BodyRendering.plainText([.paragraph(Array(opening.dropFirst()))]))
    }
}
