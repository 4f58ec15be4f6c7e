import MorgueModel
import Testing
@testable import MorgueExport

@Suite struct MarkdownDocumentTests {
    @Test func wireStoryLayout() {
        let markdown = MarkdownDocument.render(ExportRecord(Fixtures.wireStory))
        let body = markdown.components(separatedBy: "---\n").dropFirst(2).joined(separator: "---\n")
        #expect(markdown.hasPrefix(FrontMatter(ExportRecord(Fixtures.wireStory)).yaml))
        #expect(body == """

        # Protesters fill Hong Kong streets

        *By Jane Doe and John Roe*

        HONG KONG (The New York Times) – Thousands marched.

        Police *watched*.

        ![Crowds on Nathan Road.](https://static.example.com/img/crowd%201.jpg)
        *Crowds on Nathan Road. — AP Photo/Ng Han Guan*

        *A police line.*

        ## Corrections

        - An earlier version misstated the date of the march.

        """)
    }

    @Test func bareArticleIsJustFrontMatter() {
        #expect(MarkdownDocument.render(ExportRecord(Fixtures.bare)) == FrontMatter(ExportRecord(Fixtures.bare)).yaml)
    }

    @Test func pageTextCannotBecomeMarkdownSyntax() {
        var article = Fixtures.bare
        article.title = "*Bold* [link](javascript:alert(1)) <script>x</script>\nsecond line"
        article.byline = "_Mallory_ | `root`"
        article.corrections = ["1. Not a nested list", "# Not a heading", "> not a quote"]
        let markdown = MarkdownDocument.render(ExportRecord(article))
        #expect(markdown.contains(
            "\n# \\*Bold\\* \\[link\\](javascript:alert(1)) \\<script\\>x\\</script\\> second line\n"))
        #expect(markdown.contains("\n*By \\_Mallory\\_ \\| \\`root\\`*\n"))
        #expect(markdown.contains("\n- 1\\. Not a nested list\n- \\# Not a heading\n- \\> not a quote\n"))
    }

    @Test func onlyWebImagesBecomeImageLines() {
        var article = Fixtures.bare
        article.captions = [
            Caption(text: "Evil", credit: nil, imageURL: "javascript:alert(1)"),
            Caption(text: "Data", credit: "Me", imageURL: "data:image/png;base64,AAAA"),
            Caption(text: "Fine (really)", credit: nil, imageURL: "HTTPS://example.com/a (1).jpg"),
        ]
        let markdown = MarkdownDocument.render(ExportRecord(article))
        #expect(!markdown.contains("javascript:"))
        #expect(!markdown.contains("data:"))
        #expect(markdown.contains("\n*Evil*\n\n*Data — Me*\n\n![Fine (really)](HTTPS://example.com/a%20%281%29.jpg)\n*Fine (really)*\n"))
    }

    @Test func plainTextStandsInForMissingMarkdown() {
        var article = Fixtures.bare
        article.text = "First *paragraph*.\n\n- Second"
        let markdown = MarkdownDocument.render(ExportRecord(article))
        #expect(markdown.hasSuffix("---\n\nFirst \\*paragraph\\*.\n\n\\- Second\n"))
    }
}
