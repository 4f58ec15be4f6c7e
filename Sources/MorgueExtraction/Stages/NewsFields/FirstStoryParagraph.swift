import MorgueModel

/// Finds the dateline at the start of the story's first paragraph.
///
/// Keeps: a dateline at the start of the first paragraph, or of the second
/// when the first is a lead (a standfirst set above the story), a row of
/// dates left from the header not counted (`isDateRow`): a wire's
/// dateline as printed (also when it stands as a paragraph of its own above
/// the first sentence; a Japanese paper's "【ジュネーブ共同】"), a place in bold closed by a full stop
/// ("**Schwerin.** Die Landesregierung …"), or a place closed by a colon
/// ("NEW DELHI: …", in ordinary case in bold: "**Thiruvananthapuram:** …")
/// in a story whose other first paragraphs do not open with speakers' names.
/// Drops: nothing; the dateline stays in the text as printed.
enum FirstStoryParagraph {
    /// How many leading paragraphs may open the story (a lead can come first). A line of fewer than
    /// `minCountedWords` words and `minCountedCharacters` characters (a counter, a label left from
    /// the header) is not counted; a line in a script without spaces counts by its length.
    static let window = 2
    static let minCountedWords = 4
    static let minCountedCharacters = 24

    /// How many paragraphs after a colon dateline are looked at for a speaker's label ("INSKEEP: …"), besides those before it.
    static let speakerParagraphs = 8

    /// The longest paragraph that may be a dateline set apart, above the story's first sentence.
    static let maxDatelineParagraph = 90

    /// `isOwnName`: whether a name is the site's own (an outlet printed after the place, not an agency).
    /// `authors`: the structured authors, which part a reporter's name from the place in a Chinese wire's bracket.
    static func dateline(in blocks: [Block], isOwnName: (String) -> Bool = { _ in false },
                         authors: [String] = []) -> Dateline? {
        let paragraphs = blocks.filter { if case .paragraph = $0 { return true } else { return false } }
        var counted = 0
        for (index, block) in paragraphs.enumerated() {
            let text = BodyRendering.plainText([block])
            if let dateline = DatelineParsing.parse(firstParagraph: text, isOwnName: isOwnName, authors: authors) {
                return dateline
            }
            if let dateline = boldPlace(block) { return dateline }
            // "NEW DELHI: …", "Thiruvananthapuram: …": a place closed by a colon, unless the paragraphs around open with speakers.
            if let dateline = DatelineParsing.parse(colonParagraph: text, bold: openingBold(block), others: {
                (paragraphs[..<index] + paragraphs[(index + 1)...].prefix(speakerParagraphs)).map { BodyRendering.plainText([$0]) }
            }) {
                return dateline
            }
            // "VILLANUEVA DEL GUADIEL, 3 Jul. (EUROPA PRESS) -" as a paragraph of its own, the story under it.
            if text.count <= maxDatelineParagraph, let last = text.last, "-–—".contains(last), index + 1 < paragraphs.count,
               let dateline = DatelineParsing.parse(firstParagraph: text + " " + BodyRendering.plainText([paragraphs[index + 1]]),
                                                    isOwnName: isOwnName),
               dateline.text.count >= TextNormalization.collapse(text).count - 1 {
                return dateline
            }
            if isDateRow(text) { continue }
            if BoilerplatePhrases.exceedsWords(text, minCountedWords - 1) || text.count >= minCountedCharacters { counted += 1 }
            if counted == window { break }
        }
        return nil
    }

    /// A row of dates and labels the header left above the story ("29.
    /// November 2026, 10:15 Uhr Aktualisiert am 29. November 2026, 14:02 Uhr
    /// Quelle: dpa"): it prints a date or a time of day and ends as no
    /// sentence does. It does not count against the window.
    static func isDateRow(_ text: String) -> Bool {
        guard text.count <= maxDateRow, !DatelineParsing.closesSentence(text) else { return false }
        return BylineVocabulary.printedDate.firstMatch(in: text) != nil || BylineVocabulary.clockTime.firstMatch(in: text) != nil
    }

    /// The longest paragraph that may be a row of dates.
    static let maxDateRow = 160

    /// The dateline of a paragraph that opens with a place in bold.
    private static func boldPlace(_ block: Block) -> Dateline? {
        guard let (bold, rest) = openingBoldParts(block) else { return nil }
        return DatelineParsing.parse(boldPlace: BodyRendering.plainText([.paragraph(bold)]),
                                     rest: BodyRendering.plainText([.paragraph(rest)]))
    }

    /// The text of the bold run that opens a paragraph, if one does.
    private static func openingBold(_ block: Block) -> String? {
        openingBoldParts(block).map { BodyRendering.plainText([.paragraph($0.bold)]) }
    }

    /// The bold run opening a paragraph (after white space) and the inlines after it.
    private static func openingBoldParts(_ block: Block) -> (bold: [Inline], rest: [Inline])? {
        guard case .paragraph(let inlines) = block else { return nil }
        let opening = inlines.drop { inline in
            if case .text(let text) = inline { return text.allSatisfy(\.isWhitespace) }
            return false
        }
        guard case .strong(let bold)? = opening.first else { return nil }
        return (bold, Array(opening.dropFirst()))
    }
}
