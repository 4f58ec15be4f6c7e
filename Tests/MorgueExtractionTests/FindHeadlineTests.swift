import MorgueDOM
import Testing
@testable import MorgueExtraction

@Suite struct FindHeadlineTests {
    private func headline(_ html: String, pageURL: String? = nil) throws -> String? {
        let document = try HTMLDocument(html: html)
        return FindHeadline.run(document: document, metadata: ReadMetadata.run(document: document, pageURL: pageURL))
    }

    @Test func prefersTheHeadingThatAgreesWithTheTitle() throws {
        let html = """
        <html><head><title>Storm floods the coast - Daily Planet</title>
        <meta property="og:title" content="Storm floods the coast"></head>
        <body><nav><h1>Daily Planet</h1></nav><article><h1>Storm floods the coast</h1><p>Text.</p></article></body></html>
        """
        #expect(try headline(html) == "Storm floods the coast")
    }

    @Test func anIconsSVGIsNoPartOfTheHeadline() throws {
        let found = try headline("""
        <html><body><h1><span class="paywall-icon"><svg role="img" aria-label="Plus"><title>Plus</title>
        <text x="6" y="15">Plus</text></svg></span>Land legt Paket für Landarztpraxen auf</h1><p>Text.</p></body></html>
        """)
        #expect(found == "Land legt Paket für Landarztpraxen auf")
        let node = try HTMLDocument(html: "<p>A <svg><title>chart</title></svg>B</p>").body
        #expect(node?.textContent == "A B")
    }

    @Test func aPageBuildersWidgetBoxIsNoForeignContainer() throws {
        // Elementor puts the post's title in an "elementor-widget" box; the h1 prints the en dash the title lacks.
        let html = """
        <html><head><title>Ukraine in die EU - Österreich zahlt - Unzensuriert</title></head><body>
        <aside class="widget"><h1>Meistgelesen heute</h1></aside>
        <div class="elementor-element elementor-widget elementor-widget-theme-post-title">\
        <div class="elementor-widget-container"><h1>Ukraine in die EU – Österreich zahlt</h1></div></div></body></html>
        """
        #expect(try headline(html) == "Ukraine in die EU – Österreich zahlt")
    }

    @Test func theSiteNameLeavesAHeadingThatPrintsTheWholeTitle() throws {
        let hidden = """
        <html><head><title>Atomkraft ist nicht nachhaltig | Umweltbundesamt</title>
        <meta property="og:site_name" content="Umweltbundesamt"></head>
        <body><h1 class="visuallyhidden">Atomkraft ist nicht nachhaltig | Umweltbundesamt</h1><p>Text.</p></body></html>
        """
        #expect(try headline(hidden) == "Atomkraft ist nicht nachhaltig")
        // Unspaced, as titles in Japanese or Chinese print it, when the part is the site's name.
        let unspaced = """
        <html><head><meta property="og:title" content="NEWS WEB EASY|子どもへの体罰を禁止する法律ができる">
        <meta property="og:site_name" content="NEWS WEB EASY"></head><body><p>本文。</p></body></html>
        """
        #expect(try headline(unspaced) == "子どもへの体罰を禁止する法律ができる")
        // A heading that is the site's name, printed with another dash, is no headline.
        let masthead = """
        <html><head><meta property="og:title" content="Ratschläge geben">
        <meta property="og:site_name" content="DaF Blog - MMF3 Frühling 08"></head>
        <body><h1>DaF Blog – MMF3 Frühling 08</h1><p>Text.</p></body></html>
        """
        #expect(try headline(masthead) == "Ratschläge geben")
        // A word joined by a hyphen to the site's host stays ("GdP-Vize" on gdp.de).
        let hyphen = """
        <html><head><title>GdP-Vize Klemmer: Mangelnde Wertschätzung</title></head><body><p>Text.</p></body></html>
        """
        #expect(try headline(hyphen, pageURL: "https://www.gdp.de/story") == "GdP-Vize Klemmer: Mangelnde Wertschätzung")
    }

