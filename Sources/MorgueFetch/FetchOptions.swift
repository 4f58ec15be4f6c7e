/// Limits and manners for fetching pages: how long to wait, how far to
/// follow redirects, how much to download, how to retry, and who to say we are.
public struct FetchOptions: Sendable, Equatable {
    /// The version named in the default user agent.
    public static let defaultVersion = "0.1.0"

    /// The user agent morgue sends, naming its version.
    public static func userAgent(version: String) -> String {
        "morgue/\(version) (+news archiver)"
    }

    /// How long the connection may stay silent (connecting, or between two
    /// pieces of the response) before the fetch fails with `.timedOut`.
    public var timeout: Duration
    /// The most one attempt may take from start to last byte, however
    /// steadily the server trickles data.
    public var totalTimeout: Duration
    /// The most redirects followed for one page.
    public var maxRedirects: Int
    /// The most body bytes accepted (after any `Content-Encoding` is undone).
    public var maxBodyBytes: Int
    /// The `User-Agent` header sent with every request.
    public var userAgent: String
    /// How many times a fetch is tried again after a 429, a 503 or a
    /// connection reset. 0 means one attempt only.
    public var retries: Int
    /// The wait before the first retry when the server gives no
    /// `Retry-After`; it doubles with each further retry.
    public var retryBackoff: Duration
    /// The longest wait before a retry, whatever `Retry-After` asks for.
    public var maxRetryWait: Duration
    /// What the fetch is for: HTML pages (the default) or feeds.
    public var accepts: DocumentKind

    public init(
        timeout: Duration = .seconds(30),
        totalTimeout: Duration = .seconds(120),
        maxRedirects: Int = 10,
        maxBodyBytes: Int = 20 * 1024 * 1024,
        userAgent: String = FetchOptions.userAgent(version: FetchOptions.defaultVersion),
        retries: Int = 2,
        retryBackoff: Duration = .milliseconds(500),
        maxRetryWait: Duration = .seconds(30),
        accepts: DocumentKind = .htmlPage
    ) {
        self.timeout = timeout
        self.totalTimeout = totalTimeout
        self.maxRedirects = maxRedirects
        self.maxBodyBytes = maxBodyBytes
        self.userAgent = userAgent
        self.retries = retries
        self.retryBackoff = retryBackoff
        self.maxRetryWait = maxRetryWait
        self.accepts = accepts
    }
}
