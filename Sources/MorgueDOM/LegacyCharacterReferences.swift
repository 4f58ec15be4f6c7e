#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Numeric character references into the C1 control range (`&#146;`,
/// `&#x92;`), which pages written on Windows use for curly quotes, dashes,
/// bullets and the euro sign.
///
/// Browsers read them as the windows-1252 characters of those bytes (the
/// HTML standard's table for references 128–159); libxml2 reads them as
/// invisible control characters, so "wasn&#146;t" would print as "wasnt".
/// The references are rewritten to the characters a browser shows before
/// parsing. The scan runs on the bytes (ASCII-compatible charsets) and
/// copies nothing unless a page has such a reference.
enum LegacyCharacterReferences {
    /// The bytes with every reference to 128–159 rewritten, or nil when there is none.
    static func rewritten(_ bytes: [UInt8]) -> [UInt8]? {
        let found = bytes.withUnsafeBufferPointer(references)
        guard !found.isEmpty else { return nil }
        return ByteSplice.applying(found.map { ($0.0, Array("&#\($0.1);".utf8)) }, to: bytes)
    }

    /// What windows-1252 puts at 0x80–0x9F; nil where it has nothing (the
    /// reference then stays as written).
    static let windows1252: [UInt32?] = [
        0x20AC, nil, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, nil, 0x017D, nil,
        nil, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, nil, 0x017E, 0x0178,
    ]

    /// Each reference to rewrite (from its "&" to its ";" or last digit) with the character it stands for.
    private static func references(_ bytes: UnsafeBufferPointer<UInt8>) -> [(Range<Int>, UInt32)] {
        guard let base = bytes.baseAddress else { return [] }
        var found: [(Range<Int>, UInt32)] = []
        var index = 0
        while index < bytes.count,
              let hit = memchr(base + index, Int32(UInt8(ascii: "&")), bytes.count - index) {
            let start = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            index = start + 1
            guard start + 3 < bytes.count, bytes[start + 1] == UInt8(ascii: "#") else { continue }
            var cursor = start + 2
            let isHex = bytes[cursor] | 0x20 == UInt8(ascii: "x")
            if isHex { cursor += 1 }
            var value: UInt32 = 0
            var digits = 0
            while cursor < bytes.count, digits < 8, let digit = digitValue(bytes[cursor], hex: isHex) {
                value = value * (isHex ? 16 : 10) + digit
                digits += 1
                cursor += 1
            }
            guard digits > 0, (0x80...0x9F).contains(value), let scalar = windows1252[Int(value - 0x80)] else { continue }
            if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ";") { cursor += 1 }
            found.append((start..<cursor, scalar))
            index = cursor
        }
        return found
    }

    private static func digitValue(_ byte: UInt8, hex: Bool) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): return UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: return UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: return UInt32(byte - UInt8(ascii: "A") + 10)
        default: return nil
        }
    }
}
