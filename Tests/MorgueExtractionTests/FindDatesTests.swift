import Foundation
import MorgueDOM
import Testing
@testable import MorgueExtraction

@Suite struct FindDatesTests {
    private func dates(_ html: String, pageURL: String? = nil) throws -> PublicationDates {
        try TestPages.dates(html, pageURL: pageURL)
    }

    @Test func anUpdateLabelledAfterThePublicationDateIsTheModificationDate() throws {
        func printed(_ line: String) throws -> PublicationDates {
            try dates("<html><body><h1>Storm</h1>\(line)<p>The storm hit the coast on Tuesday night.</p></body></html>")
        }
        // One line, both labels.
        let line = try printed("<p class=\"date\">Published: March 4, 2025 | Updated: March 5, 2025</p>")
        #expect(line.published == "2025-03-04")
        #expect(line.modified == "2025-03-05")
        // Two spans in a date-classed element, their texts printed against each other.
        let spans = try printed("""
            <div class="dates"><span class="published">Published March 4, 2025</span><span>Updated March 5, 2025</span></div>
            """)
        #expect(spans.modified == "2025-03-05")
        // The label printed before a <time> element.
        let time = try printed("""
            <div><time datetime="2025-03-04T18:42:00+02:00">4 March</time> · Actualizado el:
            <time datetime="2025-03-04T20:15:00+02:00">20:15</time></div>
            """)
        #expect(time.published == "2025-03-04T18:42:00+02:00")
        #expect(time.modified == "2025-03-04T20:15:00+02:00")
    }

    @Test func readsUpdateLabelsOfMoreLanguages() throws {
        func printed(_ line: String) throws -> PublicationDates {
            try dates("<html><body><h1>Мост</h1><p>\(line)</p><p>Ремонт моста начнется в понедельник утром.</p></body></html>")
        }
        #expect(try printed("Обновлено: 13 марта 2025, 18:05").modified == "2025-03-13")
        #expect(try printed("עודכן: 04.02.25, 19:40").modified == "2025-02-04")
        #expect(try printed("Güncelleme: 12.03.2025 16:10").modified == "2025-03-12")
    }

    @Test func structuredDatesComeFirst() throws {
        let result = try dates("""
        <html><head><meta property="article:published_time" content="2015-09-17T10:30:00-04:00">
        <meta property="article:modified_time" content="2015-09-18T08:00:00-04:00"></head>
        <body><time datetime="2015-01-01">Jan 1</time></body></html>
        """)
        #expect(result.published == "2015-09-17T10:30:00-04:00")
        #expect(result.publishedSource == .meta)
        #expect(result.modified == "2015-09-18T08:00:00-04:00")
    }

    @Test func aCitationsAccessDateIsNotThePublicationDate() throws {
        let result = try dates("""
        <html><body><h1>Mozilla</h1><p>Mozilla is a free-software community, created by members of Netscape.</p>
        <ol class="references"><li><cite>Annual report. <span class="reference-accessdate">Retrieved <span
        class="nowrap">1 May</span> 2016</span></cite></li></ol></body></html>
        """)
        #expect(result.published == nil)
    }

    @Test func codeBlocksHoldNoDates() throws {
        let result = try dates("""
        <html><body><h1>Simple anomaly detection</h1><pre>2021-03-04 12:00 job started</pre>
        <p>A long story about logs and their numbers.</p></body></html>
        """)
        #expect(result.published == nil)
    }

    @Test func readsTimeElementsAndTheirKind() throws {
        let result = try dates("""
        <html><body><h1>Storm</h1><time class="published" datetime="2015-09-17T14:30:00.000Z">Sept. 17</time>
        <time class="updated" datetime="2015-09-18">Sept. 18</time></body></html>
        """)
        #expect(result.published == "2015-09-17T14:30:00Z")
        #expect(result.publishedSource == .bylineElement)
        #expect(result.modified == "2015-09-18")
    }

