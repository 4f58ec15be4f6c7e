import MorgueModel
import Testing
@testable import MorgueExtraction

@Suite struct BodyBylineTests {
    @Test func findsABylineLineAndItsIndex() throws {
        let paragraphs = [
            "In this March 28, 2012 photo, Chinese performers hold up cards. (AP Photo/Ng Han Guan)",
            "Paul Mozur, THE NEW YORK TIMES",
            "HONG KONG (The New York Times) – The Chinese government is now asking firms to pledge.",
        ]
        let found = try #require(BodyByline.detect(in: paragraphs))
        #expect(found.index == 1)
        #expect(found.byline.authors == ["Paul Mozur"])
        #expect(found.byline.organization == "The New York Times")
    }

    @Test func findsByLinesAndAgencyLines() throws {
        #expect(BodyByline.detect(in: ["By Jane Doe", "The council met."])?.byline.authors == ["Jane Doe"])
        let wire = try #require(BodyByline.detect(in: ["BY JANE DOE and JOHN ROE Associated Press", "Text."]))
        #expect(wire.byline.authors == ["Jane Doe", "John Roe"])
        #expect(wire.byline.organization == "Associated Press")
        #expect(BodyByline.detect(in: ["Jane Doe | Reuters"])?.byline.organization == "Reuters")
        // A "By" and a known agency alone: the agency's line.
        let agency = try #require(BodyByline.detect(in: ["Por Agencia EFE", "El presidente viajará esta semana."]))
        #expect(agency.index == 0)
        #expect(agency.byline.authors.isEmpty)
        #expect(agency.byline.organization == "EFE")
        // Without the "By", an agency's name alone is no byline line (it may be a kicker or a credit).
        #expect(BodyByline.detect(in: ["Agencia EFE", "El presidente viajará esta semana."]) == nil)
    }

    @Test func aLeadingParagraphRepeatingTheBylineIsFound() {
        let byline = Byline(text: "Dennis Steimels", authors: ["Dennis Steimels"], organization: nil)
        #expect(BodyByline.repeatIndex(in: ["Dennis Steimels", "Im September kommt das neue Telefon."], of: byline) == 0)
        // A paragraph that only mentions the name is story.
        #expect(BodyByline.repeatIndex(in: ["Dennis Steimels hat das Telefon getestet."], of: byline) == nil)
    }

    @Test func findsALabelledAuthorLineClosingTheStory() throws {
        let paragraphs = [
            "The new government must present a programme that can improve the country's situation.",
            "Autorin: Uta Staschewski, Projektleiterin der HSS in Tunesien.",
        ]
        let found = try #require(BodyByline.detectClosing(in: paragraphs))
        #expect(found.index == 1)
        #expect(found.byline.authors == ["Uta Staschewski"])
        // Without the label's colon, or naming no full name, a closing line is story.
        #expect(BodyByline.detectClosing(in: ["The council met.", "Autor Jane Doe las aus seinem Buch."]) == nil)
        #expect(BodyByline.detectClosing(in: ["The council met.", "Text: Redaktion"]) == nil)
        #expect(BodyByline.detectClosing(in: ["Autorin: Uta Staschewski", "The council met.", "It voted."]) == nil)
    }

    @Test func ignoresStorySentences() {
        #expect(BodyByline.detect(in: ["By the time we arrived, the city was quiet."]) == nil)
        #expect(BodyByline.detect(in: ["By 2020, the company had doubled its staff."]) == nil)
        #expect(BodyByline.detect(in: ["Reuters reported on Tuesday that talks had stalled."]) == nil)
        #expect(BodyByline.detect(in: ["Jane Doe"]) == nil)
        #expect(BodyByline.detect(in: ["Healthline Media UK Ltd, Brighton, UK."]) == nil)
        #expect(BodyByline.detect(in: ["FMW/Bloomberg"]) == nil)
        #expect(BodyByline.detect(in: ["Mayor Jane Doe, who took office in May, said: “We will rebuild.”"]) == nil)
    }

