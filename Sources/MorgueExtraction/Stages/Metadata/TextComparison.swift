import Foundation

/// Comparing short texts (titles, names) the way a reader would: case,
/// diacritics and apostrophe style ignored.
enum TextComparison {
    /// Case, diacritics and apostrophe style folded, white space collapsed.
    static func fold(_ text: String) -> String {
        let collapsed = TextNormalization.collapse(text)
        // ASCII has no diacritics and no curly apostrophe: folding it is lower-casing it.
        if collapsed.utf8.allSatisfy({ $0 < 0x80 }) { return ASCIIText.lowercased(collapsed) }
        let folded = collapsed.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return TextNormalization.plainApostrophes(folded)
    }

    /// The runs of letters and digits.
    static func words(_ text: String) -> [String] {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII: the letters and digits are A–Z, a–z and 0–9.
            return text.utf8.split(whereSeparator: { !ASCIIText.isLetterOrDigit($0) }).map { String(decoding: $0, as: UTF8.self) }
        }
        return text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }
}
