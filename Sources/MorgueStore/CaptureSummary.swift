import Foundation

/// What the archive knows about one capture, without its bytes (see
/// `Archive.rawHTML(captureID:)` for those).
public struct CaptureSummary: Equatable, Sendable {
    public var id: Int64
    public var articleID: Int64
    public var source: CaptureSource
    public var requestedURL: String?
    public var finalURL: String?
    public var fetchedAt: Date?
    public var httpStatus: Int?
    public var contentType: String?
    public var etag: String?
    public var lastModified: String?
    /// SHA-256 of the raw bytes, hex.
    public var sha256: String
    /// Length of the raw bytes.
    public var byteCount: Int
    /// The extractor version that made the article from these bytes.
    public var extractorVersion: String
    /// When the capture was written to the archive.
    public var archivedAt: Date

    public init(
        id: Int64, articleID: Int64, source: CaptureSource, requestedURL: String?, finalURL: String?,
        fetchedAt: Date?, httpStatus: Int?, contentType: String?, etag: String?, lastModified: String?,
        sha256: String, byteCount: Int, extractorVersion: String, archivedAt: Date
    ) {
        self.id = id
        self.articleID = articleID
        self.source = source
        self.requestedURL = requestedURL
        self.finalURL = finalURL
        self.fetchedAt = fetchedAt
        self.httpStatus = httpStatus
        self.contentType = contentType
        self.etag = etag
        self.lastModified = lastModified
        self.sha256 = sha256
        self.byteCount = byteCount
        self.extractorVersion = extractorVersion
        self.archivedAt = archivedAt
    }
}
