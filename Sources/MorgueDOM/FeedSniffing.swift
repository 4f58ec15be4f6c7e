/// Tells an RSS, Atom or RDF feed from a page by its first bytes: both are
/// markup, but a feed is a list of stories, not a page to file.
public enum FeedSniffing {
    /// How far into the body the root element is looked for.
    public static let window = 1024

    /// Whether the body's root element is `rss`, `feed` or `RDF` (any
    /// prefix), after a byte-order mark, white space, the XML declaration,
    /// processing instructions, comments and a DOCTYPE: the WHATWG rule for
    /// sniffing a mislabeled feed.
    public static func rootIsFeed(_ body: [UInt8]) -> Bool {
        let end = min(body.count, window)
        var i = body.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while i < end {
            guard body[i] == 0x3C else { // '<'
                if [0x09, 0x0A, 0x0D, 0x20].contains(body[i]) { i += 1; continue }
                return false
            }
            if starts(body, at: i, "<!--") {
                guard let close = find(body, "-->", from: i + 4, end: end) else { return false }
                i = close + 3
            } else if starts(body, at: i, "<?") {
                guard let close = find(body, "?>", from: i + 2, end: end) else { return false }
                i = close + 2
            } else if starts(body, at: i, "<!") {
                guard let close = find(body, ">", from: i + 2, end: end) else { return false }
                i = close + 1
            } else {
                var nameEnd = i + 1
                while nameEnd < end, ![0x09, 0x0A, 0x0D, 0x20, 0x3E, 0x2F].contains(body[nameEnd]) { nameEnd += 1 }
                let name = String(decoding: body[(i + 1)..<nameEnd], as: UTF8.self)
                let local = name.split(separator: ":").last.map(String.init) ?? name
                return local == "rss" || local == "feed" || local == "RDF"
            }
        }
        return false
    }

    private static func starts(_ body: [UInt8], at index: Int, _ literal: String) -> Bool {
        let bytes = Array(literal.utf8)
        return index + bytes.count <= body.count && Array(body[index..<(index + bytes.count)]) == bytes
    }

    private static func find(_ body: [UInt8], _ literal: String, from start: Int, end: Int) -> Int? {
        var index = start
        while index < end {
            if starts(body, at: index, literal) { return index }
            index += 1
        }
        return nil
    }
}