    @Test func placesAfterTheOrganizationAreNotAuthors() throws {
        let found = try #require(BodyByline.detect(in: ["By Nada Tawfik, BBC News, New York"]))
        #expect(found.byline.authors == ["Nada Tawfik"])
        #expect(found.byline.organization == "BBC")
    }

    @Test func looksOnlyAtTheFirstThreeParagraphs() {
        let paragraphs = ["One.", "Two.", "Three.", "By Jane Doe"]
        #expect(BodyByline.detect(in: paragraphs) == nil)
    }

    @Test func readsAByLineSetAsASubhead() throws {
        let blocks: [Block] = [
            .heading(level: 6, [.text("Energy prices: your rights at a glance")]),
            .heading(level: 5, [.emphasis([.text("Von Leonora Holling")])]),
            .paragraph([.text("(21 November 2022) Prices rose again.")]),
        ]
        let found = try #require(BodyByline.detect(in: Pipeline.leadingParagraphs(blocks)))
        #expect(found.index == 1)
        #expect(found.byline.authors == ["Leonora Holling"])
        // Lists and tables are no byline lines.
        #expect(Pipeline.leadingParagraphs([.list(ordered: false, items: [[.text("By Jane Doe")]])]) == [""])
    }

    @Test func aBylineLineWithTheFullNameBeatsAStructuredFirstName() throws {
        let story = String(repeating: "Children learn early which toys are meant for them, and parents rarely notice it. ", count: 4)
        let html = """
        <html><head><meta name="author" content="Nils"><title>Kulturtechnik</title></head><body><article>
        <h1>Kulturtechnik</h1><div class="entry-content"><p><strong>Eine Kolumne von Nils Pickert</strong></p>
        <p>\(story)</p><p>\(story)</p></div></article></body></html>
        """
        let article = try Extractor().extract(PageInput(bytes: Array(html.utf8)))
        #expect(article.authors == ["Nils Pickert"])
        #expect(article.text?.contains("Eine Kolumne") == false)
    }

    @Test func aByLineOpeningAParagraphLeavesTheRestOfTheParagraph() throws {
        let story = String(repeating: "Sie ist die älteste und meistgesehene Nachrichtensendung, heißt es. ", count: 4)
        let html = """
        <html><head><title>Hass-Demo in Essen</title>
        <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Daniel Weinmann"}}</script>
        </head><body><div class="elementor-widget elementor-widget-theme-post-title"><h1>Hass-Demo in Essen</h1></div>
        <div class="elementor-widget elementor-widget-theme-post-content"><p>Von Daniel Weinmann<br/><br/>\(story)</p>
        <p>\(story)</p></div></body></html>
        """
        let article = try Extractor().extract(PageInput(bytes: Array(html.utf8)))
        #expect(article.authors == ["Daniel Weinmann"])
        #expect(article.text?.hasPrefix("Sie ist die älteste") == true)
        #expect(article.text?.contains("Von Daniel Weinmann") == false)
    }

    @Test func aByLineNamingTheAuthorAndOthersNamesThemAll() throws {
        let story = String(repeating: "The ferry service to the islands will end in March, the county said on Tuesday. ", count: 4)
        let html = """
        <html><head><title>Ferry to end</title>
        <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Marcus Delane"}}</script>
        </head><body><article><h1>Ferry to end</h1><div class="td-post-author-name">By <a href="/author/mdelane">Marcus Delane</a></div>
        <div class="td-post-content"><p>By Marcus Delane and Priya Ostrander</p><p>\(story)</p><p>\(story)</p></div></article></body></html>
        """
        let article = try Extractor().extract(PageInput(bytes: Array(html.utf8)))
        #expect(article.authors == ["Marcus Delane", "Priya Ostrander"])
        #expect(article.text?.contains("Ostrander") == false)
    }

