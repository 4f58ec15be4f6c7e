import MorgueDOM
import Testing
@testable import MorgueExtraction

/// The order of the structured publication dates: a zoned time over an unzoned one of the same day,
/// a published meta tag over `dateCreated`.
@Suite struct StructuredDateOrderTests {
    @Test func aStructuredDateWithAnOffsetBeatsOneWithoutOnTheSameDay() throws {
        let page = try TestPages.metadata("""
            <meta property="article:published_time" content="2026-11-28T18:05:00+01:00">
            <meta property="article:modified_time" content="2026-11-29T09:12:00+01:00">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge delayed",
            "dateCreated":"2026-11-28 16:48:31","datePublished":"2026-11-28 17:05:00","dateModified":"2026-11-29 08:12:00"}</script>
            """)
        #expect(page.published == "2026-11-28T18:05:00+01:00")
        #expect(page.sources[.published] == .meta)
        #expect(page.modified == "2026-11-29T09:12:00+01:00")
        // On another day the order of trust stands.
        let otherDay = try TestPages.metadata("""
            <meta property="article:published_time" content="2026-11-29T00:30:00+01:00">
            <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2026-11-28 23:30:00"}</script>
            """)
        #expect(otherDay.published == "2026-11-28T23:30:00")
        // A day given alone yields to no zoned midnight, which tells no more.
        let midnight = try TestPages.metadata("""
            <meta property="article:published_time" content="2019-12-03T00:00:00+00:00">
            <script type="application/ld+json">{"@type":"BlogPosting","datePublished":"2019-12-03"}</script>
            """)
        #expect(midnight.published == "2019-12-03")
    }

    @Test func aDateCreatedNeverOutranksAPublishedMetaTag() throws {
        let page = try TestPages.metadata("""
            <meta property="article:published_time" content="2026-11-28T18:05:00+01:00">
            <script type="application/ld+json">{"@type":"NewsArticle","headline":"Bridge delayed",
            "dateCreated":"2026-11-27T16:48:31+01:00"}</script>
            """)
        #expect(page.published == "2026-11-28T18:05:00+01:00")
        // Alone, it still dates the story.
        let alone = try TestPages.metadata("""
            <script type="application/ld+json">{"@type":"NewsArticle","dateCreated":"2026-11-27T16:48:31+01:00"}</script>
            """)
        #expect(alone.published == "2026-11-27T16:48:31+01:00")
    }
}
