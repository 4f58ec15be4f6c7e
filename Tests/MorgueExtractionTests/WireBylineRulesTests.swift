import MorgueDOM
import MorgueModel
import Testing
@testable import MorgueExtraction

/// The byline and dateline rules found by blind wire, European and odd-page probes.
@Suite struct WireBylineRulesTests {
    // MARK: Structured authors

    @Test func oneStructuredAuthorStringCreditingPeopleAndAnAgencyIsReadAsAPrintedByline() throws {
        let page = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Batteries",
            "author":"RENATA OKONJO and DALE FERRIS Associated Press"}</script></head>
            <body><article><h1>Batteries</h1>
            <div class="byl"><span class="byline--label">By </span><span class="byline--author">RENATA OKONJO and DALE FERRIS</span>
            <span class="byline--source">Associated Press</span></div><p>Text.</p></article></body></html>
            """
        let metadata = ReadMetadata.run(document: try HTMLDocument(html: page), pageURL: nil)
        #expect(metadata.structuredAuthors == ["Renata Okonjo", "Dale Ferris"])
        #expect(metadata.structuredOrganization == "Associated Press")
        let finding = try #require(try TestPages.byline(page))
        #expect(finding.byline.text == "RENATA OKONJO and DALE FERRIS Associated Press")
        #expect(finding.byline.authors == ["Renata Okonjo", "Dale Ferris"])
    }

    @Test func aStructuredPersonHoldingAJoiningWordIsNoPerson() throws {
        #expect(ReadMetadata.holdsJoiningWord("Johnson & Johnson"))
        #expect(ReadMetadata.holdsJoiningWord("Glen Owen And Brendan Carlin For The Mail On Sunday"))
        #expect(!ReadMetadata.holdsJoiningWord("José Ortega y Gasset"))
        // A value that does not part into full names and nothing else is not read as a byline.
        #expect(ReadMetadata.creditedPeople("Müller und Partner") == nil)
        #expect(ReadMetadata.creditedPeople("Tom and Jerry") == nil)
        let metadata = ReadMetadata.run(document: try HTMLDocument(html: """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
            "author":{"@type":"Person","name":"Müller und Partner"}}</script></head><body><p>T</p></body></html>
            """), pageURL: nil)
        #expect(metadata.structuredAuthors.isEmpty)
    }

    @Test func theOutletAWriterWroteForIsNoPartOfTheName() throws {
        let byline = try #require(BylineParsing.parse("By Glen Owen And Brendan Carlin For The Mail On Sunday"))
        #expect(byline.authors == ["Glen Owen", "Brendan Carlin"])
        #expect(byline.organization == nil)
        #expect(BylineParsing.parse("Jane Doe for Reuters")?.organization == "Reuters")
        // "for" after no full name, or before a word in lower case, is left alone.
        #expect(BylineParsing.writtenFor("Reporting for duty") == nil)
        #expect(BylineParsing.writtenFor("Jane Doe for now") == nil)
        let metadata = ReadMetadata.run(document: try HTMLDocument(html: """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
            "author":{"@type":"Person","name":"By Glen Owen And Brendan Carlin For The Mail On Sunday"}}</script></head>
            <body><p>T</p></body></html>
            """), pageURL: nil)
        #expect(metadata.structuredAuthors == ["Glen Owen", "Brendan Carlin"])
        #expect(metadata.structuredAuthorsText == "Glen Owen And Brendan Carlin For The Mail On Sunday")
    }

    // MARK: Printed bylines

    @Test func anAuthorItemOpeningWithAndCarriesItsSeparator() throws {
        let finding = try #require(try TestPages.byline("""
            <html><body><article><h1>Marshes shrink</h1>
            <div class="article-author-name"><span class="article-author-name-item"><span>By </span>
            <a href="/author/layla-haddad/">Layla Haddad</a></span> <span class="article-author-name-item"><span>and </span>
            <a href="/author/yusuf-karimi/">Yusuf Karimi</a></span></div><p>Text.</p></article></body></html>
            """))
        #expect(finding.byline.text == "Layla Haddad and Yusuf Karimi")
        #expect(finding.byline.authors == ["Layla Haddad", "Yusuf Karimi"])
        #expect(FindByline.joinedItems(["Jane Doe", "John Roe"]) == "Jane Doe, John Roe")
        #expect(FindByline.joinedItems(["Jane Doe", "& John Roe"]) == "Jane Doe & John Roe")
    }

    @Test func aSurnameInCapitalsBesideAGivenNameIsSetInOrdinaryCase() throws {
        #expect(BylineParsing.parse("Carla RAMOS")?.authors == ["Carla Ramos"])
        #expect(BylineParsing.restoreCase("Ana GARCÍA LÓPEZ") == "Ana García López")
        #expect(BylineParsing.restoreCase("Wendy LI") == "Wendy Li")
        #expect(BylineParsing.restoreCase("Sean O'BRIEN") == "Sean O'Brien")
        #expect(BylineParsing.restoreCase("Mary MCDONALD") == "Mary McDonald")
        // Initials, a first word, suffixes, credentials and marks stay as printed.
        #expect(BylineParsing.restoreCase("AJ Smith") == "AJ Smith")
        #expect(BylineParsing.restoreCase("J.R. Moehringer") == "J.R. Moehringer")
        #expect(BylineParsing.restoreCase("John Smith III") == "John Smith III")
        #expect(BylineParsing.restoreCase("EFC Bayrische Bembel") == "EFC Bayrische Bembel")
        #expect(BylineParsing.restoreCase("IT Finanzmagazin /PP") == "IT Finanzmagazin /PP")
        #expect(BylineParsing.restoreCase("Ludwig van BEETHOVEN") == "Ludwig van Beethoven")
    }

    @Test func aVideoOrAudioCreditOpensAByline() throws {
        let byline = try #require(BylineParsing.parse("Video by Noor Haddad and Elliot Brandt"))
        #expect(byline.authors == ["Noor Haddad", "Elliot Brandt"])
        #expect(byline.text == "Noor Haddad and Elliot Brandt")
        #expect(BylineParsing.parse("Podcast by Jane Doe")?.authors == ["Jane Doe"])
        #expect(BylineParsing.parse("Video and text by Jane Doe")?.authors == ["Jane Doe"])
        // A picture credit is no byline.
        #expect(BylineParsing.parse("Photos by Jane Doe")?.authors != ["Jane Doe"])
    }

    @Test func aMetaColumnAsideBesideTheHeadlineIsRead() throws {
        let page = """
            <html><body><article><h1>Tram strike live</h1>
            <aside class="css-r8t2lf"><div class="css-1h7wb0n">By <a rel="author" href="/profile/priya">Priya Raman</a> and
            <a rel="author" href="/profile/tom">Tom Ellery</a></div><div><time datetime="2026-11-30T15:50:03Z">15.50 GMT</time></div></aside>
            <p>Text of the live blog.</p></article>
            <aside><div class="author">Related Writer</div></aside></body></html>
            """
        let finding = try #require(try TestPages.byline(page))
        #expect(finding.byline.text == "Priya Raman and Tom Ellery")
        #expect(finding.byline.authors == ["Priya Raman", "Tom Ellery"])
        // An aside outside the headline's article stays furniture.
        #expect(try TestPages.byline("""
            <html><body><article><h1>Tram strike</h1><p>Text.</p></article>
            <aside><div class="byline">By <a rel="author" href="/p/jane">Jane Doe</a></div><time>Today</time></aside></body></html>
            """) == nil)
    }

    @Test func theSitesOwnNameAfterTheNamesIsAnOutletAndAPlaceFollows() throws {
        let finding = try #require(try TestPages.byline("""
            <html><head><meta property="og:site_name" content="Portal Piratininga">
            <link rel="canonical" href="https://piratininga.com.br/sp/noticia/1.ghtml"></head><body><article>
            <h1>Calor</h1><p class="content-publication-data__from">Por <strong>Ana Clara Mendes e Rafael Tavares</strong>,
            Piratininga — São Paulo</p><p>Texto.</p></article></body></html>
            """))
        #expect(finding.byline.authors == ["Ana Clara Mendes", "Rafael Tavares"])
        #expect(finding.byline.text == "Ana Clara Mendes e Rafael Tavares, Piratininga — São Paulo")
        #expect(finding.byline.organization == nil)
        // The "By" alone in its text, the names in the element after it: the line is read whole.
        #expect(finding.node?.attribute("class") == "content-publication-data__from")
        // Without the site's name the place reads as a name.
        #expect(BylineParsing.parse("Ana Clara Mendes e Rafael Tavares, Piratininga — São Paulo")?.authors.contains("São Paulo") == true)
    }

    @Test func aTestIDNamingTheAuthorsMarksTheByline() throws {
        let finding = try #require(try TestPages.byline("""
            <html><body><article><h1>Driverless minibuses</h1><div class="css-12ai3et"><div data-qa="AuthorNames-Container" class="css-1wzf9y4">
            <a href="/author/kelvin-chau" class="css-1ok7cmz">Kelvin Chau</a><span class="css-1ym3jz4"> and </span>
            <a href="/author/wendy-leung" class="css-1ok7cmz">Wendy Leung</a><button>+ FOLLOW</button></div></div>
            <p>Text.</p></article></body></html>
            """))
        #expect(finding.byline.text == "Kelvin Chau and Wendy Leung")
        #expect(finding.byline.authors == ["Kelvin Chau", "Wendy Leung"])
    }

    // MARK: Datelines

    private let story = " Treni, autobus e metropolitane a rischio per l'intera giornata di venerdì."

    @Test func readsAnAgencyFirstDateline() throws {
        let ansa = try #require(DatelineParsing.parse(firstParagraph: "(ANSA) – ROMA, 28 NOV –" + story))
        #expect(ansa.text == "(ANSA) – ROMA, 28 NOV –")
        #expect(ansa.location == "ROMA" && ansa.agency == "ANSA")
        let agi = try #require(DatelineParsing.parse(firstParagraph: "(AGI) - Roma, 28 nov. -" + story))
        #expect(agi.location == "Roma" && agi.agency == "AGI")
        // A place in ordinary case needs its date: "(CNN) — Former President …" opens a sentence.
        #expect(DatelineParsing.parse(firstParagraph: "(CNN) — Former President Smith – who left office – spoke today.") == nil)
    }

    @Test func readsRussianWireDatelines() throws {
        let tass = try #require(DatelineParsing.parse(
            firstParagraph: "МОСКВА, 27 ноября. /ТАСС/. Правительство направит деньги на ремонт школ."))
        #expect(tass.text == "МОСКВА, 27 ноября. /ТАСС/.")
        #expect(tass.location == "МОСКВА" && tass.agency == "ТАСС")
        let ria = try #require(DatelineParsing.parse(
            firstParagraph: "МОСКВА, 27 ноя — РИА Новости. Правительство направит деньги на ремонт школ."))
        #expect(ria.text == "МОСКВА, 27 ноя — РИА Новости.")
        #expect(ria.location == "МОСКВА" && ria.agency == "РИА Новости")
    }

    @Test func readsEuropaPressDayOnlyDateline() throws {
        let found = try #require(DatelineParsing.parse(
            firstParagraph: "MADRID, 28 (EUROPA PRESS) - El Gobierno aprobará el martes la reforma del alquiler."))
        #expect(found.text == "MADRID, 28 (EUROPA PRESS) -")
        #expect(found.location == "MADRID" && found.agency == "EUROPA PRESS" && found.date == "28")
    }

    @Test func aRowOfDatesDoesNotUseUpTheWindow() throws {
        let blocks: [Block] = [
            .paragraph([.text("Seit August haben Erstklässler einen Anspruch auf einen Ganztagsplatz. Viele Städte sehen sich überfordert.")]),
            .paragraph([.text("29. November 2026, 10:15 Uhr Aktualisiert am 29. November 2026, 14:02 Uhr Quelle: dpa")]),
            .paragraph([.text("Berlin (dpa) - Drei Monate nach dem Start des Rechtsanspruchs schlagen die Kommunen Alarm.")]),
        ]
        let found = try #require(FirstStoryParagraph.dateline(in: blocks))
        #expect(found.text == "Berlin (dpa) -")
        #expect(FirstStoryParagraph.isDateRow("29. November 2026, 10:15 Uhr Quelle: dpa"))
        #expect(!FirstStoryParagraph.isDateRow("Am 29. November 2026 beginnt der Streik."))
        // A story paragraph still counts.
        let counted: [Block] = [blocks[0], .paragraph([.text("Die Kommunen fordern mehr Geld vom Bund, sagte die Präsidentin.")]), blocks[2]]
        #expect(FirstStoryParagraph.dateline(in: counted) == nil)
    }
}
