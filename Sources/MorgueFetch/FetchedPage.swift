import Foundation

/// A page as the server sent it: where it was asked for, where it ended up
/// after redirects, what the server said about it, and its body bytes
/// (with any `Content-Encoding` undone, the charset left as sent).
public struct FetchedPage: Sendable, Equatable {
    /// The URL as given to the fetcher.
    public var requestedURL: String
    /// The URL of the response, after following redirects.
    public var finalURL: String
    /// The HTTP status code (2xx).
    public var status: Int
    /// The `Content-Type` header as sent, e.g. `text/html; charset=utf-8`.
    public var contentType: String?
    /// The `ETag` header, for a later conditional fetch.
    public var etag: String?
    /// The `Last-Modified` header, verbatim.
    public var lastModified: String?
    /// When the response was received.
    public var fetchedAt: Date
    /// The body bytes.
    public var body: [UInt8]

    public init(
        requestedURL: String, finalURL: String, status: Int, contentType: String?,
        etag: String?, lastModified: String?, fetchedAt: Date, body: [UInt8]
    ) {
        self.requestedURL = requestedURL
        self.finalURL = finalURL
        self.status = status
        self.contentType = contentType
        self.etag = etag
        self.lastModified = lastModified
        self.fetchedAt = fetchedAt
        self.body = body
    }
}