    @Test func aClosingAuthorLineBecomesTheBylineAndLeavesTheText() throws {
        let story = String(repeating: "Die neue Regierung steht unter einem enormen Erwartungs- und Handlungsdruck, heißt es. ", count: 4)
        let html = """
        <html><head><title>Große Aufgaben</title></head><body><article><h1>Große Aufgaben</h1>
        <p>\(story)</p><p>\(story)</p><p><strong>Autorin: Uta Staschewski, Projektleiterin in Tunesien.</strong></p>
        </article></body></html>
        """
        let article = try Extractor().extract(PageInput(bytes: Array(html.utf8)))
        #expect(article.authors == ["Uta Staschewski"])
        #expect(article.text?.contains("Autorin") == false)
    }

    @Test func aJapaneseDeskSignOffIsTheBylineAndLeavesTheText() throws {
        let found = try #require(BodyByline.detectDeskSignOff(in: ["市は給水所を設けた。", "（社会部 山田太郎、白鷺支局 鈴木花子）"]))
        #expect(found.index == 1)
        #expect(found.byline.text == "社会部 山田太郎、白鷺支局 鈴木花子")
        #expect(found.byline.authors == ["山田太郎", "鈴木花子"])
        // A closing bracket that is no list of desks and reporters is story.
        #expect(BodyByline.detectDeskSignOff(in: ["市は給水所を設けた。", "（詳細は後日発表）"]) == nil)
        #expect(BodyByline.detectDeskSignOff(in: ["（社会部 山田太郎）", "市は給水所を設けた。"]) == nil)

        let story = String(repeating: "市水道局によると、破裂したのは浄水場から市中心部に水を送る幹線で、断水が起きた。", count: 4)
        let html = """
        <html><head><title>水道管破裂</title><meta name="author" content="全国日日新聞社"></head><body><article>
        <h1>水道管破裂</h1><p>\(story)</p><p>\(story)</p><p>（社会部 山田太郎、白鷺支局 鈴木花子）</p>
        </article></body></html>
        """
        let article = try Extractor().extract(PageInput(bytes: Array(html.utf8)))
        #expect(article.authors == ["山田太郎", "鈴木花子"])
        #expect(article.text?.contains("社会部") == false)

        // An author box naming the first reporter gives way to the sign-off naming both.
        let boxed = html.replacingOccurrences(of: "</article>", with: """
            </article><section class="author-profile"><p class="author-profile__name"><a href="/r/yamada">山田太郎</a></p>
            <p class="author-profile__bio">2012年入社。静岡総局を経て現職。</p></section>
            """).replacingOccurrences(of: "<meta name=\"author\" content=\"全国日日新聞社\">", with: "")
        let signedOff = try Extractor().extract(PageInput(bytes: Array(boxed.utf8)))
        #expect(signedOff.authors == ["山田太郎", "鈴木花子"])
    }

    @Test func aLineCreditingTheStoryToAgenciesNamesItsOrganization() throws {
        let story = "Rząd przyjął w poniedziałek projekt ustawy o ochronie ludności, który trafi teraz do Sejmu."
        let top = try #require(BodyByline.detectSourceLine(in: ["Źródło: PAP", story, story]))
        #expect(top.agency == "PAP" && top.index == 0)
        #expect(DatelineParsing.organization(forAgency: top.agency) == "PAP")
        let end = try #require(BodyByline.detectSourceLine(in: [story, story, story, story, "Kaynak: AA"]))
        #expect(end.index == 4 && DatelineParsing.organization(forAgency: end.agency) == "Anadolu Agency")
        #expect(BodyByline.detectSourceLine(in: [story, "Quelle: dpa/AFP"])?.agency == "dpa")
        // A source that is no agency, or a sentence about sources, is story.
        #expect(BodyByline.detectSourceLine(in: [story, "Quelle: eigene Recherche"]) == nil)
        #expect(BodyByline.detectSourceLine(in: [story, "Source: the city's 2024 budget report, page 12."]) == nil)
    }

