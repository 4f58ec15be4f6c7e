import MorgueDOM

/// Checks that the input is a page at all, decides its charset the way a
/// browser would, and parses it.
///
/// Keeps: any text-like input, however malformed (libxml2 recovers). A NUL
/// byte further into an 8-bit or UTF-8 page becomes a space, as browsers
/// ignore it (libxml2 would end the document there). Scripts of code and
/// style sheets are parsed empty (`ScriptText.dataOnly`): no stage reads
/// code, and JSON-LD keeps its text.
/// Drops: empty input, binary input (NUL bytes or a high share of control
/// bytes near the start), and feeds (the root element is `rss`, `feed` or
/// `RDF`: a list of stories, not a page), with an `ExtractionError`.
enum ParsePage {
    /// How many leading bytes are inspected for binary content.
    static let sniffLength = 1024
    /// Share of control bytes in the sniffed prefix above which input is binary.
    static let maxControlShare = 0.1

    static func run(_ input: PageInput) throws(ExtractionError) -> HTMLDocument {
        var bytes = input.bytes
        guard bytes.contains(where: { !isASCIIWhitespace($0) }) else { throw .empty }
        if looksBinary(bytes) { throw .binary }
        if FeedSniffing.rootIsFeed(bytes) { throw .feed }
        if !hasUTF16Mark(bytes), ByteSearch.containsNUL(bytes) {
            for index in bytes.indices where bytes[index] == 0 { bytes[index] = 0x20 }
        }
        do {
            return try HTMLDocument(bytes: bytes, contentType: input.contentType, scriptText: .dataOnly)
        } catch {
            throw .unparseable
        }
    }

    static func looksBinary(_ bytes: [UInt8]) -> Bool {
        let prefix = bytes.prefix(sniffLength)
        // UTF-16 pages carry a byte-order mark and legitimately hold NUL bytes.
        if hasUTF16Mark(bytes) { return false }
        var control = 0
        for b in prefix {
            if b == 0 { return true }
            if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C { control += 1 }
        }
        return Double(control) > Double(prefix.count) * maxControlShare
    }

    static func hasUTF16Mark(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF))
    }

    private static func isASCIIWhitespace(_ b: UInt8) -> Bool {
        b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D || b == 0x0C
    }
}
