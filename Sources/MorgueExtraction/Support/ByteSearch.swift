import Foundation

/// Substring search on UTF-8 bytes, for the hot paths where Foundation's
/// Unicode-aware `String.contains` costs too much (it bridges to NSString
/// and compares UTF-16 units). Byte equality is what those paths need:
/// their needles are lower-case ASCII or exact phrases.
public enum ByteSearch {
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { h in needle.withUnsafeBufferPointer { n in find(h, n) } }
    }

    /// Whether a slice of bytes (the head of a file, say) holds `needle`.
    public static func contains(_ haystack: ArraySlice<UInt8>, _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { h in needle.withUnsafeBufferPointer { n in find(h, n) } }
    }

    /// Whether `text` contains `needle`, compared byte for byte.
    static func contains(_ text: String, _ needle: String) -> Bool {
        var text = text
        var needle = needle
        return text.withUTF8 { h in needle.withUTF8 { n in find(h, n) } }
    }

    /// How many ASCII digits `text` holds, counting no further than `limit`.
    static func digitCount(_ text: String, upTo limit: Int) -> Int {
        var text = text
        return text.withUTF8 { digitCount($0, upTo: limit) }
    }

    static func digitCount(_ bytes: UnsafeBufferPointer<UInt8>, upTo limit: Int) -> Int {
        var count = 0
        for byte in bytes where isDigit(byte) {
            count += 1
            if count >= limit { break }
        }
        return count
    }

    /// Whether `bytes` holds a NUL byte (C's `memchr`, which reads a word at a time).
    static func containsNUL(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return false }
            return memchr(base, 0, buffer.count) != nil
        }
    }

    /// Whether two ASCII digits stand either side of `joint` somewhere in `bytes`.
    static func hasDigits(_ bytes: UnsafeBufferPointer<UInt8>, joinedBy joint: UInt8) -> Bool {
        guard bytes.count >= 3 else { return false }
        for i in 1..<(bytes.count - 1) where bytes[i] == joint {
            if isDigit(bytes[i - 1]) && isDigit(bytes[i + 1]) { return true }
        }
        return false
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    static func hasPrefix(_ bytes: [UInt8], _ prefix: [UInt8], at index: Int) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        for k in 0..<prefix.count where bytes[index + k] != prefix[k] { return false }
        return true
    }

    /// Where the first occurrence of `needle` in `bytes` starts, if any.
    static func firstIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        for index in 0...(bytes.count - needle.count) where hasPrefix(bytes, needle, at: index) { return index }
        return nil
    }

    /// Where the last occurrence of `needle` in `bytes` starts, if any.
    static func lastIndex(of needle: [UInt8], in bytes: [UInt8]) -> Int? {
        var index = bytes.count - needle.count
        while index >= 0 {
            if hasPrefix(bytes, needle, at: index) { return index }
            index -= 1
        }
        return nil
    }

    /// Needles at least this long are looked for in linear time (`findLong`).
    static let longNeedle = 16

    private static func find(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
        if n.isEmpty { return true }
        if h.count < n.count { return false }
        if n.count >= longNeedle { return findLong(h, n) }
        let first = n[0]
        var i = 0
        let last = h.count - n.count
        outer: while i <= last {
            if h[i] == first {
                var k = 1
                while k < n.count {
                    if h[i + k] != n[k] { i += 1; continue outer }
                    k += 1
                }
                return true
            }
            i += 1
        }
        return false
    }

    /// Knuth–Morris–Pratt: never compares a haystack byte twice, so a long
    /// needle costs no more than a short one (a hostile page's two-megabyte
    /// title of one repeated letter, searched for its first 400 letters and
    /// "…", took the byte-by-byte search half a second).
    private static func findLong(_ h: UnsafeBufferPointer<UInt8>, _ n: UnsafeBufferPointer<UInt8>) -> Bool {
        // For each prefix of the needle, the length of its longest proper prefix that is also its suffix.
        var border = [Int](repeating: 0, count: n.count)
        var length = 0
        for i in 1..<n.count {
            while length > 0, n[i] != n[length] { length = border[length - 1] }
            if n[i] == n[length] { length += 1 }
            border[i] = length
        }
        var matched = 0
        for byte in h {
            while matched > 0, byte != n[matched] { matched = border[matched - 1] }
            if byte == n[matched] { matched += 1 }
            if matched == n.count { return true }
        }
        return false
    }
}
