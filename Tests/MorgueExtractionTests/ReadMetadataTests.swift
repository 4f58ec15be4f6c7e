import MorgueDOM
import Testing
@testable import MorgueExtraction

@Suite struct ReadMetadataTests {
    @Test func readsHeadMetaTags() throws {
        let document = try HTMLDocument(html: """
        <html lang="en_US"><head><title>Storm hits coast | Daily Planet</title>
        <meta property="og:title" content="Storm hits coast">
        <meta property="og:site_name" content="Daily Planet">
        <meta property="og:type" content="article">
        <meta property="article:section" content="Weather">
        <meta property="article:published_time" content="2015-09-17T14:30:00.000Z">
        <meta property="article:modified_time" content="2015-09-18T09:00:00+0000">
        <meta name="description" content="A storm hit the coast.">
        <meta name="author" content="Jane Doe">
        <meta name="keywords" content="storm, coast, weather">
        <link rel="canonical" href="/2015/09/17/storm">
        </head><body><p>Text</p></body></html>
        """)
        let metadata = ReadMetadata.run(document: document, pageURL: "https://planet.example/x?utm=1")
        #expect(metadata.documentTitle == "Storm hits coast | Daily Planet")
        #expect(metadata.title == "Storm hits coast")
        #expect(metadata.siteName == "Daily Planet")
        #expect(metadata.section == "Weather")
        #expect(metadata.published == "2015-09-17T14:30:00Z")
        #expect(metadata.modified == "2015-09-18T09:00:00Z")
        #expect(metadata.description == "A storm hit the coast.")
        #expect(metadata.structuredAuthors == ["Jane Doe"])
        #expect(metadata.keywords == ["storm", "coast", "weather"])
        #expect(metadata.canonicalURL == "https://planet.example/2015/09/17/storm")
        #expect(metadata.baseURL == "https://planet.example/x?utm=1")
        #expect(metadata.language == "en-US")
        #expect(metadata.pageType == "article")
        #expect(metadata.declaresArticle == true)
        #expect(metadata.sources[.title] == .meta)
        #expect(metadata.sources[.documentTitle] == .titleElement)
        #expect(metadata.sources[.published] == .meta)
    }

    @Test func aSiteNameWithItsTaglineGivesWayToThePlainName() throws {
        let document = try HTMLDocument(html: """
        <html><head><meta property="og:site_name" content="La Voz del Guadiel | Noticias de la comarca">
        <script type="application/ld+json">{"@type":"WebSite","name":"La Voz del Guadiel"}</script></head><body></body></html>
        """)
        #expect(ReadMetadata.run(document: document, pageURL: nil).siteName == "La Voz del Guadiel")
        #expect(!ReadMetadata.extendsSiteName("Le Monde.fr", "Le Monde"))
    }

    @Test func aStorysProviderOtherThanTheSiteIsWhereItWasFirstPublished() throws {
        func provider(_ name: String) throws -> String? {
            let document = try HTMLDocument(html: """
            <html><head><meta property="og:site_name" content="Orbitly News">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Dam repairs",
            "publisher":{"@type":"Organization","name":"Orbitly News"},"provider":{"@type":"Organization","name":"\(name)"}}</script>
            </head><body></body></html>
            """)
            return ReadMetadata.run(document: document, pageURL: nil).syndicatedFrom
        }
        #expect(try provider("The Granite Valley Courier") == "The Granite Valley Courier")
        #expect(try provider("Orbitly News") == nil)
    }

    @Test func namesPastTheAuthorLimitAreNotRead() throws {
        let first = ["Ada", "Ben", "Cleo", "Dan", "Eve", "Finn", "Gus", "Hal", "Ivy", "Jo", "Kit", "Lou"]
        let last = ["Moss", "Nash", "Oakes", "Pike", "Quinn", "Rowe", "Shaw", "Tate", "Vance", "Webb", "York", "Zane"]
        let people = first.flatMap { given in last.map { given + " " + $0 } }
        #expect(people.count > ReadMetadata.maxAuthors)
        let tags = people.map { "<meta name=\"author\" content=\"\($0)\">" }.joined()
        let items = people.map { "<span itemprop=\"author\">\($0)</span>" }.joined()
        let fromMeta = ReadMetadata.run(document: try HTMLDocument(html: "<html><head>\(tags)</head><body><p>Text</p></body></html>"),
                                        pageURL: nil)
        #expect(fromMeta.structuredAuthors == Array(people.prefix(ReadMetadata.maxAuthors)))
        let fromMicrodata = ReadMetadata.run(document: try HTMLDocument(html: """
            <html><body><article itemscope itemtype="https://schema.org/NewsArticle">\(items)</article></body></html>
            """), pageURL: nil)
        #expect(fromMicrodata.structuredAuthors == Array(people.prefix(ReadMetadata.maxAuthors)))
    }

