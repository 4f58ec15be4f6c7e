import MorgueDOM

/// Why a document could not be read as a feed. Each case names the feed's
/// URL; `description` is the one line a user sees.
public enum FeedError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The bytes are not XML libxml2 can make a document of.
    case malformed(url: String, problem: XMLProblem)
    /// The document is XML but not RSS, Atom or RDF/RSS: its root element
    /// (with namespace, if any) is given.
    case notAFeed(url: String, root: String)

    /// The feed's URL.
    public var url: String {
        switch self {
        case .malformed(let url, _), .notAFeed(let url, _): return url
        }
    }

    public var description: String {
        switch self {
        case .malformed(let url, let problem):
            return "\(url): not a readable feed (\(problem))"
        case .notAFeed(let url, let root):
            return "\(url): not an RSS or Atom feed (the document is <\(root)>)"
        }
    }
}
