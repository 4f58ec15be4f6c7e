/// Whether a response is an HTML page, for callers outside the fetcher (a
/// WARC reader deciding which stored responses are pages): the same rules
/// the fetcher applies to live responses.
public enum HTMLMedia {
    /// The media type of a `Content-Type` value, lowercased, without parameters.
    public static func type(_ contentType: String) -> String {
        HTMLContentType.mediaType(contentType)
    }

    /// True for `text/html` and `application/xhtml+xml`, whatever the parameters.
    public static func isHTML(_ contentType: String) -> Bool {
        HTMLContentType.classify(contentType) == .html
    }

    /// True when a body without a `Content-Type` starts like an HTML document.
    public static func sniffsAsHTML(_ body: [UInt8]) -> Bool {
        HTMLContentType.sniffsAsHTML(body)
    }
}
