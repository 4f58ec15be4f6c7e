import Testing
import MorgueDOM
import MorgueModel
@testable import MorgueExtraction

@Suite struct AssessArticleTests {
    static let prose = "The council voted on the budget after a long debate, and the mayor said the city would now "
        + "hire more teachers, repair the old bridge and open two libraries before the end of the year."

    private func verdict(_ texts: [String], declared: Bool = false) -> AssessArticle.Verdict {
        let blocks = texts.map { Block.paragraph([.text($0)]) }
        return AssessArticle.run(blocks, wordCount: CountWords.run(BodyRendering.plainText(blocks)),
                                 declaredArticle: declared)
    }

    @Test func aStoryIsAnArticle() {
        #expect(verdict([Self.prose, Self.prose]) == .init(isArticle: true, notes: []))
    }

    @Test func noTextIsNoStory() {
        #expect(verdict([]) == .init(isArticle: false, notes: ["no story text found"]))
        #expect(verdict(["Just a line."]) == .init(isArticle: false, notes: ["too little text for a story"]))
    }

    @Test func aCookieOverlayIsAConsentWall() {
        let found = verdict(["We use cookies to improve your experience.", "Accept all cookies or manage your choices."])
        #expect(found == .init(isArticle: false, notes: ["consent wall"]))
    }

    @Test func aLoginPromptIsALoginWall() {
        let found = verdict(["Please log in to continue reading this page. Create a free account in a minute."])
        #expect(found == .init(isArticle: false, notes: ["login wall"]))
    }

    @Test func aStoryEndingInASubscriptionPromptIsPaywalled() {
        let found = verdict([Self.prose, Self.prose, "Subscribe to continue reading. Already a subscriber? Log in."])
        #expect(found == .init(isArticle: false, notes: ["paywalled: body truncated"]))
    }

    @Test func aLongStoryThatMentionsCookiesIsStillAStory() {
        let texts = Array(repeating: Self.prose, count: 5) + ["The bakery says it uses cookies from a local farm."]
        #expect(verdict(texts).isArticle)
    }

    @Test func manyShortLinkedTeasersAreAnIndex() {
        let teasers = (0..<10).flatMap { index -> [Block] in
            [.heading(level: 3, [.link(url: "https://example.com/\(index)", [.text("Headline number \(index) of a story")])]),
             .paragraph([.text("A short dek for story number \(index).")])]
        }
        let found = AssessArticle.run(teasers, wordCount: CountWords.run(BodyRendering.plainText(teasers)), declaredArticle: false)
        #expect(found == .init(isArticle: false, notes: ["index page: many short teasers"]))
        // The linked headlines the story's cleaning dropped count as the index's teasers.
        let deks = teasers.filter { if case .paragraph = $0 { return true } else { return false } }
        let cleaned = AssessArticle.run(deks, wordCount: CountWords.run(BodyRendering.plainText(deks)), declaredArticle: false,
                                        droppedLinkTeasers: 10)
        #expect(cleaned == found)
    }

    @Test func aProductPageIsNoStoryWhateverItsText() {
        let blocks = [Block.paragraph([.text(Self.prose)]), .paragraph([.text(Self.prose)])]
        let found = AssessArticle.run(blocks, wordCount: CountWords.run(BodyRendering.plainText(blocks)),
                                      declaredArticle: false, declaredProduct: true)
        #expect(found == .init(isArticle: false, notes: ["product page"]))
    }

    private func teaserList(_ html: String) throws -> Bool {
        let body = try TestPages.body(html)
        return AssessArticle.isTeaserList([body], measures: body.measureSubtree())
    }

    private static func teasers(_ count: Int, heading: (Int) -> String) -> String {
        (0..<count).map { index in
            "<article><h3>\(heading(index))</h3><time>3 March 2025</time><p>A short dek for story \(index).</p></article>"
        }.joined()
    }