    @Test func prefersTheTimeMarkedAsPublication() throws {
        let result = try dates("""
        <html><body><h1>Storm</h1><p>Event on <time datetime="2015-10-01">Oct 1</time></p>
        <p><time pubdate datetime="2015-09-17">Sept 17</time></p></body></html>
        """)
        #expect(result.published == "2015-09-17")
    }

    @Test func readsTheURL() throws {
        let result = try dates("<html><body><p>Text</p></body></html>", pageURL: "https://planet.example/2015/09/17/storm/")
        #expect(result.published == "2015-09-17")
        #expect(result.publishedSource == .url)
    }

    @Test func readsPrintedDatesNearTheHeadline() throws {
        let printed = try dates("<html><body><h1>Storm</h1><p class=\"meta\">Published on September 17, 2015</p><p>Text</p></body></html>")
        #expect(printed.published == "2015-09-17")
        #expect(printed.publishedSource == .bodyText)

        let labelled = try dates("<html><body><p><strong>Datum</strong> <span>28.01.2022</span></p></body></html>")
        #expect(labelled.published == "2022-01-28")

        let afterHeadline = try dates("<html><body><h1>Sturm</h1><div><em>17. September 2015</em></div><p>Text</p></body></html>")
        #expect(afterHeadline.published == "2015-09-17")
    }

    @Test func readsLabelsDatesInTheHeadlineAndRDFa() throws {
        let inline = try dates("<html><body><p class=\"info\">Letzte Änderung: 31.10.2023<br>Erschienen am: 01.11.2023</p></body></html>")
        #expect(inline.published == "2023-11-01")

        let inHeadline = try dates("<html><body><h1>Zuschauer kehren zurück<br><small>02.02.2022</small></h1><p>Text</p></body></html>")
        #expect(inHeadline.published == "2022-02-02")

        let rdfa = try dates("<html><body><span property=\"schema:dateCreated\" content=\"2022-01-28T12:45:46+00:00\"></span></body></html>")
        #expect(rdfa.published == "2022-01-28T12:45:46Z")
        #expect(rdfa.publishedSource == .meta)

        let metaLine = try dates("<html><body><div class=\"page-meta\">Posted on September 21, 2020 by Adi, in Design, Travel, Food and Stories about more things</div></body></html>")
        #expect(metaLine.published == "2020-09-21")
    }

    @Test func ignoresDatesInTeasersOfOtherStories() throws {
        let result = try dates("""
        <html><body><h1>Storm</h1><p>A long paragraph of story text that goes on and on about the storm and the damage it did to the coast, naming no date at all, and then some more words to fill the window past its end so that later dates fall outside it entirely, far from the headline, where dates belong to other things like the sidebar below, which lists other stories with their own dates. More text here to be sure the window is used up well before the related list starts. Even more words follow in this paragraph to make certain of that. And a final sentence.</p>
        <div class="related"><time datetime="2014-01-01">Jan 1</time></div></body></html>
        """)
        #expect(result.published == nil)
    }

    @Test func readsADateThatOpensTheFirstParagraph() throws {
        let story = String(repeating: "Life-threatening allergies have been on the rise, with little hope for a cure. ", count: 3)
        let result = try dates("""
        <html><body><h1>Babies who eat peanuts early may avoid allergy</h1>
        <p>Feb. 23, 2015 -- \(story)</p><p>Another study, published on March 3, 2014, found the same.</p></body></html>
        """)
        #expect(result.published == "2015-02-23")
        #expect(result.publishedSource == .bodyText)
        #expect(DateNormalization.openingDate(inText: "(21. November 2022) Prices rose.")?.dayString == "2022-11-21")
        // A date further into a story sentence is an event, not the publication.
        let event = try dates("""
        <html><body><h1>Council meets</h1><p>The council met on March 3, 2014 to decide. \(story)</p></body></html>
        """)
        #expect(event.published == nil)
    }

