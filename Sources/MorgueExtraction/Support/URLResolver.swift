import Foundation

/// Makes links absolute against the page's base: `<base href>`, else the
/// page URL, else its canonical URL. Only http(s) results are kept; a
/// `javascript:` or `data:` link resolves to nil.
///
/// Most links on a page are plain: an absolute http(s) URL, a path from
/// the site's root ("/news/story") or a link within the page ("#notes"), in
/// URL-safe ASCII. Those are resolved
/// by hand, as Foundation would resolve them; anything else (dot segments,
/// relative paths, characters to escape) goes through Foundation's `URL`.
struct URLResolver: Sendable {
    let base: URL?
    /// "https://host:port" of an http(s) base, for links from the site's root.
    private let origin: String?
    /// The plain base without its fragment, for links within the page ("#notes").
    private let document: String?

    init(base: String?) {
        self.base = base.flatMap { URL(string: $0.trimmingCharacters(in: .whitespacesAndNewlines)) }
        origin = self.base.flatMap(Self.origin)
        document = self.base.flatMap(Self.documentWithoutFragment)
    }

    /// The lower-cased host of an absolute http(s) address, without "www."; nil for other addresses.
    static func host(of url: String) -> String? {
        // Read from the bytes: "scheme://[user@]host[:port][/?#…]".
        let bytes = Array(url.utf8.prefix(300))
        let scheme = bytes.prefix(8).map(ASCIIText.lower)
        let start: Int
        if scheme.starts(with: Array("https://".utf8)) { start = 8 }
        else if scheme.starts(with: Array("http://".utf8)) { start = 7 }
        else { return nil }
        var authority = bytes[start...].prefix { !"/?#".utf8.contains($0) }
        if let at = authority.lastIndex(of: UInt8(ascii: "@")) { authority = authority[(at + 1)...] }
        let hostBytes = authority.prefix { $0 != UInt8(ascii: ":") }.map(ASCIIText.lower)
        guard !hostBytes.isEmpty else { return nil }
        let host = String(decoding: hostBytes, as: UTF8.self)
        return host.hasPrefix("www.") ? String(host.dropFirst(4)) : host
    }

    /// The page's own host, as `host(of:)` gives it.
    var host: String? { base.flatMap { Self.host(of: $0.absoluteString) } }

    func resolve(_ reference: String?) -> String? {
        guard let reference = reference.map(Self.trimmed), !reference.isEmpty else { return nil }
        return resolvePlain(reference) ?? resolveWithFoundation(reference)
    }

    /// The reference without white space at either end; most have none,
    /// which their first and last bytes tell without Foundation.
    static func trimmed(_ reference: String) -> String {
        guard let first = reference.utf8.first, let last = reference.utf8.last else { return reference }
        func mayBeSpace(_ byte: UInt8) -> Bool { byte >= 0x80 || ASCIIText.isSpace(byte) }
        guard mayBeSpace(first) || mayBeSpace(last) else { return reference }
        return reference.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// `resolve` through Foundation's `URL`, for a trimmed, non-empty reference.
    func resolveWithFoundation(_ reference: String) -> String? {
        var reference = reference
        if reference.hasPrefix("//") { reference = (base?.scheme ?? "https") + ":" + reference }
        let resolved: URL?
        if let absolute = URL(string: reference), absolute.scheme != nil {
            resolved = absolute
        } else if let encoded = reference.addingPercentEncoding(withAllowedCharacters: .urlFragmentAllowed.union(.urlPathAllowed)),
                  let relative = URL(string: URL(string: reference) == nil ? encoded : reference, relativeTo: base) {
            resolved = relative.absoluteURL
        } else {
            resolved = nil
        }
        guard let url = resolved, let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https" else {
            // Fragment-only or relative links on a page without a base stay as written.
            if base == nil, !reference.contains(":") { return reference }
            return nil
        }
        return url.absoluteString
    }

    // MARK: Plain links

    /// The resolution of an absolute http(s) URL, a root path or a link
    /// within the page, made of URL-safe ASCII without dot segments; nil for
    /// any other reference.
    func resolvePlain(_ reference: String) -> String? {
        var bytesOf = reference
        return bytesOf.withUTF8 { bytes -> String? in
            if bytes.count >= 2, bytes[0] == slash, bytes[1] != slash {
                guard let origin, Self.isPlainPath(bytes, from: 0) else { return nil }
                return origin + reference
            }
            if bytes.first == UInt8(ascii: "#") {
                guard let document, Self.isPlainPath(bytes, from: 0) else { return nil }
                return document + reference
            }
            guard let authority = Self.plainAuthority(bytes),
                  authority.upperBound == bytes.count || Self.isPlainPath(bytes, from: authority.upperBound)
            else { return nil }
            return reference
        }
    }

