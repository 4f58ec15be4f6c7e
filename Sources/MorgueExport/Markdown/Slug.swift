import Foundation

/// The title part of an exported file name: lowercase ASCII letters and
/// digits in words joined by `-`, at most `maxLength` characters.
///
/// Escape sequences and control characters are removed first, so a file is
/// named by the title as it shows. Accented and non-Latin titles are then
/// transliterated ("Zürich" → "zurich", "北京" → "bei-jing"); apostrophes
/// are dropped inside words ("Don't" → "dont"); every other character
/// separates words. A slug therefore can never be `.` or `..` or hold a path
/// separator or a control character; a title with no usable letters gives
/// an empty slug, for which `make(from:fallback:)` uses the fallback.
public enum Slug {
    public static let maxLength = 80

    /// The slug of `title`, or `fallback` when the title gives nothing.
    public static func make(from title: String?, fallback: String) -> String {
        let slug = title.map(make) ?? ""
        return slug.isEmpty ? fallback : slug
    }

    /// The slug of `title`; empty when it has no letters or digits.
    public static func make(_ title: String) -> String {
        let latin = asciiTransliteration(TerminalSafe.sanitize(title, keepingLineBreaks: false))
        var words: [String] = []
        var word = ""
        for scalar in latin.unicodeScalars {
            switch scalar {
            case "a"..."z", "0"..."9": word.unicodeScalars.append(scalar)
            case "A"..."Z": word.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
            case "'", "\u{2019}", "\u{02BC}", "\u{02BF}", "\u{02BE}": continue
            default:
                if !word.isEmpty { words.append(word); word = "" }
            }
        }
        if !word.isEmpty { words.append(word) }
        return truncated(words)
    }

    /// Joins words with `-` up to `maxLength`, breaking between words when
    /// the first word alone fits.
    private static func truncated(_ words: [String]) -> String {
        var out = ""
        for word in words {
            let next = out.isEmpty ? word : out + "-" + word
            if next.count <= maxLength { out = next; continue }
            if out.isEmpty { out = String(word.prefix(maxLength)) }
            break
        }
        return out
    }

    /// The title in Latin letters without accents, where the platform's
    /// transliteration can; the title itself where it cannot.
    private static func asciiTransliteration(_ title: String) -> String {
        if let ascii = title.applyingTransform(StringTransform(rawValue: "Any-Latin; Latin-ASCII"), reverse: false) {
            return ascii
        }
        let latin = title.applyingTransform(.toLatin, reverse: false) ?? title
        return latin.applyingTransform(.stripDiacritics, reverse: false) ?? latin
    }
}
