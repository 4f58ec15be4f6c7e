import Foundation
import MorgueDOM
import Testing
@testable import MorgueExtraction

/// The byte-level checks that stand in front of Foundation and regular
/// expressions must decide exactly as what they stand in for.
@Suite struct FastTextChecksTests {
    static let samples = [
        "", " ", "a", "post-Title entry-header", "BYLINE", "c-byline__item author", "site-nav main-menu",
        "wp-caption alignnone", "Bildunterschrift", "entry-date published", "timeline", "updated-time",
        "Veröffentlicht am 3. März", "Pubblicato il", "Stand: 28.01.22", "Autor:", "Geschrieben von",
        "über-uns navigation", "ﬁgure caption", "Ⓐuthor", "12 34", "2021-03-04", "Ñews related-stories",
        "meta\tdata", "x\u{301}y", "sr-only", "article__title headline", "am 12.03.2021", "1.2.2021 um 9",
        "3. 4. 2021", "Seite 12345", "2021-3", "-2021-03-04-", "12.", ".34", "1-2",
    ]

    static let classPatterns: [TextPattern] = [
        HeadlineHints.foreignContainer.pattern, HeadlineHints.headlineClass, HeadlineHints.kickerClass,
        DateHints.publishedClass, DateHints.modifiedClass, DateHints.dateLabel, DateHints.modifiedLabel,
        BylineHints.bylineClass, BylineHints.notByline, BylineHints.label, CreditPatterns.captionClass,
        CreditPatterns.wordPressBox, CreditPatterns.creditClass, BylineVocabulary.updatedTail, TextPattern("(\\d{4})", digits: 4),
        TextPattern("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})", digits: 6, joinedBy: "."),
        TextPattern("(\\d{4})-(\\d{2})-(\\d{2})", digits: 8, joinedBy: "-"),
        TextPattern("x"),
    ]

    @Test func findsTheLastOccurrenceOfANeedle() {
        let bytes = Array("a | b | c".utf8), bar = Array(" | ".utf8)
        #expect(ByteSearch.lastIndex(of: bar, in: bytes) == 5)
        #expect(ByteSearch.lastIndex(of: bar, in: Array("abc".utf8)) == nil)
        #expect(ByteSearch.lastIndex(of: bar, in: bar) == 0)
    }

    @Test func findsLongNeedlesAsTheShortSearchDoes() {
        let long = "the council voted on the budget"
        #expect(ByteSearch.contains("Yesterday the council voted on the budget again.", long))
        #expect(!ByteSearch.contains("Yesterday the council voted on the budgets", long + "."))
        // Borders of the needle are honoured: "aab" inside "aaab…".
        #expect(ByteSearch.contains(String(repeating: "a", count: 40) + "b", String(repeating: "a", count: 20) + "b"))
        // A repetitive haystack and a needle that almost matches everywhere: found (or not) without rescanning.
        let haystack = String(repeating: "T", count: 200_000)
        #expect(!ByteSearch.contains(haystack, String(repeating: "T", count: 400) + "…"))
        #expect(ByteSearch.contains(haystack + "…", String(repeating: "T", count: 400) + "…"))
    }

