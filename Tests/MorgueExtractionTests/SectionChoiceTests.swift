import Foundation
import MorgueDOM
import Testing
@testable import MorgueExtraction

/// Which section a page names when its structured data names several, or names one in another
/// script than the page's.
@Suite struct SectionChoiceTests {
    @Test func ofSeveralArticleSectionsThePrintedOneIsTheSection() throws {
        let head = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
            {"@type":"NewsArticle","headline":"Halcyon raises $240M","articleSection":["AI","Hardware","Startups"]},
            {"@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home","item":"https://tf.example/"},
            {"@type":"ListItem","position":2,"name":"Hardware","item":"https://tf.example/category/hardware/"},
            {"@type":"ListItem","position":3,"name":"Halcyon raises $240M"}]}]}</script>
            """
        #expect(try TestPages.metadata(head).section == "Hardware")
        // The category label before the headline names it too.
        let labelled = """
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
            "headline":"Halcyon raises $240M","articleSection":["AI","Hardware","Startups"]}</script>
            """
        #expect(try TestPages.metadata(labelled, body: """
            <div class="post-category"><a href="https://tf.example/category/startups/">Startups</a></div>
            <h1>Halcyon raises $240M</h1><p>Text</p>
            """).section == "Startups")
        // Of two the trail names ("Home › Arts › Music"), the first entry.
        #expect(try TestPages.metadata("""
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"Article",
            "headline":"Q&A: the conductor","articleSection":["Arts","Music"]}</script>
            """, body: """
            <div class="entry-crumbs"><a href="https://lc.example/">Home</a> › <a href="https://lc.example/arts/">Arts</a> ›
            <a href="https://lc.example/arts/music/">Music</a></div><h1>Q&amp;A: the conductor</h1><p>Text</p>
            """).section == "Arts")
        // Printed nowhere: the first.
        #expect(try TestPages.metadata(labelled).section == "AI")
    }

    @Test func aBreadcrumbInThePageScriptBeatsALatinSection() throws {
        let head = """
            <title>रेलवे चलाएगा 48 स्पेशल ट्रेनें, 1 दिसंबर से शुरू होगी बुकिंग</title>
            <meta property="article:section" content="India News">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[
            {"@type":"ListItem","position":1,"item":{"@id":"https://pd.example/","name":"होम"}},
            {"@type":"ListItem","position":2,"item":{"@id":"https://pd.example/india-news","name":"देश"}}]}</script>
            """
        #expect(try TestPages.metadata(head).section == "देश")
        // On a page in Latin letters the section stands.
        let english = head.replacingOccurrences(of: "रेलवे चलाएगा 48 स्पेशल ट्रेनें, 1 दिसंबर से शुरू होगी बुकिंग",
                                                with: "Railways to run 48 special trains from December 1")
        #expect(try TestPages.metadata(english).section == "India News")
    }
}
