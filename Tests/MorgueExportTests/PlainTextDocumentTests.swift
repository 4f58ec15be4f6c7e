import MorgueModel
import Testing
@testable import MorgueExport

@Suite struct PlainTextDocumentTests {
    @Test func wireStoryLayout() {
        var article = Fixtures.wireStory
        article.modified = "2015-09-18T08:00:00-04:00"
        #expect(PlainTextDocument.render(ExportRecord(article)) == """
        Protesters fill Hong Kong streets
        By Jane Doe and John Roe
        The New York Times · Published 2015-09-17T10:30:00-04:00 · Updated 2015-09-18T08:00:00-04:00

        HONG KONG (The New York Times) – Thousands marched.

        Police watched.

        Photo: Crowds on Nathan Road. — AP Photo/Ng Han Guan
        Photo: A police line.

        Correction: An earlier version misstated the date of the march.

        """)
    }

    @Test func bareArticle() {
        #expect(PlainTextDocument.render(ExportRecord(Fixtures.bare)) == "(untitled)\n")
    }

    @Test func headLinesStayOneLineEach() {
        var article = Fixtures.bare
        article.title = "Two\nline   title"
        article.byline = "Jane\r\nDoe"
        article.text = "\n\nBody.\n\n"
        #expect(PlainTextDocument.render(ExportRecord(article)) == "Two line title\nBy Jane Doe\n\nBody.\n")
    }
}
