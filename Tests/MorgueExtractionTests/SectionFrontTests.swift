import MorgueDOM
import Testing
@testable import MorgueExtraction

/// A section front is named by its JSON-LD `CollectionPage` and its menu's current link.
@Suite struct SectionFrontTests {
    @Test func aSectionFrontIsNamedByItsCollectionPageAndCurrentMenuLink() throws {
        let schema = """
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"CollectionPage",
            "name":"Business","url":"https://standard.example/business"}]}</script>
            """
        let menu = """
            <nav><ul><li><a href="/news">News</a></li><li><a href="/business" aria-current="page">Business</a></li></ul></nav>
            <h1>Business</h1>
            """
        #expect(try TestPages.metadata(schema, body: menu).section == "Business")
        // Either alone names no section.
        #expect(try TestPages.metadata(schema, body: "<h1>Business</h1>").section == nil)
        #expect(try TestPages.metadata("", body: menu).section == nil)
    }
}
