import MorgueExtraction
import MorgueFeeds
import MorgueFetch
import MorgueStore

/// Why one page could not be archived. Each case names the file or URL it
/// concerns; `description` is the one line a user sees.
public enum ArchivingError: Error, Equatable, Sendable, CustomStringConvertible {
    case missingFile(path: String)
    case isDirectory(path: String)
    case unreadable(path: String, reason: String)
    case emptyFile(source: String)
    case binaryFile(source: String)
    /// An RSS, Atom or RDF feed given where a page was expected.
    case feedFile(source: String)
    case notHTML(source: String)
    case compressed(path: String, reason: String)
    case noHTMLFiles(folder: String)
    /// A WARC file (or one record of it) that cannot be read as WARC.
    case badWARC(source: String, reason: String)
    case fetch(FetchError)
    case feed(FeedError)
    case store(StoreError)

    public var description: String {
        switch self {
        case .missingFile(let path): return "\(path): no such file or folder"
        case .isDirectory(let path): return "\(path): is a folder (use `morgue import` for folders)"
        case .unreadable(let path, let reason): return "\(path): cannot be read (\(reason))"
        case .emptyFile(let source): return "\(source): empty page"
        case .binaryFile(let source): return "\(source): binary file, not an HTML page"
        case .feedFile(let source):
            return "\(source): an RSS or Atom feed, not an HTML page (`morgue feed URL` archives a feed's stories)"
        case .notHTML(let source): return "\(source): not parseable as HTML"
        case .compressed(let path, let reason): return "\(path): bad gzip file (\(reason))"
        case .noHTMLFiles(let folder):
            let names = PageFile.extensions.map { "." + $0 }.joined(separator: " ")
            return "\(folder): no saved pages in this folder (\(names), or .gz of them)"
        case .badWARC(let source, let reason): return "\(source): bad WARC record (\(reason))"
        case .fetch(let error): return error.description
        case .feed(let error): return error.description
        case .store(let error): return error.description
        }
    }

    /// A short reason, without the file or URL, for grouping failures in a summary.
    public var reason: String {
        switch self {
        case .missingFile: return "no such file"
        case .isDirectory: return "is a folder"
        case .unreadable: return "unreadable"
        case .emptyFile: return "empty page"
        case .binaryFile: return "binary file"
        case .feedFile: return "a feed, not a page"
        case .notHTML: return "not HTML"
        case .compressed: return "bad gzip file"
        case .noHTMLFiles: return "no HTML files"
        case .badWARC: return "bad WARC record"
        case .fetch(let error): return FetchReason.short(error)
        case .feed(.malformed): return "unreadable feed"
        case .feed(.notAFeed): return "not a feed"
        case .store: return "archive error"
        }
    }

    public static func extraction(_ error: ExtractionError, source: String) -> ArchivingError {
        switch error {
        case .empty: return .emptyFile(source: source)
        case .binary: return .binaryFile(source: source)
        case .feed: return .feedFile(source: source)
        case .unparseable: return .notHTML(source: source)
        }
    }
}

/// Short reasons for fetch failures, for summaries.
enum FetchReason {
    static func short(_ error: FetchError) -> String {
        switch error {
        case .invalidURL: return "invalid URL"
        case .unsupportedScheme: return "unsupported scheme"
        case .unreachable: return "unreachable"
        case .timedOut: return "timed out"
        case .tooLarge: return "too large"
        case .redirects: return "redirect problem"
        case .notHTML: return "not HTML"
        case .notAFeed: return "not a feed"
        case .httpStatus(_, let code): return "HTTP \(code)"
        case .badResponse: return "bad response"
        case .cancelled: return "cancelled"
        }
    }
}
