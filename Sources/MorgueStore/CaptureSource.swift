/// Where the bytes of a capture came from.
public enum CaptureSource: Equatable, Hashable, Sendable, CustomStringConvertible {
    /// Fetched over HTTP(S) from this URL (as requested, before redirects).
    case url(String)
    /// Read from a saved page at this file path.
    case file(path: String)

    /// The URL or the path, as stored.
    public var location: String {
        switch self {
        case .url(let url): return url
        case .file(let path): return path
        }
    }

    /// The name stored in the `source_kind` column.
    var kind: String {
        switch self {
        case .url: return "url"
        case .file: return "file"
        }
    }

    init?(kind: String, location: String) {
        switch kind {
        case "url": self = .url(location)
        case "file": self = .file(path: location)
        default: return nil
        }
    }

    public var description: String { location }
}
