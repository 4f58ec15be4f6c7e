import Foundation

/// Foundation's `contains` and `replacingOccurrences(of:with:)` answered
/// from the bytes where that is sure to give Foundation's answer (asked of
/// Foundation elsewhere): for the long texts of the metadata readers (a
/// JSON-LD block, a story's body in it) and for class names.
///
/// Foundation compares by canonical equivalence: "é" is "e" and a combining
/// accent, "≮" is "<" and a combining stroke. The bytes answer for an ASCII
/// needle without line breaks (a "\r\n" is one character) in an ASCII
/// text, where nothing is canonically anything else; and, when the needle's
/// last byte is no letter or digit ("<!--", "<![CDATA[", "&"), in a text
/// whose characters all lie below U+0300, where the combining marks and the
/// characters that decompose into punctuation begin. There a character
/// beyond ASCII is a letter that may decompose into an ASCII letter and its
/// accents; a needle's letter can stand on that base only if the needle
/// ends there (an accent follows it), which such a needle rules out. So
/// Foundation finds the needle exactly where the bytes hold it.
enum PlainTextSearch {
    /// Foundation's `text.contains(needle)`.
    static func contains(_ needle: String, in text: String) -> Bool {
        if bytesAnswer(needle, text) { return ByteSearch.contains(text, needle) }
        return FoundationSearch.contains(needle, in: text)
    }

    /// Foundation's `text.range(of: needle)`, or with `backwards` its `range(of: needle, options: .backwards)`.
    /// (Where the bytes answer, the needle's ends are ends of characters: nothing below U+0300
    /// joins a character before it, and the needle holds no line break.)
    static func range(of needle: String, in text: String, backwards: Bool = false) -> Range<String.Index>? {
        guard bytesAnswer(needle, text) else {
            return backwards ? text.range(of: needle, options: .backwards) : text.range(of: needle)
        }
        let bytes = Array(text.utf8), target = Array(needle.utf8)
        guard let start = backwards ? ByteSearch.lastIndex(of: target, in: bytes) : ByteSearch.firstIndex(of: target, in: bytes)
        else { return nil }
        let lower = text.utf8.index(text.utf8.startIndex, offsetBy: start)
        return lower..<text.utf8.index(lower, offsetBy: target.count)
    }

    /// Foundation's `text.replacingOccurrences(of: needle, with: replacement)`.
    static func replacing(_ needle: String, with replacement: String, in text: String) -> String {
        guard bytesAnswer(needle, text) else { return text.replacingOccurrences(of: needle, with: replacement) }
        let bytes = Array(text.utf8), target = Array(needle.utf8)
        guard let first = ByteSearch.firstIndex(of: target, in: bytes) else { return text }
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        // Runs between occurrences are copied whole.
        var copied = 0, index = first
        while index + target.count <= bytes.count {
            if bytes[index] == target[0], ByteSearch.hasPrefix(bytes, target, at: index) {
                result.append(contentsOf: bytes[copied..<index])
                result.append(contentsOf: replacement.utf8)
                index += target.count
                copied = index
            } else {
                index += 1
            }
        }
        result.append(contentsOf: bytes[copied...])
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether the bytes give Foundation's answer for `needle` in `text` (see the type's note).
    static func bytesAnswer(_ needle: String, _ text: String) -> Bool {
        guard let last = needle.utf8.last, needle.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0A && $0 != 0x0D }) else {
            return false
        }
        // Past ASCII, the text must stay below U+0300 (lead bytes below 0xCC) and the needle end in no letter or digit.
        let endsInWord = ASCIIText.isLetterOrDigit(last)
        for byte in text.utf8 where byte >= 0x80 {
            if endsInWord || byte >= 0xCC { return false }
        }
        return true
    }
}
