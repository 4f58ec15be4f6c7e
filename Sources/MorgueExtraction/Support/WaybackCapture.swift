/// Addresses in a page saved from the Wayback Machine, which rewrites every
/// link of a capture to point into the archive:
/// "https://web.archive.org/web/20120314083015/http://example.com/story",
/// with a suffix after the timestamp for what the archive serves ("im_" an
/// image, "js_", "cs_", "if_", "id_"). The page's canonical address and its
/// images' addresses are the original ones after that prefix: they name the
/// story and the photo, where the archive's address names one copy of them.
enum WaybackCapture {
    /// The archive's addresses up to the timestamp, lower-cased.
    private static let prefixes = [
        "https://web.archive.org/web/", "http://web.archive.org/web/", "//web.archive.org/web/",
        "https://wayback.archive.org/web/", "http://wayback.archive.org/web/",
    ]

    /// The original address of an archived one; any other address as it is.
    static func original(_ url: String) -> String {
        // Most addresses are no capture: their first bytes tell.
        guard let first = url.utf8.first, first == UInt8(ascii: "h") || first == UInt8(ascii: "H") || first == UInt8(ascii: "/"),
              url.utf8.count > 30 else { return url }
        let head = ASCIIText.lowercased(String(url.prefix(40)))
        guard let prefix = prefixes.first(where: { head.hasPrefix($0) }) else { return url }
        var rest = url.utf8.dropFirst(prefix.utf8.count)
        // The timestamp: up to 14 digits, then a two-letter suffix and "_", or "*".
        let digits = rest.prefix { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }
        guard (4...14).contains(digits.count) else { return url }
        rest = rest.dropFirst(digits.count)
        if rest.starts(with: "*".utf8) {
            rest = rest.dropFirst()
        } else if rest.count > 3, rest.dropFirst(2).first == UInt8(ascii: "_"),
                  rest.prefix(2).allSatisfy({ $0 >= UInt8(ascii: "a") && $0 <= UInt8(ascii: "z") }) {
            rest = rest.dropFirst(3)
        }
        guard rest.first == UInt8(ascii: "/") else { return url }
        let original = String(decoding: rest.dropFirst(), as: UTF8.self)
        let lower = ASCIIText.lowercased(String(original.prefix(8)))
        // The archive writes "http://" as "http:/" in some captures.
        for scheme in ["https:/", "http:/"] where lower.hasPrefix(scheme) {
            let path = original.dropFirst(scheme.count)
            return path.hasPrefix("/") ? original : scheme + "/" + path
        }
        return url
    }
}
