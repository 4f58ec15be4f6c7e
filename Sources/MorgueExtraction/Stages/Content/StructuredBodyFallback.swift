import MorgueModel

/// Falls back on the story text the publisher put in its schema.org
/// JSON-LD (`articleBody`) when the page's own markup yielded next to
/// nothing — a story rendered by scripts, or hidden behind markup the
/// cleaning could not see through.
///
/// Keeps: the extracted blocks whenever they hold a story's worth of text,
/// or at least as much as `articleBody`.
/// Drops: nothing; when it falls back, the JSON-LD text is split into
/// paragraphs at its line breaks and replaces the tiny extraction.
enum StructuredBodyFallback {
    /// Extractions with fewer characters than this are "next to nothing".
    static let tinyCharacters = StoryAttempt.noStoryCharacters
    /// articleBody must be this many times longer than what was extracted.
    static let muchLonger = 3.0

    static func run(_ blocks: [Block], articleBody: String?, log: inout RemovalLog) -> [Block] {
        guard let articleBody else { return blocks }
        let extracted = StoryAttempt.characters(in: blocks)
        let paragraphs = articleBody
            .split(whereSeparator: { $0 == "\n" || $0 == "\r" })
            .map { TextNormalization.collapse(String($0)) }
            .filter { !$0.isEmpty }
        let structured = paragraphs.reduce(0) { $0 + $1.unicodeScalars.filter { !TextNormalization.isSpace($0) }.count }
        guard extracted < tinyCharacters, Double(structured) >= Double(max(extracted, 1)) * muchLonger else {
            return blocks
        }
        for block in blocks { log.dropped(text: BodyRendering.plainText([block]), by: "replaced-by-json-ld-article-body") }
        return paragraphs.map { .paragraph([.text($0)]) }
    }
}
