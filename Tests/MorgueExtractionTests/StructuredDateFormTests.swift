import Foundation
import MorgueDOM
import Testing
@testable import MorgueExtraction

/// The publisher's local offset for a structured time, and the URL's date against a confirmed
/// structured date.
@Suite struct StructuredDateFormTests {
    private func dates(_ html: String, pageURL: String? = nil) throws -> PublicationDates {
        try TestPages.dates(html, pageURL: pageURL)
    }

    @Test func aUTCTimeIsWrittenInThePublishersOffsetWhenAnotherSourceGivesIt() throws {
        let found = try dates("""
            <html><head>
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Levy",
              "datePublished":"2024-03-04T11:15:00+00:00","dateModified":"2024-03-04T15:42:18Z"}</script>
            <meta property="article:published_time" content="2024-03-04T05:15:00-06:00">
            <meta property="article:modified_time" content="2024-03-04T09:42:18-06:00">
            </head><body><h1>Levy</h1><p>The board voted on Monday night.</p></body></html>
            """)
        #expect(found.published == "2024-03-04T05:15:00-06:00")
        #expect(found.modified == "2024-03-04T09:42:18-06:00")
        // Another instant is no other form of it.
        let other = try dates("""
            <html><head>
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2024-03-04T11:15:00Z"}</script>
            <meta property="article:published_time" content="2024-03-04T06:15:00-06:00">
            </head><body><h1>Levy</h1><p>The board voted on Monday night.</p></body></html>
            """)
        #expect(other.published == "2024-03-04T11:15:00Z")
        #expect(FindDates.secondsSinceEpoch(DateNormalization.parse("1970-01-02T01:00:00+01:00")!) == 86400)
    }

    @Test func aLaterURLDateLosesToAStructuredDateThePagePrints() throws {
        let head = """
            <html><head><meta property="article:published_time" content="2024-03-11T06:00:00-04:00"></head>
            <body><h1>The bell foundry</h1>
            """
        let url = "https://review.example/magazine/2024/03/18/the-bell-foundry"
        let printed = try dates(head + """
            <time class="publish-date" datetime="2024-03-11T06:00:00-04:00">March 11, 2024</time>
            <p>The foundry has cast bells for two centuries.</p></body></html>
            """, pageURL: url)
        #expect(printed.published == "2024-03-11T06:00:00-04:00")
        // Nothing on the page confirms the structured day: the URL's date stands.
        let unconfirmed = try dates(head + "<p>The foundry has cast bells for two centuries.</p></body></html>", pageURL: url)
        #expect(unconfirmed.published == "2024-03-18")
    }
}
