/// The XML namespaces of the feed formats and their common extensions.
enum FeedNamespace {
    static let atom = "http://www.w3.org/2005/Atom"
    /// Atom 0.3, the pre-standard version some old feeds still serve.
    static let atom03 = "http://purl.org/atom/ns#"
    static let rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let rss10 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
    /// Dublin Core: `dc:creator`, `dc:date`.
    static let dublinCore = "http://purl.org/dc/elements/1.1/"
}