    @Test func rejectsFutureAndLonelyAncientDates() throws {
        let future = try dates("<html><head><meta property=\"article:published_time\" content=\"2999-01-01\"></head><body></body></html>")
        #expect(future.published == nil)
        let ancient = try dates("<html><head><meta name=\"date\" content=\"1970-01-01\"></head><body></body></html>")
        #expect(ancient.published == nil)
        let agreed = try dates("<html><head><meta name=\"date\" content=\"1989-11-09\"></head><body></body></html>",
                               pageURL: "https://planet.example/1989/11/09/wall/")
        #expect(agreed.published == "1989-11-09")
    }

    @Test func readsShortDatedLinesAnywhereAfterTheHeadlineFirst() throws {
        let result = try dates("""
        <html><body><div class="masthead-bar"><span>Sonntag, 29. November 2026</span></div>
        <h1>Chorprobe</h1><p>A long paragraph of story text about the choir that keeps going well past the window after the headline, naming no date, with many words about voices and halls and the people who sing in them every week of the year, more than six hundred characters in all so that the headline window is used up before the meta line at the end. More words follow here to be sure of it, about concerts and rehearsals and tours, and a last sentence or two to finish the paragraph off nicely for the reader of this page.</p>
        <div><span>Freitag, 5. Juni 2015</span></div></body></html>
        """)
        #expect(result.published == "2015-06-05")
        #expect(result.publishedSource == .bodyText)

        let beforeOnly = try dates("<html><body><p>Stand: 18.03.2020 13:15</p><h1>Podcast</h1></body></html>")
        #expect(beforeOnly.published == "2020-03-18")

        // A date inside running story text is an event, not the publication.
        let inStory = try dates("""
        <html><body><h1>Wahl</h1><p>Die Wahl fand am 5. Juni 2015 statt, und seitdem hat sich in der Stadt vieles verändert, wie die Bürger berichten, die seit Jahren hier leben.</p></body></html>
        """)
        #expect(inStory.published == nil)
    }

    @Test func readsDatesInsideLayoutWrappersNamedLikeFurniture() throws {
        let wrapped = try dates("""
        <html><body><div id="navigation-container"><ul class="menu"><li>Home</li></ul>
        <article><h1>Erfurt</h1><time datetime="2022-02-01">01.02.2022</time><p>Text</p></article></div></body></html>
        """)
        #expect(wrapped.published == "2022-02-01")

        let sidebar = try dates("""
        <html><body><section class="wrapper wrapper__with-sidebar"><article><h1>Items</h1>
        <div class="page-meta">Posted on September 21, 2020</div></article></section></body></html>
        """)
        #expect(sidebar.published == "2020-09-21")

        // A comment list holding <article> elements stays furniture.
        let comments = try dates("""
        <html><body><h1>Story</h1><ol class="comment-list"><li><article class="comment-body">
        <time datetime="2014-01-01">Jan 1</time></article></li></ol></body></html>
        """)
        #expect(comments.published == nil)
    }

    @Test func takesTheMetaTagDayThePagePrintsWhenStructuredDatesDisagree() throws {
        let html = """
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Werbung",
        "datePublished":"2023-11-03T10:25:56+00:00"}</script>
        <meta property="article:published_time" content="2023-11-06T14:25:00+00:00"></head>
        <body><h1>Werbung</h1><p class="teaser">Von Anna · %@</p></body></html>
        """
        let printed = try dates(html.replacingOccurrences(of: "%@", with: "06.11.2023"))
        #expect(printed.published == "2023-11-06T14:25:00Z")
        #expect(printed.publishedSource == .meta)

        // Nothing on the page settles it: JSON-LD stays first.
        let unsettled = try dates(html.replacingOccurrences(of: "%@", with: "Lesezeit 3 Minuten"))
        #expect(unsettled.published == "2023-11-03T10:25:56Z")
        #expect(unsettled.publishedSource == .jsonLD)
    }

