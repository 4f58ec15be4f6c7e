import Foundation

/// The string tests byline parsing runs on every word of a byline, in forms
/// that cost little on the ASCII text most bylines are: each gives the same
/// result as the Foundation or `Character` call it stands for (named in its
/// comment), which on Linux costs thousands of instructions a call.
enum NameText {
    /// Whether every byte of `text` is ASCII.
    static func isASCII(_ text: Substring) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// Whether every byte of `text` is ASCII.
    static func isASCII(_ text: String) -> Bool {
        text.utf8.allSatisfy { $0 < 0x80 }
    }

    /// `text.split(separator: " ")`, by bytes when the text is ASCII (where
    /// each byte is a character of its own, "\r\n" aside, which is no space).
    static func spaceSplit(_ text: String) -> [Substring] {
        guard isASCII(text) else { return text.split(separator: " ") }
        var words: [Substring] = []
        let bytes = text.utf8
        var start = bytes.startIndex
        var index = bytes.startIndex
        while index < bytes.endIndex {
            if bytes[index] == 0x20 {
                if start < index { words.append(text[start..<index]) }
                start = bytes.index(after: index)
            }
            index = bytes.index(after: index)
        }
        if start < bytes.endIndex { words.append(text[start..<bytes.endIndex]) }
        return words
    }

    /// `text.trimmingCharacters(in: NewsOrganizations.trimSet)`.
    static func trimmed(_ text: String) -> String {
        trimmed(text[...])
    }

    /// `String(text).trimmingCharacters(in: NewsOrganizations.trimSet)`: the
    /// set's scalars taken off both ends (all of them are in the Basic
    /// Multilingual Plane, so scalars and UTF-16 units trim alike).
    static func trimmed(_ text: Substring) -> String {
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var end = scalars.endIndex
        while start < end, isTrimmed(scalars[start]) { start = scalars.index(after: start) }
        while start < end {
            let last = scalars.index(before: end)
            guard isTrimmed(scalars[last]) else { break }
            end = last
        }
        return String(scalars[start..<end])
    }

    /// `word.lowercased().trimmingCharacters(in: NewsOrganizations.trimSet)`,
    /// by bytes when the word is ASCII. (The set holds no letters, so
    /// lower-casing first or last trims the same.)
    static func lowerTrimmed(_ word: Substring) -> String {
        guard isASCII(word) else { return trimmed(word.lowercased()) }
        let bytes = word.utf8
        var start = bytes.startIndex
        var end = bytes.endIndex
        while start < end, asciiTrim[Int(bytes[start])] { start = bytes.index(after: start) }
        while start < end {
            let last = bytes.index(before: end)
            guard asciiTrim[Int(bytes[last])] else { break }
            end = last
        }
        return String(decoding: bytes[start..<end].map(ASCIIText.lower), as: UTF8.self)
    }

    /// Whether a scalar is one of `NewsOrganizations.trimSet`.
    static func isTrimmed(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII ? asciiTrim[Int(scalar.value)] : NewsOrganizations.trimSet.contains(scalar)
    }

    /// `NewsOrganizations.trimSet`'s membership of each ASCII byte.
    private static let asciiTrim: [Bool] = (0..<128).map { value in
        NewsOrganizations.trimSet.contains(Unicode.Scalar(UInt8(value)))
    }
}
