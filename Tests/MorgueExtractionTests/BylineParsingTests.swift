import Testing
@testable import MorgueExtraction

@Suite struct BylineParsingTests {
    @Test func splitsAuthorFromPaper() throws {
        let byline = try #require(BylineParsing.parse("Paul Mozur, THE NEW YORK TIMES"))
        #expect(byline.text == "Paul Mozur, THE NEW YORK TIMES")
        #expect(byline.authors == ["Paul Mozur"])
        #expect(byline.organization == "The New York Times")
    }

    @Test func theMarksBeforeARemovedDateLeaveTheBylinesEnd() throws {
        let byline = try #require(BylineParsing.parse("Beatriz Lindqvist @bealindqvist / 9:00 AM PST • November 12, 2025"))
        #expect(byline.text == "Beatriz Lindqvist")
        #expect(byline.authors == ["Beatriz Lindqvist"])
        #expect(BylineParsing.parse("Limespacer ·")?.text == "Limespacer")
        // A closing bracket answering one in the byline stays.
        #expect(BylineParsing.parse("Martin Untersinger (avec Damien Leloup et Morgane Tual)")?.text
            == "Martin Untersinger (avec Damien Leloup et Morgane Tual)")
    }

    @Test func anAgencyAddedAfterACommaIsTheOrganization() throws {
        // "…, avec AFP": the writers and the agency that contributed.
        let comma = try #require(BylineParsing.parse("Camille Roussel et Théo Maréchal, avec AFP"))
        #expect(comma.authors == ["Camille Roussel", "Théo Maréchal"])
        #expect(comma.organization == "Agence France-Presse")
        #expect(BylineParsing.parse("Camille Roussel, avec l'AFP")?.organization == "Agence France-Presse")
        #expect(BylineParsing.parse("Jane Doe, with Reuters")?.organization == "Reuters")
        // The newsroom credited with an agency: the agency.
        let newsroom = try #require(BylineParsing.parse("La Rédaction avec AFP"))
        #expect(newsroom.authors == [])
        #expect(newsroom.organization == "Agence France-Presse")
    }

    @Test func aStationsCodeAfterTheWritersNamesTheOrganization() throws {
        let portal = try #require(BylineParsing.parse("Por Ana Souza e Rafael Cunha, v1 Vale do Ribeirão"))
        #expect(portal.authors == ["Ana Souza", "Rafael Cunha"])
        #expect(portal.organization == "v1 Vale do Ribeirão")
        #expect(BylineParsing.parse("Mette Holm, TV2 Fyn")?.organization == "TV2 Fyn")
        // A code needs a writer before it, and a time of day is no code.
        #expect(BylineParsing.startsWithStationCode("g1 SP"))
        #expect(!BylineParsing.startsWithStationCode("3pm update"))
        #expect(!BylineParsing.startsWithStationCode("Ana Souza"))
    }

    @Test func readsItalianAndWireBylines() throws {
        let italian = try #require(BylineParsing.parse("di Giulia Fornaciari e Paolo Marchetti (ANSA)"))
        #expect(italian.authors == ["Giulia Fornaciari", "Paolo Marchetti"])
        #expect(italian.organization == "ANSA")
        // "Di" in capitals opens a surname, not a byline.
        #expect(BylineParsing.parse("Di Maio Luigi")?.authors == ["Di Maio Luigi"])
        // A Korean reporter's role follows the name.
        #expect(BylineParsing.parse("민서준 기자")?.authors == ["민서준"])
        #expect(BylineParsing.cleanName("민서준 기자") == "민서준")
        let wire = try #require(BylineParsing.parse("PR Newswire"))
        #expect(wire.authors == [])
        #expect(wire.organization == "PR Newswire")
    }

    @Test func dropsABracketedDescriptionButKeepsABracketedOrganization() throws {
        let described = try #require(BylineParsing.parse("Brit Weirich (Medizinredakteurin. M.A. Mehrsprachige Kommunikation)"))
        #expect(described.authors == ["Brit Weirich"])
        #expect(described.organization == nil)
        // A bracket left open runs to the end.
        #expect(BylineParsing.parse("Samuel Diekmann (Sponsored Post")?.authors == ["Samuel Diekmann"])
        // An ad label in brackets is a description, and leaves no space before a comma.
        let sponsored = try #require(BylineParsing.parse("Samuel Diekmann (Sponsored Post), Redner"))
        #expect(sponsored.text == "Samuel Diekmann, Redner")
        #expect(sponsored.organization == nil)
        let coAuthors = try #require(BylineParsing.parse("Martin Untersinger (avec Damien Leloup et Morgane Tual)"))
        #expect(coAuthors.authors == ["Martin Untersinger", "Damien Leloup", "Morgane Tual"])
        #expect(coAuthors.text == "Martin Untersinger (avec Damien Leloup et Morgane Tual)")
        let agency = try #require(BylineParsing.parse("Jane Doe (The New York Times)"))
        #expect(agency.authors == ["Jane Doe"])
        #expect(agency.organization == "The New York Times")
    }

    @Test func aNicknameInBracketsLeavesTheNameWhole() throws {
        let nickname = try #require(BylineParsing.parse("By Richard (R.J.) Eskow"))
        #expect(nickname.authors == ["Richard Eskow"])
        #expect(nickname.text == "Richard (R.J.) Eskow")
        // An agency in brackets is no nickname: the place after it is not part of the name.
        let agency = try #require(BylineParsing.parse("Jane Doe (AP) Washington"))
        #expect(agency.authors == ["Jane Doe"])
        #expect(agency.organization == "Associated Press")
    }

    @Test func aSpacedDashPartsNamesAndACodeBesideThemIsTheDesk() throws {
        let team = try #require(BylineParsing.parse("Eric Mill and Kiran C Nair - Chrome Safe Browsing team"))
        #expect(team.authors == ["Eric Mill", "Kiran C Nair"])
        #expect(team.organization == "Chrome Safe Browsing team")
        let desk = try #require(BylineParsing.parse("GESE - La Estrella de Panamá"))
        #expect(desk.organization == "GESE")
        #expect(!desk.authors.contains("Gese"))
        let institute = try #require(BylineParsing.parse("Joachim Hamberger, LWF"))
        #expect(institute.authors == ["Joachim Hamberger"])
        #expect(institute.organization == "LWF")
        // A writer's initials are a sign-off.
        let initials = try #require(BylineParsing.parse("Tina Klostermeier,TK"))
        #expect(initials.authors == ["Tina Klostermeier"])
        #expect(initials.organization == nil)
        // A hyphenated name is one name.
        #expect(BylineParsing.parse("Anna Müller-Lüdenscheid")?.authors == ["Anna Müller-Lüdenscheid"])
    }

    @Test func aJobTitleAfterTheLastNameLeavesTheText() throws {
        let editor = try #require(BylineParsing.parse("Richard Adams Education editor"))
        #expect(editor.text == "Richard Adams")
        #expect(editor.authors == ["Richard Adams"])
        #expect(try #require(BylineParsing.parse("Christoph Hein, Chefredakteur")).text == "Christoph Hein")
        // An organization after the name stays in the text.
        #expect(try #require(BylineParsing.parse("Paul Mozur, THE NEW YORK TIMES")).text == "Paul Mozur, THE NEW YORK TIMES")
        #expect(BylineParsing.droppingTrailingRole("Letters To The Editor", after: "Letters") == "Letters To The Editor")
    }

    @Test func theSectionAfterTheBylineIsNoise() throws {
        let byline = try #require(BylineParsing.parse("Jane Doe in Rubrik: Hyundai > Hyundai Tests"))
        #expect(byline.authors == ["Jane Doe"])
        #expect(byline.text == "Jane Doe")
    }

    @Test func aCopyrightNoticeIsNoByline() {
        #expect(BylineParsing.parse("Copyright Haufe-Lexware GmbH & Co. KG - all rights reserved") == nil)
        #expect(BylineParsing.parse("© 2022 Example Media") == nil)
    }

    @Test func readsChineseJapaneseAndKoreanBylines() {
        #expect(BylineParsing.parse("作者： 记者王敬照")?.authors == ["王敬照"])
        #expect(BylineParsing.parse("责任编辑：焦鹏")?.authors == ["焦鹏"])
        #expect(BylineParsing.parse("홍길동 기자")?.authors == ["홍길동"])
    }

    @Test func readsArabicLabelsAndSplitsArabicNames() throws {
        let two = try #require(BylineParsing.parse("كتب: كريم الشاذلي ومنى عبد الحليم"))
        #expect(two.text == "كريم الشاذلي ومنى عبد الحليم")
        #expect(two.authors == ["كريم الشاذلي", "منى عبد الحليم"])
        #expect(BylineParsing.parse("كتبت: منى عبد الحليم")?.authors == ["منى عبد الحليم"])
        #expect(BylineParsing.parse("بقلم كريم الشاذلي، منى عبد الحليم")?.authors == ["كريم الشاذلي", "منى عبد الحليم"])
        // A name that begins with "و" keeps it.
        #expect(BylineParsing.parse("كتب: وليد محمود ووائل سعيد")?.authors == ["وليد محمود", "وائل سعيد"])
    }

    @Test func dropsLeadingByAndRestoresCase() throws {
        let byline = try #require(BylineParsing.parse("BY JANE DOE, Associated Press"))
        #expect(byline.text == "JANE DOE, Associated Press")
        #expect(byline.authors == ["Jane Doe"])
        #expect(byline.organization == "Associated Press")

        for prefix in ["By", "Von", "Par", "Por", "Door", "By:"] {
            #expect(BylineParsing.parse("\(prefix) Jane Doe")?.authors == ["Jane Doe"])
        }
    }

    @Test func restoresCaseOfCapitalNames() {
        #expect(BylineParsing.restoreCase("JANE DOE") == "Jane Doe")
        #expect(BylineParsing.restoreCase("RONALD MCDONALD") == "Ronald McDonald")
        #expect(BylineParsing.restoreCase("CONAN O'BRIEN") == "Conan O'Brien")
        #expect(BylineParsing.restoreCase("GINA ROBERTS-GREY") == "Gina Roberts-Grey")
        #expect(BylineParsing.restoreCase("Jane DeWitt") == "Jane DeWitt")
    }

    @Test func splitsSeveralAuthors() throws {
        let byline = try #require(BylineParsing.parse("BY JANE DOE and JOHN ROE Associated Press"))
        #expect(byline.authors == ["Jane Doe", "John Roe"])
        #expect(byline.organization == "Associated Press")

        #expect(BylineParsing.parse("Jane Doe & John Roe")?.authors == ["Jane Doe", "John Roe"])
        #expect(BylineParsing.parse("Von Roland Brockmann und Sebastian Drescher")?.authors == ["Roland Brockmann", "Sebastian Drescher"])
        #expect(BylineParsing.parse("Anne Martin et Paul Durand")?.authors == ["Anne Martin", "Paul Durand"])
        #expect(BylineParsing.parse("Jane Doe; John Roe; Jane Doe")?.authors == ["Jane Doe", "John Roe"])
    }

    @Test func separatesAgencyAfterBar() throws {
        let byline = try #require(BylineParsing.parse("Jane Doe | Reuters"))
        #expect(byline.authors == ["Jane Doe"])
        #expect(byline.organization == "Reuters")
    }

    @Test func dropsRolesCredentialsAndNoise() throws {
        #expect(BylineParsing.parse("By Jane Doe, Staff Writer")?.authors == ["Jane Doe"])
        #expect(BylineParsing.parse("Jane Doe Senior Correspondent")?.authors == ["Jane Doe"])
        #expect(BylineParsing.parse("By Brenda Goodman, MA")?.authors == ["Brenda Goodman"])
        let noisy = try #require(BylineParsing.parse("By Jane Doe jane.doe@example.com @janedoe Updated March 11, 2015 3:46 PM"))
        #expect(noisy.authors == ["Jane Doe"])
        #expect(noisy.text == "Jane Doe")
        #expect(BylineParsing.parse("by Lucas Nolan 22 Dec 2016")?.authors == ["Lucas Nolan"])
        // A date stamp after a slash goes whole, with the slash.
        let slashed = try #require(BylineParsing.analyse("Ananya Rao & Vikram Sehgal / Updated: Nov 12, 2025, 14:05 IST"))
        #expect(slashed.byline.text == "Ananya Rao & Vikram Sehgal")
        #expect(slashed.byline.authors == ["Ananya Rao", "Vikram Sehgal"])
        #expect(slashed.unexplained.isEmpty)
        #expect(BylineParsing.parse("Ananya Rao & Vikram Sehgal / STN / Updated: Nov 12, 2025, 14:05 IST")?.authors
            == ["Ananya Rao", "Vikram Sehgal"])
    }

    @Test func keepsADeskAsOrganization() throws {
        let byline = try #require(BylineParsing.parse("By Brenda Goodman, MA WebMD Health News"))
        #expect(byline.authors == ["Brenda Goodman"])
        #expect(byline.organization == "WebMD Health News")
        let staff = try #require(BylineParsing.parse("Adam Aaronson, PhillyVoice Staff"))
        #expect(staff.authors == ["Adam Aaronson"])
        #expect(staff.organization == "PhillyVoice Staff")
        let writer = try #require(BylineParsing.parse("Jane Doe, Staff Writer"))
        #expect(writer.authors == ["Jane Doe"])
        #expect(writer.organization == nil)
    }

    @Test func rejectsSentences() {
        #expect(BylineParsing.parse("By the time we arrived, the city was quiet.") == nil)
        #expect(BylineParsing.parse("Updated March 11, 2015") == nil)
        #expect(BylineParsing.parse("") == nil)
    }

    @Test func dropsWordsLeftByDates() {
        #expect(BylineParsing.parse("Von Isabella Di Biase am 12.01.2022")?.authors == ["Isabella Di Biase"])
        #expect(BylineParsing.parse("Veröffentlicht von SeglerBlog")?.text == "SeglerBlog")
    }

    @Test func collapsesANamePrintedTwice() {
        #expect(BylineParsing.parse("Par Olivier Minot Olivier Minot")?.authors == ["Olivier Minot"])
    }

    @Test func cleansOneStructuredName() {
        #expect(BylineParsing.cleanName("By JANE DOE") == "Jane Doe")
        #expect(BylineParsing.cleanName("Rasender Reporter") == "Rasender Reporter")
        #expect(BylineParsing.cleanName("https://example.com/authors/jane") == nil)
    }

    @Test("'Special to the Herald' is a contributor's standing: kept in the byline, no organization")
    func contributorStandingIsNoOrganization() throws {
        let byline = try #require(BylineParsing.parse("By Tom Reyes, Special to the Herald"))
        #expect(byline.authors == ["Tom Reyes"])
        #expect(byline.organization == nil)
        #expect(byline.text == "Tom Reyes, Special to the Herald")
    }

    @Test("a job title filed inside a structured author's name goes; a name is never cut below two words")
    func structuredNameLosesItsJobTitle() {
        #expect(BylineParsing.cleanName("Joanna Petrescu Guest columnist") == "Joanna Petrescu")
        #expect(BylineParsing.cleanName("Staff Writer Marcus Hale") == "Marcus Hale")
        #expect(BylineParsing.cleanName("Lindqvist Editor") == "Lindqvist Editor")
    }

    @Test func theMemoAnswersAsAnalyseDoesForEveryText() {
        var memo = BylineParsing.Memo()
        for text in ["Autor: Gàbor Muniér", "By Jane Doe and John Roe, Reuters", "Autor: Gàbor Muniér", "Share this", "Share this", ""] {
            let remembered = memo.analyse(text)
            let fresh = BylineParsing.analyse(text)
            #expect(remembered?.byline == fresh?.byline, "\(text)")
            #expect(remembered?.unexplained == fresh?.unexplained, "\(text)")
        }
    }

    @Test func theMemoStopsAnalysingNewTextsPastItsLimitButKeepsAnswering() {
        var memo = BylineParsing.Memo()
        let names = (0..<BylineParsing.Memo.maxTexts).map { "By Writer \(String(repeating: "a", count: $0 % 40 + 1)) Number\($0 / 40)" }
        for name in names { _ = memo.analyse(name) }
        #expect(memo.analyse(names[0])?.byline == BylineParsing.analyse(names[0])?.byline)
        #expect(BylineParsing.analyse("By Jane Doe") != nil)
        #expect(memo.analyse("By Jane Doe") == nil)
    }

    @Test func dropsAPublishingDatePrintedBeforeTheBy() throws {
        #expect(BylineParsing.parse("Posted on September 21, 2020 by Adi Tzlil")?.authors == ["Adi Tzlil"])
        #expect(BylineParsing.parse("Veröffentlicht am 3. März 2021 von Jane Doe")?.authors == ["Jane Doe"])
        #expect(BylineParsing.parse("Published 03.03.2021 by Jane Doe and John Roe")?.authors == ["Jane Doe", "John Roe"])
        // Without a "By" after the date, the whole line is a date line and names nobody.
        #expect(BylineParsing.parse("Posted on September 21, 2020") == nil)
    }

    @Test func readsArticleByPhrases() {
        #expect(BylineParsing.parse("Ein Artikel von Pamela Sladky | 27.01.2022 - 12:45")?.authors == ["Pamela Sladky"])
        #expect(BylineParsing.parse("A story by Jane Doe")?.authors == ["Jane Doe"])
    }

    @Test func aTimeZoneInBracketsIsPartOfTheTime() throws {
        let byline = try #require(BylineParsing.parse("Nathan Doe January 10, 2020 9:00AM (UTC)"))
        #expect(byline.authors == ["Nathan Doe"])
        #expect(BylineParsing.parse("Jane Doe, 14:05 (CET)")?.authors == ["Jane Doe"])
    }

    @Test func labelsBesideTheBylineAreNotNames() {
        #expect(BylineParsing.parse("Datum:") == nil)
        #expect(BylineParsing.parse("Gesponserte Inhalte") == nil)
    }

    @Test func avatarInitialsMarkWhereEachNameBegins() throws {
        let byline = try #require(BylineParsing.parse("LP Luana Patriolino RF Raphael Felice"))
        #expect(byline.authors == ["Luana Patriolino", "Raphael Felice"])
        // Capitals that are not the next words' initials stay.
        #expect(BylineParsing.parse("By DJ Khaled Smith")?.authors == ["DJ Khaled Smith"])
    }

    @Test func stripsAuthorLabelsInOtherLanguages() {
        #expect(BylineParsing.parse("ผู้เขียน กมลชนก ศรีสุวรรณ")?.authors == ["กมลชนก ศรีสุวรรณ"])
        #expect(BylineParsing.parse("Penulis: Rina Anggraini")?.authors == ["Rina Anggraini"])
        #expect(BylineParsing.parse("Forfatter: Ingrid Sæther")?.authors == ["Ingrid Sæther"])
        #expect(BylineParsing.parse("Författare: Anna Lind")?.authors == ["Anna Lind"])
        #expect(BylineParsing.parse("Tác giả: Hoài Thu")?.authors == ["Hoài Thu"])
        #expect(BylineParsing.parse("Автор: Олена Кравець")?.authors == ["Олена Кравець"])
    }

    @Test func readsAnalysisAndColumnOpeners() {
        #expect(BylineParsing.parse("Eine Analyse von Caspar Schwietering")?.authors == ["Caspar Schwietering"])
        #expect(BylineParsing.parse("Eine Kolumne von Nils Pickert")?.authors == ["Nils Pickert"])
        #expect(BylineParsing.parse("An analysis by Jane Doe")?.authors == ["Jane Doe"])
        #expect(BylineParsing.parse("Disko Von Ernst Lohoff")?.authors == ["Ernst Lohoff"])
        #expect(BylineParsing.parse("Ursula von der Leyen")?.authors == ["Ursula von der Leyen"])
    }

    @Test func aStructuredNameLosesTheDescriptionInBracketsAfterIt() {
        #expect(BylineParsing.cleanName("Brit Weirich (Medizinredakteurin. M.A. Mehrsprachige Kommunikation") == "Brit Weirich")
        #expect(BylineParsing.cleanName("Jane Doe (Reporter)") == "Jane Doe")
    }

    @Test func readsAndInDutchPolishTurkishRussianAndHebrew() throws {
        #expect(try #require(BylineParsing.parse("Door Sanne de Vries en Joost Hendriks")).authors
            == ["Sanne de Vries", "Joost Hendriks"])
        #expect(try #require(BylineParsing.parse("Anna Nowak i Piotr Zieliński")).authors == ["Anna Nowak", "Piotr Zieliński"])
        #expect(try #require(BylineParsing.parse("Ayşe Demir ve Can Yılmaz")).authors == ["Ayşe Demir", "Can Yılmaz"])
        #expect(try #require(BylineParsing.parse("Ирина Соколова и Павел Орлов")).authors == ["Ирина Соколова", "Павел Орлов"])
        #expect(try #require(BylineParsing.parse("נועה ברגר ואלון שמעוני")).authors == ["נועה ברגר", "אלון שמעוני"])
        // "By" in Hebrew, and the "and" set apart from a linked name.
        #expect(try #require(BylineParsing.parse("מאת נועה ברגר ו אלון שמעוני")).authors == ["נועה ברגר", "אלון שמעוני"])
        // A name that begins with the letter is no "and".
        #expect(try #require(BylineParsing.parse("ורד כהן")).authors == ["ורד כהן"])
    }

    @Test func newsroomsInOtherLanguagesAreNoPeople() throws {
        for desk in ["Haber Merkezi", "Redakcja", "Redação", "Редакция", "Newsdesk"] {
            #expect(BylineVocabulary.isNewsroom(desk), "\(desk)")
        }
        #expect(!BylineVocabulary.isNewsroom("Sanne de Vries"))
        let desk = try #require(BylineParsing.parse("Haber Merkezi"))
        #expect(desk.authors.isEmpty && desk.organization == "Haber Merkezi")
    }
}
