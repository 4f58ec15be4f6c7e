import Foundation

/// A byte-level answer to "could Foundation find this needle in this
/// text?", asked before `range(of:)`, `components(separatedBy:)` or
/// `replacingOccurrences(of:with:)` on short texts where those cost most
/// of a stage. Foundation compares by canonical equivalence, so besides the
/// needle's own bytes, a character that is canonically another one (U+0387
/// for "·", U+037E for ";", U+212A for "K", …) or that composes a needle
/// character with an accent ("≠" from "=") sends the question on to
/// Foundation. False means Foundation surely finds nothing.
enum FoundationSearch {
    /// Foundation's `text.contains(needle)`, asked of Foundation only when
    /// `mayFind` leaves the question open: most texts are answered from their bytes.
    static func contains(_ needle: String, in text: String) -> Bool {
        mayFind(needle, in: text) && text.contains(needle)
    }

    static func mayFind(_ needle: String, in text: String) -> Bool {
        if ByteSearch.contains(text, needle) { return true }
        var hasNonASCII = false
        for byte in text.utf8 where byte >= 0x80 {
            hasNonASCII = true
            break
        }
        guard hasNonASCII else { return false }
        // Letters and digits are the bases of accented characters: leave those needles to Foundation.
        if needle.utf8.contains(where: ASCIIText.isLetterOrDigit) { return true }
        return text.unicodeScalars.contains(where: isCanonicallyAnother)
    }

    /// A text searched for several needles, with what `mayFind` reads of
    /// it whatever the needle (its non-ASCII bytes, its characters that are
    /// canonically another) read once.
    struct Haystack {
        let text: String
        private let hasNonASCII: Bool
        private let hasCanonicalOthers: Bool

        init(_ text: String) {
            self.text = text
            hasNonASCII = text.utf8.contains(where: { $0 >= 0x80 })
            hasCanonicalOthers = hasNonASCII && text.unicodeScalars.contains(where: FoundationSearch.isCanonicallyAnother)
        }

        /// `FoundationSearch.mayFind(needle, in: text)`.
        func mayFind(_ needle: String) -> Bool {
            if ByteSearch.contains(text, needle) { return true }
            guard hasNonASCII else { return false }
            if needle.utf8.contains(where: ASCIIText.isLetterOrDigit) { return true }
            return hasCanonicalOthers
        }
    }

    /// Characters whose canonical decomposition is a single other character,
    /// and the negated relations built on "=", "<" and ">" (a superset is harmless).
    private static func isCanonicallyAnother(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0340...0x0344, 0x0374, 0x037E, 0x0387, 0x1F71...0x1FFD, 0x2000...0x2001, 0x2126, 0x212A...0x212B,
             0x2260, 0x226E...0x226F, 0x2329...0x232A, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
            return true
        default:
            return false
        }
    }
}
