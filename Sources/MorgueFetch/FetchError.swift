/// Why a page could not be fetched. Every case carries the URL the user asked
/// for, and `description` is the one line to show them.
public enum FetchError: Error, Equatable, Sendable {
    /// The text is not a URL with a host.
    case invalidURL(String)
    /// The URL's scheme is not http or https (file:, ftp:, javascript:, ...).
    /// Refused before any I/O.
    case unsupportedScheme(url: String, scheme: String)
    /// The host could not be reached: unknown name, connection refused,
    /// connection dropped, TLS failure.
    case unreachable(url: String, reason: String)
    /// The server went silent for longer than the timeout, or the whole
    /// transfer took longer than the total timeout.
    case timedOut(url: String)
    /// The body is larger than the limit (declared or as received).
    case tooLarge(url: String, limit: Int)
    /// The redirect chain was refused; see `RedirectProblem`.
    case redirects(url: String, RedirectProblem)
    /// The server answered with something other than an HTML page.
    case notHTML(url: String, contentType: String)
    /// A feed was asked for and the server answered with something else.
    case notAFeed(url: String, contentType: String)
    /// The server answered with an HTTP error status (4xx, 5xx, or a 3xx
    /// without a usable `Location`).
    case httpStatus(url: String, code: Int)
    /// The server's response could not be understood.
    case badResponse(url: String, reason: String)
    /// The fetch was cancelled by its caller.
    case cancelled(url: String)

    /// The URL the user asked for.
    public var url: String {
        switch self {
        case .invalidURL(let url), .unsupportedScheme(let url, _), .unreachable(let url, _),
             .timedOut(let url), .tooLarge(let url, _), .redirects(let url, _),
             .notHTML(let url, _), .notAFeed(let url, _), .httpStatus(let url, _), .badResponse(let url, _),
             .cancelled(let url):
            return url
        }
    }
}

/// What was wrong with a chain of redirects.
public enum RedirectProblem: Equatable, Sendable {
    /// More redirects than the limit allows.
    case tooMany(limit: Int)
    /// The chain came back to a URL it had already visited.
    case loop(String)
    /// A redirect pointed to a scheme other than http or https.
    case unsupportedScheme(String)
}

extension FetchError: CustomStringConvertible {
    /// One line suitable to show a user; text from the server is made safe
    /// for a terminal.
    public var description: String {
        let shown = TerminalText.sanitized(url)
        switch self {
        case .invalidURL:
            return "\(shown): not a valid http or https URL"
        case .unsupportedScheme(_, let scheme):
            return "\(shown): only http and https URLs can be fetched, not \(TerminalText.sanitized(scheme)):"
        case .unreachable(_, let reason):
            return "\(shown): cannot reach the server (\(TerminalText.sanitized(reason)))"
        case .timedOut:
            return "\(shown): the server took too long to answer"
        case .tooLarge(_, let limit):
            return "\(shown): the page is larger than the \(ByteCount.describe(limit)) limit"
        case .redirects(_, let problem):
            switch problem {
            case .tooMany(let limit):
                return "\(shown): more than \(limit) redirects"
            case .loop(let target):
                return "\(shown): redirect loop back to \(TerminalText.sanitized(target))"
            case .unsupportedScheme(let target):
                return "\(shown): redirected to a URL that is not http or https: \(TerminalText.sanitized(target))"
            }
        case .notHTML(_, let contentType):
            return "\(shown): not an HTML page (\(TerminalText.sanitized(contentType)))"
        case .notAFeed(_, let contentType):
            return "\(shown): not an RSS or Atom feed (\(TerminalText.sanitized(contentType)))"
        case .httpStatus(_, let code):
            return "\(shown): the server answered HTTP \(code)"
        case .badResponse(_, let reason):
            return "\(shown): the server's answer could not be read (\(TerminalText.sanitized(reason)))"
        case .cancelled:
            return "\(shown): fetch cancelled"
        }
    }
}

/// Byte counts the way a user reads them.
enum ByteCount {
    static func describe(_ bytes: Int) -> String {
        if bytes >= 1024 * 1024, bytes % (1024 * 1024) == 0 { return "\(bytes / (1024 * 1024)) MB" }
        if bytes >= 1024, bytes % 1024 == 0 { return "\(bytes / 1024) KB" }
        return "\(bytes)-byte"
    }
}
