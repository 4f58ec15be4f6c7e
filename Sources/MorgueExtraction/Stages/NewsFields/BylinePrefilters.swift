/// Byte tests run before the byline patterns, each proving from a text's
/// bytes alone that a pattern cannot match it, so that the regular
/// expression (thousands of instructions a call) runs only on texts that
/// may hold what it looks for. A text of another script is always left
/// to the pattern.
extension BylineParsing {
    /// `BylineVocabulary.leadingBy`'s match, looked for only when `mayOpenWithBy` lets the text through.
    static func leadingBy(in text: String) -> TextMatch? {
        mayOpenWithBy(text) ? BylineVocabulary.leadingBy.firstMatch(in: text) : nil
    }

    /// `BylineVocabulary.rubricBeforeBy`'s match, looked for only when `mayHoldRubricBeforeBy` lets the text through.
    static func rubricBeforeBy(in text: String) -> TextMatch? {
        mayHoldRubricBeforeBy(text) ? BylineVocabulary.rubricBeforeBy.firstMatch(in: text) : nil
    }

    /// False when `text` surely does not open with `BylineVocabulary.leadingBy`:
    /// every form it reads opens with a word of letters followed by a space,
    /// a colon or a dash, and the forms in ASCII letters open with one of
    /// `byOpeningWords`. A text opening with a byte of another script (or
    /// whose first word runs on into one) may open with any form.
    static func mayOpenWithBy(_ text: String) -> Bool {
        var word: [UInt8] = []
        for byte in text.utf8 {
            if byte >= 0x80 { return true }
            guard (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) else { break }
            word.append(ASCIIText.lower(byte))
            if word.count > longestByOpeningWord { return false }
        }
        return byOpeningWords.contains(word)
    }

    /// The first words, in lower case, of the forms of `BylineVocabulary.leadingBy` written in ASCII
    /// letters ("Written by", "A report by", "Text von", "Eine Analyse von", "a cura di", "Interview:",
    /// "Video by").
    static let byOpeningWords: Set<[UInt8]> = Set([
        "written", "reported", "posted", "story", "words", "text", "reporting", "additional", "geschrieben", "erstellt",
        "verfasst", "publicado", "escrito", "a", "an", "article", "post", "analysis", "commentary", "column", "essay",
        "review", "ein", "eine", "artikel", "beitrag", "analyse", "kolumne", "kommentar", "reportage", "rezension",
        "glosse", "by", "von", "par", "por", "door", "av", "af", "autor", "autorin", "author", "authors", "auteur",
        "reporter", "penulis", "forfatter", "di", "interview", "video", "audio", "podcast",
    ].map { Array($0.utf8) })

    private static let longestByOpeningWord = byOpeningWords.map(\.count).max() ?? 0

    /// False when `text` surely holds no `BylineVocabulary.rubricBeforeBy`
    /// ("Disko Von Ernst Lohoff"): in ASCII, a first word, spaces, then a
    /// capitalised "Von", "By", "Par" or "Por" and a space.
    static func mayHoldRubricBeforeBy(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        if bytes.contains(where: { $0 >= 0x80 || $0 < 0x20 }) { return true }
        // The first word is letters and hyphens: the first space ends it.
        guard var next = bytes.firstIndex(of: 0x20) else { return false }
        while next < bytes.count, bytes[next] == 0x20 { next += 1 }
        let rest = bytes[next...]
        return rubricWords.contains { rest.starts(with: $0) }
    }

    private static let rubricWords = ["Von ", "By ", "Par ", "Por "].map { Array($0.utf8) }

    /// False when `text` surely holds none of `BylineVocabulary.separators`:
    /// no punctuation mark the pattern parts names at, and no word of its
    /// list for "and" or "with" standing between two spaces. Any byte of
    /// another script may be a separator (a dash, "،", "و") or a space.
    static func maySeparate(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        if bytes.contains(where: { $0 >= 0x80 || $0 < 0x20 || separatorMarks.contains($0) }) { return true }
        var start = 0
        while let space = bytes[start...].firstIndex(of: 0x20) {
            // A word with a space on each side: from after this space to the next.
            guard let next = bytes[(space + 1)...].firstIndex(of: 0x20) else { break }
            if separatorWords.contains(bytes[(space + 1)..<next].map(ASCIIText.lower)) { return true }
            start = next
        }
        return false
    }

