import Foundation

/// The header of one WARC record (ISO 28500), with the fields morgue uses.
struct WARCRecordHeader: Equatable, Sendable {
    /// Where the record starts in the (decompressed) file.
    var offset: Int64
    /// `WARC-Type`, lowercased: response, request, metadata, warcinfo, ...
    var type: String
    /// `WARC-Target-URI`, without the angle brackets some writers put around it.
    var targetURI: String?
    /// `WARC-Date`, as written.
    var date: String?
    /// The record's `Content-Type` (for an HTTP response, `application/http; msgtype=response`).
    var contentType: String?
    /// The length of the record's block.
    var contentLength: Int
}

/// A page read from a WARC `response` record: the HTTP body with what the
/// record and the HTTP response said of it.
public struct WARCPage: Sendable {
    /// How the page is named to the user: the WARC file as given, `#`, the record's offset.
    public var source: String
    /// The record's offset in the (decompressed) file.
    public var member: Int64
    public var targetURI: String
    /// `WARC-Date`: when the crawler fetched the page.
    public var date: Date?
    public var status: Int
    /// The HTTP `Content-Type` header (with its charset, if any).
    public var contentType: String?
    public var etag: String?
    public var lastModified: String?
    /// The body, with transfer and content encodings undone.
    public var body: [UInt8]
}

/// What one WARC record holds, for an import.
enum WARCItem: Sendable {
    /// An HTML page.
    case page(WARCPage)
    /// A record that is not a page (request, metadata, warcinfo, a non-HTML
    /// or non-2xx response), and why it was passed over.
    case ignored(member: Int64, source: String, reason: String)
    /// A response record whose page cannot be read.
    case failed(member: Int64, source: String, error: ArchivingError)
}
