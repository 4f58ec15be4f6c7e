/// The words of a text read on its UTF-8 bytes, exactly as
/// `text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })` reads them, for
/// texts written in the scripts and punctuation listed in `ranges`; `nil` for any other text (an
/// emoji, a combining mark, a script outside the table, bytes that are not UTF-8), which the
/// caller reads with that String code instead.
///
/// Why the two readings agree on those texts: `lowercased()` maps each scalar on its own
/// (`Unicode.Scalar.Properties.lowercaseMapping`); every scalar kept in the table, and the scalar it
/// lowers to, forms a character by itself beside any other kept scalar (no mark, joiner, Hangul
/// jamo or regional indicator is kept: a test checks every pair), so `isLetter` and `isNumber`,
/// which read a character's first scalar, read that scalar. And words made of kept scalars are
/// equal as Strings exactly when their bytes are equal: of two scalars that are canonically
/// equivalent ("Ω" U+2126 and "Ω" U+03A9), the table keeps the first only.
struct WordReader {
    /// A kept scalar's entry: the scalar it lowers to, and whether that is a letter or a number.
    /// Zero for a scalar the table does not keep.
    private let entries: [UInt32]

    /// The scalars the table reads: Latin, Greek and Cyrillic letters and their modifiers and
    /// punctuation, and the general punctuation, currency, letter-like, number and arrow blocks.
    static let ranges: [ClosedRange<UInt32>] = [0x0000...0x052F, 0x1E00...0x1FFF, 0x2000...0x21FF]

    private static let wordFlag: UInt32 = 1 << 31
    private static let keptFlag: UInt32 = 1 << 30
    private static let scalarMask: UInt32 = (1 << 21) - 1

    static let shared = WordReader()

    private init() {
        let last = Int(WordReader.ranges.map(\.upperBound).max() ?? 0)
        // First pass: the scalars that stand alone as characters, without a canonical twin kept before them.
        var kept = [Bool](repeating: false, count: last + 1)
        var spellings: Set<String> = []
        for range in WordReader.ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value), WordReader.standsAlone(scalar) else { continue }
                // (Set<String> compares canonically: a twin of a kept scalar is left out.)
                if spellings.insert(String(Character(scalar))).inserted { kept[Int(value)] = true }
            }
        }
        // Second pass: a kept scalar whose lower case is one kept scalar gets its entry.
        var entries = [UInt32](repeating: 0, count: last + 1)
        for value in 0...last where kept[value] {
            let scalar = Unicode.Scalar(UInt32(value))!
            let lowered = scalar.properties.lowercaseMapping.unicodeScalars
            guard lowered.count == 1, let target = lowered.first, Int(target.value) <= last, kept[Int(target.value)]
            else { continue }
            let isWord = target.properties.isAlphabetic || target.properties.numericType != nil
            entries[value] = target.value | WordReader.keptFlag | (isWord ? WordReader.wordFlag : 0)
        }
        self.entries = entries
    }

    /// Whether a scalar is never joined to its neighbour into one character, as far as its
    /// general category tells (marks and the zero-width joiners join); a test checks the table
    /// against the String's own reading of every pair.
    private static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark, .surrogate, .privateUse, .unassigned:
            return false
        default:
            return scalar.value != 0x200C && scalar.value != 0x200D
        }
    }

    /// Whether the table keeps `scalar` (for tests).
    func keeps(_ scalar: Unicode.Scalar) -> Bool {
        Int(scalar.value) < entries.count && entries[Int(scalar.value)] & WordReader.keptFlag != 0
    }

    /// The text's words, lower-cased, as ranges of `lowered`; nil when the text holds a scalar the
    /// table does not keep, or bytes that are not UTF-8.
    func words(_ text: [UInt8], lowered: inout [UInt8]) -> [Range<Int>]? {
        var words: [Range<Int>] = []
        lowered.removeAll(keepingCapacity: true)
        lowered.reserveCapacity(text.count)
        var wordStart: Int?
        var index = 0
        let count = text.count
        while index < count {
            // Decode one scalar (at most three bytes: the table ends below U+10000).
            let lead = text[index]
            var value: UInt32
            if lead < 0x80 {
                value = UInt32(lead)
                index += 1
            } else if lead >= 0xC2, lead <= 0xDF, index + 1 < count, text[index + 1] & 0xC0 == 0x80 {
                value = UInt32(lead & 0x1F) << 6 | UInt32(text[index + 1] & 0x3F)
                index += 2
            } else if lead >= 0xE0, lead <= 0xEF, index + 2 < count,
                      text[index + 1] & 0xC0 == 0x80, text[index + 2] & 0xC0 == 0x80 {
                value = UInt32(lead & 0x0F) << 12 | UInt32(text[index + 1] & 0x3F) << 6 | UInt32(text[index + 2] & 0x3F)
                // (An overlong or surrogate form is no scalar the table keeps.)
                if value < 0x800 || (value >= 0xD800 && value <= 0xDFFF) { return nil }
                index += 3
            } else {
                return nil
            }
            guard Int(value) < entries.count else { return nil }
            let entry = entries[Int(value)]
            guard entry & WordReader.keptFlag != 0 else { return nil }
            if entry & WordReader.wordFlag == 0 {
                if let start = wordStart { words.append(start..<lowered.count) }
                wordStart = nil
                continue
            }
            if wordStart == nil { wordStart = lowered.count }
            WordReader.appendUTF8(entry & WordReader.scalarMask, to: &lowered)
        }
        if let start = wordStart { words.append(start..<lowered.count) }
        return words
    }

    private static func appendUTF8(_ value: UInt32, to buffer: inout [UInt8]) {
        if value < 0x80 {
            buffer.append(UInt8(value))
        } else if value < 0x800 {
            buffer.append(UInt8(0xC0 | value >> 6))
            buffer.append(UInt8(0x80 | value & 0x3F))
        } else {
            buffer.append(UInt8(0xE0 | value >> 12))
            buffer.append(UInt8(0x80 | (value >> 6) & 0x3F))
            buffer.append(UInt8(0x80 | value & 0x3F))
        }
    }
}
