#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A guard against start tags with a flood of attributes.
///
/// libxml2's HTML parser compares every attribute of a tag with all the
/// ones before it, and appends each to the end of a list it walks: a tag
/// with 100,000 attributes (a hostile page of two megabytes) takes it half
/// a minute. No real page has more than a few dozen on one element, so the
/// attributes of a start tag past `maxAttributes` are cut before parsing.
/// The scan runs on the bytes (ASCII-compatible charsets), skips the text
/// of `<script>` and `<style>`, and copies nothing unless a tag is cut.
enum AttributeFlood {
    /// Most attributes (valued or not) kept on one start tag.
    static let maxAttributes = 1_000

    /// The bytes with every start tag's attributes past `maxAttributes`
    /// cut (the tag still closes), or nil when no tag has that many.
    static func capped(_ bytes: [UInt8]) -> [UInt8]? {
        guard bytes.count > maxAttributes * 2 else { return nil }
        let cuts = bytes.withUnsafeBufferPointer(floodedTags)
        guard !cuts.isEmpty else { return nil }
        return ByteSplice.applying(cuts.map { ($0, []) }, to: bytes)
    }

    /// The byte ranges to cut: from the space before each start tag's
    /// attribute past the limit to the tag's ">" (or the end).
    private static func floodedTags(_ bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        var cuts: [Range<Int>] = []
        let count = bytes.count
        var index = 0
        while index < count {
            index = next(lessThan, in: bytes, from: index)
            guard index + 1 < count, isLetter(bytes[index + 1]) else {
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
                        if attributes == maxAttributes + 1 { cutStart = lastSpace }
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
            if cutStart >= 0 { cuts.append(cutStart..<min(index, count)) }
            index += 1
            if let raw = rawTextName(bytes, from: nameStart, to: nameEnd) {
                index = endOfRawText(bytes, from: index, name: raw)
            }
        }
        return cuts
    }

    /// "script" or "style" when the tag's name is one of them (in any case).
    private static func rawTextName(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> StaticString? {
        for name: StaticString in ["script", "style"] where name.utf8CodeUnitCount == end - start {
            var same = true
            for offset in 0..<(end - start) where bytes[start + offset] | 0x20 != name.utf8Start[offset] {
                same = false
                break
            }
            if same { return name }
        }
        return nil
    }

    /// The index just past the "</name" that ends a raw-text element's text (or the end).
    private static func endOfRawText(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, name: StaticString) -> Int {
        let count = bytes.count
        let length = name.utf8CodeUnitCount
        var index = start
        while index + 1 + length < count {
            index = next(lessThan, in: bytes, from: index)
            guard index + 1 + length < count else { break }
            if bytes[index + 1] == slash {
                var same = true
                for offset in 0..<length where bytes[index + 2 + offset] | 0x20 != name.utf8Start[offset] {
                    same = false
                    break
                }
                if same { return index + 2 + length }
            }
            index += 1
        }
        return count
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
