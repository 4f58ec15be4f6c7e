import Foundation
import MorgueModel

/// One page as it was obtained, handed to the archive together with the
/// article extracted from it. The bytes are stored exactly as given.
public struct CaptureInput: Equatable, Sendable {
    /// The page exactly as received or read: no decoding, no normalisation.
    public var raw: Data
    public var source: CaptureSource
    /// The URL asked for, when fetched.
    public var requestedURL: String?
    /// The URL the page was finally served from, after redirects.
    public var finalURL: String?
    /// When the page was fetched (or the file last modified). Stored to the millisecond.
    public var fetchedAt: Date?
    /// The HTTP status code, when fetched.
    public var httpStatus: Int?
    /// The `Content-Type` header as received.
    public var contentType: String?
    public var etag: String?
    /// The `Last-Modified` header as received.
    public var lastModified: String?

    public init(
        raw: Data,
        source: CaptureSource,
        requestedURL: String? = nil,
        finalURL: String? = nil,
        fetchedAt: Date? = nil,
        httpStatus: Int? = nil,
        contentType: String? = nil,
        etag: String? = nil,
        lastModified: String? = nil
    ) {
        self.raw = raw
        self.source = source
        self.requestedURL = requestedURL
        self.finalURL = finalURL
        self.fetchedAt = fetchedAt
        self.httpStatus = httpStatus
        self.contentType = contentType
        self.etag = etag
        self.lastModified = lastModified
    }

    /// The SHA-256 of `raw`, hex: the archive's identity of these bytes.
    public var sha256: String { Digest.sha256Hex([UInt8](raw)) }
}