    @Test func aPrefilterAdmitsTheSameBytesAsItsText() {
        for pattern in Self.classPatterns {
            for text in Self.samples {
                #expect(pattern.admits(Array(text.utf8)) == (pattern.prefilter?.admits(text) ?? true),
                        "\(pattern.regex.pattern) on \(text)")
            }
        }
    }

    @Test func aPrefilterNeverTurnsAwayATextItsPatternMatches() {
        for pattern in Self.classPatterns {
            for text in Self.samples where pattern.regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil {
                #expect(pattern.prefilter?.admits(text) ?? true, "\(pattern.regex.pattern) on \(text)")
            }
        }
    }

    @Test func asciiTextCollapsesAsTextNormalizationDoes() {
        for text in ["  a \t b\n\nc  ", "a", "", " \r\n ", "a\u{01}b  c", "one two", "x\u{0B}y\u{0C}z"] {
            var out: [UInt8] = []
            #expect(ASCIIText.collapse(Array(text.utf8), into: &out))
            #expect(String(decoding: out, as: UTF8.self) == TextNormalization.collapse(text))
        }
        var out: [UInt8] = []
        #expect(!ASCIIText.collapse(Array("Müller".utf8), into: &out))
        #expect(ByteSearch.digitCount("a1b22c333", upTo: 4) == 4)
        #expect(ByteSearch.digitCount("a1b2", upTo: 4) == 2)
    }

    @Test func aTextNodeReaderGivesTheCollapsedTextOfEachNode() throws {
        let body = try TestPages.body("<p>\n  Datum:\t28.01.2022 </p><p> Zuletzt   geändert \u{00A0}am 3. März </p>")
        var texts: [Node] = []
        body.walk { node in
            if node.isText { texts.append(node) }
            return true
        }
        #expect(texts.count == 2)
        var reader = TextNodeReader()
        for node in texts {
            reader.read(node)
            let expected = TextNormalization.collapse(node.content ?? "")
            #expect(reader.leastCount <= expected.count)
            #expect(reader.text() == expected)
            #expect(reader.count() == expected.count)
            #expect(reader.hasDigits(4) == (ByteSearch.digitCount(expected, upTo: 4) >= 4))
            #expect(reader.passes(DateHints.dateLabel) == DateHints.dateLabel.prefilter!.admits(expected))
        }
    }

    @Test func trimmingEdgesAgreesWithFoundation() {
        let cases = ["", "  ", "\n{\"a\": 1}\n", "\u{00A0}{}\u{3000}", " \u{301}x ", "x", "\t x y \r\n", "\u{2028}a\u{85}",
                     "é ", " é"]
        for text in cases {
            #expect(TextEdges.trimmingWhitespaceAndNewlines(text) == text.trimmingCharacters(in: .whitespacesAndNewlines),
                    "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func lowerCasingClassNamesAgreesWithTheStandardLibrary() {
        for text in ["Post-Title", "main", "ÜBER-uns", "ID-42 X", " ", "İstanbul"] {
            #expect(ASCIIText.lowercased(text) == text.lowercased())
        }
    }

    @Test func punctuationIsTightenedAsFoundationsReplacementsDo() {
        #expect(ElementText.tightenPunctuation("Jane Doe , AP") == "Jane Doe, AP")
        #expect(ElementText.tightenPunctuation("( AP Photo ) .") == "(AP Photo).")
        #expect(ElementText.tightenPunctuation("Jürgen Müller ; dpa") == "Jürgen Müller; dpa")
        // Random texts of the characters involved, against the replacements they stand for.
        var generator = SystemRandomNumberGenerator()
        let alphabet: [String] = ["a", " ", ",", ".", ";", ":", ")", "(", "!", "?", "é", "\u{301}", "\u{37E}"]
        for _ in 0..<2000 {
            let length = Int.random(in: 0...12, using: &generator)
            let raw = (0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined()
            let collapsed = TextNormalization.collapse(raw)
            var expected = collapsed
            for mark in [",", ".", ";", ":", ")", "!", "?"] {
                expected = expected.replacingOccurrences(of: " " + mark, with: mark)
            }
            expected = expected.replacingOccurrences(of: "( ", with: "(")
            #expect(ElementText.tightenPunctuation(collapsed) == expected, "\(collapsed.unicodeScalars.map(\.value))")
        }
    }

    @Test func noiseIsStillTakenOutOfBylines() {
        #expect(BylineParsing.removeNoise("Jane Doe jane@example.com @jdoe") == "Jane Doe")
        #expect(BylineParsing.removeNoise("Jane Doe https://example.com/jane") == "Jane Doe")
        #expect(BylineParsing.removeNoise("Jane Doe March 3, 2021 10:30 AM") == "Jane Doe")
        #expect(BylineParsing.removeNoise("Jane Doe 3 hours ago") == "Jane Doe")
        #expect(BylineParsing.removeNoise("Jane Doe and John Roe") == "Jane Doe and John Roe")
    }

    @Test func textWithTooFewDigitsHoldsNoPrintedDate() {
        #expect(DateNormalization.digitsForPrintedDate == 4)
        #expect(DateNormalization.firstDate(inText: "page 3 of 12") == nil)
        #expect(DateNormalization.firstDate(inText: "on 3.4.21")?.iso == "2021-04-03")
        #expect(DateNormalization.firstDate(inText: "on 3.4.2021")?.iso == "2021-04-03")
    }

    @Test func jsonLDBlocksAreParsedWithOrWithoutWrappers() throws {
        let plain = try #require(JSONLDReader.parse("\n  {\"headline\": \"A\"}\n") as? [String: Any])
        #expect(plain["headline"] as? String == "A")
        let wrapped = try #require(JSONLDReader.parse("<!--//<![CDATA[\n{\"headline\": \"B\"}\n//]]>-->") as? [String: Any])
        #expect(wrapped["headline"] as? String == "B")
        let spaced = try #require(JSONLDReader.parse("\u{00A0}{\"headline\": \"C\"}\u{3000}") as? [String: Any])
        #expect(spaced["headline"] as? String == "C")
    }

    @Test func foundationSearchSaysNoOnlyWhenFoundationFindsNothing() {
        let needles = [" | ", " · ", ": ", " - ", "’", " — "]
        let texts = ["Story | Site", "Story · Site", "Story \u{387} Site", "Köln: Story", "A - B", "Don’t", "plain title",
                     "Ärger im Amt", "≠ x", "Story — Site"]
        for needle in needles {
            for text in texts where !FoundationSearch.mayFind(needle, in: text) {
                #expect(text.range(of: needle) == nil, "\(needle) in \(text)")
                #expect(text.components(separatedBy: needle) == [text])
            }
        }
        #expect(FoundationSearch.mayFind(" · ", in: "Story \u{387} Site"))
        #expect(!FoundationSearch.mayFind(" | ", in: "Ärger im Amt"))
    }

    @Test func foundationSearchContainsAsFoundationDoes() {
        let needles = ["&", ":", "(", ".", "/", "ld+json", "k"]
        let texts = ["Tom &amp; Jerry", "3:59 PM", "Jane (AP)", "example.com", "AP/Getty", "application/ld+json",
                     "\u{212A}elvin", "plain", "Grüße", ""]
        for needle in needles {
            for text in texts {
                #expect(FoundationSearch.contains(needle, in: text) == text.contains(needle), "\(needle) in \(text)")
            }
        }
    }

    @Test func aHaystackAnswersAsMayFindForEveryNeedle() {
        let needles = [" | ", " · ", " - ", ": ", "|", "–", "Site", "k", "="]
        let texts = ["Story | Site", "Story · Site", "Story \u{387} Site", "Köln: Story", "A - B", "Don’t", "plain title",
                     "Ärger im Amt", "≠ x", "Story — Site", "\u{212A}elvin", ""]
        for text in texts {
            let haystack = FoundationSearch.Haystack(text)
            #expect(haystack.text == text)
            for needle in needles {
                #expect(haystack.mayFind(needle) == FoundationSearch.mayFind(needle, in: text), "\(needle) in \(text)")
            }
        }
        #expect(FoundationSearch.Haystack("\u{212A}elvin").mayFind("k"))
        #expect(!FoundationSearch.Haystack("Ärger im Amt").mayFind(" | "))
    }

    @Test func foldingASCIIAgreesWithFoundation() {
        let ascii = String(decoding: (0x20..<0x7F).map { UInt8($0) }, as: UTF8.self)
        for text in [ascii, "Hello World", "  The  STORY\tof X  ", "Don't"] {
            let collapsed = TextNormalization.collapse(text)
            let foundation = collapsed.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
                .replacingOccurrences(of: "’", with: "'")
            #expect(TextComparison.fold(text) == foundation)
        }
        #expect(TextComparison.fold("Ärger’s  Café") == "arger's cafe")
    }

    @Test func wordsOfASCIIAgreeWithCharacterProperties() {
        for text in ["hello, world", "a1 b2--c3", "", "  ", "it's 2021!", "x\r\ny"] {
            let expected = text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
            #expect(TextComparison.words(text) == expected)
        }
        #expect(TextComparison.words("Grüße aus Köln") == ["Grüße", "aus", "Köln"])
    }

    @Test func danglingSeparatorsAreTrimmedAsFoundationTrims() {
        for title in ["Story -", "| Story |", "Story", "– Story — ", ": Story", "Story/"] {
            #expect(FindHeadline.trimmingDanglingSeparators(title)
                == title.trimmingCharacters(in: CharacterSet(charactersIn: "-|–—·•:/ ")))
        }
    }

    @Test func aPrefilterLooksForEveryFragmentInAnyASCIICase() {
        let single = TextPattern("x|ab", requiring: ["x", "ab"])
        #expect(single.admits(Array("x".utf8)) && single.admits(Array("aX".utf8)) && single.admits(Array("zzAB".utf8)))
        #expect(!single.admits(Array("a".utf8)) && !single.admits(Array("ba".utf8)))
    }

    @Test func headingTextDropsSeparatorsLeftAtItsEnds() throws {
        let body = try TestPages.body("<h1>Story: </h1><h1>| Story |</h1><h1>Plain story</h1>")
        #expect(body.elementChildren.map(FindHeadline.headingText) == ["Story", "Story", "Plain story"])
    }

    @Test func countingCharactersStopsAtTheMinimumButAgreesWithCount() {
        for text in ["", "abc", "e\u{301}e\u{301}e\u{301}", "🇩🇪🇫🇷", String(repeating: "x", count: 50)] {
            for minimum in [0, 1, 2, 3, 4, 10, 50, 51] {
                #expect(ElementClues.hasAtLeast(minimum, charactersIn: text) == (text.count >= minimum))
            }
        }
    }

    @Test func classAndIDReadAsBytesIsTheLowerCasedClassSpaceID() throws {
        let document = try HTMLDocument(html: """
            <body><div class="Story-Body Main">1</div><div id="Top">2</div><div class="A" id="B">3</div>\
            <div>4</div><div class="x &amp; Ü">5</div></body>
            """)
        let divs = try #require(document.body).descendants(named: "div")
        #expect(divs.map(ElementClues.classAndID) == ["story-body main ", " top", "a b", " ", "x & Ü "])
    }

    /// Bylines with and without a date or label left at their end.
    static let bylineTails = [
        "Jane Doe am", "Jane Doe on,", "Jane Doe AT ·", "Jon", "Jane Doe | von", "Jane Doe vom .", "Jane Doe de", "am",
        "Jane Doe\u{A0}am", "Jane Doe del  |  ", "Renée du", "Jane Doe from •", "Jane Doe den", "Ole", "Pierre le",
        "Updated on March 3, 2021", "Posted 3 hours ago", "Veröffentlicht am 3. März 2022", "Stand: 28.01.22", "Mis à jour le 3 mars",
        "Jane Doe, Reuters", "par Jean Dupont le 3 mars 2021", "Michelle Obama",
    ]

    @Test func theDanglingWordCheckNeverTurnsAwayATailThePatternMatches() {
        for text in Self.samples + Self.bylineTails {
            let matches = BylineVocabulary.danglingWord.regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            if matches { #expect(BylineParsing.NoiseTraits(text).mayEndDangling, "\(text)") }
        }
        #expect(!BylineParsing.NoiseTraits("Jane Doe").mayEndDangling)
        #expect(!BylineParsing.NoiseTraits("Jon").mayEndDangling)
        #expect(BylineParsing.NoiseTraits("Jane Doe am").mayEndDangling)
    }

    @Test func digitsOfEveryScriptCountAsDigits() {
        #expect(BylineParsing.NoiseTraits("Jane Doe ٣ hours ago").mayHaveDigit, "Arabic-Indic digits")
        #expect(BylineParsing.NoiseTraits("Jane Doe १२").mayHaveDigit, "Devanagari digits")
        #expect(BylineParsing.NoiseTraits("Jane 3").mayHaveDigit)
        #expect(!BylineParsing.NoiseTraits("Renée Büssing").mayHaveDigit)
        for text in Self.samples + Self.bylineTails + ["٣ hours ago", "Jean Dupont ١٢/٠٣/٢٠٢١"] {
            let matches = text.range(of: "\\d", options: .regularExpression) != nil
            if matches { #expect(BylineParsing.NoiseTraits(text).mayHaveDigit, "\(text)") }
        }
    }

    @Test func everyPrintedDateInABylineHasFourDigits() {
        let texts = Self.samples + Self.bylineTails + [
            "Jane Doe March 3, 2021", "Jane Doe 3/4/21", "Jane Doe 2021-03-04", "Jane Doe 3. März 2022", "Jane Doe ١٢/٠٣/٢٠٢١",
            "Télam hace 5 horas", "Jane Doe 3/4/2", "Mon, Mar 3 21",
        ]
        for text in texts {
            let matches = BylineVocabulary.printedDate.regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            if matches { #expect(BylineParsing.NoiseTraits(text).mayHaveFourDigits, "\(text)") }
        }
        #expect(!BylineParsing.NoiseTraits("Télam hace 5 horas").mayHaveFourDigits)
    }

    @Test func theMonthNameCheckAdmitsEveryNameAndTurnsAwayPlainNumbers() {
        for name in MonthNames.all.keys {
            #expect(MonthNames.mayOccur(in: "am 3. \(name) 2021"), "\(name)")
            #expect(MonthNames.mayOccur(in: "3 \(name.uppercased()) 2021"), "\(name)")
        }
        #expect(!MonthNames.mayOccur(in: "12.03.2021 10:15"))
        #expect(!MonthNames.mayOccur(in: "Posted 2021-03-04 by Bob Smith"))
        // Text with other characters is lower-cased, not waved through.
        for name in MonthNames.all.keys {
            #expect(MonthNames.mayOccur(in: "Grüße, \(name.capitalized) 3, 2021"), "\(name)")
            #expect(MonthNames.mayOccur(in: "3 \(name.uppercased()) 2021 · 東京"), "\(name)")
        }
        #expect(!MonthNames.mayOccur(in: "Grüße aus Köln, 12345 Zeichen · 東京 2021"))
        #expect(DateNormalization.firstDate(inText: "Grüße · 5 DÉCEMBRE 2021")?.dayString == "2021-12-05")
    }

    @Test func theLabelWordsAdmitEveryUpdatedTail() {
        for text in Self.samples + Self.bylineTails
        where BylineVocabulary.updatedTail.regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil {
            #expect(BylineVocabulary.updatedTail.prefilter?.admits(text) ?? true, "\(text)")
        }
    }

    @Test func wholeWordsAnswerAsTheirExpression() {
        let words = HeadlineHints.foreignContainer
        let texts = Self.samples + [
            "nav", "site-nav main", "canvas", "navbar-top", "main-navigation", "menu_item", "submenu", "menu-item",
            "comments-area", "commentary", "site-title", "site-titles", "more-stories", "Sidebar", "LOGO brand",
            "x\tnav", "x\u{0B}nav", "x\u{1C}nav", "x\u{1F}nav", "x\u{7F}nav", "x\u{0C}nav\r", "nav\u{A0}x",
            "über nav", "brand_new", "pre-footer", "footer-",
            "-footer", "footers", " ", "", "breadcrumbs", "breadcrumb-s", "related_posts", "unrelated", "cookie-banner",
        ]
        for text in texts {
            let expected = words.pattern.regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            #expect(words.matches(text) == expected, "\(text)")
        }
    }

    @Test func publishedClassNamesAnswerAsTheirExpression() {
        // Every fragment, prefix and edge the expression knows, alone and in combinations.
        let parts = DateHints.publishedFragments + DateHints.notPublishedDatePrefixes + [
            "date", "time", "meta", "update", "candidate", "validated", "accessdate", "access-date", "access_date",
            "timeline", "datetime", "metadata", "post-meta", "sometimes", "time2", "up", "Date", "TIME", "META",
            "x", "-", "_", " ", "\t", "\u{0B}", "\u{1C}", "\n", "é", "2", ".",
        ]
        let edges = ["date", "time", "meta", "up", "access", "-", "_", " ", "\u{0B}", "x", "é", "2"]
        var texts = Self.samples + parts
        texts += parts.flatMap { first in parts.map { first + $0 } }
        texts += edges.flatMap { first in edges.flatMap { second in edges.map { first + second + $0 } } }
        for text in texts {
            let expected = DateHints.publishedClass.regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
            #expect(DateHints.isPublishedClass(text) == expected, "\(text)")
        }
    }
}
