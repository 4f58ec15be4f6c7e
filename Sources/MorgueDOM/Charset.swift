/// The character encoding of a page, decided the way browsers decide it
/// (WHATWG Encoding Standard, "determine the character encoding"):
/// byte-order mark, then the HTTP `Content-Type` charset, then a `<meta>`
/// prescan of the first 1024 bytes, then UTF-8 if the bytes are valid UTF-8,
/// else windows-1252.
public struct Charset: Equatable, Sendable {
    /// The name libxml2 (iconv) knows the encoding by.
    public let libxmlName: String
    /// Where the decision came from.
    public let source: Source

    /// Whether ASCII characters are single ASCII bytes in this encoding (all but UTF-16).
    public var isASCIICompatible: Bool { !libxmlName.hasPrefix("UTF-16") }

    public enum Source: String, Sendable {
        case byteOrderMark = "bom"
        case httpHeader = "http-header"
        case metaTag = "meta"
        case utf8Validity = "utf-8-validity"
        case fallback
    }

    public init(libxmlName: String, source: Source) {
        self.libxmlName = libxmlName
        self.source = source
    }

    public static let utf8 = Charset(libxmlName: "UTF-8", source: .fallback)

    public static func decide(bytes: [UInt8], contentType: String? = nil) -> Charset {
        if let bom = byteOrderMark(bytes) { return Charset(libxmlName: bom, source: .byteOrderMark) }
        if let header = contentType.flatMap(charsetParameter), let name = CharsetLabels.encoding(forLabel: header) {
            return Charset(libxmlName: name, source: .httpHeader)
        }
        if let label = MetaPrescan.charsetLabel(in: bytes), let name = CharsetLabels.encoding(forLabel: label) {
            // A page that declares a UTF-16 charset in ASCII-compatible bytes is really UTF-8 (WHATWG).
            let fixed = name.hasPrefix("UTF-16") ? "UTF-8" : name
            return Charset(libxmlName: fixed, source: .metaTag)
        }
        if UTF8Validation.isValid(bytes) { return Charset(libxmlName: "UTF-8", source: .utf8Validity) }
        return Charset(libxmlName: "WINDOWS-1252", source: .fallback)
    }

    static func byteOrderMark(_ bytes: [UInt8]) -> String? {
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { return "UTF-8" }
        if bytes.count >= 2, bytes[0] == 0xFE, bytes[1] == 0xFF { return "UTF-16BE" }
        if bytes.count >= 2, bytes[0] == 0xFF, bytes[1] == 0xFE { return "UTF-16LE" }
        return nil
    }

    /// The `charset=` parameter of a Content-Type value ("text/html; charset=UTF-8").
    public static func charsetParameter(_ contentType: String) -> String? {
        for part in contentType.split(separator: ";").dropFirst() {
            let pieces = part.split(separator: "=", maxSplits: 1)
            guard pieces.count == 2 else { continue }
            if pieces[0].trimmingASCIIWhitespace().lowercased() == "charset" {
                var value = pieces[1].trimmingASCIIWhitespace()
                value = value.trimmingCharacters(in: "\"'")
                return value.isEmpty ? nil : value
            }
        }
        return nil
    }
}

extension Substring {
    func trimmingASCIIWhitespace() -> String {
        String(self).trimmingCharacters(in: " \t\r\n\u{0C}")
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        var sub = Substring(self)
        while let f = sub.first, set.contains(f) { sub.removeFirst() }
        while let l = sub.last, set.contains(l) { sub.removeLast() }
        return String(sub)
    }
}

/// Checks UTF-8 well-formedness without building a String.
enum UTF8Validation {
    static func isValid(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer(isValid)
    }

    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return true }
        let raw = UnsafeRawPointer(base)
        var i = 0
        let n = bytes.count
        while i < n {
            // Runs of ASCII, most of a page's bytes, are passed over eight bytes at a time.
            while i + 8 <= n, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
            }
            guard i < n else { break }
            let b = base[i]
            if b < 0x80 { i += 1; continue }
            let length: Int
            if b >= 0xC2 && b <= 0xDF { length = 2 }
            else if b >= 0xE0 && b <= 0xEF { length = 3 }
            else if b >= 0xF0 && b <= 0xF4 { length = 4 }
            else { return false }
            // A sequence cut by the end of a truncated page still counts as UTF-8.
            if i + length > n { return true }
            for k in 1..<length where base[i + k] & 0xC0 != 0x80 { return false }
            if length == 3 {
                if b == 0xE0 && base[i + 1] < 0xA0 { return false }
                if b == 0xED && base[i + 1] > 0x9F { return false }
            } else if length == 4 {
                if b == 0xF0 && base[i + 1] < 0x90 { return false }
                if b == 0xF4 && base[i + 1] > 0x8F { return false }
            }
            i += length
        }
        return true
    }
}
