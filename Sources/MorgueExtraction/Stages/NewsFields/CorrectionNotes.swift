/// Finds the corrections and editor's notes among the body paragraphs, so
/// the archive keeps them apart from the story text.
///
/// Keeps (as corrections): paragraphs opening with "Correction:",
/// "Clarification:", "Update:", "Editor's note:" (and their German, French
/// and Spanish forms); "This article has been updated …"; "An earlier
/// version of this story misstated …"; at the story's top only (its first
/// `edgeWindow` paragraphs) an update dated by month and day ("Update, Nov
/// 12th:"); and at its edges (those, and the run of notes that ends it) a
/// wire desk's note in parentheses ("(Updates with closing share price in
/// fifth paragraph.)").
/// Drops (leaves in the story): paragraphs that merely mention an update
/// or a correction in passing, and those edge notes' forms within the text.
enum CorrectionNotes {
    /// Longest paragraph in which an "earlier version" statement is looked
    /// for beyond the start.
    static let maxStatementLength = 600

    /// An edge note stands among the story's first this many paragraphs (a lead may come before it)...
    static let edgeWindow = 2

    static func detect(in paragraphs: [String]) -> [Int] {
        var notes = Set(paragraphs.indices.filter { isNote(paragraphs[$0]) })
        guard paragraphs.count > 1 else { return notes.sorted() }
        for index in paragraphs.indices.prefix(edgeWindow) where isTopNote(paragraphs[index]) {
            notes.insert(index)
        }
        // ...and a wire desk's note also in the run of notes that ends it ("(Updates …)" after "(Corrects …)").
        // (A dated update at the foot stays in the text, where the reference corpora keep it.)
        var index = paragraphs.count - 1
        while index > 0, notes.contains(index) || isWireNote(paragraphs[index]) {
            notes.insert(index)
            index -= 1
        }
        return notes.sorted()
    }

    /// Whether a paragraph is a note of the kinds only read at the story's top.
    static func isTopNote(_ paragraph: String) -> Bool {
        let text = TextNormalization.collapse(paragraph)
        return mayOpen(text, with: CorrectionPhrases.datedUpdate) && CorrectionPhrases.datedUpdate.matches(text)
            || isWireNote(paragraph)
    }

    /// Whether a paragraph is a wire desk's note in parentheses.
    static func isWireNote(_ paragraph: String) -> Bool {
        // The note is a whole paragraph in brackets: its (collapsed) text opens with one. (Other
        // paragraphs do not even compile the pattern.)
        let text = TextNormalization.collapse(paragraph)
        guard text.utf8.first == UInt8(ascii: "(") else { return false }
        return CorrectionPhrases.wireUpdateNote.matches(text)
    }

    /// Whether a paragraph is a correction or editor's note.
    static func isNote(_ paragraph: String) -> Bool {
        let text = TextNormalization.collapse(paragraph)
        guard !text.isEmpty else { return false }
        let opening = self.opening(text)
        if CorrectionPhrases.label.admits(opening) && CorrectionPhrases.label.matches(text)
            || CorrectionPhrases.statement.admits(opening) && CorrectionPhrases.statement.matches(text) {
            return true
        }
        // (A text of no more bytes than that has no more characters either, and is not counted.)
        let isShort = text.utf8.count <= maxStatementLength || text.count <= maxStatementLength
        return isShort && CorrectionPhrases.statementAnywhere.matches(text)
    }

    /// Bytes of a paragraph's opening read for a label's words: the labels
    /// and statements (`CorrectionPhrases.label`, `statement`, `datedUpdate`)
    /// match at the paragraph's start, after brackets, asterisks, underscores
    /// and spaces, and each holds one of its pattern's required fragments
    /// within its first words, well inside this many bytes after those marks.
    static let openingWindow = 120

    /// The first bytes of a (collapsed) paragraph: its opening marks and `openingWindow` bytes after them.
    static func opening(_ text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes in
            var end = 0
            while end < bytes.count {
                let byte = bytes[end]
                guard byte == UInt8(ascii: "[") || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "*")
                    || byte == UInt8(ascii: "_") || ASCIIText.isSpace(byte) else { break }
                end += 1
            }
            return Array(bytes[..<min(bytes.count, end + openingWindow)])
        }
    }

    /// Whether `pattern` (one of those matching at the start) may match `text`, from its opening's bytes.
    static func mayOpen(_ text: String, with pattern: TextPattern) -> Bool {
        pattern.admits(opening(text))
    }
}
