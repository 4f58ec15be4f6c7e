import Foundation
import MorgueModel
import Testing
@testable import MorgueExtraction

/// The byte tests that stand in front of the news fields' patterns and
/// Foundation calls must never turn away a text the pattern would match,
/// and the byte forms of string tests must decide as the calls they replace.
@Suite struct NewsFieldsFastChecksTests {
    static func regexMatches(_ pattern: TextPattern, _ text: String) -> Bool {
        pattern.regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
    }

    static let bylines = [
        "", "Jane Doe", "By Jane Doe", "BY JANE DOE and JOHN ROE Associated Press", "by jane doe", "By-Jane Doe", "By: Jane",
        "Written by Jane Doe", "Reporting by Jane Doe", "Additional reporting by Jane Doe", "Text von Jane Doe", "Von Jane Doe",
        "Veröffentlicht von SeglerBlog am 23. Februar 2020", "Geschrieben von Jane", "Publié par Jean", "Écrit par Jean",
        "Publicado por Ana", "Escrito por Ana", "A report by Jane", "An article by Jane", "Story by Jane", "Words by Jane",
        "Eine Analyse von Jane", "Ein Beitrag von Jane", "Par Jean Dupont", "Por Ana Ruiz", "Door Jan de Vries", "Av Ola Nordmann",
        "Af Jens Hansen", "Text: Jane", "Autor: Jane Doe", "Autorin: Jane Doe", "Author: Jane", "Authors: Jane and John",
        "Auteur : Jean", "Reporter: Jane", "Автор: Иван Петров", "автор: Иван", "מאת נועה ברגר", "Penulis: Rina Anggraini",
        "Forfatter: Ola", "Författare: Anna", "Tác giả: Nguyen", "ผู้เขียน: สมชาย", "a cura di Mario Rossi", "di Mario Rossi",
        "Di Maio", "Interview: Jane Doe", "作者：张三", "记者：王敬照", "责任编辑：焦鹏", "كتب: محمد", "بقلم محمد", "Byron Smith",
        "Bylines", "Disko Von Ernst Lohoff", "Kultur By Jane Doe", "Sport Par Jean", "Politik Por Ana", "Jane Doe, Reuters",
        "Jane Doe; John Roe", "Jane Doe | Reuters", "Jane Doe / Reuters", "Jane Doe - Chrome team", "Jane Doe – AP",
        "Jane Doe and John Roe", "Jane Doe AND John Roe", "Jane Doe und John Roe", "Jean et Marie", "Ana y Luis", "Ana e Luis",
        "Jan en Piet", "Jan i Piotr", "Ali ve Ayşe", "Иван и Пётр", "Jane & John", "Jean avec AFP", "Jane with John",
        "Jane mit John", "كريم الشاذلي ومنى عبد الحليم", "نועה ברגר ואלון שמעוני", "נועה ברגר ואלון שמעוני", "Jane (AP)",
        "Jane [AP]", "Jane·Doe", "Jane • Doe", "Jane\u{A0}and\u{A0}John", "Jane\tand John", "Michele Gettleman",
        "Jane Doe | Updated: Nov 12, 2025", "Jane Doe / Updated: Nov 12, 2025, 14:05 IST", "Mis à jour le 3 mars 2021",
        "par Jean Dupont le 3 mars 2021", "Pierre le", "Jane Doe Stand: 28.01.22", "Posted on March 3, 2021 by Jane",
        "Jane Doe 3 pm", "Jane Doe 3 P.M.", "Jane Doe 14:30", "Jane Doe: 3pm", "Jane Doe ٣:٤٥", "Jane Doe 3\u{A0}am",
        "jane@example.com", "www.example.com/jane", "https://example.com", "HTTP://EXAMPLE.COM", "WWW.EXAMPLE.COM", "@janedoe",
        "Jane Doe 3 hours ago", "Jane Doe 3 HOURS AGO", "Jane Doe ١٢ hours ago", "Datum: 19.11.2021 Autor: Fritz Imhof",
        "6 de mayo de 2022 05:30", "Jane Doe 3/4/21", "Jane Doe 2021-03-04", "Jane Doe March 3, 2021", "Jane Doe 3. März 2022",
        "Jane Doe ١٢/٠٣/٢٠٢١", "Jane 2021 ١٢/٠٣/٢٠٢١", "Jane Doe 12.03.2021 10:15", "Mon, Mar 3 2021", "Jane 20210",
        "Luis Ávila / Seguir / [email protected] / - Actualizado: 29/4/2022 - 12:00 am", "Jane Doe in Rubrik: Tests",
    ]