    @Test func labelsAndAddressesLongerThanAnyRealOneAreNotRead() throws {
        let long = String(repeating: "y ", count: 5000)
        let metadata = ReadMetadata.run(document: try HTMLDocument(html: """
            <html><head><meta property="og:site_name" content="\(long)"><script type="application/ld+json">{"@type": "NewsArticle", "publisher": {"@type": "Organization", "name": "Daily Planet"}}</script>
            <meta property="article:section" content="\(long)">
            <link rel="canonical" href="https://example.com/\(String(repeating: "p", count: ReadMetadata.maxURLLength))">
            </head><body><p>Text</p></body></html>
            """), pageURL: "https://example.com/story")
        #expect(metadata.siteName == "Daily Planet")
        #expect(metadata.section == nil)
        #expect(metadata.canonicalURL == nil)
    }

    @Test func oneAuthorValueNamingSeveralPeopleIsReadAsEachOfThem() throws {
        #expect(ReadMetadata.joinedNames("Tobias Wendland und Sabine Kröger") == ["Tobias Wendland", "Sabine Kröger"])
        #expect(ReadMetadata.joinedNames("Anna Ruiz, Tom Kerr and Eva Lang") == ["Anna Ruiz", "Tom Kerr", "Eva Lang"])
        #expect(ReadMetadata.joinedNames("Jean Dupont et Marie Curie") == ["Jean Dupont", "Marie Curie"])
        // A firm's name, a name of one word on either side, a name written surname first: one value.
        #expect(ReadMetadata.joinedNames("Müller und Partner") == ["Müller und Partner"])
        #expect(ReadMetadata.joinedNames("Johnson & Johnson") == ["Johnson & Johnson"])
        #expect(ReadMetadata.joinedNames("Doe, Jane") == ["Doe, Jane"])
        #expect(ReadMetadata.joinedNames("Jane Doe") == ["Jane Doe"])
        let page = try HTMLDocument(html: """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"H",
            "author":{"@type":"Person","name":"Tobias Wendland und Sabine Kröger"}}</script></head><body><p>T</p></body></html>
            """)
        let metadata = ReadMetadata.run(document: page, pageURL: nil)
        #expect(metadata.structuredAuthors == ["Tobias Wendland", "Sabine Kröger"])
        #expect(metadata.structuredAuthorsText == "Tobias Wendland und Sabine Kröger")
    }

