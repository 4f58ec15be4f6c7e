import Foundation
import MorgueFetch

/// The HTTP response stored in a WARC `response` record's block: status,
/// headers, and the body with chunked transfer and gzip/deflate content
/// encodings undone (as a browser would see it).
struct HTTPResponseBlock {
    var status: Int
    /// Header names lowercased; the first of repeated headers wins.
    var headers: [String: String]
    var body: [UInt8]

    enum Problem: Error, Equatable {
        case notHTTP
        case unsupportedEncoding(String)
        case badEncoding(String)
    }

    init(_ block: [UInt8], limit: Int) throws(Problem) {
        guard let (statusLine, afterStatus) = Self.line(in: block, from: 0) else { throw .notHTTP }
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, parts[0].hasPrefix("HTTP/"), let status = Int(parts[1]), (100...599).contains(status) else {
            throw .notHTTP
        }
        self.status = status
        var headers: [String: String] = [:]
        var position = afterStatus
        while let (line, next) = Self.line(in: block, from: position) {
            position = next
            if line.isEmpty { break }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            if headers[name] == nil { headers[name] = value }
        }
        self.headers = headers
        var body = Array(block[min(position, block.count)...])
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true, let joined = Self.dechunk(body) {
            body = joined
        }
        switch headers["content-encoding"]?.lowercased() ?? "identity" {
        case "", "identity", "none":
            break
        case "gzip", "x-gzip", "deflate":
            if !body.isEmpty {
                do {
                    body = try Gzip.decompress(body, limit: limit)
                } catch {
                    throw .badEncoding(error.description)
                }
            }
        case let other:
            throw .unsupportedEncoding(other)
        }
        self.body = body
    }

    /// The line starting at `from` (without CRLF or LF) and where the next starts.
    private static func line(in bytes: [UInt8], from: Int) -> (String, Int)? {
        guard from < bytes.count else { return nil }
        let end = bytes[from...].firstIndex(of: 0x0A) ?? bytes.count
        var lineEnd = end
        if lineEnd > from, bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        return (String(decoding: bytes[from..<lineEnd], as: UTF8.self), min(end + 1, bytes.count))
    }

    /// The body of a chunked transfer, joined; nil when it is not well formed.
    static func dechunk(_ bytes: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var position = 0
        while let (sizeLine, next) = line(in: bytes, from: position) {
            let sizeText = sizeLine.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard let size = Int(sizeText, radix: 16), size >= 0 else { return nil }
            if size == 0 { return out }
            guard next + size <= bytes.count else { return nil }
            out.append(contentsOf: bytes[next..<(next + size)])
            position = next + size
            // The CRLF after the chunk's data.
            if position < bytes.count, bytes[position] == 0x0D { position += 1 }
            if position < bytes.count, bytes[position] == 0x0A { position += 1 }
        }
        return out
    }
}