    @Test func theByOpeningCheckNeverTurnsAwayALeadingBy() {
        for text in Self.bylines where Self.regexMatches(BylineVocabulary.leadingBy, text) {
            #expect(BylineParsing.mayOpenWithBy(text), "\(text)")
        }
        #expect(!BylineParsing.mayOpenWithBy("Jane Doe"))
        #expect(!BylineParsing.mayOpenWithBy("Byron Smith"))
        #expect(BylineParsing.mayOpenWithBy("By Jane Doe"))
    }

    @Test func theRubricCheckNeverTurnsAwayARubricBeforeBy() {
        for text in Self.bylines where Self.regexMatches(BylineVocabulary.rubricBeforeBy, text) {
            #expect(BylineParsing.mayHoldRubricBeforeBy(text), "\(text)")
        }
        #expect(BylineParsing.mayHoldRubricBeforeBy("Disko Von Ernst Lohoff"))
        #expect(!BylineParsing.mayHoldRubricBeforeBy("Jane Doe"))
    }

    @Test func theSeparatorCheckNeverTurnsAwayASeparator() {
        for text in Self.bylines where Self.regexMatches(BylineVocabulary.separators, text) {
            #expect(BylineParsing.maySeparate(text), "\(text)")
        }
        #expect(!BylineParsing.maySeparate("Jane Doe"))
        #expect(!BylineParsing.maySeparate("Andrea Wither"))
        #expect(BylineParsing.split("Jane Doe") == ["Jane Doe"])
    }

