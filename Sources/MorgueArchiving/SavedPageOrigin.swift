import Foundation
import MorgueExtraction

/// Where a saved page came from, as the browser or tool that saved it wrote
/// it into the file.
///
/// Reads: the `<!-- saved from url=(0042)https://… -->` comment that
/// browsers write when saving a page, and SingleFile's header comment
/// (`url: https://…`, `saved date: …`). Only the first few kilobytes are read.
public struct SavedPageOrigin: Equatable, Sendable {
    public var url: String?
    /// The save date as the tool wrote it.
    public var savedDate: String?

    /// How far into the file the comments are looked for.
    static let window = 4096

    public init(url: String? = nil, savedDate: String? = nil) {
        self.url = url
        self.savedDate = savedDate
    }

    /// The markers, as bytes: most pages hold neither, which a byte search
    /// tells before any String is made.
    private static let browserMarker = Array("saved from url=(".utf8)
    private static let singleFileMarker = Array("Page saved with SingleFile".utf8)

    public static func read(_ bytes: [UInt8]) -> SavedPageOrigin? {
        let start = bytes.prefix(Self.window)
        // Byte search over buffers: the generic `firstRange(of:)` cost more
        // than the rest of the import's file handling together.
        guard ByteSearch.contains(start, browserMarker) || ByteSearch.contains(start, singleFileMarker) else {
            return nil
        }
        let head = String(decoding: start, as: UTF8.self)
        var origin = SavedPageOrigin()
        if let marker = head.range(of: "saved from url=("),
           let close = head[marker.upperBound...].firstIndex(of: ")") {
            origin.url = firstURL(in: head[head.index(after: close)...])
        }
        if let marker = head.range(of: "Page saved with SingleFile") {
            for line in head[marker.upperBound...].split(separator: "\n").prefix(6) {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if trimmed.hasPrefix("url:"), origin.url == nil {
                    origin.url = firstURL(in: trimmed.dropFirst("url:".count))
                } else if trimmed.hasPrefix("saved date:") {
                    let value = trimmed.dropFirst("saved date:".count).trimmingCharacters(in: .whitespaces)
                    origin.savedDate = value.isEmpty ? nil : value
                }
            }
        }
        return origin.url == nil && origin.savedDate == nil ? nil : origin
    }

    /// The first http(s) URL at the start of `text`, up to white space or the comment's end.
    private static func firstURL(in text: Substring) -> String? {
        var word = text.trimmingCharacters(in: .whitespaces).prefix { !$0.isWhitespace }
        if let end = word.range(of: "-->") { word = word[..<end.lowerBound] }
        let url = String(word)
        return url.hasPrefix("http://") || url.hasPrefix("https://") ? url : nil
    }
}
