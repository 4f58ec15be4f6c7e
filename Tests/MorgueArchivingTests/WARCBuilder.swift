import Foundation
import MorgueFetch

/// Builds WARC files (ISO 28500) in memory, record by record, for tests.
struct WARCBuilder {
    private(set) var records: [[UInt8]] = []

    /// A record with the given type and block; `fields` are extra header fields.
    mutating func record(type: String, targetURI: String? = nil, date: String = "2024-05-01T12:00:00Z",
                         contentType: String? = nil, fields: [(String, String)] = [], block: [UInt8]) {
        var header = "WARC/1.1\r\nWARC-Type: \(type)\r\nWARC-Record-ID: <urn:uuid:\(UUID().uuidString.lowercased())>\r\n"
        header += "WARC-Date: \(date)\r\n"
        if let targetURI { header += "WARC-Target-URI: \(targetURI)\r\n" }
        if let contentType { header += "Content-Type: \(contentType)\r\n" }
        for (name, value) in fields { header += "\(name): \(value)\r\n" }
        header += "Content-Length: \(block.count)\r\n\r\n"
        records.append(Array(header.utf8) + block + Array("\r\n\r\n".utf8))
    }

    mutating func warcinfo() {
        record(type: "warcinfo", contentType: "application/warc-fields", block: Array("software: morgue tests\r\n".utf8))
    }

    mutating func request(_ uri: String) {
        let http = "GET / HTTP/1.1\r\nHost: example.com\r\nUser-Agent: tests\r\n\r\n"
        record(type: "request", targetURI: uri, contentType: "application/http; msgtype=request", block: Array(http.utf8))
    }

    /// An HTTP response record; `headers` are the HTTP headers (Content-Length is added).
    mutating func response(_ uri: String, status: Int = 200, headers: [(String, String)] = [("Content-Type", "text/html; charset=utf-8")],
                           body: [UInt8], date: String = "2024-05-01T12:00:00Z") {
        var http = "HTTP/1.1 \(status) \(status == 200 ? "OK" : "Other")\r\n"
        for (name, value) in headers { http += "\(name): \(value)\r\n" }
        if !headers.contains(where: { $0.0.lowercased() == "transfer-encoding" }) {
            http += "Content-Length: \(body.count)\r\n"
        }
        http += "\r\n"
        record(type: "response", targetURI: uri, date: date, contentType: "application/http; msgtype=response",
               block: Array(http.utf8) + body)
    }

    mutating func metadata(_ uri: String) {
        record(type: "metadata", targetURI: uri, contentType: "application/warc-fields", block: Array("fetchTimeMs: 120\r\n".utf8))
    }

    /// The records one after another, uncompressed.
    var plain: [UInt8] { records.flatMap { $0 } }

    /// Each record its own gzip member, as crawlers write `.warc.gz`.
    func gzippedPerRecord() throws -> [UInt8] { try records.flatMap { try Gzip.compress($0) } }

    /// The whole file as one gzip member.
    func gzippedWhole() throws -> [UInt8] { try Gzip.compress(plain) }

    /// `body` in HTTP/1.1 chunks of `size` bytes.
    static func chunked(_ body: [UInt8], size: Int) -> [UInt8] {
        var out: [UInt8] = []
        var start = 0
        while start < body.count {
            let end = min(start + size, body.count)
            out += Array(String(end - start, radix: 16).utf8) + [0x0D, 0x0A] + body[start..<end] + [0x0D, 0x0A]
            start = end
        }
        return out + Array("0\r\n\r\n".utf8)
    }
}
