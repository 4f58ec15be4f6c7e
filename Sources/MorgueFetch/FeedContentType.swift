import MorgueDOM

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
        case .feed: return FeedSniffing.rootIsFeed(body)
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
