/// What a fetch is for, which decides the responses it accepts. HTML pages
/// stay strict; feeds are often served with a generic or wrong type, so a
/// feed fetch also looks at the body when the type could hide a feed.
public enum DocumentKind: Sendable, Equatable {
    /// A web page: `text/html` or `application/xhtml+xml`, or no type and a
    /// body that starts like HTML.
    case htmlPage
    /// An RSS, Atom or RDF feed: a feed or XML type, or `text/html`,
    /// `text/plain`, `application/octet-stream` or no type with a body
    /// that starts like a feed.
    case feed
}
