import Testing
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

    @Test func manyShortTeasersAreAnIndex() {
        let teasers = (0..<10).map { "Short teaser number \($0) for a story." }
        #expect(verdict(teasers) == .init(isArticle: false, notes: ["index page: many short teasers"]))
    }
}