    @Test func aLastParagraphPrintingTheBylineAgainIsItsSignature() {
        let byline = Byline(text: "Claire Vasseur", authors: ["Claire Vasseur"], organization: nil)
        let story = "Les prud’homies de pêche alertent sur une baisse des captures."
        #expect(BodyByline.signatureIndex(in: [story, "Claire Vasseur (Marseille, correspondante)"], of: byline) == 1)
        #expect(BodyByline.signatureIndex(in: [story, "Claire Vasseur"], of: byline) == 1)
        #expect(BodyByline.signatureIndex(in: [story, "Claire Vasseur a rencontré les pêcheurs du Vieux-Port."], of: byline) == nil)
    }

    @Test func authorNamesOverALiveBlogsEntriesAreLabels() {
        let byline = Byline(text: "By Ilse Marquardt and Jo Adeyemi", authors: ["Ilse Marquardt", "Jo Adeyemi"],
                            organization: nil)
        let update = "Crews closed the Mill Street breach shortly after 3:30 p.m., the city engineer said."
        let entries = ["Jo Adeyemi", update, "Ilse Marquardt", update, "Jo Adeyemi", update]
        #expect(BodyByline.entryAuthorLabels(in: entries, of: byline) == [0, 2, 4])
        // A name printed once (a signature, a quoted person) is no label.
        #expect(BodyByline.entryAuthorLabels(in: [update, "Jo Adeyemi", update], of: byline) == [])
        #expect(BodyByline.entryAuthorLabels(in: ["Jo Adeyemi said the levee held.", update, "Jo Adeyemi said so."],
                                             of: byline) == [])
    }

    @Test func authorCardsInTheStorysHeaderAreNoText() {
        let byline = Byline(text: "Priya Natarajan, Tomás Oyelaran", authors: ["Priya Natarajan", "Tomás Oyelaran"],
                            organization: nil)
        let story = "Our largest table had 2.1 billion rows and one primary."
        let cards = Block.list(ordered: false, items: [[.text("Priya Natarajan Staff Engineer")],
                                                       [.text("Tomás Oyelaran Senior Software Engineer")]])
        let blocks: [Block] = [.paragraph([.text(story)]), cards, .paragraph([.text("Priya Natarajan said so.")]),
                               .paragraph([.text("Priya Natarajan led the migration over six weeks in the spring")])]
        #expect(BodyByline.authorCardIndices(in: blocks, of: byline) == [1])
    }
}

@Suite struct SignatureTests {
    private let story = Block.paragraph([.text("Công ty cũng cam kết giảm 50% tiền nước tháng 11 cho các khách hàng bị ảnh hưởng.")])

    @Test func aBoldOrRightAlignedClosingLineOfNamesIsTheSignature() throws {
        let bold = Block.paragraph([.strong([.text("Hoài Thu - Minh Khang")])])
        let found = try #require(BodyByline.detectSignature(in: [story, bold], rightAligned: []))
        #expect(found.index == 1)
        #expect(found.byline.text == "Hoài Thu - Minh Khang")
        #expect(found.byline.authors == ["Hoài Thu", "Minh Khang"])
        let plain: [Inline] = [.text("Hoài Thu")]
        #expect(BodyByline.detectSignature(in: [story, .paragraph(plain)], rightAligned: [plain])?.byline.authors == ["Hoài Thu"])
    }

    @Test func aClosingLineNotSetApartOrNotOfNamesIsNoSignature() {
        // Plain type, a sentence in bold, three names, a bold line before the last paragraph.
        #expect(BodyByline.detectSignature(in: [story, .paragraph([.text("Hoài Thu - Minh Khang")])], rightAligned: []) == nil)
        #expect(BodyByline.detectSignature(in: [story, .paragraph([.strong([.text("Người dân xếp hàng chờ xe bồn")])])],
                                           rightAligned: []) == nil)
        #expect(BodyByline.detectSignature(in: [story, .paragraph([.strong([.text("Hoài Thu, Minh Khang, Lê Vinh")])])],
                                           rightAligned: []) == nil)
        #expect(BodyByline.detectSignature(in: [.paragraph([.strong([.text("Hoài Thu")])]), story], rightAligned: []) == nil)
    }
}
