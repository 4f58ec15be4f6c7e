import MorgueDOM
import Testing
@testable import MorgueExtraction

@Suite struct FindBylineTests {
    private func find(_ html: String) throws -> BylineFinding? { try TestPages.byline(html) }

    @Test func readsTheBylineElementAsPrinted() throws {
        let finding = try #require(try find("""
        <html><body><h1>Storm</h1><div class="byline"><span>By</span><a href="/jane">JANE DOE</a>, Associated Press</div>
        <p>Text.</p></body></html>
        """))
        #expect(finding.byline.text == "JANE DOE, Associated Press")
        #expect(finding.byline.authors == ["Jane Doe"])
        #expect(finding.byline.organization == "Associated Press")
        #expect(finding.source == .bylineElement)
        #expect(finding.node?.attribute("class") == "byline")
    }

    @Test func readsJoomlasCreatedByField() throws {
        let finding = try #require(try find("""
        <html><body><article class="item-page"><h2>Harbor dredging delayed</h2><dl class="article-info">
        <dt class="article-info-term">Details</dt><dd class="createdby">Written by Helen Marr</dd></dl>
        <p>Text.</p></article></body></html>
        """))
        #expect(finding.byline.authors == ["Helen Marr"])
    }

    @Test func oneStructuredAuthorNamingTwoPeopleIsBothAndTheBylineAsWritten() throws {
        let finding = try find("""
            <html><body><article><h1>Kreistag stoppt Pläne</h1>
            <span itemprop="author" itemscope itemtype="http://schema.org/Person"><span itemprop="name">Tobias Wendland und Sabine Kröger</span></span>
            <p>Text.</p></article></body></html>
            """)
        #expect(finding?.byline.authors == ["Tobias Wendland", "Sabine Kröger"])
        #expect(finding?.byline.text == "Tobias Wendland und Sabine Kröger")
    }

    @Test func aListOfAuthorCardsNamesEveryAuthorInPageOrder() throws {
        // Author cards without printed separators: each card is one name, and JSON-LD agrees with all of them.
        let cards = """
        <div class="article-byline"><ul class="byline-list">
        <li class="byline-item"><img src="/a.jpg" alt=""><a class="byline-item__name" href="/f/is">Ingrid Sæther</a></li>
        <li class="byline-item"><img src="/b.jpg" alt=""><a class="byline-item__name" href="/f/mt">Magnus Tveit</a></li>
        <li class="byline-item"><span class="byline-item__name">NTB</span></li></ul></div>
        """
        let structured = """
        <script type="application/ld+json">{"@type":"NewsArticle","headline":"Skred","author":[
        {"@type":"Person","name":"Ingrid Sæther"},{"@type":"Person","name":"Magnus Tveit"},{"@type":"Organization","name":"NTB"}]}
        </script>
        """
        for head in ["", structured] {
            let finding = try #require(try find("<html><head>\(head)</head><body><h1>Skred</h1>\(cards)<p>Text.</p></body></html>"))
            #expect(finding.byline.text == "Ingrid Sæther, Magnus Tveit, NTB")
            #expect(finding.byline.authors == ["Ingrid Sæther", "Magnus Tveit"])
            #expect(finding.byline.organization == "NTB")
        }
        // Sibling name elements of one class without separators are items too.
        let spans = try #require(try find("""
        <html><body><h1>Skred</h1><div class="byline"><span class="name">Ingrid Sæther</span><span class="name">Magnus Tveit</span>
        </div><p>Text.</p></body></html>
        """))
        #expect(spans.byline.authors == ["Ingrid Sæther", "Magnus Tveit"])
        // Avatar initials before each card's name leave one comma between the names.
        let initials = try #require(try find("""
        <html><body><h1>Skred</h1><div class="autor"><div class="item"><div class="sigla">LP</div><div class="name">Luana Patriolino</div></div>
        <div class="item"><div class="sigla">RF</div><div class="name">Raphael Felice</div></div></div><p>Text.</p></body></html>
        """))
        #expect(initials.byline.text == "Luana Patriolino, Raphael Felice")
        // A separator printed after an item is not doubled.
        let commas = try #require(try find("""
        <html><body><h1>Skred</h1><ul class="authors"><li>Michael Anderson, PhD,</li><li>Carlos Dobkin, PhD</li></ul>
        <p>Text.</p></body></html>
        """))
        #expect(commas.byline.text == "Michael Anderson, PhD, Carlos Dobkin, PhD")
        // A card whose words besides the name are not read as a title is no item of names: the
        // structured authors stand, in their order.
        let roles = try #require(try find("""
        <html><head><script type="application/ld+json">{"@type":"BlogPosting","headline":"Sharding","author":[
        {"@type":"Person","name":"Priya Natarajan"},{"@type":"Person","name":"Tomás Oyelaran"}]}</script></head>
        <body><h1>Sharding</h1><ul class="AuthorList_list"><li class="AuthorList_author"><a href="/a/pn">Priya Natarajan</a>
        <p class="AuthorList_role">Staff Engineer</p></li><li class="AuthorList_author"><a href="/a/to">Tomás Oyelaran</a>
        <p class="AuthorList_role">Senior Software Engineer</p></li></ul><p>Text.</p></body></html>
        """))
        #expect(roles.byline.authors == ["Priya Natarajan", "Tomás Oyelaran"])
        #expect(roles.byline.organization == nil)
    }

    @Test func anAuthorsJobTitleBesideTheNameIsNoAuthor() throws {
        let finding = try #require(try find("""
        <html><body><h1>Rovers go top</h1><div class="author-text"><span class="author"><a rel="author" href="/a/nc">Niamh Coyle</a>
        </span><span class="job-title">Wexbridge Rovers reporter</span></div><p>Text.</p></body></html>
        """))
        #expect(finding.byline.authors == ["Niamh Coyle"])
    }

    @Test func aLineOfAuthorLinksIsReadWhole() throws {
        // An unclassed line holding two rel=author links: both authors, not the first link alone.
        let finding = try #require(try find("""
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Buses",
        "author":[{"@type":"Person","name":"Rhiannon Castell"},{"@type":"Person","name":"Owen Marwick"}]}</script></head>
        <body><h1>Buses</h1><address><div><a rel="author" href="/p/rc">Rhiannon Castell</a> and
        <a rel="author" href="/p/om">Owen Marwick</a></div></address><p>Text.</p></body></html>
        """))
        #expect(finding.byline.text == "Rhiannon Castell and Owen Marwick")
        #expect(finding.byline.authors == ["Rhiannon Castell", "Owen Marwick"])
        // So is a line of links classed as authors', in Dutch.
        let dutch = try #require(try find("""
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Brug dicht",
        "author":[{"@type":"Person","name":"Sanne de Vries"},{"@type":"Person","name":"Joost Hendriks"}]}</script></head>
        <body><h1>Brug dicht</h1><span class="article__source">Door <a class="article__author" href="/a/svr">Sanne de Vries</a>
        en <a class="article__author" href="/a/jh">Joost Hendriks</a></span><p>Tekst.</p></body></html>
        """))
        #expect(dutch.byline.text == "Sanne de Vries en Joost Hendriks")
        #expect(dutch.byline.authors == ["Sanne de Vries", "Joost Hendriks"])
    }

    @Test func aBylinePrintingOneOfTwoStructuredAuthorsFilesBoth() throws {
        let finding = try #require(try find("""
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Buses",
        "author":[{"@type":"Person","name":"Rhiannon Castell"},{"@type":"Person","name":"Owen Marwick"}]}</script></head>
        <body><h1>Buses</h1><div class="byline">By Rhiannon Castell</div><p>Text.</p></body></html>
        """))
        #expect(finding.byline.text == "Rhiannon Castell")
        #expect(finding.byline.authors == ["Rhiannon Castell", "Owen Marwick"])
    }

    @Test func anAuthorTagNamingTheOrganizationAuthorIsNoPerson() throws {
        let finding = try #require(try find("""
        <html><head><meta name="author" content="全国日日新聞社"><script type="application/ld+json">{"@type":"NewsArticle",
        "headline":"断水","author":{"@type":"Organization","name":"全国日日新聞社"}}</script></head>
        <body><h1>断水</h1><p>本文。</p></body></html>
        """))
        #expect(finding.byline.authors == [])
        #expect(finding.byline.organization == "全国日日新聞社")
    }

    @Test func anAuthorBoxHeadingIsNoByline() throws {
        let finding = try find("""
        <html><body><h1>断水</h1><p>本文。</p><section class="author-profile">
        <h2 class="author-profile__heading">この記事を書いた人</h2>
        <p class="author-profile__name"><a href="/reporter/yamada/">山田太郎</a></p>
        <p class="author-profile__bio">2012年入社。静岡総局、大阪社会部を経て現職。</p></section></body></html>
        """)
        #expect(finding?.byline.text == "山田太郎")
    }

    @Test func aTeaserCardsAuthorIsNoByline() throws {
        let finding = try find("""
        <html><body><h1>Pont fermé</h1><p>Texte.</p><section><h2>Sur le même sujet</h2><ul>
        <li class="teaser"><a href="/autre-article"><h3 class="teaser__titre">Ponts en mauvais état</h3></a>
        <p class="teaser__auteur">Par Camille Roussel</p></li></ul></section></body></html>
        """)
        #expect(finding == nil)
        // A story header classed so, outside any card, is the story's own.
        let header = try find("""
        <html><body><div class="teaser-small__metadata"><h1>Pandemie</h1>
        <span class="byline__author">MORITZ GATHMANN</span></div><p>Text.</p></body></html>
        """)
        #expect(header?.byline.authors == ["Moritz Gathmann"])
    }

    @Test func anAccentedNewsroomIsNoAuthor() throws {
        // "Redacción" typed as a Person in JSON-LD is the newsroom, however it is accented.
        for name in ["Redacción", "REDACCIÓN", "Redaccion"] {
            let finding = try find("""
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Calzada",
            "author":{"@type":"Person","name":"\(name)"}}</script></head><body><h1>Calzada</h1><p>Text.</p></body></html>
            """)
            #expect(finding?.byline.authors == [], "\(name)")
        }
    }

    @Test func aLineBreakInTheBylineElementPartsNameAndDesk() throws {
        let finding = try #require(try find("""
        <html><body><h1>Superbugs</h1><div class="author_fmt"> By <a rel="author" href="/kelli-miller">Kelli  Miller</a>
        <br/>WebMD Health News</div><p>Text.</p></body></html>
        """))
        #expect(finding.byline.text == "Kelli Miller WebMD Health News")
        #expect(finding.byline.authors == ["Kelli Miller"])
        #expect(finding.byline.organization == "WebMD Health News")
    }

    @Test func prefersPrintedTextThatAgreesWithStructuredAuthors() throws {
        let finding = try #require(try find("""
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Jane Doe"}}</script></head>
        <body><p class="author-name">By Jane Doe, Daily Planet</p></body></html>
        """))
        #expect(finding.byline.text == "Jane Doe, Daily Planet")
        #expect(finding.byline.authors == ["Jane Doe"])
        #expect(finding.source == .jsonLD)
        #expect(finding.node != nil)
    }

    @Test func aStructuredNamePrintedWholeStaysWholeThoughItEndsInAJobTitle() throws {
        let finding = try #require(try find("""
        <html><head><script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":"Person","name":"Rasender Reporter"}}</script></head>
        <body><span class="author-name">Rasender Reporter</span></body></html>
        """))
        #expect(finding.byline.authors == ["Rasender Reporter"])
    }

    @Test func aPrintedNameRunningOnPastTheStructuredNameIsCutToIt() throws {
        let box = try #require(try find("""
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Steven Salentin"}}</script></head>
        <body><div class="author--bio"><div><a href="/autor/steven">Steven Salentin</a></div>
        <div>Mitglied der Tonight News-Redaktion</div></div></body></html>
        """))
        #expect(box.byline.authors == ["Steven Salentin"])
        #expect(box.byline.text == "Steven Salentin")
        // A second name printed straight after the structured one is a second author.
        let glued = try #require(try find("""
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"April Roach"}}</script></head>
        <body><div class="author"><span>April Roach</span> <span>Daniel O'Mahony</span></div></body></html>
        """))
        #expect(glued.byline.authors == ["April Roach", "Daniel O'Mahony"])
        // A label of two words or more printed before the name goes; one word may be a first name.
        let labelled = try #require(try find("""
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Alex Perry"}}</script></head>
        <body><div class="authorinfo"><span>Tech Insider</span> <span>Alex Perry</span></div></body></html>
        """))
        #expect(labelled.byline.authors == ["Alex Perry"])
        let middle = try #require(try find("""
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Jane Smith"}}</script></head>
        <body><div class="author">Mary Jane Smith</div></body></html>
        """))
        #expect(middle.byline.authors == ["Mary Jane Smith"])
    }

    @Test func readsAByLineJustAfterTheHeadlineInAnUnclassedElement() throws {
        let finding = try #require(try find("""
        <html><body><header><h1>Eignet sich eine Wärmepumpe im Altbau?</h1>
        <ul><li><span class="meta-label">von Alexander Rosenkranz</span></li><li>12.03.2022</li></ul></header>
        <p>Wärmepumpen setzen sich durch.</p></body></html>
        """))
        #expect(finding.byline.authors == ["Alexander Rosenkranz"])
        // Far from the headline, or without its "By", a name in plain text is not read as the byline.
        let far = String(repeating: "Lorem ipsum dolor sit amet. ", count: 20)
        #expect(try find("<html><body><h1>Storm</h1><p>\(far)</p><span>By Jane Doe</span></body></html>") == nil)
        #expect(try find("<html><body><h1>Storm</h1><span>Jane Doe</span><p>Text.</p></body></html>") == nil)
    }

    @Test func readsALabelAndItsNamesPrintedInOneText() throws {
        let chinese = try #require(try find("""
        <html><body><h1>武汉的声音</h1><p>正文很长的一段话。</p><div class="info"><span>责任编辑： 焦鹏 </span></div></body></html>
        """))
        #expect(chinese.byline.authors == ["焦鹏"])
        let german = try #require(try find("""
        <html><body><p>Ein langer Absatz der Geschichte, der weit weg von der Überschrift steht.</p><p>Autor: Jane Doe</p></body></html>
        """))
        #expect(german.byline.authors == ["Jane Doe"])
        // A label with a sentence after it is no byline.
        #expect(try find("<html><body><p>Text: Die Stadt hat am Montag beschlossen.</p></body></html>") == nil)
    }

    @Test func readsAnInterviewersCreditAsTheByline() throws {
        let finding = try #require(try find("""
        <html><body><h1>Big Data</h1><div class="author"><a class="author-link" href="/suche">Interview: Julia Lauter</a></div></body></html>
        """))
        #expect(finding.byline.authors == ["Julia Lauter"])
    }

    @Test func aStructuredUserNameGivesWayToAPrintedName() throws {
        let finding = try #require(try find("""
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"arianschlichenmayer"}}</script></head>
        <body><p class="author-name">Arian Schlichenmayer</p></body></html>
        """))
        #expect(finding.byline.authors == ["Arian Schlichenmayer"])
        #expect(finding.source == .bylineElement)
    }

    @Test func anAuthorTypedBothPersonAndOrganizationIsAPerson() throws {
        let finding = try #require(try find("""
        <html><head><script type="application/ld+json">{"@graph":[{"@type":"Article","author":{"@id":"#me"}},
        {"@type":["Person","Organization"],"@id":"#me","name":"Christoph Hein"}]}</script></head><body><p>Text.</p></body></html>
        """))
        #expect(finding.byline.authors == ["Christoph Hein"])
        #expect(finding.byline.organization == nil)
    }

    @Test func structuredAuthorsWinOverADisagreeingElement() throws {
        let finding = try #require(try find("""
        <html><head><meta name="author" content="Jane Doe"></head>
        <body><div class="author">John Roe</div></body></html>
        """))
        #expect(finding.byline.authors == ["Jane Doe"])
        #expect(finding.source == .meta)
        #expect(finding.node == nil)
    }

    @Test func authorLinksOutrankAuthorMetaTags() throws {
        let finding = try #require(try find("""
        <html><head><meta name="author" content="John Roe"></head>
        <body><a rel="author" href="/lois">Lois Lane</a></body></html>
        """))
        #expect(finding.byline.authors == ["Lois Lane"])
        #expect(finding.source == .bylineElement)
    }

    @Test func theSiteAccountGivesWayToThePrintedWriter() throws {
        let finding = try #require(try find("""
        <html><head><meta property="og:site_name" content="Daily Planet">
        <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Daily Planet"}}</script></head>
        <body><span class="byline">By Lois Lane</span></body></html>
        """))
        #expect(finding.byline.authors == ["Lois Lane"])
        // The site's own name is no organization: the page's publisher does not count.
        #expect(finding.byline.organization == nil)
    }

    @Test func theSitesOwnNameIsNeverTheOrganization() throws {
        // An Organization author that is the publisher stands as a byline naming nobody, without an organization.
        let site = try #require(try find("""
        <html><head><meta property="og:site_name" content="Báo Nhịp Sống Mới">
        <script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Báo Nhịp Sống Mới"},
        "publisher":{"@type":"Organization","name":"Báo Nhịp Sống Mới"}}</script></head><body><h1>Vỡ đường ống</h1></body></html>
        """))
        #expect(site.byline.text == "Báo Nhịp Sống Mới")
        #expect(site.byline.authors.isEmpty)
        #expect(site.byline.organization == nil)
        // Named after the writer in the printed byline, the publisher is no organization either.
        let printed = try #require(try find("""
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"NewsMediaOrganization",
        "name":"Riksposten"}}</script></head><body><h1>Skred</h1><div class="byline">Ingrid Sæther, Riksposten</div></body></html>
        """))
        #expect(printed.byline.authors.first == "Ingrid Sæther")
        #expect(printed.byline.organization == nil)
        // A publisher that is a person (a blog's writer) names the author, not the site.
        let blog = try #require(try find("""
        <html><head><meta property="og:site_name" content="crazy-julia.de"><script type="application/ld+json">{"@graph":[
        {"@type":"BlogPosting","headline":"Tipps","author":{"@id":"#julia"},"publisher":{"@id":"#julia"}},
        {"@type":"Person","@id":"#julia","name":"Julia"}]}</script></head><body><h1>Tipps</h1></body></html>
        """))
        #expect(blog.byline.authors == ["Julia"])
    }

    @Test func ignoresBiosCommentsAndNonNames() throws {
        #expect(try find("""
        <html><body><div class="author-bio">Jane Doe has covered weather for twenty years and lives in Maine.</div>
        <div class="comments"><span class="author">Troll42</span></div>
        <span class="author">Posted by admin</span>
        <div class="row testimonial-author"><div class="row">Credaris-Kundin A.K.</div></div></body></html>
        """) == nil)
    }

    @Test func readsNamesAfterALabelInOtherLanguages() throws {
        let thai = try #require(try find("""
        <html><body><h1>เขื่อน</h1><div class="sc-content__Author-sc-4d5e6f-13"><div><span>ผู้เขียน</span>
        <a href="/author/ks">กมลชนก ศรีสุวรรณ</a></div></div></body></html>
        """))
        #expect(thai.byline.text == "กมลชนก ศรีสุวรรณ")
        let indonesian = try #require(try find("""
        <html><body><h1>Banjir</h1><div class="info"><h5>Penulis:</h5> Rina Anggraini<br>Editor Yohanes</div></body></html>
        """))
        #expect(indonesian.byline.authors == ["Rina Anggraini"])
    }

    @Test func readsNamesAfterALabel() throws {
        let heading = try #require(try find("""
        <html><body><div class="info"><h5 class="title-inline">Autor: </h5>Peter Maahn/SP-X<br>Foto: Skoda</div></body></html>
        """))
        #expect(heading.byline.authors == ["Peter Maahn"])
        #expect(heading.byline.organization == "SP-X")
        let inline = try #require(try find("<html><body><p><strong>Text:</strong> Klausmartin Friedrich</p><p>Fotos: Archiv</p></body></html>"))
        #expect(inline.byline.authors == ["Klausmartin Friedrich"])
    }

    @Test func aLabelEndingAPhraseOpensNoByline() throws {
        // "Content Management by InterRed" in a footer: the "by" ends a phrase, it opens no byline.
        #expect(try find("""
        <html><body><ul><li class="right"><a href="https://cms.example/">Content Management</a> by \
        <b>Inter<span class="red">Red</span></b></li></ul></body></html>
        """) == nil)
        let opening = try #require(try find("<html><body><p><span> </span> By <b>Jane Doe</b></p></body></html>"))
        #expect(opening.byline.authors == ["Jane Doe"])
    }

    @Test func readsNamesAfterAnArticleByLabel() throws {
        let finding = try #require(try find("""
        <html><body><div class="metaInfo">Ein Artikel von <strong>Pamela Sladky</strong> | 27.01.2022 - 12:45</div></body></html>
        """))
        #expect(finding.byline.authors == ["Pamela Sladky"])
    }

    @Test func aDateLabelInsideAnAuthorBlockIsNoName() throws {
        let finding = try #require(try find("""
        <html><body><div class="articleAuthorDateBlock"><span class="articleAuthorDateBlockLabel">Datum:</span> 19.11.2021<br>
        <span class="articleAuthorDateBlockLabel">Autor:</span> Fritz Imhof</div></body></html>
        """))
        #expect(finding.byline.authors == ["Fritz Imhof"])
    }

    @Test func aRatingWidgetOrHiddenTextInsideTheBylineIsNotRead() throws {
        let finding = try #require(try find("""
        <html><body><div class="author"><a href="/autoren/georg-quaas/">Georg Quaas</a>, 21. Jan. 2015
        <div class="article-rating"><span class="hide">Eine realistische Interpretation</span>
        <form><select><option>1</option><option>2</option></select><input type="submit" value="Bewerten"></form>
        <span style="display:none">12 Stimmen, 3.17</span></div></div></body></html>
        """))
        #expect(finding.byline.authors == ["Georg Quaas"])
    }

    @Test func theSiteOrItsNewsroomAsAuthorIsTheOrganization() throws {
        let domain = try #require(try find("""
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"24horas.cl"}}</script>
        </head><body><p>Text.</p></body></html>
        """))
        #expect(domain.byline.authors.isEmpty)
        #expect(domain.byline.organization == "24horas.cl")
        let newsroom = try #require(try find("""
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Mathilda Trausch"},
        {"@type":"Person","name":"Online-Redaktion"}]}</script></head><body><p>Text.</p></body></html>
        """))
        #expect(newsroom.byline.authors == ["Mathilda Trausch"])
        #expect(newsroom.byline.text == "Mathilda Trausch")
        #expect(BylineParsing.parse("Redaktion")?.authors == [])
        #expect(BylineParsing.parse("Redaktion")?.organization == "Redaktion")
    }

    @Test func anAuthorInsideATeaserCardsLinkIsNotTheByline() throws {
        let finding = try #require(try find("""
        <html><body><ul><li><a href="/other-story"><h4>Another story</h4><span class="item__author">Glory Solutions</span></a></li></ul>
        <h1>Story</h1><div class="byline">By <a rel="author" href="/jane">Jane Doe</a></div><p>Text.</p></body></html>
        """))
        #expect(finding.byline.authors == ["Jane Doe"])
    }

    @Test func codeBlocksHoldNoByline() throws {
        #expect(try find("""
        <html><body><h1>Queries</h1><pre><span class="k">Autor:</span> Peter Maahn</pre>
        <code><span class="author">Jane Doe</span></code><p>A story about SQL.</p></body></html>
        """) == nil)
    }

    @Test func readsBlogAccountNamesFromAuthorLinks() throws {
        let finding = try #require(try find("""
        <html><body><span class="byline"><span class="author vcard"><a class="url fn n" href="/author/k" rel="author">karstenruppert</a></span></span></body></html>
        """))
        #expect(finding.byline.authors == ["karstenruppert"])
        #expect(try find("<html><body><a rel=\"author\" href=\"/a\">wordpressadmin</a></body></html>") == nil)
    }

    @Test func readsAuthorBoxesThatHoldOnlyTheByline() throws {
        let finding = try #require(try find("""
        <html><body><div class="authorbox"><strong>von</strong> <span>Dennis Kochinky</span></div></body></html>
        """))
        #expect(finding.byline.authors == ["Dennis Kochinky"])
    }

    @Test func keepsAnOrganizationAuthor() throws {
        let finding = try #require(try find("""
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Organization","name":"Reuters"}}</script></head><body></body></html>
        """))
        #expect(finding.byline.authors.isEmpty)
        #expect(finding.byline.organization == "Reuters")
    }
}
