import Foundation
import MorgueFetch

/// Reads a WARC file (ISO 28500) record by record, plain or gzipped (one
/// gzip member per record, or the whole file in one), without holding more
/// than one record in memory.
///
/// Each `response` record holding an HTTP response with an HTML body becomes
/// a `WARCPage`; every other record is passed over with its reason.
final class WARCReader {
    /// The file as the user named it.
    let path: String
    private let file: FileInput
    private let reader: ByteReader
    /// The largest page body read; larger responses are reported, not read.
    static let maxBlockBytes = PageFile.maxBytes
    /// The longest header line accepted.
    static let maxLineBytes = 64 * 1024
    private let dates = WARCDates()

    /// How far into the (decompressed) file reading has got.
    var position: Int64 { reader.offset }

    init(path: String) throws(ArchivingError) {
        self.path = path
        let file = try FileInput(path: path)
        self.file = file
        let head = try file.peek(2)
        if head == [0x1f, 0x8b] {
            let stream: GzipInputStream
            do {
                stream = try GzipInputStream { count in file.readOrEmpty(count) }
            } catch {
                throw .compressed(path: path, reason: error.description)
            }
            reader = ByteReader { () throws(ArchivingError) in
                let chunk: [UInt8]
                do throws(GzipError) {
                    chunk = try stream.read(upTo: 256 * 1024)
                } catch {
                    throw file.failure ?? .compressed(path: path, reason: error.description)
                }
                if chunk.isEmpty, let failure = file.failure { throw failure }
                return chunk
            }
        } else {
            reader = ByteReader { () throws(ArchivingError) in try file.read(256 * 1024) }
        }
    }

    /// The next record, or nil at the end of the file. Throws when the file
    /// is not WARC from here on (the records before were good).
    func next() throws(ArchivingError) -> WARCItem? {
        guard let header = try nextHeader() else { return nil }
        let source = "\(path)#\(header.offset)"
        let isResponse = header.type == "response"
        let isHTTP = header.contentType.map { HTMLMedia.type($0) == "application/http" } ?? false
        if !isResponse || !isHTTP || header.contentLength > Self.maxBlockBytes {
            try skipBlock(header)
            if !isResponse { return .ignored(member: header.offset, source: source, reason: "\(header.type) record") }
            if !isHTTP { return .ignored(member: header.offset, source: source, reason: "non-HTTP response") }
            return .failed(member: header.offset, source: source, error: PageFile.tooLarge(source))
        }
        let block = try reader.read(count: header.contentLength)
        guard block.count == header.contentLength else {
            throw .badWARC(source: source, reason: "the file ends inside the record")
        }
        return item(header, block: block, source: source)
    }

    /// The page of a response record, or why it is not one.
    private func item(_ header: WARCRecordHeader, block: [UInt8], source: String) -> WARCItem {
        let response: HTTPResponseBlock
        do {
            response = try HTTPResponseBlock(block, limit: Self.maxBlockBytes)
        } catch {
            switch error {
            case .notHTTP:
                return .failed(member: header.offset, source: source, error: .badWARC(source: source, reason: "no HTTP response in the record"))
            case .unsupportedEncoding(let name):
                return .failed(member: header.offset, source: source, error: .badWARC(source: source, reason: "content encoding \(name) is not supported"))
            case .badEncoding(let reason):
                return .failed(member: header.offset, source: source, error: .compressed(path: source, reason: reason))
            }
        }
        guard (200...299).contains(response.status) else {
            return .ignored(member: header.offset, source: source, reason: "HTTP \(response.status) response")
        }
        let contentType = response.headers["content-type"]
        let isHTML: Bool
        if let contentType, !HTMLMedia.type(contentType).isEmpty {
            isHTML = HTMLMedia.isHTML(contentType)
        } else {
            isHTML = HTMLMedia.sniffsAsHTML(response.body)
        }
        guard isHTML else { return .ignored(member: header.offset, source: source, reason: "non-HTML response") }
        guard let uri = header.targetURI, !uri.isEmpty else {
            return .failed(member: header.offset, source: source, error: .badWARC(source: source, reason: "no WARC-Target-URI"))
        }
        return .page(WARCPage(
            source: source, member: header.offset, targetURI: uri, date: header.date.flatMap(dates.parse),
            status: response.status, contentType: contentType, etag: response.headers["etag"],
            lastModified: response.headers["last-modified"], body: response.body))
    }

    /// Reads the next record's header, leaving the reader at its block.
    private func nextHeader() throws(ArchivingError) -> WARCRecordHeader? {
        var versionLine: [UInt8] = []
        var offset: Int64 = 0
        // The two line breaks that close each record, and any extra blank
        // lines between records, are passed over here.
        while versionLine.isEmpty {
            offset = reader.offset
            guard let line = try reader.readLine(limit: Self.maxLineBytes) else { return nil }
            versionLine = line
        }
        let source = "\(path)#\(offset)"
        guard versionLine.starts(with: Array("WARC/".utf8)) else {
            throw .badWARC(source: source, reason: offset == 0 ? "not a WARC file" : "no WARC record starts here")
        }
        var fields: [(String, String)] = []
        while true {
            guard let line = try reader.readLine(limit: Self.maxLineBytes) else {
                throw .badWARC(source: source, reason: "the file ends inside the record's header")
            }
            if line.isEmpty { break }
            let text = String(decoding: line, as: UTF8.self)
            if let first = line.first, first == 0x20 || first == 0x09, !fields.isEmpty {
                fields[fields.count - 1].1 += " " + text.trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let colon = text.firstIndex(of: ":") else {
                throw .badWARC(source: source, reason: "a header line without a colon")
            }
            fields.append((
                text[..<colon].trimmingCharacters(in: .whitespaces).lowercased(),
                text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)))
        }
        func field(_ name: String) -> String? { fields.first { $0.0 == name }?.1 }
        guard let lengthText = field("content-length"), let length = Int(lengthText), length >= 0 else {
            throw .badWARC(source: source, reason: "no valid Content-Length")
        }
        var target = field("warc-target-uri")
        if let uri = target, uri.hasPrefix("<"), uri.hasSuffix(">") { target = String(uri.dropFirst().dropLast()) }
        return WARCRecordHeader(
            offset: offset, type: (field("warc-type") ?? "").lowercased(), targetURI: target, date: field("warc-date"),
            contentType: field("content-type"), contentLength: length)
    }

    private func skipBlock(_ header: WARCRecordHeader) throws(ArchivingError) {
        let skipped = try reader.skip(count: header.contentLength)
        guard skipped == header.contentLength else {
            throw .badWARC(source: "\(path)#\(header.offset)", reason: "the file ends inside the record")
        }
    }
}

/// `WARC-Date` values: ISO 8601 in UTC, to the second (WARC 1.0) or finer (1.1).
final class WARCDates {
    private let plain = ISO8601DateFormatter()
    private let fractional: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }()

    func parse(_ text: String) -> Date? {
        plain.date(from: text) ?? fractional.date(from: text)
    }
}
