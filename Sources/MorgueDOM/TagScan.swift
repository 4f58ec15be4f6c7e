#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One pass over a page's start tags, on its bytes, before libxml2 reads
/// them: finds what is cut from the page (`AttributeFlood`, `ScriptText`).
///
/// It reads the page the way libxml2's HTML parser does: a tag opens at "<"
/// and a letter; a quoted attribute value (a quote after "=") is passed over
/// whole; a comment runs from "<!--" to the next "-->" (to the end when none
/// closes it); the text of `<script>` and `<style>` runs to the first
/// "</script" or "</style", in any case. Tags inside comments and raw text
/// are not tags.
enum TagScan {
    /// The ranges to cut, in order and apart: every start tag's attributes
    /// past `AttributeFlood.maxAttributes` (from the space before the first
    /// of them to the tag's ">"), and, with `cuttingCode`, the text of every
    /// style sheet and every script that holds code (`holdsCode`).
    static func cuts(in bytes: UnsafeBufferPointer<UInt8>, cuttingCode: Bool) -> [Range<Int>] {
        var cuts: [Range<Int>] = []
        let count = bytes.count
        var index = 0
        while index < count {
            index = next(lessThan, in: bytes, from: index)
            guard index + 1 < count else { break }
            if isCommentOpening(bytes, at: index) {
                index = endOfComment(bytes, from: index + 4)
                continue
            }
            guard isLetter(bytes[index + 1]) else {
                index += 1
                continue
            }
            // The tag's name.
            let nameStart = index + 1
            index = nameStart
            while index < count, isNameByte(bytes[index]) { index += 1 }
            let nameEnd = index
            // Its attributes, up to the ">" outside quotes.
            // An attribute begins where a name follows white space (not a value after "=", unquoted).
            var attributes = 0
            var lastSpace = index
            var afterSpace = false
            var awaitingValue = false
            var cutStart = -1
            while index < count {
                let byte = bytes[index]
                if byte == greaterThan {
                    break
                } else if awaitingValue, byte == doubleQuote || byte == singleQuote {
                    // A quoted value (a quote opens one only after "=", as in browsers) is passed over whole.
                    index = next(byte, in: bytes, from: index + 1)
                    awaitingValue = false
                    afterSpace = false
                    if index >= count { break }
                } else if byte == equalsSign {
                    awaitingValue = true
                    afterSpace = false
                } else if byte <= 0x20 {
                    lastSpace = index
                    afterSpace = !awaitingValue
                } else {
                    if awaitingValue {
                        awaitingValue = false
                    } else if afterSpace, byte != slash {
                        attributes += 1
                        if attributes == AttributeFlood.maxAttributes + 1 { cutStart = lastSpace }
                    }
                    afterSpace = false
                    // The rest of the name or unquoted value changes nothing: passed over up to the
                    // next white space, "=" or ">" (a quote here is part of it, as no value is awaited).
                    index += 1
                    while index < count, isPlainTagByte(bytes[index]) { index += 1 }
                    continue
                }
                index += 1
            }
            let tagEnd = min(index, count)
            if cutStart >= 0 { cuts.append(cutStart..<tagEnd) }
            index += 1
            guard let raw = RawText(bytes, from: nameStart, to: nameEnd) else { continue }
            let textStart = min(index, count)
            // The text ends where its end tag's "</" starts, or with the page.
            let textEnd = endTag(of: raw, in: bytes, from: textStart) ?? count
            index = min(textEnd + 2 + raw.name.utf8CodeUnitCount, count)
            if cuttingCode, textEnd > textStart, raw == .style || ScriptText.holdsCode(tag: bytes[nameEnd..<tagEnd]) {
                cuts.append(textStart..<textEnd)
            }
        }
        return cuts
    }

    /// The elements whose text libxml2 reads as raw text, up to their end tag.
    private enum RawText {
        case script, style

        var name: StaticString { self == .script ? "script" : "style" }

        /// The element named by the bytes, in any case.
        init?(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) {
            for raw in [RawText.script, .style] where raw.name.utf8CodeUnitCount == end - start {
                var same = true
                for offset in 0..<(end - start) where bytes[start + offset] | 0x20 != raw.name.utf8Start[offset] {
                    same = false
                    break
                }
                if same {
                    self = raw
                    return
                }
            }
            return nil
        }
    }

    /// The index of the first "</name" (any case) at or after `start` that ends the raw text, or nil.
    private static func endTag(of raw: RawText, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        let name = raw.name
        let length = name.utf8CodeUnitCount
        var index = start
        while index + 2 + length <= bytes.count {
            index = next(lessThan, in: bytes, from: index)
            guard index + 2 + length <= bytes.count else { break }
            if bytes[index + 1] == slash {
                var same = true
                for offset in 0..<length where bytes[index + 2 + offset] | 0x20 != name.utf8Start[offset] {
                    same = false
                    break
                }
                if same { return index }
            }
            index += 1
        }
        return nil
    }

    /// "<!--" at `index`.
    private static func isCommentOpening(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 3 < bytes.count && bytes[index + 1] == 0x21 && bytes[index + 2] == 0x2D && bytes[index + 3] == 0x2D
    }

    /// The index just past the first "-->" at or after `start`, or the end.
    private static func endOfComment(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index + 2 < bytes.count {
            index = next(greaterThan, in: bytes, from: index + 2)
            guard index < bytes.count else { break }
            if bytes[index - 1] == 0x2D, bytes[index - 2] == 0x2D { return index + 1 }
            index -= 1
        }
        return bytes.count
    }

    /// The index of the next `byte` at or after `start`, or the end: found by the C library's `memchr`,
    /// which reads many bytes at a time.
    private static func next(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress else { return bytes.count }
        guard let found = memchr(base + start, Int32(byte), bytes.count - start) else { return bytes.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    private static let lessThan = UInt8(ascii: "<")
    private static let greaterThan = UInt8(ascii: ">")
    private static let equalsSign = UInt8(ascii: "=")
    private static let doubleQuote = UInt8(ascii: "\"")
    private static let singleQuote = UInt8(ascii: "'")
    private static let slash = UInt8(ascii: "/")

    /// Not white space (or a control byte), "=" or ">".
    private static func isPlainTagByte(_ byte: UInt8) -> Bool { byte > 0x20 && byte &- equalsSign > 1 }
    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private static func isNameByte(_ byte: UInt8) -> Bool { isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D }
}
