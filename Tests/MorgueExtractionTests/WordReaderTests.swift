import Testing
@testable import MorgueExtraction

/// `WordReader` must read a text's words exactly as the String code it stands in for.
@Suite struct WordReaderTests {
    /// The reading `WordReader` stands in for (`DropPageChrome.fourWordRuns`' words).
    static func stringWords(_ text: String) -> [String] {
        text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber }).map(String.init)
    }

    static func readerWords(_ text: String) -> [String]? {
        var lowered: [UInt8] = []
        return WordReader.shared.words(Array(text.utf8), lowered: &lowered)?
            .map { String(decoding: lowered[$0], as: UTF8.self) }
    }

    /// The words as bytes, so that canonically equal but differently written words are told apart.
    static func bytes(_ words: [String]) -> [[UInt8]] { words.map { Array($0.utf8) } }

    static var keptScalars: [Unicode.Scalar] {
        WordReader.ranges.flatMap { $0 }.compactMap(Unicode.Scalar.init).filter(WordReader.shared.keeps)
    }

    @Test func readsTextsAsTheStringCodeDoes() throws {
        let texts = [
            "“Nobody wants to be the council that let the harbor flood,” Whitcombe said — on Monday.",
            "Straße, ÆSIR Œuvre ĲSSEL İstanbul Ǆemal ΣΊΣΥΦΟΣ Ωμέγα ПРИВЕТ мир 3½ ²⁴ Ⅻ K Å ẞ",
            "Ärger\u{00A0}über\u{00AD}all…\r\nZeile\u{2028}zwei €12,50 ™ № ℃ → done",
            "don’t stop—ever; (1990–2024) l’été 42nd 0x1F ǅ",
            "", "   ", "a", "a b c", "Ａ fullwidth", "café", "cafe\u{301}", "🙂 hi", "x\u{200D}y", "\u{0130}",
        ]
        for text in texts {
            if let words = Self.readerWords(text) {
                #expect(Self.bytes(words) == Self.bytes(Self.stringWords(text)), "\(text)")
            }
        }
        // The common texts are read; those with marks, joiners, emoji or other scripts are left to the String code.
        #expect(Self.readerWords(texts[0]) != nil)
        #expect(Self.readerWords(texts[2]) != nil)
        #expect(Self.readerWords(texts[3]) != nil)
        #expect(Self.readerWords("cafe\u{301}") == nil)
        #expect(Self.readerWords("🙂 hi") == nil)
        #expect(Self.readerWords("x\u{200D}y") == nil)
        #expect(Self.readerWords("Ａ fullwidth") == nil)
        #expect(Self.readerWords("\u{0130}") == nil)
        var lowered: [UInt8] = []
        #expect(WordReader.shared.words([0x61, 0xC3], lowered: &lowered) == nil)
    }

    /// Every kept scalar is a character of its own beside every other: checked pair by pair.
    @Test func everyKeptScalarStandsAloneBesideAnyOther() {
        let kept = Self.keptScalars
        #expect(kept.count > 2000)
        var joined = 0
        for first in kept {
            for second in kept where !(first == "\r" && second == "\n") {
                var pair = String.UnicodeScalarView()
                pair.append(first)
                pair.append(second)
                if String(pair).count != 2 { joined += 1 }
            }
        }
        #expect(joined == 0)
    }

    /// Each kept scalar is read as the String code reads it, alone and between words; and no two
    /// kept scalars are canonically equal.
    @Test func everyKeptScalarIsReadAsTheStringCodeReadsIt() {
        var seen: [String: Unicode.Scalar] = [:]
        for scalar in Self.keptScalars {
            let alone = String(Character(scalar))
            #expect(seen.updateValue(scalar, forKey: alone) == nil, "\(scalar.value)")
            for text in [alone, "Ab\(alone)cD 1\(alone) \(alone)x, \(alone)\(alone)"] {
                #expect(Self.readerWords(text).map(Self.bytes) == Self.bytes(Self.stringWords(text)), "\(scalar.value)")
            }
        }
    }

    /// SplitMix64: the same "random" texts at every run, so that a failure can be replayed.
    struct SeededGenerator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    /// Random texts of kept scalars.
    @Test func readsRandomTextsAsTheStringCodeDoes() {
        let kept = Self.keptScalars
        var generator = SeededGenerator(state: 2024)
        for _ in 0..<5000 {
            var view = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                view.append(Bool.random(using: &generator) ? kept.randomElement(using: &generator)!
                            : " aZ9,.-’".unicodeScalars.randomElement(using: &generator)!)
            }
            let text = String(view)
            #expect(Self.readerWords(text).map(Self.bytes) == Self.bytes(Self.stringWords(text)), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func findsARepeatedQuoteAsTheStringCodeDoes() {
        let around = Array("The council voted on Monday. Nobody wants to be the council that let the harbor flood, he said.".utf8)
        #expect(DropPageChrome.repeatsRuns(of: Array("“Nobody wants to be the council that let the harbor flood.”".utf8), in: around) == true)
        #expect(DropPageChrome.repeatsRuns(of: Array("Literally means actually, whatever the meme says.".utf8), in: around) == false)
        #expect(DropPageChrome.repeatsRuns(of: Array("Too short".utf8), in: around) == false)
    }
}
