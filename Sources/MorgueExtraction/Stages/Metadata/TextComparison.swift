import Foundation

/// Comparing short texts (titles, names) the way a reader would: case,
/// diacritics and apostrophe style ignored.
enum TextComparison {
    /// Case, diacritics and apostrophe style folded, white space collapsed.
    static func fold(_ text: String) -> String {
        TextNormalization.collapse(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .replacingOccurrences(of: "’", with: "'")
    }

    /// The runs of letters and digits.
    static func words(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }
}
