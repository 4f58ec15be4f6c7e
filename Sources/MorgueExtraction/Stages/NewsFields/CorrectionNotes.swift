/// Finds the corrections and editor's notes among the body paragraphs, so
/// the archive keeps them apart from the story text.
///
/// Keeps (as corrections): paragraphs opening with "Correction:",
/// "Clarification:", "Update:", "Editor's note:" (and their German, French
/// and Spanish forms); "This article has been updated …"; "An earlier
/// version of this story misstated …".
/// Drops (leaves in the story): paragraphs that merely mention an update
/// or a correction in passing.
enum CorrectionNotes {
    /// Longest paragraph in which an "earlier version" statement is looked
    /// for beyond the start.
    static let maxStatementLength = 600

    static func detect(in paragraphs: [String]) -> [Int] {
        paragraphs.indices.filter { isNote(paragraphs[$0]) }
    }

    /// Whether a paragraph is a correction or editor's note.
    static func isNote(_ paragraph: String) -> Bool {
        let text = TextNormalization.collapse(paragraph)
        guard !text.isEmpty else { return false }
        if CorrectionPhrases.label.matches(text) || CorrectionPhrases.statement.matches(text) { return true }
        // (A text of no more bytes than that has no more characters either, and is not counted.)
        let isShort = text.utf8.count <= maxStatementLength || text.count <= maxStatementLength
        return isShort && CorrectionPhrases.statementAnywhere.matches(text)
    }
}
