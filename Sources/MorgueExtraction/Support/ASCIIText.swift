import MorgueDOM

/// Text-node text read as bytes, for walks that test every text node of a
/// page: most of it is ASCII, and for ASCII the collapsed text, its length
/// and its digits are known without building a String.
enum ASCIIText {
    /// Writes into `out` what `TextNormalization.collapse` makes of `raw`
    /// (white-space runs to one space, ends trimmed) and returns true, when
    /// `raw` is all ASCII; returns false for any other text (`out` is then
    /// not meaningful). For ASCII, the collapsed text has one `Character`
    /// per byte.
    static func collapse(_ raw: [UInt8], into out: inout [UInt8]) -> Bool {
        out.removeAll(keepingCapacity: true)
        var pendingSpace = false
        for byte in raw {
            if byte >= 0x80 { return false }
            if isSpace(byte) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(byte)
        }
        return true
    }

    /// `TextNodeReader.leastCount` of a text whose bytes are `raw`, and
    /// whether it is all ASCII, without writing the collapsed text: exact up
    /// to `limit`; past it, only known to be larger (the count stops there).
    static func leastCollapsedCount(_ raw: [UInt8], upTo limit: Int) -> (count: Int, isASCII: Bool) {
        var collapsed = 0
        var nonSpace = 0
        var isASCII = true
        var pendingSpace = false
        for byte in raw {
            if byte >= 0x80 {
                isASCII = false
                continue
            }
            if isSpace(byte) {
                pendingSpace = collapsed > 0
                continue
            }
            nonSpace += 1
            // Either count is at least the non-space ASCII bytes.
            if nonSpace > limit { return (nonSpace, isASCII) }
            if pendingSpace { collapsed += 1; pendingSpace = false }
            collapsed += 1
        }
        return (isASCII ? collapsed : nonSpace, isASCII)
    }

    /// The ASCII bytes `TextNormalization.isSpace` takes for white space.
    static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }

    /// An ASCII capital as its small letter; any other byte as it is.
    @inline(__always)
    static func lower(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }

    /// A–Z, a–z and 0–9.
    static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
    }

    /// `text.lowercased()`, by bytes when the text is ASCII (as class names nearly always are).
    /// Other text gives the same result too, scalar by scalar as `String.lowercased()` maps it,
    /// but only its non-ASCII scalars that change go through Unicode's case mapping (which
    /// `String.lowercased()` asks of every scalar of a text that is not all ASCII).
    static func lowercased(_ text: String) -> String {
        var needsWork = false
        for byte in text.utf8 {
            if byte >= 0x80 { return lowercasedUnicode(text) }
            if byte >= 0x41 && byte <= 0x5A { needsWork = true }
        }
        guard needsWork else { return text }
        return String(decoding: text.utf8.map(lower), as: UTF8.self)
    }

    private static func lowercasedUnicode(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                bytes.append(lower(UInt8(truncatingIfNeeded: scalar.value)))
            } else if scalar.properties.changesWhenLowercased {
                bytes.append(contentsOf: scalar.properties.lowercaseMapping.utf8)
            } else {
                bytes.append(contentsOf: scalar.utf8)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

/// Reads the collapsed text of text nodes, one after another, through
/// buffers kept between nodes. ASCII text is collapsed byte by byte and
/// becomes a String only when asked for; other text goes through
/// `TextNormalization.collapse`, and only when asked for.
struct TextNodeReader {
    private var raw: [UInt8] = []
    private var ascii: [UInt8] = []
    private var isASCII = true
    private var other: String?
    private var otherCount = 0
    private var digits = 0
    /// A lower bound on the number of characters of the collapsed text:
    /// exact for ASCII; for other text, its ASCII bytes that are not white
    /// space (each stays, and stands in a character of its own).
    private(set) var leastCount = 0

    /// Reads the text of `node` (a text node; elements give their `textContent`).
    mutating func read(_ node: Node) {
        raw.removeAll(keepingCapacity: true)
        node.appendText(to: &raw)
        other = nil
        digits = 0
        isASCII = ASCIIText.collapse(raw, into: &ascii)
        if isASCII {
            leastCount = ascii.count
            for byte in ascii where byte >= 0x30 && byte <= 0x39 { digits += 1 }
        } else {
            leastCount = 0
            for byte in raw where byte < 0x80 && !ASCIIText.isSpace(byte) {
                leastCount += 1
                if byte >= 0x30 && byte <= 0x39 { digits += 1 }
            }
        }
    }

    /// Characters in the collapsed text.
    mutating func count() -> Int {
        if isASCII { return ascii.count }
        collapseOther()
        return otherCount
    }

    /// The collapsed text, as `TextNormalization.collapse` gives it.
    mutating func text() -> String {
        if isASCII { return String(decoding: ascii, as: UTF8.self) }
        collapseOther()
        return other ?? ""
    }

    /// Whether the collapsed text passes `pattern`'s prefilter (it may match; a text that fails cannot).
    mutating func passes(_ pattern: TextPattern) -> Bool {
        if isASCII { return pattern.admits(ascii) }
        collapseOther()
        return pattern.prefilter?.admits(other ?? "") ?? true
    }

    /// Whether the text holds a colon, ASCII or full-width ("：").
    func holdsColon() -> Bool {
        for (index, byte) in raw.enumerated() {
            if byte == 0x3A { return true }
            if byte == 0xEF, index + 2 < raw.count, raw[index + 1] == 0xBC, raw[index + 2] == 0x9A { return true }
        }
        return false
    }

    /// Whether the text holds at least `minimum` ASCII digits (collapsing keeps them all).
    func hasDigits(_ minimum: Int) -> Bool { digits >= minimum }

    private mutating func collapseOther() {
        guard other == nil else { return }
        let text = TextNormalization.collapse(String(decoding: raw, as: UTF8.self))
        other = text
        otherCount = text.count
    }
}