    @Test func aCMSDefaultTitleGivesWayToTheHeadlineElement() throws {
        #expect(try headline("<html><head><title>Home</title></head><body><h1>Time to say goodbye.</h1><p>Text.</p></body></html>")
            == "Time to say goodbye.")
        // A print template's title names the site and the template, not the story.
        #expect(try headline("""
            <html><head><title>The Riverton Courier - Print This Article</title></head><body><a href="#">Print this page</a>
            <h1>Coldwater mill to cut 140 jobs as lumber orders dry up</h1><p>Text.</p></body></html>
            """) == "Coldwater mill to cut 140 jobs as lumber orders dry up")
        #expect(try headline("<html><head><title>Startseite | Prof PC</title></head><body><h1>Wir ziehen um</h1></body></html>")
            == "Wir ziehen um")
        // A title naming a story stays the headline when no heading agrees with it.
        #expect(try headline("<html><head><title>Harbour reopens</title></head><body><h1>Welcome aboard</h1></body></html>")
            == "Harbour reopens")
    }

    @Test func aTitleLongerThanAnyHeadlineGivesWayOrIsCut() throws {
        let long = String(repeating: "Very long words ", count: 400)
        let withShortTitle = "<html><head><meta property=\"og:title\" content=\"\(long)\"><title>Harbour reopens</title></head><body></body></html>"
        #expect(try headline(withShortTitle) == "Harbour reopens")
        let cut = try #require(try headline("<html><head><title>\(long)</title></head><body></body></html>"))
        #expect(cut.count <= FindHeadline.maxLength + 1)
        #expect(cut.hasPrefix("Very long words Very"))
        #expect(cut.hasSuffix("words…"))
    }

    @Test func dropsKickersInsideTheHeading() throws {
        let html = """
        <html><head><title>Klimaschutz: Bohren, bis es heiß wird | ZEIT</title></head><body>
        <h1><span class="article-heading__kicker">Klimaschutz</span><span class="visually-hidden">: </span>
        <span class="article-heading__title">Bohren, bis es heiß wird</span></h1></body></html>
        """
        #expect(try headline(html) == "Bohren, bis es heiß wird")
        let small = "<html><head><title>Große Aufgaben für die neue Regierung</title></head><body><h1><small>Tunesien</small><br> Große Aufgaben für die neue Regierung</h1></body></html>"
        #expect(try headline(small) == "Große Aufgaben für die neue Regierung")
        // Section labels and subtitles set inside the headline element are no part of it.
        let section = """
        <html><head><title>Brothel busted in Boston – Boston Herald</title></head><body><h1 class="entry-title">
        <div class="entry-section"><a href="/local-news/">Local News | </a></div><span>Brothel busted in Boston</span></h1></body></html>
        """
        #expect(try headline(section) == "Brothel busted in Boston")
        let label = """
        <html><head><title>Olympische Spiele in Paris - Getränke per Schiff ins Stadtzentrum</title></head><body>
        <h1><div class="topic-label">Olympische Spiele</div> Getränke per Schiff ins Stadtzentrum</h1></body></html>
        """
        #expect(try headline(label) == "Getränke per Schiff ins Stadtzentrum")
        // A subscribers' badge before the headline is no part of it.
        let badge = """
        <html><head><meta property="og:title" content="Kreistag stoppt Schließungspläne für Klinik Ebersfeld"></head><body>
        <h1 itemprop="headline"><span class="news-plus-badge">LA+</span> Kreistag stoppt Schließungspläne für Klinik Ebersfeld</h1></body></html>
        """
        #expect(try headline(badge) == "Kreistag stoppt Schließungspläne für Klinik Ebersfeld")
    }

    @Test func aHeadingEndingWithTheWholeTitleGivesTheTitleWhateverItsKicker() throws {
        let html = """
        <html><head><title>Impfen und Boostern ist bis Ende Februar möglich</title>
        <meta property="og:title" content="Medienmitteilungen"></head><body>
        <h1><span class="css-umyvef">Medienmitteilung der Gesundheitsdirektion <span class="css-1ftw2">:</span></span>Impfen und
        Boostern ist bis Ende Februar möglich</h1></body></html>
        """
        #expect(try headline(html) == "Impfen und Boostern ist bis Ende Februar möglich")
        #expect(FindHeadline.endsWithWords("direktion :impfen und boostern", "impfen und boostern"))
        #expect(!FindHeadline.endsWithWords("schutzimpfen und boostern", "impfen und boostern"))
    }

    @Test func theSitesPartOfATitleIsKnownByItsHostWithASeparatorLeftOnIt() {
        #expect(FindHeadline.stripSiteName("mediaarchitecture.de // » Jens Weber", siteName: nil, hosts: ["mediaarchitecture"])
            == "Jens Weber")
    }

    @Test func stylesSetInsideTheHeadingAreNoPartOfIt() throws {
        // CSS-in-JS libraries put a <style> element inside the element it styles.
        let html = """
        <html><head><title>Boostern ist bis Ende Februar möglich | Kanton Bern</title></head><body>
        <h1><style>.css-umyvef{font-size:16px;display:block;}</style>Boostern ist bis Ende Februar möglich</h1></body></html>
        """
        #expect(FindHeadline.headingText(try #require(try HTMLDocument(html: html).body?.firstDescendant(named: "h1")))
            == "Boostern ist bis Ende Februar möglich")
    }

    @Test func aHeadingThatIsExactlyTheTitleBeatsALongerOneCoveringIt() throws {
        let html = """
        <html><head><meta property="og:title" content="Erfinderinnen: Ann Kiessling und ihre Forschung"></head><body>
        <div class="crumbs"><h2 class="entry-title">Startseite/Erfinderinnen: Ann Kiessling und ihre Forschung</h2></div>
        <h1 class="entry-title">Erfinderinnen: Ann Kiessling und ihre Forschung</h1></body></html>
        """
        #expect(try headline(html) == "Erfinderinnen: Ann Kiessling und ihre Forschung")
    }

    @Test func aHiddenPartOfTheHeadingLeavesTheWordsAroundItApart() {
        let body = try? TestPages.body("""
            <h1><span>Coronavirus und andere Zoonosen</span><span hidden> – </span><span>Wie Umweltzerstörung neue Epidemien begünstigt</span></h1>
            """)
        let heading = body.flatMap { $0.firstDescendant(named: "h1") }
        #expect(heading.map(FindHeadline.headingText) == "Coronavirus und andere Zoonosen Wie Umweltzerstörung neue Epidemien begünstigt")
    }

    @Test func stripsSiteNameFromTitle() {
        let hosts: Set<String> = ["breitbart"]
        #expect(FindHeadline.stripSiteName("Storm floods the coast | Daily Planet", siteName: "Daily Planet", hosts: []) == "Storm floods the coast")
        #expect(FindHeadline.stripSiteName("Daily Planet: Storm floods the coast", siteName: "Daily Planet", hosts: []) == "Storm floods the coast")
        #expect(FindHeadline.stripSiteName("Storm floods the coast :: Daily Planet", siteName: "Daily Planet", hosts: []) == "Storm floods the coast")
        #expect(FindHeadline.stripSiteName("Storm floods the coast — Daily Planet", siteName: "Daily Planet", hosts: []) == "Storm floods the coast")
        #expect(FindHeadline.stripSiteName("Snopes checker: 'Any angry fans?' - Breitbart", siteName: nil, hosts: hosts) == "Snopes checker: 'Any angry fans?'")
        #expect(FindHeadline.stripSiteName("Lorem ipsum dolor sit amet – My website", siteName: nil, hosts: []) == "Lorem ipsum dolor sit amet")
        #expect(FindHeadline.stripSiteName("Pferdesport definitiv bei Olympia 2028 dabei -", siteName: nil, hosts: []) == "Pferdesport definitiv bei Olympia 2028 dabei")
    }

    @Test func keepsHeadlinesWithTheirOwnDash() {
        #expect(FindHeadline.stripSiteName("Sazerac - alles über den Cocktail-Klassiker aus New Orleans", siteName: "watson", hosts: [])
            == "Sazerac - alles über den Cocktail-Klassiker aus New Orleans")
        #expect(FindHeadline.stripSiteName("Friday Facts #282 - 0.17 in sight", siteName: nil, hosts: []) == "Friday Facts #282 - 0.17 in sight")
    }

    @Test func fallsBackToStructuredTitleThenDocumentTitle() throws {
        let structured = "<html><head><title>Home</title><meta property=\"og:title\" content=\"Storm floods the coast\"></head><body><h1>Weather</h1></body></html>"
        #expect(try headline(structured) == "Storm floods the coast")
        let titleOnly = "<html><head><title>Storm floods the coast | Daily Planet</title></head><body><p>Text</p></body></html>"
        #expect(try headline(titleOnly) == "Storm floods the coast")
    }

    @Test func takesAHeadingThatIsOnePartOfTheTitle() throws {
        let html = """
        <html><head><title>Norddeutschland findet seine Meister - Berliner Leichtathletik Verband e.V.</title></head>
        <body><h2>Norddeutschland findet seine Meister</h2><p>Text</p></body></html>
        """
        #expect(try headline(html) == "Norddeutschland findet seine Meister")
    }

    @Test func takesAHeadingWithItsOwnColonBeforeALongSiteName() throws {
        let html = """
        <html><head><title>ORSO MARSICANO: 2019 UN ANNO DA RECORD | Parco Nazionale d'Abruzzo, Lazio e Molise</title></head>
        <body><h1>ORSO MARSICANO: 2019 UN ANNO DA RECORD</h1><p>Text</p></body></html>
        """
        #expect(try headline(html) == "ORSO MARSICANO: 2019 UN ANNO DA RECORD")
    }

    @Test func ignoresHeadingsThatAreTheSiteName() throws {
        let html = """
        <html><head><title>Russia: Space ship breaks up over Siberia</title><meta property="og:site_name" content="Yahoo News"></head>
        <body><h1>Yahoo News</h1><header><h1>Russia: Space ship breaks up over Siberia</h1></header></body></html>
        """
        #expect(try headline(html) == "Russia: Space ship breaks up over Siberia")
    }
}
