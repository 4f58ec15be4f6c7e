/// A news feed as morgue reads it: its title and the stories it links to,
/// in feed order. Parse one with `Feed.parse(_:url:)`.
public struct Feed: Equatable, Sendable {
    /// Which of the feed formats the document is.
    public var format: FeedFormat
    /// The feed's own title ("Example Times: World").
    public var title: String?
    /// The items that link to a story, each link once, in feed order.
    public var items: [FeedItem]
    /// How many items gave no usable link (and are not in `items`).
    public var itemsWithoutLink: Int

    public init(format: FeedFormat, title: String?, items: [FeedItem], itemsWithoutLink: Int = 0) {
        self.format = format
        self.title = title
        self.items = items
        self.itemsWithoutLink = itemsWithoutLink
    }
}

/// One story a feed points to, with what the feed says about it. The
/// title, date and authors are hints for extraction, which may find better.
public struct FeedItem: Equatable, Sendable {
    /// The story's URL, absolute (resolved against `xml:base` and the feed URL).
    public var link: String
    /// The item's title as plain text.
    public var title: String?
    /// The publication date in ISO 8601 ("2024-03-05T14:30:00Z",
    /// "2024-03-05T09:30:00-05:00", or "2024-03-05"), when the feed gave a
    /// date morgue could read.
    public var published: String?
    /// Author names, in feed order, without e-mail addresses.
    public var authors: [String]

    public init(link: String, title: String? = nil, published: String? = nil, authors: [String] = []) {
        self.link = link
        self.title = title
        self.published = published
        self.authors = authors
    }
}

/// The feed formats morgue reads.
public enum FeedFormat: String, Equatable, Sendable {
    /// RSS 2.0 (and the 0.9x versions it grew from): `<rss><channel><item>`.
    case rss = "RSS"
    /// Atom 1.0 (and the older Atom 0.3): `<feed><entry>`.
    case atom = "Atom"
    /// RSS 1.0 (and 0.90), an RDF document: `<rdf:RDF><item rdf:about>`.
    case rdf = "RSS 1.0 (RDF)"
}
