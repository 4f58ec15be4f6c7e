/// Decides whether a response is an HTML page, from its `Content-Type`
/// header or, when there is none, from its first bytes.
enum HTMLContentType {
    /// The media types accepted as HTML.
    static let htmlTypes: Set<String> = ["text/html", "application/xhtml+xml"]

    /// The media type of a `Content-Type` value, lowercased, without parameters.
    static func mediaType(_ contentType: String) -> String {
        let essence = contentType.split(separator: ";", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return essence.trimmingWhitespace().lowercased()
    }

    /// What the header says: `.html`, `.other`, or `.unknown` when there is
    /// no header or it is empty, and the body has to decide.
    static func classify(_ contentType: String?) -> Verdict {
        guard let contentType else { return .unknown }
        let media = mediaType(contentType)
        if media.isEmpty { return .unknown }
        return htmlTypes.contains(media) ? .html : .other
    }

    enum Verdict: Equatable {
        case html, other, unknown
    }

    /// The tags that identify HTML at the start of a document, per the
    /// WHATWG MIME sniffing rules (matched case-insensitively, after leading
    /// white space, followed by a space or `>`).
    private static let signatures: [[UInt8]] = [
        "<!doctype html", "<html", "<head", "<script", "<iframe", "<h1", "<div",
        "<font", "<table", "<a", "<style", "<title", "<b", "<body", "<br", "<p", "<!--",
    ].map { Array($0.utf8) }

    /// Whether the body starts like an HTML document.
    static func sniffsAsHTML(_ body: [UInt8]) -> Bool {
        var start = 0
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }
        while start < body.count, [0x09, 0x0A, 0x0C, 0x0D, 0x20].contains(body[start]) { start += 1 }
        for signature in signatures {
            let end = start + signature.count
            guard end < body.count else { continue }
            var matches = true
            for (offset, expected) in signature.enumerated() {
                var byte = body[start + offset]
                if byte >= 0x41, byte <= 0x5A { byte += 0x20 }
                if byte != expected { matches = false; break }
            }
            if matches, body[end] == 0x20 || body[end] == 0x3E { return true }
        }
        return false
    }
}

extension StringProtocol {
    func trimmingWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(self[first...last])
    }
}
