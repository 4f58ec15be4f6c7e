import MorgueModel
import Testing
@testable import MorgueExtraction

@Suite struct LeadImageCaptionTests {
    private let resolver = URLResolver(base: "https://daybreak.example/news/1951207")

    @Test func aHeaderImageLineAtTheStorysEndCaptionsTheArticlesFirstPhoto() throws {
        let body = try TestPages.body("""
            <article><div class="header"><figure><img src="/primary/cover.jpg" width="1200" height="675"></figure>
            <h2>In Sanghar, cotton pickers count the cost</h2></div><div id="story"><p>Story.</p></div></article>
            """)
        let root = try #require(TestPages.element(id: "story", in: body))
        let blocks: [Block] = [
            .paragraph([.text("By the time Zainab reaches the field, the dew has burned off.")]),
            .paragraph([.emphasis([.text("Header image: Women pick cotton outside Sanghar. — Photo by author")])]),
        ]
        let lead = try #require(LeadImageCaption.find(in: blocks, roots: [root], resolver: resolver))
        #expect(lead == Caption(text: "Women pick cotton outside Sanghar.", credit: nil,
                                imageURL: "https://daybreak.example/primary/cover.jpg"))
        // It comes first among the captions, unless the page captions that photo already.
        let other = Caption(text: "Bales of cotton.", credit: "Reuters", imageURL: "https://daybreak.example/large/bales.jpg")
        #expect(LeadImageCaption.adding(lead, to: [other]) == [lead, other])
        let same = Caption(text: "Pickers at work.", credit: nil, imageURL: lead.imageURL)
        #expect(LeadImageCaption.adding(lead, to: [same]) == [same])
        // Without the label, or without an article around the story, there is none.
        #expect(LeadImageCaption.find(in: Array(blocks.prefix(1)), roots: [root], resolver: resolver) == nil)
        let bare = try TestPages.body("<img src=\"/logo.jpg\" width=\"600\" height=\"200\"><div id=\"story\"><p>Story.</p></div>")
        #expect(LeadImageCaption.find(in: blocks, roots: [try #require(TestPages.element(id: "story", in: bare))],
                                      resolver: resolver) == nil)
    }
}
