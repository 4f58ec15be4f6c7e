import MorgueDOM
import MorgueModel
import Testing
@testable import MorgueExtraction

/// Byline and job-title class names, on small bylines.
@Suite struct BylineClassTableTests {
    private func byline(_ html: String) throws -> BylineFinding? { try TestPages.byline(html) }

    @Test func anAuthorsJobTitleClassedInCamelCaseIsNoName() throws {
        let finding = try #require(try byline("""
        <html><body><h1>Corvane Duo review</h1><div class="ArticlePage-authors"><div class="ArticlePage-authorInfo">
        <div class="ArticlePage-authorBy">By</div>
        <div class="ArticlePage-authorName"><a href="https://hearthline.example/people/harlan-osei">Harlan Osei</a></div>
        <div class="ArticlePage-authorTitle">Senior Kitchen Editor</div></div></div><p>Text.</p></body></html>
        """))
        #expect(finding.byline.authors == ["Harlan Osei"])
        #expect(BylineHints.jobTitleClass.matches("articlepage-authortitle"))
    }

    @Test func aClassEndingInTheWordByIsABylineClass() {
        #expect(FindByline.isBylineClass("gnt_ar_by"))
        #expect(FindByline.isBylineClass("article-by story"))
        #expect(!FindByline.isBylineClass("footer-powered-by"))
        #expect(!FindByline.isBylineClass("sort-by"))
        #expect(!FindByline.isBylineClass("gnt_ar_by_a"))
    }
}
