import Foundation

/// Foundation's `contains` and `replacingOccurrences(of:with:)` for the
/// long texts of the metadata readers (a JSON-LD block, a story's body in
/// it), answered from the bytes where that is sure to give Foundation's
/// answer, and asked of Foundation elsewhere.
///
/// Foundation compares by canonical equivalence: "é" is "e" and a combining
/// accent, "≮" is "<" and a combining stroke. The bytes answer for an ASCII
/// needle (`isPlainNeedle`) in a text whose characters all lie below
/// U+0300, where the combining marks and the characters that decompose into
/// punctuation begin. There a character beyond ASCII is a letter that may
/// decompose into an ASCII letter and its accents; a needle's letter can
/// stand on that base only if the needle ends there (an accent follows
/// it), which a needle ending in a byte that is no letter or digit rules
/// out. So Foundation finds the needle exactly where the bytes hold it.
enum LongTextSearch {
    /// Foundation's `text.contains(needle)`.
    static func contains(_ needle: String, in text: String) -> Bool {
        if isPlainNeedle(needle), isBelowCombiningMarks(text) { return ByteSearch.contains(text, needle) }
        return FoundationSearch.contains(needle, in: text)
    }

    /// Foundation's `text.replacingOccurrences(of: needle, with: replacement)`.
    static func replacing(_ needle: String, with replacement: String, in text: String) -> String {
        guard isPlainNeedle(needle), isBelowCombiningMarks(text) else {
            return text.replacingOccurrences(of: needle, with: replacement)
        }
        let bytes = Array(text.utf8), target = Array(needle.utf8)
        guard let first = ByteSearch.firstIndex(of: target, in: bytes) else { return text }
        var result = Array(bytes[..<first])
        result.reserveCapacity(bytes.count)
        var index = first
        while index < bytes.count {
            if ByteSearch.hasPrefix(bytes, target, at: index) {
                result.append(contentsOf: replacement.utf8)
                index += target.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// A non-empty ASCII needle without line breaks (a "\r\n" is one character) whose last byte
    /// is no letter or digit ("<!--", "<![CDATA[", "&").
    static func isPlainNeedle(_ needle: String) -> Bool {
        guard let last = needle.utf8.last, !ASCIIText.isLetterOrDigit(last) else { return false }
        return needle.utf8.allSatisfy { $0 < 0x80 && $0 != 0x0A && $0 != 0x0D }
    }

    /// Whether every character of `text` lies below U+0300: no UTF-8 byte is
    /// a lead byte of U+0300 or beyond (0xCC and up).
    static func isBelowCombiningMarks(_ text: String) -> Bool {
        !text.utf8.contains(where: { $0 >= 0xCC })
    }
}
