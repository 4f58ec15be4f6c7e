import Foundation
import MorgueExtraction
import MorgueModel
import MorgueStore

/// How a saved page file becomes a capture with its provenance: the URL the
/// user gave, else the one its saving tool wrote into it (browser "saved
/// from" comment, SingleFile header), else the page's own canonical URL
/// (`<link rel=canonical>`, `og:url`); SingleFile's save date is the time
/// it was fetched.
struct SavedPage {
    let bytes: [UInt8]
    /// The path as the user named it (for messages).
    let path: String
    /// The URL the user gave, if any.
    let givenURL: String?
    let origin: SavedPageOrigin?

    init(bytes: [UInt8], path: String, url: String?) {
        self.bytes = bytes
        self.path = path
        self.givenURL = url
        self.origin = SavedPageOrigin.read(bytes)
    }

    /// The URL known before extraction: given, or written by the saving tool.
    var knownURL: String? { givenURL ?? origin?.url }

    /// What extraction reads: links resolve against the known URL.
    var input: PageInput { PageInput(bytes: bytes, url: knownURL) }

    /// The capture of these bytes, once `article` was extracted from them.
    func capture(for article: Article) -> CaptureInput {
        CaptureInput(
            raw: Data(bytes), source: .file(path: Archiver.absolute(path)),
            requestedURL: knownURL ?? article.canonicalURL, finalURL: nil,
            fetchedAt: origin?.savedDate.flatMap(SavedDate.parse),
            httpStatus: nil, contentType: nil, etag: nil, lastModified: nil)
    }
}