    @Test func theURLDayBeatsAStructuredDateOfAnotherDay() throws {
        let result = try dates("""
        <html><head><script type="application/ld+json">{"@type":"BlogPosting","headline":"Montauk",
        "datePublished":"2019-06-17T18:28:00+02:00"}</script></head><body><h1>Montauk</h1></body></html>
        """, pageURL: "https://blog.example/2017/7/12/montauk")
        #expect(result.published == "2017-07-12")
        #expect(result.publishedSource == .url)
    }

    @Test func aWebPageDateStandsInForAStoryDate() throws {
        let result = try dates("""
        <html><head><script type="application/ld+json">{"@graph":[{"@type":"WebPage","name":"About Us",
        "datePublished":"2018-06-07T10:13:17+00:00"}]}</script></head><body><h1>About us</h1></body></html>
        """)
        #expect(result.published == "2018-06-07T10:13:17Z")
    }

    @Test func anUpdateDateStandsInWhenNothingElseIsPrinted() throws {
        let labelled = try dates("<html><body><h1>Heliumkerne</h1><p><b>Aktualisiert am </b>17.01.2021.</p></body></html>")
        #expect(labelled.published == "2021-01-17")
        #expect(labelled.modified == "2021-01-17")

        let classed = try dates("<html><body><h1>Gesetz</h1><div class=\"date-update-wrapper\"><p>02.12.2022</p></div></body></html>")
        #expect(classed.published == "2022-12-02")

        // A publication date, where printed, comes first.
        let both = try dates("<html><body><h1>Gesetz</h1><p>Veröffentlicht am 01.12.2022</p><p>Aktualisiert am 05.12.2022</p></body></html>")
        #expect(both.published == "2022-12-01")
        #expect(both.modified == "2022-12-05")
    }

    @Test func readsADateClassedLineThroughItsTimeElement() throws {
        let result = try dates("""
        <html><body><h1>Talent</h1><div class="entry-meta"><span class="posted-on"><a href="#">
        <time class="entry-date published" datetime="2019-12-26T23:07:45+00:00">26/12/2019</time></a></span>
        <span class="byline">von Redaktion, 10.10.2019 angelegt</span></div></body></html>
        """)
        #expect(result.published == "2019-12-26T23:07:45Z")
    }

    @Test func readsFrenchAndGermanLabels() throws {
        let french = try dates("<html><body><h1>Nuls</h1><ul><li><p>Mise en ligne</p><p>23 mai 2019</p></li></ul></body></html>")
        #expect(french.published == "2019-05-23")
        let german = try dates("<html><body><h1>Cotten</h1><p>Letzte Änderung: 31.10.2023 - 14:49:39</p></body></html>")
        #expect(german.modified == "2023-10-31")
    }

    @Test func readsADateThatOpensOrClosesTheTitle() throws {
        let result = try dates("<html><head><title>08.11.2021 | Online-Fachtag zum Intersex Day</title></head><body><h1>Online-Fachtag</h1></body></html>")
        #expect(result.published == "2021-11-08")
        // A date inside the headline's words is an event, not the page's date.
        let inside = try dates("<html><head><title>Die Wahl vom 5. Juni 2015 und ihre Folgen | Blatt</title></head><body><h1>Wahl</h1></body></html>")
        #expect(inside.published == nil)
    }

    @Test func aDayPrintedAnywhereSettlesDisagreeingStructuredDates() throws {
        let result = try dates("""
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Vanlife",
        "datePublished":"2022-01-04T07:29:00Z"}</script>
        <meta property="article:published_time" content="2022-01-06T08:29:34"></head>
        <body><h1>Vanlife</h1><p>A long paragraph of story text about travelling in a van through Sweden that goes on well past the window after the headline, naming no date at all, with words about lakes and forests and roads and campsites and the people met on the way, more than six hundred characters in all so the window is used up before the line below. More words follow here to be sure of it, about ferries and bridges, and a last sentence or two to finish the paragraph for the reader.</p>
        <div class="share-bar"><span>06.01.2022</span></div></body></html>
        """)
        #expect(result.published == "2022-01-06T08:29:34")
    }
}
