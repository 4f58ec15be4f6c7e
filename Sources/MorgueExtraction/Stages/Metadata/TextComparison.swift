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
        var highest: UInt8 = 0
        for byte in text.utf8 where byte > highest { highest = byte }
        if highest < 0x80 {
            // ASCII: the letters and digits are A–Z, a–z and 0–9.
            return text.utf8.split(whereSeparator: { !ASCIIText.isLetterOrDigit($0) }).map { String(decoding: $0, as: UTF8.self) }
        }
        if highest < 0xCC {
            // Below U+0300 (no UTF-8 lead byte of 0xCC or more) every scalar is a character of its
            // own (nothing there joins the one before it; "\r\n", one character, is no word either
            // way): the runs are those of the scalars that are words as characters.
            return text.unicodeScalars.split(whereSeparator: { !wordScalars[Int($0.value)] }).map { String($0) }
        }
        return text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }

    /// For each scalar below U+0300, whether it is a letter or a number as a `Character`.
    private static let wordScalars: [Bool] = (0..<0x300).map { value in
        guard let scalar = Unicode.Scalar(value) else { return false }
        let character = Character(scalar)
        return character.isLetter || character.isNumber
    }
}
