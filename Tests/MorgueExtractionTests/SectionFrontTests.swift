import MorgueDOM
import Testing
@testable import MorgueExtraction

/// A section front is named by its JSON-LD `CollectionPage` and its menu's current link.
@Suite struct SectionFrontTests {
    private func metadata(_ head: String, body: String = "<p>Text</p>", html: String = "<html>") throws -> PageMetadata {
        ReadMetadata.run(document: try HTMLDocument(html: html + "<head>" + head + "</head><body>" + body + "</body></html>"),
                         pageURL: nil)
    }

    @Test func aSectionFrontIsNamedByItsCollectionPageAndCurrentMenuLink() throws {
        let schema = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"CollectionPage",
            "name":"Business","url":"https://standard.example/business"}]}</script>
            """
        let menu = """
            <nav><ul><li><a href="/news">News</a></li><li><a href="/business" aria-current="page">Business</a></li></ul></nav>
            <h1>Business</h1>
            """
        #expect(try metadata(schema, body: menu).section == "Business")
        // Either alone names no section.
        #expect(try metadata(schema, body: "<h1>Business</h1>").section == nil)
        #expect(try metadata("", body: menu).section == nil)
    }
}
