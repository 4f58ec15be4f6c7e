import MorgueFeeds
import MorgueModel

/// What is known about a page before it is fetched (a feed item's title,
/// date and authors). Hints only fill an article's fields that extraction
/// left empty; they never override what the page itself says, and they do
/// not change the story's identity (`contentHash`).
public struct ArticleHints: Equatable, Sendable {
    public var title: String?
    /// ISO 8601, as `Article.published`.
    public var published: String?
    public var authors: [String]

    public init(title: String? = nil, published: String? = nil, authors: [String] = []) {
        self.title = title
        self.published = published
        self.authors = authors
    }

    /// The hints a feed gives about one of its items.
    public init(_ item: FeedItem) {
        self.init(title: item.title, published: item.published, authors: item.authors)
    }

    /// Fills the article's empty title, publication date and authors.
    public func apply(to article: inout Article) {
        if article.title == nil, let title { article.title = title }
        if article.published == nil, let published { article.published = published }
        if article.authors.isEmpty, !authors.isEmpty { article.authors = authors }
    }
}
