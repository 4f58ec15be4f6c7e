/// An attribute's value read as a list of tokens ("rel", "itemprop", a
/// `<meta>` tag's names) exactly as
/// `value.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })`
/// reads it, on the value's bytes when that gives the same answer.
///
/// The bytes answer for a value that is all ASCII without a carriage
/// return: there each byte is one `Character` (only "\r\n" joins two ASCII
/// bytes into one), and lower-casing folds A–Z alone. Any other value goes
/// through the String path.
enum AttributeTokens {
    /// Whether `character` separates two tokens.
    static func isSeparator(_ character: Character) -> Bool {
        character == " " || character == "\t" || character == "\n"
    }

    /// Whether the tokens of `value`, lower-cased, hold `token`.
    static func holds(_ value: String, _ token: String) -> Bool {
        var value = value
        if let answer = value.withUTF8({ holds(bytes: $0, token.utf8) }) { return answer }
        return value.lowercased().split(whereSeparator: isSeparator).contains(Substring(token))
    }

    /// Whether the tokens of the value whose bytes are `bytes`, lower-cased, hold the token whose
    /// bytes are `token`; nil when the bytes alone cannot tell (see the type's note). A plain value's
    /// tokens are ASCII: a token with a capital or a byte past ASCII is in none of them.
    static func holds(bytes: UnsafeBufferPointer<UInt8>, _ token: some Collection<UInt8>) -> Bool? {
        guard isPlain(bytes) else { return nil }
        let length = token.count
        var start = 0
        for end in 0...bytes.count where end == bytes.count || isSeparator(bytes[end]) {
            if end - start == length, bytes[start..<end].lazy.map(ASCIIText.lower).elementsEqual(token) { return true }
            start = end + 1
        }
        return false
    }

    /// The tokens of `value`, lower-cased, as Strings, in order.
    static func tokens(_ value: String) -> [String] {
        var value = value
        if let tokens = value.withUTF8({ tokens(bytes: $0) }) { return tokens }
        return value.lowercased().split(whereSeparator: isSeparator).map(String.init)
    }

    /// `tokens(_:)` of the value whose bytes are `bytes`; nil when the bytes alone cannot tell.
    private static func tokens(bytes: UnsafeBufferPointer<UInt8>) -> [String]? {
        guard isPlain(bytes) else { return nil }
        var result: [String] = []
        var start = 0
        for end in 0...bytes.count where end == bytes.count || isSeparator(bytes[end]) {
            if end > start {
                let token = UnsafeBufferPointer(rebasing: bytes[start..<end])
                let hasCapital = token.contains(where: { $0 >= 0x41 && $0 <= 0x5A })
                result.append(hasCapital ? String(decoding: token.map(ASCIIText.lower), as: UTF8.self)
                                         : String(decoding: token, as: UTF8.self))
            }
            start = end + 1
        }
        return result
    }

    /// Whether the bytes are ASCII without a carriage return: one `Character` each.
    private static func isPlain(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        !bytes.contains(where: { $0 >= 0x80 || $0 == 0x0D })
    }

    /// The separator bytes: space, tab and line feed.
    @inline(__always)
    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A
    }
}
