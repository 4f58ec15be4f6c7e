/// Decides whether a response is a feed, from its `Content-Type` header
/// and, when the header is missing or generic, from its first bytes.
enum FeedContentType {
    /// Types a feed is served with.
    static let feedTypes: Set<String> = [
        "application/rss+xml", "application/atom+xml", "application/rdf+xml", "application/xml", "text/xml",
        "application/x-rss+xml", "application/x-atom+xml", "application/x-rdf+xml", "text/rss+xml", "text/atom+xml",
    ]
    /// Types servers wrongly give feeds: the body decides.
    static let genericTypes: Set<String> = ["text/html", "text/plain", "application/octet-stream", "application/x-unknown"]

    static func classify(_ contentType: String?) -> ContentVerdict {
        guard let contentType else { return .sniff }
        let media = HTMLContentType.mediaType(contentType)
        if media.isEmpty || genericTypes.contains(media) { return .sniff }
        if feedTypes.contains(media) || media.hasSuffix("+xml") { return .accept }
        return .refuse
    }

    /// How far into the body the root element is looked for.
    static let sniffWindow = 1024

    /// Whether the body's root element is `rss`, `feed` or `RDF` (any
    /// prefix), after a byte-order mark, white space, the XML declaration,
    /// processing instructions, comments and a DOCTYPE: the WHATWG rule for
    /// sniffing a mislabeled feed.
    static func sniffsAsFeed(_ body: [UInt8]) -> Bool {
        let end = min(body.count, sniffWindow)
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

/// What a response's `Content-Type` says about accepting it.
enum ContentVerdict: Equatable {
    /// The type is one the fetch wants.
    case accept
    /// The type is one the fetch never wants; stop at the headers.
    case refuse
    /// The type is missing or generic: read the body and look.
    case sniff
}

extension DocumentKind {
    /// The `Accept` header for this kind of fetch.
    var acceptHeader: String {
        switch self {
        case .htmlPage:
            return "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"
        case .feed:
            return "application/rss+xml,application/atom+xml,application/rdf+xml;q=0.9,application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.1"
        }
    }

    /// What the `Content-Type` header says for this kind of fetch.
    func verdict(_ contentType: String?) -> ContentVerdict {
        switch self {
        case .htmlPage:
            switch HTMLContentType.classify(contentType) {
            case .html: return .accept
            case .other: return .refuse
            case .unknown: return .sniff
            }
        case .feed:
            return FeedContentType.classify(contentType)
        }
    }

    /// Whether a body whose type did not decide looks like this kind of document.
    func bodyMatches(_ body: [UInt8]) -> Bool {
        switch self {
        case .htmlPage: return HTMLContentType.sniffsAsHTML(body)
        case .feed: return FeedContentType.sniffsAsFeed(body)
        }
    }

    /// The error for a response of the wrong kind.
    func refusal(url: String, contentType: String?, sniffed: Bool) -> FetchError {
        let shown: String
        switch (contentType.map(HTMLContentType.mediaType), sniffed) {
        case (nil, true), ("", true):
            shown = self == .htmlPage
                ? "no content type, and the body does not look like HTML"
                : "no content type, and the body does not look like RSS or Atom"
        case (_, true):
            shown = "\(contentType ?? ""), and the body does not look like RSS or Atom"
        default:
            shown = contentType ?? ""
        }
        switch self {
        case .htmlPage: return .notHTML(url: url, contentType: shown)
        case .feed: return .notAFeed(url: url, contentType: shown)
        }
    }
}