    /// The ASCII marks among `BylineVocabulary.separators`, with those of its spaced slash and dash.
    private static let separatorMarks: Set<UInt8> = Set(",;|()[]/-&".utf8)

    /// The ASCII words of `BylineVocabulary.separators` ("and", "und", "with additional reporting by"
    /// opens with "with").
    private static let separatorWords: Set<[UInt8]> = Set(
        ["and", "und", "et", "e", "y", "en", "i", "ve", "avec", "with", "mit"].map { Array($0.utf8) })

    /// The byte ranges `BylineVocabulary.separators` matches in a text of
    /// printable ASCII, found as the pattern finds them (nil for any other
    /// text, which the pattern reads): from left to right, at each position
    /// the spaces there, as many as may be (then one fewer, and so on),
    /// followed by the first alternative that fits — a mark (",", ";", "|",
    /// a bracket), a spaced "/" or "-", or a word of its list between spaces
    /// ("and", "et", "with", in any case) — and the spaces after it. Its
    /// other alternatives hold characters beyond ASCII.
    static func asciiSeparators(_ text: String) -> [Range<Int>]? {
        let bytes = Array(text.utf8)
        guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        let count = bytes.count
        /// Where the alternative that fits at `index` ends, if one does.
        func alternativeEnd(at index: Int) -> Int? {
            guard index < count else { return nil }
            if separatorMarksOutsideWords.contains(bytes[index]) { return index + 1 }
            guard bytes[index] == 0x20 else { return nil }
            if index + 2 < count, bytes[index + 2] == 0x20,
               bytes[index + 1] == UInt8(ascii: "/") || bytes[index + 1] == UInt8(ascii: "-") {
                return index + 3
            }
            for word in separatorWordsInOrder {
                let end = index + 1 + word.count
                if end < count, bytes[end] == 0x20, bytes[(index + 1)..<end].map(ASCIIText.lower).elementsEqual(word) {
                    return end + 1
                }
            }
            return nil
        }
        var separators: [Range<Int>] = []
        var position = 0
        search: while position < count {
            var spaces = 0
            while position + spaces < count, bytes[position + spaces] == 0x20 { spaces += 1 }
            for taken in stride(from: spaces, through: 0, by: -1) {
                if var end = alternativeEnd(at: position + taken) {
                    while end < count, bytes[end] == 0x20 { end += 1 }
                    separators.append(position..<end)
                    position = end
                    continue search
                }
            }
            position += 1
        }
        return separators
    }

    /// The ASCII marks `BylineVocabulary.separators` parts at by themselves.
    private static let separatorMarksOutsideWords: Set<UInt8> = Set(",;|()[]".utf8)

    /// The ASCII words of `BylineVocabulary.separators`' list, in its order.
    private static let separatorWordsInOrder: [[UInt8]] = [
        "and", "und", "et", "e", "y", "en", "i", "ve", "&", "avec", "with", "mit", "with additional reporting by",
    ].map { Array($0.utf8) }

    /// `isPlausibleName` for a name of printable ASCII, by its bytes (nil for any other name): there
    /// the letters are A–Z and a–z, the digits 0–9, and each byte is a character.
    static func isPlausibleASCIIName(_ name: String) -> Bool? {
        let bytes = Array(name.utf8)
        guard bytes.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) else { return nil }
        func isLetter(_ byte: UInt8) -> Bool { (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) }
        guard (2...maxNameLength).contains(bytes.count), !bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else {
            return false
        }
        let tokens = bytes.split(separator: 0x20)
        guard (1...maxNameWords).contains(tokens.count) else { return false }
        var letters = 0
        for (position, token) in tokens.enumerated() {
            let lower = String(decoding: token.map(ASCIIText.lower), as: UTF8.self)
            if position == 0, BylineVocabulary.notNameWords.contains(lower) { return false }
            if BylineVocabulary.nameParticles.contains(lower) { continue }
            if tokens.count > 1, BylineVocabulary.notNameWords.contains(lower) { return false }
            guard let first = token.first(where: isLetter) else { return false }
            if first >= 0x61 { return false }
            if token.contains(where: { !(isLetter($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "'")) }) {
                return false
            }
            letters += token.count(where: isLetter)
        }
        return letters >= 2
    }
}
