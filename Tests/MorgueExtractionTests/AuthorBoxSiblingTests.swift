import Testing
import MorgueDOM
@testable import MorgueExtraction

/// A box about the author beside the story is no part of it (`ClassHints.authorBoxNames`,
/// `FindMainContent.isAuthorBox`).
@Suite struct AuthorBoxSiblingTests {
    @Test func authorInfoNamesAnAuthorBox() {
        for name in ["author-info", "authorInfo", "author_info", "mvp-author-info-wrap", "AuthorBox"] {
            #expect(ClassHints.unlikely.matches(ClassAndID(className: name, id: nil)), "\(name)")
        }
        #expect(!ClassHints.unlikely.matches(ClassAndID(className: "author-name", id: nil)))
    }

    @Test func anAuthorBoxBesideTheStoryIsNotWidenedInto() throws {
        let story = (0..<6).map {
            "<p>Paragraph \($0): Moss finished with 187 yards on 22 carries, and three touchdowns, as Cedar Ridge advanced.</p>"
        }.joined()
        let body = try TestPages.body("""
            <div class="ArticlePage-articleContainer">
            <div class="ArticlePage-articleBody" id="story"><div class="RichTextBody">\(story)</div></div>
            <div class="ArticlePage-authorInfo" id="author"><div class="AuthorInfo"><div class="AuthorInfo-name">Tom Reyes</div>
            <div class="AuthorInfo-bio"><p>Tom Reyes is a freelance writer who covers high school sports in Lakeview
            and Cedar counties, and, since 2019, the state playoffs.</p></div></div></div>
            <div class="ArticlePage-moreText" id="more"><p>The Raiders, who have won six straight, will play at top-seeded
            Bellmont next Friday, and the winner, coach Brennan said, goes to the state semifinal.</p></div>
            </div>
            """)
        let measures = body.measureSubtree()
        let scores = ScoreCandidates.run(body, measures: measures)
        let roots = FindMainContent.run(body, scores: scores, measures: measures).roots.compactMap { $0.attribute("id") }
        #expect(roots == ["story", "more"])
        let author = try #require(TestPages.element(id: "author", in: body))
        #expect(FindMainContent.isAuthorBox(author))
    }
}
