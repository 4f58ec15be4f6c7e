import Foundation
import Testing
@testable import MorgueModel

@Suite("Article JSON")
struct ArticleCodingTests {
    @Test("absent values are written as null, and every contract field is present")
    func nulls() throws {
        let article = Article(extractorVersion: "1")
        let object = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(article)) as? [String: Any])
        for key in ["title", "site_name", "byline", "published", "dateline", "text", "markdown", "canonical_url"] {
            #expect(object[key] is NSNull, "\(key) should be null")
        }
        #expect(object["authors"] as? [String] == [])
        #expect(object["is_article"] as? Bool == true)
        #expect(object["dateline"] is NSNull)
    }

    @Test("an article round-trips through its JSON (the body tree is not part of it)")
    func roundTrip() throws {
        var sources = FieldSources()
        sources.byline = .bodyText
        let article = Article(
            title: "T", siteName: "S", authors: ["A B"], organization: "Reuters",
            dateline: Dateline(text: "LONDON (Reuters) -", location: "LONDON", agency: "Reuters"),
            captions: [Caption(text: "c", credit: "Reuters", imageURL: "https://x/y.jpg")],
            text: "body", wordCount: 1, fieldSources: sources, contentHash: "h", extractorVersion: "1",
            body: [.paragraph([.text("body")])])
        let decoded = try JSONDecoder().decode(Article.self, from: JSONEncoder().encode(article))
        var expected = article
        expected.body = []
        #expect(decoded == expected)
    }
}
