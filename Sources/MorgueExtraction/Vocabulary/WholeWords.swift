import Foundation

/// Words that count in a class-and-id string only as whole parts: at its
/// start or after a space, "_" or "-", and at its end or before one ("nav"
/// in "site-nav main", not in "canvas"). This is the case-insensitive
/// expression `(?:^|[\s_-])(?:word|…)(?:$|[\s_-])`, answered from the
/// bytes for ASCII text (class names nearly always are); other text goes to
/// the expression itself.
struct WholeWords: Sendable {
    /// The words, lower-case ASCII.
    let words: [[UInt8]]
    /// The same test as a regular expression.
    let pattern: TextPattern
    /// For every byte value, the words that begin with it.
    private let wordsByFirstByte: [[[UInt8]]]

    init(_ words: [String]) {
        self.words = words.map { Array($0.utf8) }
        var wordsByFirstByte = [[[UInt8]]](repeating: [], count: 256)
        for word in self.words {
            if let first = word.first { wordsByFirstByte[Int(first)].append(word) }
        }
        self.wordsByFirstByte = wordsByFirstByte
        let alternation = words.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|")
        pattern = TextPattern("(?:^|[\\s_-])(?:" + alternation + ")(?:$|[\\s_-])")
    }

    func matches(_ text: String) -> Bool {
        var text = text
        let answer: Bool? = text.withUTF8 { bytes in
            bytes.contains(where: { $0 >= 0x80 }) ? nil : matches(asciiBytes: bytes)
        }
        return answer ?? pattern.matches(text)
    }

    /// `matches` for text known to be ASCII, given as its bytes.
    func matches(asciiBytes bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for start in 0..<bytes.count where start == 0 || Self.isDelimiter(bytes[start - 1]) {
            for word in wordsByFirstByte[Int(ASCIIText.lower(bytes[start]))] where occurs(word, in: bytes, at: start) {
                return true
            }
        }
        return false
    }

    private func occurs(_ word: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Bool {
        let end = start + word.count
        guard end <= bytes.count, end == bytes.count || Self.isDelimiter(bytes[end]) else { return false }
        for k in 0..<word.count where ASCIIText.lower(bytes[start + k]) != word[k] { return false }
        return true
    }

    /// What stands around a whole part: "_", "-", or white space as ICU's
    /// `\s` takes it in ASCII (tab to carriage return, and space).
    static func isDelimiter(_ byte: UInt8) -> Bool {
        byte == 0x5F || byte == 0x2D || ASCIIText.isSpace(byte)
    }
}
