import Foundation

/// Trimming the ends of a text without Foundation's cost for the common
/// case: ASCII white space is cut byte by byte, and Foundation is asked
/// only when a non-ASCII character is left at an end (it may be a space
/// of another script).
enum TextEdges {
    /// What a sentence or a label ends with: stops, a colon or semicolon, an
    /// ellipsis, closing quotes and brackets, and the CJK full stops. A line
    /// ending otherwise is a stamp, a name or a heading.
    static let closingMarks: Set<Character> = [".", "!", "?", ":", ";", "\"", "”", "…", ")", "。", "！", "？", "」"]

    /// Whether `text` ends with one of `closingMarks`.
    static func endsWithClosingMark(_ text: some StringProtocol) -> Bool {
        text.last.map(closingMarks.contains) ?? false
    }

    /// The same as `text.trimmingCharacters(in: .whitespacesAndNewlines)`.
    static func trimmingWhitespaceAndNewlines(_ text: String) -> String {
        let bytes = text.utf8
        var start = bytes.startIndex, end = bytes.endIndex
        while start < end, ASCIIText.isSpace(bytes[start]) { start = bytes.index(after: start) }
        while start < end, ASCIIText.isSpace(bytes[bytes.index(before: end)]) { end = bytes.index(before: end) }
        if start == end { return "" }
        if bytes[start] >= 0x80 || bytes[bytes.index(before: end)] >= 0x80 {
            return text.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if start == bytes.startIndex, end == bytes.endIndex { return text }
        return String(text[start..<end])
    }
}
