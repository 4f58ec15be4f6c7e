import MorgueDOM
import Testing
@testable import MorgueExtraction

@Suite("Metadata elements")
struct MetadataElementsTests {
    private static let page = """
        <html><head>
        <title>Harbour reopens | The Planet</title>
        <meta property="og:title" content="Harbour reopens">
        <meta name="author" content="Ana Ruiz">
        <link rel="stylesheet" href="/a.css"><link rel="canonical"><link rel="Canonical" href="https://planet.example/h">
        <base target="_blank"><base href="https://planet.example/">
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Harbour reopens"}</script>
        </head><body>
        <svg><title>Plus icon</title></svg>
        <nav><a rel="category" href="/menu">Menu</a></nav>
        <article itemscope itemtype="https://schema.org/NewsArticle">
          <span property="schema:dateCreated" content="2021-03-04">4 March</span>
          <meta itemprop="datePublished" content="2021-03-04T10:00:00Z">
          <h1 itemprop="headline">Harbour reopens</h1>
          <a rel="category tag" href="/c/uncategorized">Uncategorized</a>
          <a rel="category tag" href="/c/local">› Local</a>
          <a rel="category" href="/c/other">Other</a>
        </article>
        <script>var x = 1;</script>
        </body></html>
        """

    @Test("gathers each reader's elements in document order")
    func gathersEachReadersElements() throws {
        let document = try HTMLDocument(html: Self.page)
        let elements = MetadataElements(document: document)
        #expect(elements.tagged.map(\.name) == ["meta", "meta", "span", "meta"])
        #expect(elements.scripts.count == 2)
        #expect(elements.itemprops.map(\.name) == ["meta", "h1"])
        #expect(elements.title.map { TestPages.text($0) } == "Harbour reopens | The Planet")
        #expect(elements.links.count == 3)
        #expect(elements.bases.count == 2)
        // The menu's category link is furniture; the story's are read in order.
        #expect(elements.categoryLinks.map { TestPages.text($0) } == ["Uncategorized", "› Local", "Other"])
    }

    @Test("the readers find in them what the page says")
    func readersReadTheGatheredElements() throws {
        let document = try HTMLDocument(html: Self.page)
        let elements = MetadataElements(document: document)
        #expect(ReadMetadata.linkHref(elements, rel: "canonical") == "https://planet.example/h")
        #expect(ReadMetadata.baseHref(elements) == "https://planet.example/")
        #expect(ReadMetadata.categoryLinkText(elements) == "Local")
        let meta = MetaTags(document: document, elements: elements)
        #expect(meta.first("og:title") == "Harbour reopens")
        #expect(meta.first("datecreated") == "2021-03-04")
        #expect(MicrodataReader.read(document: document, elements: elements).published == "2021-03-04T10:00:00Z")
        #expect(JSONLDReader.read(document: document, elements: elements).headline == "Harbour reopens")
        let metadata = ReadMetadata.run(document: document, pageURL: nil)
        #expect(metadata.documentTitle == "Harbour reopens | The Planet")
        #expect(metadata.canonicalURL == "https://planet.example/h")
        #expect(metadata.section == "Local")
    }

    @Test("a title inside an SVG and a category link outside the body are not the page's")
    func titleAndCategoryOnlyWhereTheReadersLook() throws {
        let document = try HTMLDocument(html: """
            <html><body><svg><title>Icon</title></svg><footer><a rel="category">Site</a></footer><p>Text</p></body></html>
            """)
        let elements = MetadataElements(document: document)
        #expect(elements.title == nil)
        #expect(elements.categoryLinks.isEmpty)
    }

    @Test("microdata: each item is judged once, and every property of an item that is not the story is left out")
    func microdataItemsJudgedOnce() throws {
        let document = try HTMLDocument(html: """
            <html><body><article itemscope itemtype="https://schema.org/NewsArticle">
            <span itemprop="author">Ana Ruiz</span><span itemprop="author">Bo Li</span>
            <div itemscope itemtype="https://schema.org/Comment"><span itemprop="author">Troll</span>
            <span itemprop="datePublished" content="2020-01-01">x</span></div>
            <meta itemprop="datePublished" content="2021-03-04"></article></body></html>
            """)
        let facts = MicrodataReader.read(document: document)
        #expect(facts.authors == ["Ana Ruiz", "Bo Li"])
        #expect(facts.published == "2021-03-04")
        let troll = try #require(MetadataElements(document: document).itemprops.first { TestPages.text($0) == "Troll" })
        #expect(MicrodataReader.owner(of: troll)?.attribute("itemtype") == "https://schema.org/Comment")
        #expect(MicrodataReader.owner(of: troll).map(MicrodataReader.acceptsStoryProperties) == false)
    }
}
