/// Why bytes could not be gzip-compressed or decompressed.
public enum GzipError: Error, Equatable, Sendable {
    /// The bytes end before the compressed stream does.
    case truncated
    /// The bytes are not a valid gzip or zlib stream; carries zlib's message.
    case corrupt(String)
    /// Decompressing would produce more than `limit` bytes (a gzip bomb, or
    /// simply a file too large to hold).
    case tooLarge(limit: Int)
    /// zlib itself failed (out of memory, bad parameters); carries its code.
    case zlib(code: Int32)
}

extension GzipError: CustomStringConvertible {
    /// One line suitable to show a user.
    public var description: String {
        switch self {
        case .truncated:
            return "compressed data ends early (truncated gzip stream)"
        case .corrupt(let message):
            return "compressed data is corrupt: \(TerminalText.sanitized(message))"
        case .tooLarge(let limit):
            return "compressed data expands past the \(limit)-byte limit"
        case .zlib(let code):
            return "zlib failed with code \(code)"
        }
    }
}