    @Test func asciiSeparatorsAreFoundWhereThePatternFindsThem() {
        let tokens = ["Jane", "Doe", "and", "AND", "And", "und", "et", "e", "E", "y", "en", "i", "ve", "&", "avec", "with",
                      "With", "mit", "additional", "reporting", "by", ",", ";", "|", "(", ")", "[", "]", "/", "-", "--", "x/y"]
        let spaces = ["", " ", " ", " ", "  ", "   "]
        var generator = SystemRandomNumberGenerator()
        var texts = Self.bylines.filter { $0.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F } }
        for _ in 0..<3000 {
            var text = ""
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                text += spaces.randomElement(using: &generator)! + tokens.randomElement(using: &generator)!
            }
            texts.append(text + spaces.randomElement(using: &generator)!)
        }
        for text in texts {
            let expected = BylineVocabulary.separators.regex.matches(in: text, range: NSRange(text.startIndex..., in: text))
                .map { $0.range.location..<($0.range.location + $0.range.length) }
            #expect(BylineParsing.asciiSeparators(text) == expected, "\(text)")
        }
        #expect(BylineParsing.asciiSeparators("Jane Doe و John") == nil)
    }

    @Test func theNoiseChecksNeverTurnAwayNoiseTheirPatternsMatch() {
        let patterns: [(TextPattern, BylineParsing.NoiseTraits.Need)] = [
            (BylineVocabulary.updatedTail, .updatedLabel), (BylineVocabulary.url, .urlMark),
            (BylineVocabulary.clockTime, .colonAndClock), (BylineVocabulary.relativeTime, .digitAndAgo),
            (BylineVocabulary.printedDate, .printedDate),
        ]
        for text in Self.bylines {
            let traits = BylineParsing.NoiseTraits(text)
            for (pattern, need) in patterns where Self.regexMatches(pattern, text) {
                // The clock pattern runs only on a text with a colon, as it always has.
                if need == .colonAndClock, !text.contains(":") { continue }
                #expect(traits.admits(need), "\(need) \(text)")
            }
        }
        #expect(!BylineParsing.NoiseTraits("Michele Gettleman").admits(.updatedLabel))
        #expect(BylineParsing.NoiseTraits("Mis à jour le 3 mars").admits(.updatedLabel))
        #expect(!BylineParsing.NoiseTraits("Bob 2021").admits(.printedDate))
    }

    @Test func nameTextTrimsAsFoundationDoes() {
        let samples = ["", " ", "Jane", " Jane ", "–Jane—", "(Jane)", "[Jane Doe].", "|Jane|", "Ünal,", "—", "a—b", "𝐀—", "—𝐀",
                       ".,;:", "Jane\u{A0}", "ÉTÉ;", "Jane Doe, Reuters", "Ph.D.", "-Ana-Maria-"]
        for text in samples {
            #expect(NameText.trimmed(text) == text.trimmingCharacters(in: NewsOrganizations.trimSet), "\(text)")
            #expect(NameText.lowerTrimmed(text[...]) == text.lowercased().trimmingCharacters(in: NewsOrganizations.trimSet),
                    "\(text)")
        }
    }

    @Test func plausibleNamesOfASCIIAreReadOnTheirBytes() {
        #expect(BylineParsing.isPlausibleName("Jane Doe"))
        #expect(BylineParsing.isPlausibleName("Daniel O'Mahony"))
        #expect(BylineParsing.isPlausibleName("J. R. R. Tolkien"))
        #expect(BylineParsing.isPlausibleName("Ludwig van Beethoven"))
        #expect(!BylineParsing.isPlausibleName("jane doe"))
        #expect(!BylineParsing.isPlausibleName("The Editors"))
        #expect(!BylineParsing.isPlausibleName("Jane 3"))
        #expect(!BylineParsing.isPlausibleName("Jane Doe!"))
        #expect(!BylineParsing.isPlausibleName("J"))
        #expect(!BylineParsing.isPlausibleName("Mehr Artikel"))
        #expect(BylineParsing.isPlausibleName("Renée Büssing"))
        #expect(BylineParsing.restoreCase("JANE DOE") == "Jane Doe")
        #expect(BylineParsing.restoreCase("Jane Doe") == "Jane Doe")
        #expect(BylineParsing.stripCJKRole("Jane Doe") == "Jane Doe")
        #expect(BylineParsing.stripCJKRole("记者王敬照") == "王敬照")
    }

    @Test func theDatelineMarksNeverTurnAwayADateline() {
        let story = " The Senate voted on Tuesday to pass the bill, officials said."
        let paragraphs = [
            "WASHINGTON (AP) — The Senate voted.", "LONDON, Sept 16 (Reuters) - British inflation rose.",
            "NEW DELHI, India, March 3 (AFP) – Protesters gathered.", "KABUL, Afghanistan — A bomb exploded.",
            "TEGUCIGALPA, HONDURAS.- El gobierno anunció medidas.", "NAPA COUNTY, Calif. (KGO) -- Napa County agreed.",
            "Hamburg (dpa/lno) – Trotz eines Gespräches blieb es dabei.", "Frankfurt/Main (AFP) - Die Börse schloss fester.",
            "BOGOTÁ, 4 de marzo (EFE) - El Gobierno anunció un plan.", "CIUDAD DE MÉXICO, 4 mar (EFE).- Arqueólogos hallaron.",
            "القاهرة - (رويترز) - قالت الحكومة.", "دبي (وام) - أعلنت الحكومة.", "Rio de Janeiro (AFP) - A polícia prendeu.",
            "BEIJING — Officials said on Monday.", "SUKARAJA, KABARNUSA.com -" + story, "Jakarta -" + story,
            "Jakarta, CNN Indonesia --" + story, "NEW YORK, March 4, 2025 /PRNewswire/ --" + story,
            "SAN FRANCISCO--(BUSINESS WIRE)--" + story, "LONDON/PRNewswire/ -" + story, "O’HARE — The flights.",
            "The mayor arrived at noon.", "“Never — not once,” she said.",
        ]
        let kinds: [DatelineParsing.WireDateline] = [.capitals, .cased, .uncased]
        for paragraph in paragraphs {
            let text = TextNormalization.collapse(paragraph)
            let marks = DatelineParsing.OpeningMarks(text)
            for kind in kinds where Self.regexMatches(kind.pattern, text) {
                #expect(marks.mayMatch(kind), "\(kind) \(text)")
            }
            if Self.regexMatches(DatelineVocabulary.releaseDateline, text) {
                #expect(marks.mayOpenWithCapitals && (marks.hasSlash || marks.hasBracket), "\(text)")
            }
            if Self.regexMatches(DatelineVocabulary.casedPlaceDash, text) { #expect(marks.hasSpacedHyphen, "\(text)") }
        }
        #expect(!DatelineParsing.OpeningMarks("The mayor arrived at noon.").mayMatch(.capitals))
    }

    @Test func theCreditChecksNeverTurnAwayACredit() {
        let captions = [
            "The moss. Photo: Jane Doe/Reuters", "The moss. PHOTO: Jane Doe", "The moss. Photograph: Jane", "The moss. Credit: Jane",
            "The moss. Image Credits: Jane", "Foto: Jane", "Bild: dpa", "Bildquelle: Jane", "Quelle: Jane", "Source: Jane",
            "Crédit photo : Jean", "CRÉDIT : Jean", "Fotografía: Ana", "Imagen: Ana", "Screenshot: Jane", "Fotoğraf: Ali",
            "Фото: Иван", "ФОТО: Иван", "צילום: נועה", "Ảnh: Nguyen", "ẢNH: Nguyen", "ภาพ: สมชาย", "The moss. Fot. Jan Kowalski",
            "Photo by Jane Doe", "Picture courtesy of Jane", "© Jane Doe", "(c) Reuters", "Copyright 2015 AP", "COPYRIGHT Jane",
            "The storm hit. Jane Doe/Getty Images", "The storm hit. — AFP via Getty Images", "The storm hit. Reuters.",
            "The storm hit. - picture alliance", "The storm hit. - picture-alliance", "The storm hit. | dpa", "The storm hit. EPA-EFE",
            "The storm hit. iStockphoto", "The storm hit. Istock", "The storm hit. Jane Doe/The New York Times",
            "The storm hit. Jane Doe/Wikimedia Commons", "The storm hit. Zuma Press", "The storm hit. AP ", "A sunny day.",
        ]
        let forms: [SplitCaptionCredit.CreditForm] = [.labelled, .copyright, .trailingService]
        for caption in captions {
            let text = TextNormalization.collapse(caption)
            for form in forms where Self.regexMatches(form.pattern, text) {
                #expect(form.mayMatch(text), "\(form) \(text)")
            }
        }
        #expect(!SplitCaptionCredit.CreditForm.trailingService.mayMatch("A sunny day."))
        #expect(!SplitCaptionCredit.CreditForm.labelled.mayMatch("A sunny day."))
        #expect(SplitCaptionCredit.serviceLastWords?.contains("istockphoto") == true)
    }

    @Test func correctionLabelsAreFoundInTheOpeningBytes() {
        let paragraphs = [
            "Correction: An earlier version misstated the date.", "**Update:** The council voted.", "[Editor's note: This story]",
            "Update, Nov 12th: The vote passed.", "Updated November 12th: More.", "_Korrektur, 05.03.2025:_ Wir haben",
            "Anmerkung der Redaktion: Der Text", "Rectificatif (13/03/2025) : Une erreur", "Исправление: текст", "תיקון: טקסט",
            "This article has been updated to add comment.", "An earlier version of this article misstated the name.",
            "In einer früheren Fassung dieses Artikels stand", "   ***   Correction: spaced", "The mayor said the update was late.",
        ]
        for paragraph in paragraphs {
            let text = TextNormalization.collapse(paragraph)
            let opening = CorrectionNotes.opening(text)
            for pattern in [CorrectionPhrases.label, CorrectionPhrases.statement, CorrectionPhrases.datedUpdate]
            where pattern.matches(text) {
                #expect(pattern.admits(opening), "\(text)")
            }
        }
    }

    @Test func numbersAreFoundAsCharactersFindThem() {
        let samples = ["", "abc", "a1", "1", "“1”", "\u{0600}1", "½ cup", "三月", "٣", "Jane Doe", "é1", "x\u{301}2", "①", "Ⅻ"]
        for text in samples {
            #expect(DropBoilerplateBlocks.holdsNumber(text) == text.contains(where: \.isNumber), "\(text)")
        }
    }

    @Test func wordsAreCountedAsScalarsCountThem() {
        func scalarCount(_ text: String) -> Int {
            var words = 0
            var inWord = false
            for scalar in text.unicodeScalars {
                if CountWords.isCJK(scalar) { words += 1; inWord = false }
                else if TextNormalization.isSpace(scalar) { inWord = false }
                else if !inWord { words += 1; inWord = true }
            }
            return words
        }
        for text in ["", " ", "one two", " one\ttwo\nthree ", "中文字", "Ünal és\u{A0}Péter", "𝐀 𝐁", "한국어 문장", "a\u{3000}b"] {
            #expect(CountWords.run(text) == scalarCount(text), "\(text)")
        }
    }

    @Test func linkWordsAreCountedUpToTheirLimit() {
        let inlines: [Inline] = [.text("Read more "), .link(url: "https://x.test/a", [.text("about the storm")]), .text(" é ü"),
                                 .strong([.text("now\u{A0}please")])]
        let words = LinkShare(inlines).words
        for limit in 1...12 { #expect(LinkShare.words(in: inlines, upTo: limit) == min(words, limit), "\(limit)") }
    }

    @Test func imageAddressesAreReadOnTheirBytes() {
        for url in ["data:image/gif;base64,R0lG", "DATA:image/png", "Data:", "data", "https://x.test/a.jpg", "data:\u{301}x", ""] {
            #expect(ImageSource.isDataURI(url) == url.lowercased().hasPrefix("data:"), "\(url)")
        }
        #expect(ImageSource.pictureName("https://x.test/img/Cafe-640x427.jpg?x=1") == "cafe")
        #expect(ImageSource.pictureName("https://x.test/img/photo.JPG#top") == "photo")
        #expect(ImageSource.pictureName("https://x.test/") == nil)
        let candidates = ImageSource.candidates("a.jpg 320w, b.jpg 640w,c.jpg 2x, data:image/gif;base64,R0 1x, d,e.jpg,")
        #expect(candidates.map(\.url) == ["a.jpg", "b.jpg", "c.jpg", "d,e.jpg"])
        #expect(candidates.map(\.size) == [320, 640, 2, 1])
    }
}