    @Test func containersMadeOfTeaserArticlesAreAnIndex() throws {
        let index = Self.teasers(10) { #"<a href="/news/story-\#($0)">Council approves homes on mill site \#($0)</a>"# }
        #expect(try teaserList("<div>" + index + "</div>"))
        // The declared article type of an archive page does not outweigh it.
        let blocks = [Block.paragraph([.text(Self.prose)]), .paragraph([.text(Self.prose)])]
        let found = AssessArticle.run(blocks, wordCount: CountWords.run(BodyRendering.plainText(blocks)),
                                      declaredArticle: true, teaserList: true)
        #expect(found == .init(isArticle: false, notes: ["index page: many short teasers"]))
    }

    @Test func aStorysRailForumPostsAndLiveEntriesAreNoTeaserList() throws {
        let rail = Self.teasers(10) { #"<a href="/news/story-\#($0)">Council approves homes on mill site \#($0)</a>"# }
        // A story beside its rail of teasers: the teasers hold a small share of the text.
        let story = "<article><h1>Storm hits coast</h1>" + String(repeating: "<p>\(Self.prose)</p>", count: 12) + "</article>"
        #expect(try !teaserList(story + "<div>" + rail + "</div>"))
        // A forum's posts are headed by their writers' names.
        #expect(try !teaserList(Self.teasers(10) { #"<a href="/members/user-\#($0)">user\#($0)</a>"# }))
        // A live blog's entries link to no other page.
        #expect(try !teaserList(Self.teasers(10) { ##"<a href="#entry-\##($0)">Crews close the breach at \##($0) pm</a>"## }))
        // Fewer teasers than an index holds.
        #expect(try !teaserList(Self.teasers(5) { #"<a href="/news/story-\#($0)">Council approves homes on mill site \#($0)</a>"# }))
    }

    @Test func aStoryInShortParagraphsOrInChineseIsNoIndex() {
        // Short paragraphs without links: a story told in short lines, not a list of teasers.
        let lines = (0..<12).map { "Line \($0) of a story told in short paragraphs." }
        #expect(verdict(lines).isArticle)
        // Chinese paragraphs have no spaces: each ideograph is a word, so they are not short.
        let chinese = Array(repeating: "宇航员在太空中喝酒会怎么样？后果很严重，因为失重环境会改变身体对酒精的反应，科学家们对此进行了多年的研究和讨论。", count: 10)
        #expect(verdict(chinese).isArticle)
    }

    private func verdict(_ texts: [String], walls: AssessArticle.WallEvidence) -> AssessArticle.Verdict {
        let blocks = texts.map { Block.paragraph([.text($0)]) }
        return AssessArticle.run(blocks, wordCount: CountWords.run(BodyRendering.plainText(blocks)),
                                 declaredArticle: true, walls: walls)
    }

    @Test func aShortStoryWhoseWallBoxWasDroppedIsThatWallsPreview() {
        let paywall = AssessArticle.WallEvidence(droppedWall: .paywall)
        #expect(verdict([Self.prose, Self.prose], walls: paywall) == .init(isArticle: false, notes: ["paywalled: body truncated"]))
        #expect(verdict(["Share"], walls: .init(droppedWall: .login)) == .init(isArticle: false, notes: ["login wall"]))
        // A whole story beside a wall the page's scripts show or hide is all there.
        #expect(verdict(Array(repeating: Self.prose, count: 14), walls: paywall).isArticle)
    }

    @Test func aLongConsentTextInADialogIsAConsentWall() {
        let consent = Array(repeating: Self.prose, count: 6) + ["Click Accept all cookies to agree, or manage your choices."]
        #expect(verdict(consent, walls: .init()).isArticle)
        #expect(verdict(consent, walls: .init(storyInDialog: true)) == .init(isArticle: false, notes: ["consent wall"]))
    }

    @Test func aDialogIsFoundByElementRoleModalOrConsentClass() throws {
        func roots(_ html: String) throws -> [Node] {
            let body = try TestPages.body(html)
            var found: [Node] = []
            body.walk { node in
                if node.attribute("id") == "root" { found.append(node) }
                return true
            }
            return found
        }
        #expect(AssessArticle.standsInDialog(try roots(#"<div role="dialog"><div><div id="root">x</div></div></div>"#)))
        #expect(AssessArticle.standsInDialog(try roots(#"<div aria-modal="true"><p id="root">x</p></div>"#)))
        #expect(AssessArticle.standsInDialog(try roots(#"<dialog open><p id="root">x</p></dialog>"#)))
        #expect(AssessArticle.standsInDialog(try roots(#"<div class="cmp-overlay"><p id="root">x</p></div>"#)))
        #expect(!AssessArticle.standsInDialog(try roots(#"<main><article id="root">x</article></main>"#)))
        #expect(!AssessArticle.standsInDialog([]))
    }
}