    @Test func sectionsAreReadAsAReaderNamesThem() throws {
        func section(_ html: String) throws -> String? {
            ReadMetadata.run(document: try HTMLDocument(html: "<html><head>\(html)</head><body><p>Text</p></body></html>"),
                             pageURL: nil).section
        }
        #expect(try section(#"<meta name="section" content="/world/middle_east">"#) == "World")
        #expect(try section(#"<meta property="article:section" content="Posted in News">"#) == "News")
        #expect(try section(#"<meta property="article:section" content="Filed under: Local Politics">"#) == "Local Politics")
        #expect(try section(#"<meta property="og:article:section" content="Wales">"#) == "Wales")
        // A template's placeholder gives way to the next source.
        #expect(try section("""
            <meta property="article:section" content="nil">
            <script type="application/ld+json">{"@type": "NewsArticle", "articleSection": "Science"}</script>
            """) == "Science")
        #expect(try section(#"<meta property="article:section" content="Categoryless">"#) == "Categoryless")
        #expect(try section(#"<meta property="article:section" content="Articles,Legal,National">"#) == "Articles")
        #expect(try section(#"<meta property="article:section" content="Wirtschaft, Tipps">"#) == "Wirtschaft")
    }

    @Test func aWordPressCategoryLinkGivesTheSectionWhenNoTagDoes() throws {
        func section(_ body: String, head: String = "") throws -> String? {
            ReadMetadata.run(document: try HTMLDocument(html: "<html><head>\(head)</head><body>\(body)</body></html>"),
                             pageURL: nil).section
        }
        #expect(try section("""
            <nav><a rel="category" href="/c/menu">Menu</a></nav><article><span class="cat-links">Posted in
            <a href="/category/features/" rel="category tag">Features</a>, <a rel="category tag" href="/c/x">Boats</a></span></article>
            """) == "Features")
        #expect(try section(#"<a rel="category tag" href="/c/u">Uncategorized</a><a rel="category tag" href="/c/f">Food</a>"#)
            == "Food")
        #expect(try section(#"<a rel="category tag" href="/c/f">Food</a>"#,
                            head: #"<meta property="article:section" content="News">"#) == "News")
    }

    @Test func siteNamesAreReadAsAReaderNamesThem() throws {
        func siteName(_ head: String) throws -> String? {
            ReadMetadata.run(document: try HTMLDocument(html: "<html><head>\(head)</head><body><p>Text</p></body></html>"),
                             pageURL: nil).siteName
        }
        #expect(try siteName(#"<meta property="og:site_name" content="https://www.fr.de">"#) == "fr.de")
        #expect(try siteName(#"<meta property="og:site_name" content="{$plugin.tx_news.opengraph.site_name}">"#) == nil)
        #expect(try siteName("""
            <meta property="og:title" content="US-Sport in Zeiten von Corona">
            <meta property="og:site_name" content="US-Sport in Zeiten von Corona - ZDFmediathek">
            """) == "ZDFmediathek")
        // A home page titled with the site's name keeps it.
        #expect(try siteName("""
            <title>Quanta Magazine</title><meta property="og:site_name" content="Quanta Magazine">
            """) == "Quanta Magazine")
        // Lower case in og:site_name, capitalised as the JSON-LD publisher: the capitalised name.
        #expect(try siteName("""
            <meta property="og:site_name" content="the Guardian"><script type="application/ld+json">
            {"@type":"NewsArticle","publisher":{"@type":"Organization","name":"The Guardian"}}</script>
            """) == "The Guardian")
        #expect(try siteName(#"<meta property="og:site_name" content="the Guardian">"#) == "the Guardian")
        // A bare host name where the publisher or the website gives the plain name: the plain name.
        #expect(try siteName("""
            <meta property="og:site_name" content="Tollgate.com"><script type="application/ld+json">
            {"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Tollgate"}}</script>
            """) == "Tollgate")
        #expect(try siteName("""
            <meta property="og:site_name" content="www.elheraldo.hn"><script type="application/ld+json">
            {"@type":"WebSite","name":"El Heraldo"}</script>
            """) == "El Heraldo")
        // Another name is no plain form of the host.
        #expect(try siteName("""
            <meta property="og:site_name" content="Tollgate.com"><script type="application/ld+json">
            {"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Tollgate Media Group"}}</script>
            """) == "Tollgate.com")
        #expect(ReadMetadata.hostStem("www.example.co.uk") == "example")
        #expect(ReadMetadata.hostStem("Daily Planet") == nil)
    }

    @Test func aHowToOrRecipeGivesTheWriterAndDateButNotTheHeadline() throws {
        let metadata = ReadMetadata.run(document: try HTMLDocument(html: """
            <html><head><title>Runde Tischdecke nähen | homify</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"Tischdecke",
            "author":{"@type":"Person","name":"Robert Stitz"},"datePublished":"2022-01-10T22:06:08:684Z"}</script>
            </head><body><p>Text</p></body></html>
            """), pageURL: nil)
        #expect(metadata.structuredAuthors == ["Robert Stitz"])
        #expect(metadata.published?.hasPrefix("2022-01-10T22:06:08") == true)
        #expect(metadata.title == nil)
    }

    @Test func readsJSONLDGraphWithReferences() throws {
        let document = try HTMLDocument(html: """
        <html><head><script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","@id":"#site","name":"Daily Planet"},
          {"@type":"Person","@id":"#jane","name":"JANE DOE"},
          {"@type":"Organization","@id":"#org","name":"Daily Planet Media"},
          {"@type":"NewsArticle","headline":"Storm &amp; flood hit coast","datePublished":"2015-09-17T10:30:00-04:00",
           "dateModified":"2015-09-17T12:00:00-04:00","articleSection":["Weather","News"],
           "author":[{"@id":"#jane"},{"@type":"Organization","name":"Reuters"}],
           "publisher":{"@id":"#org"},"articleBody":"A storm hit.","keywords":"storm, flood","inLanguage":"en"}
        ]}
        </script></head><body></body></html>
        """)
        let metadata = ReadMetadata.run(document: document, pageURL: nil)
        #expect(metadata.title == "Storm & flood hit coast")
        #expect(metadata.published == "2015-09-17T10:30:00-04:00")
        #expect(metadata.modified == "2015-09-17T12:00:00-04:00")
        #expect(metadata.section == "Weather")
        #expect(metadata.structuredAuthors == ["Jane Doe"])
        #expect(metadata.structuredOrganization == "Reuters")
        #expect(metadata.siteName == "Daily Planet Media")
        #expect(metadata.articleBody == "A storm hit.")
        #expect(metadata.keywords == ["storm", "flood"])
        #expect(metadata.language == "en")
        #expect(metadata.pageType == "NewsArticle")
        #expect(metadata.sources[.authors] == .jsonLD)
        #expect(metadata.sources[.title] == .jsonLD)
    }

    @Test func aWebPageAuthorStandsInWhenNoStoryObjectNamesOne() throws {
        // The shape SEO plugins write when they emit no article object: the author hangs on the WebPage.
        let document = try HTMLDocument(html: """
        <html><head><script type="application/ld+json">
        {"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","@id":"#site","name":"Garden Notes"},
          {"@type":"WebPage","@id":"#page","name":"Lemons from seed","author":{"@id":"#person/1"}},
          {"@type":"Person","@id":"#person/1","name":"Florina Ionescu"}
        ]}
        </script></head><body></body></html>
        """)
        #expect(ReadMetadata.run(document: document, pageURL: nil).structuredAuthors == ["Florina Ionescu"])

        // A story object that names its author outranks the page's.
        let both = try HTMLDocument(html: """
        <html><head><script type="application/ld+json">
        [{"@type":"WebPage","author":{"@type":"Person","name":"Site Owner"}},
         {"@type":"BlogPosting","headline":"Lemons","author":{"@type":"Person","name":"Jane Doe"}}]
        </script></head><body></body></html>
        """)
        #expect(ReadMetadata.run(document: both, pageURL: nil).structuredAuthors == ["Jane Doe"])
    }

    @Test func toleratesTrailingCommasAndFollowsMainEntity() throws {
        let document = try HTMLDocument(html: """
        <html><head><script type="application/ld+json">
        [{"@type":"WebPage","mainEntity":{"@type":"BlogPosting","headline":"Line one
        continues","author":"Jane Doe",},},]
        </script></head><body></body></html>
        """)
        let metadata = ReadMetadata.run(document: document, pageURL: nil)
        #expect(metadata.title == "Line one continues")
        #expect(metadata.structuredAuthors == ["Jane Doe"])
    }

    @Test func skipsBrokenJSONLDAndUsesMeta() throws {
        let document = try HTMLDocument(html: """
        <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
        <meta property="og:title" content="From Open Graph"></head><body></body></html>
        """)
        #expect(ReadMetadata.run(document: document, pageURL: nil).title == "From Open Graph")
    }

    @Test func readsMicrodataButNotCommentAuthors() throws {
        let document = try HTMLDocument(html: """
        <html><body><article itemscope itemtype="http://schema.org/NewsArticle">
        <h1 itemprop="headline">Storm hits coast</h1>
        <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Jane Doe</span></span>
        <abbr itemprop="datePublished" title="2015-09-17T14:33:00-07:00">2:33 PM</abbr>
        <div itemscope itemtype="http://schema.org/Comment"><span itemprop="author">Troll42</span></div>
        </article></body></html>
        """)
        let metadata = ReadMetadata.run(document: document, pageURL: nil)
        #expect(metadata.title == "Storm hits coast")
        #expect(metadata.structuredAuthors == ["Jane Doe"])
        #expect(metadata.published == "2015-09-17T14:33:00-07:00")
        #expect(metadata.sources[.authors] == .microdata)
    }

    @Test func resolvesBaseAndCanonicalAgainstThePage() throws {
        let document = try HTMLDocument(html: """
        <html><head><base href="/static/"><meta property="og:url" content="https://planet.example/story"></head><body></body></html>
        """)
        let metadata = ReadMetadata.run(document: document, pageURL: "https://planet.example/news/story.html")
        #expect(metadata.baseURL == "https://planet.example/static/")
        #expect(metadata.canonicalURL == "https://planet.example/story")
        let noPage = ReadMetadata.run(document: document, pageURL: nil)
        #expect(noPage.baseURL == "https://planet.example/story")
    }

    @Test func ignoresAuthorURLsAndMovesAgenciesToOrganization() throws {
        let document = try HTMLDocument(html: """
        <html><head><meta property="article:author" content="https://facebook.com/janedoe">
        <meta name="author" content="Associated Press"></head><body></body></html>
        """)
        let metadata = ReadMetadata.run(document: document, pageURL: nil)
        #expect(metadata.structuredAuthors.isEmpty)
        #expect(metadata.structuredOrganization == "Associated Press")
    }

    @Test func aCompanyAloneInTheAuthorTagIsTheSitesMakerNotItsAuthor() throws {
        let agency = ReadMetadata.run(document: try HTMLDocument(html: """
            <html><head><meta name="author" content="wegewerk GmbH"></head><body></body></html>
            """), pageURL: nil)
        #expect(agency.structuredAuthors.isEmpty)
        #expect(agency.structuredOrganization == nil)
        // A person named beside the company stays.
        let person = ReadMetadata.run(document: try HTMLDocument(html: """
            <html><head><meta name="author" content="Jane Doe, Example Media GmbH"></head><body></body></html>
            """), pageURL: nil)
        #expect(person.structuredAuthors == ["Jane Doe"])
    }

    @Test func readsLanguageFromMetaWhenHtmlHasNone() throws {
        let document = try HTMLDocument(html: """
        <html><head><meta http-equiv="content-language" content="de-DE"></head><body></body></html>
        """)
        #expect(ReadMetadata.run(document: document, pageURL: nil).language == "de-DE")
    }

    @Test func aShopsPageDeclaresAProduct() throws {
        func metadata(_ head: String) throws -> PageMetadata {
            ReadMetadata.run(document: try HTMLDocument(html: "<html><head>\(head)</head><body></body></html>"), pageURL: nil)
        }
        // Open Graph's product type (WooCommerce, Shopify).
        #expect(try metadata(#"<meta property="og:type" content="product">"#).declaresProduct)
        // A JSON-LD Product and no story object, on a page Open Graph calls a website.
        let product = #"<script type="application/ld+json">{"@graph":[{"@type":["WebPage","ItemPage"]},"#
            + #"{"@type":"Product","name":"Coffee","offers":{"@type":"Offer","price":"9.99"}}]}</script>"#
        #expect(try metadata(#"<meta property="og:type" content="website">"# + product).declaresProduct)
        // A review names the product beside its article object; a story's Open Graph type says it is one.
        let review = #"<script type="application/ld+json">[{"@type":"BlogPosting","headline":"Tasting it"},"#
            + #"{"@type":"Product","name":"Coffee"}]</script>"#
        #expect(try !metadata(review).declaresProduct)
        #expect(try !metadata(#"<meta property="og:type" content="article">"# + product).declaresProduct)
        #expect(try !metadata(#"<meta property="og:type" content="article">"#).declaresProduct)
    }

    @Test func aTitlesTailAfterItsLastSeparatorIsTheSiteWhenTheHeadIsLonger() {
        #expect(ReadMetadata.titleTail("Fire at the old mill - Local - The Herald") == "The Herald")
        #expect(ReadMetadata.titleTail("Brände | Die Zeitung für Süd-Niedersachsen") == nil)
        #expect(ReadMetadata.titleTail("No separator here") == nil)
        #expect(ReadMetadata.titleTail("Grève générale au port de Marseille — Le Quotidien · Édition du soir") == "Édition du soir")
    }
}