    private let slash = UInt8(ascii: "/")

    /// "scheme://authority" of an http(s) base with a plain authority.
    private static func origin(_ base: URL) -> String? {
        var text = base.absoluteString
        return text.withUTF8 { bytes -> String? in
            plainAuthority(bytes).map { String(decoding: bytes[0..<$0.upperBound], as: UTF8.self) }
        }
    }

    /// The base up to its fragment, when all of it is plain.
    private static func documentWithoutFragment(_ base: URL) -> String? {
        var text = base.absoluteString
        return text.withUTF8 { bytes -> String? in
            guard let authority = plainAuthority(bytes) else { return nil }
            let start = authority.upperBound
            var end = start
            while end < bytes.count, bytes[end] != UInt8(ascii: "#") { end += 1 }
            guard start == end || isPlainPath(bytes, from: start) else { return nil }
            return String(decoding: bytes[0..<end], as: UTF8.self)
        }
    }

    /// Where the authority of an http(s) URL lies ("host:port", up to the
    /// path, query or fragment), when it is plain; nil for any other text.
    private static func plainAuthority(_ bytes: UnsafeBufferPointer<UInt8>) -> Range<Int>? {
        let start: Int
        if hasPrefix(bytes, "http://") { start = 7 } else if hasPrefix(bytes, "https://") { start = 8 } else { return nil }
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "/"), bytes[end] != UInt8(ascii: "?"), bytes[end] != UInt8(ascii: "#") {
            end += 1
        }
        return isPlainAuthority(bytes, start..<end) ? start..<end : nil
    }

    private static func hasPrefix(_ bytes: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        guard bytes.count >= prefix.utf8CodeUnitCount else { return false }
        return prefix.withUTF8Buffer { p in (0..<p.count).allSatisfy { bytes[$0] == p[$0] } }
    }

    /// A host of lower-case letters, digits, dots and hyphens, with an optional port.
    private static func isPlainAuthority(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        guard !range.isEmpty else { return false }
        var inPort = false
        var portDigits = 0
        for i in range {
            let byte = bytes[i]
            if inPort {
                guard byte >= 0x30 && byte <= 0x39 else { return false }
                portDigits += 1
            } else if byte == UInt8(ascii: ":") {
                inPort = true
            } else if !((byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2E || byte == 0x2D) {
                return false
            }
        }
        // A host must not start or end with a dot; "host:" with no port is left to Foundation.
        return bytes[range.lowerBound] != 0x2E && (!inPort || (portDigits > 0 && portDigits <= 5))
    }

    /// Path, query and fragment of URL-safe ASCII from `start` (a "/", "?"
    /// or "#"): unreserved and sub-delimiter characters, ":", "@", "/", "?",
    /// one "#", and "%" with two hex digits; no "." or ".." path segment.
    private static func isPlainPath(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Bool {
        var i = start
        var inPath = true
        var sawFragment = false
        while i < bytes.count {
            let byte = bytes[i]
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "!"), UInt8(ascii: "$"),
                 UInt8(ascii: "&"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"),
                 UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: "="), UInt8(ascii: ":"),
                 UInt8(ascii: "@"), UInt8(ascii: "/"):
                break
            case UInt8(ascii: "."):
                // A "." or ".." segment of the path is removed in resolution: left to Foundation.
                if inPath, i > 0, bytes[i - 1] == UInt8(ascii: "/") {
                    var k = i + 1
                    if k < bytes.count, bytes[k] == UInt8(ascii: ".") { k += 1 }
                    if k == bytes.count || bytes[k] == UInt8(ascii: "/") || bytes[k] == UInt8(ascii: "?") || bytes[k] == UInt8(ascii: "#") {
                        return false
                    }
                }
            case UInt8(ascii: "?"):
                inPath = false
            case UInt8(ascii: "#"):
                if sawFragment { return false }
                sawFragment = true
                inPath = false
            case UInt8(ascii: "%"):
                guard i + 2 < bytes.count, isHex(bytes[i + 1]), isHex(bytes[i + 2]) else { return false }
                i += 2
            default:
                return false
            }
            i += 1
        }
        return true
    }

    private static func isHex(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x46) || (byte >= 0x61 && byte <= 0x66)
    }
}
