import MorgueDOM
import MorgueModel
import Testing
@testable import MorgueExtraction

@Suite("Breadcrumbs")
struct BreadcrumbsTests {
    private func metadata(head: String = "", body: String) throws -> PageMetadata {
        let document = try HTMLDocument(html: "<html><head>\(head)</head><body>\(body)</body></html>")
        return ReadMetadata.run(document: document, pageURL: nil)
    }

    private static let storyHead = """
        <title>Council closes clinic - The Valley Herald</title>
        <meta property="og:title" content="Council closes clinic">
        <link rel="canonical" href="https://herald.example/local/county/council-closes-clinic">
        """

    @Test("a JSON-LD BreadcrumbList names the section: its deepest item that is not home or the story")
    func structuredTrail() throws {
        let list = """
            <script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[
            {"@type":"ListItem","position":3,"name":"County","item":"https://herald.example/local/county"},
            {"@type":"ListItem","position":1,"name":"Home","item":"https://herald.example/"},
            {"@type":"ListItem","position":2,"name":"Local","item":{"@id":"https://herald.example/local"}},
            {"@type":"ListItem","position":4,"name":"Council closes clinic"}]}</script>
            """
        let page = try metadata(head: Self.storyHead + list, body: "<p>Text</p>")
        #expect(page.section == "County")
        #expect(page.sources[.section] == .jsonLD)
        // A trail of home, the site's name and the story names no section.
        let bare = """
            <script type="application/ld+json">{"@type":"BreadcrumbList","itemListElement":[
            {"@type":"ListItem","position":1,"name":"The Valley Herald","item":"https://herald.example/news"},
            {"@type":"ListItem","position":2,"name":"Story","item":"https://herald.example/local/county/council-closes-clinic"}]}</script>
            """
        #expect(try metadata(head: Self.storyHead + bare, body: "<p>Text</p>").section == nil)
    }

    @Test("a section from the page's own tags wins over the trail")
    func tagsFirst() throws {
        let page = try metadata(head: Self.storyHead + #"<meta property="article:section" content="Health">"#, body: """
            <nav class="breadcrumb"><a href="/">Home</a> › <a href="/local/">Local</a></nav>
            """)
        #expect(page.section == "Health")
    }

    @Test("a printed trail: list items, its unlinked last step the story, a prompt before it")
    func printedTrail() throws {
        let page = try metadata(head: Self.storyHead, body: """
            <nav aria-label="breadcrumb"><p class="aural">You are here:</p><ol class="breadcrumb">
            <li class="breadcrumb-item"><a href="/">Startseite</a></li>
            <li class="breadcrumb-item"><a href="/lokales">Lokales</a>
              <ul class="dropdown"><li><a href="/lokales/sport">Sport</a></li></ul></li>
            <li class="breadcrumb-item"><a href="/lokales/landkreis">Landkreis</a></li>
            <li class="breadcrumb-item active"><span class="show-for-sr">Current:</span> Council closes clinic</li>
            </ol></nav><p>Text</p>
            """)
        #expect(page.section == "Landkreis")
        #expect(page.sources[.section] == .breadcrumb)
    }

    @Test("a portal's trail: the home named after the site, texts between separators, a label for the page")
    func separatedTrail() throws {
        let page = try metadata(body: """
            <div class="post_crumb"><a href="https://www.xinlan.example/">新澜网首页</a> &gt;
            <a href="https://news.xinlan.example/">新闻中心</a> &gt; <a href="https://news.xinlan.example/domestic/">国内新闻</a> &gt; 正文</div>
            """)
        #expect(page.section == "国内新闻")
    }

    @Test("an old table layout's unclassed trail from the site's root")
    func unclassedTrail() throws {
        let page = try metadata(body: """
            <table><tr><td><font size="1"><a href="/">Home</a> &gt; <a href="/news/">News</a> &gt;
            <a href="/news/local/">Local News</a></font><br><b>Fire guts cafe</b></td></tr></table>
            <p>Menu: <a href="/">Home</a> | <a href="/about">About</a></p>
            """)
        #expect(page.section == "Local News")
        // Links joined by "|" are a menu.
        #expect(try metadata(body: #"<p><a href="/">Home</a> | <a href="/about">About us</a></p>"#).section == nil)
    }

    @Test("a list only styled as a trail, archive steps and the site's name name no section")
    func notSections() throws {
        // A footer menu in a CSS framework's "breadcrumb" style: neither from home nor to the story.
        #expect(try metadata(head: Self.storyHead, body: """
            <nav class="breadcrumb"><ul><li><a href="/contact">Contact</a></li><li><a href="/sitemap">Site map</a></li></ul></nav>
            """).section == nil)
        // Previous and next links.
        #expect(try metadata(head: Self.storyHead, body: """
            <div class="breadcrumb_text"><a href="/p/1">Previous</a> | <a href="/p/3">Next</a></div>
            """).section == nil)
        // A dated archive's step gives way to the section above it.
        #expect(try metadata(head: Self.storyHead, body: """
            <div class="breadcrumbs"><a href="/">Home</a> » <a href="/news">Press releases</a> »
            <a href="/news/2021-12">December 2021</a> » Council closes clinic</div>
            """).section == "Press releases")
        // The site's name (the end of its <title>) between the section and the story.
        #expect(try metadata(head: Self.storyHead, body: """
            <ol class="Breadcrumbs__List"><li><a href="https://tribute.example/obituaries">Obituaries</a></li>
            <li><a href="https://tribute.example/herald">The Valley Herald</a></li><li aria-current="page">Council closes clinic</li></ol>
            """).section == "Obituaries")
    }

    @Test("of nested trail elements, the innermost that holds the trail")
    func innermostTrail() throws {
        let page = try metadata(head: Self.storyHead, body: """
            <div class="intro__breadcrumbNavigation"><nav class="navigation-breadcrumb"><ul>
            <li class="navigation-breadcrumb--item"><a href="/">Startseite</a></li>
            <li class="navigation-breadcrumb--item"><a href="/tipps/">Tipps</a></li></ul></nav>
            <h1>Council closes clinic</h1><ul class="share"><li><a href="/share?mail">mailen</a></li></ul></div>
            """)
        #expect(page.section == "Tipps")
    }

    @Test("home pages, site roots and archive steps")
    func stepKinds() {
        #expect(Breadcrumbs.isSiteRoot("/"))
        #expect(Breadcrumbs.isSiteRoot("https://www.example.com"))
        #expect(Breadcrumbs.isSiteRoot("/index.php?sid=1"))
        #expect(!Breadcrumbs.isSiteRoot("/news/"))
        #expect(Breadcrumbs.isSiteRoot("/de/", orLanguageRoot: true))
        #expect(!Breadcrumbs.isSiteRoot("/tv/"))
        #expect(Breadcrumbs.isHome(Crumb(name: "Zurück zur Startseite", url: "/bmfsfj"), folded: "zuruck zur startseite", first: true))
        #expect(!Breadcrumbs.isHome(Crumb(name: "Garden & Home", url: "/garden"), folded: "garden & home", first: false))
        #expect(Breadcrumbs.isArchive("Dezember 2021"))
        #expect(Breadcrumbs.isArchive("KW 15"))
        #expect(!Breadcrumbs.isArchive("Formel 1-News"))
        #expect(!Breadcrumbs.isArchive("Mar Menor"))
    }
}
