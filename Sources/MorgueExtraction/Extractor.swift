import MorgueDOM
import MorgueModel

/// A page to extract: its bytes, where it came from, and what the server
/// said it was.
public struct PageInput: Sendable {
    public var bytes: [UInt8]
    /// The URL the page was fetched or saved from, if known; links resolve against it.
    public var url: String?
    /// The HTTP `Content-Type` header, if the page was fetched.
    public var contentType: String?

    public init(bytes: [UInt8], url: String? = nil, contentType: String? = nil) {
        self.bytes = bytes
        self.url = url
        self.contentType = contentType
    }
}

/// Why a page could not be extracted at all. A page that parses but holds no
/// story is not an error: it comes back with `isArticle == false`.
public enum ExtractionError: Error, Equatable, Sendable {
    /// The input has no bytes, or only white space.
    case empty
    /// The input looks like a binary file (NUL or control bytes), not HTML.
    case binary
    /// The input is an RSS, Atom or RDF feed: a list of stories, not a page.
    case feed
    /// libxml2 could not build a tree.
    case unparseable
}

/// Turns page bytes into an `Article`. Pure: no disk, no network, no global
/// state; safe to call from many threads at once.
public struct Extractor: Sendable {
    /// Recorded with every archived article so a later extractor can re-file it.
    /// Raised whenever what extraction gives changes: an import re-reads the
    /// pages an older version judged not to be articles.
    public static let version = "0.2.0"

    public init() {}

    public func extract(_ input: PageInput) throws(ExtractionError) -> Article {
        try Pipeline.run(input).article
    }

    /// Extracts and also returns what was dropped as boilerplate, and why.
    public func explain(_ input: PageInput) throws(ExtractionError) -> Explained {
        let result = try Pipeline.run(input, explain: true)
        return Explained(article: result.article, removals: result.removals, contentRoots: result.contentRoots)
    }
}

/// An article with the record of what extraction dropped.
public struct Explained: Sendable {
    public let article: Article
    public let removals: [Removal]
    /// The containers the story was taken from, as CSS-like paths ("body > div#main > article.post").
    public let contentRoots: [String]
}

/// One piece of the page that extraction dropped: a short sample of its
/// text and the rule that dropped it.
public struct Removal: Sendable, Equatable, Encodable {
    public let rule: String
    public let sample: String

    public init(rule: String, sample: String) {
        self.rule = rule
        self.sample = sample
    }
}
