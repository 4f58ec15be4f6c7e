import Testing
@testable import MorgueExtraction

@Suite struct ClassHintsTests {
    @Test func tokensSplitOnPunctuationAndCamelCaseHumps() {
        let hints = ClassAndID(className: "story-body topAd", id: "main_Col")
        #expect(hints.tokens == ["story", "body", "top", "ad", "main", "col"])
    }

    @Test func anElementsTestIDNamesItLikeAClass() throws {
        let body = try TestPages.body(#"<div class="css-pqb3yn e1p1vb6q0" data-testid="newsletter-signup">Sign up</div>"#)
        let box = try #require(body.firstChild)
        #expect(ClassAndID(box, includingTestID: true).tokens == ["css", "pqb3yn", "e1p1vb6q0", "newsletter", "signup"])
        #expect(ClassHints.unlikely.matches(ClassAndID(box, includingTestID: true)))
        // Read to find furniture only: scoring a story's containers reads class and id alone.
        #expect(ClassAndID(box).tokens == ["css", "pqb3yn", "e1p1vb6q0"])
    }

    @Test func modifiersNamingContentsAreCutOff() {
        let hints = ClassAndID(className: "section--has-ads layout-with-sidebar", id: nil)
        #expect(!ClassHints.unlikely.matches(hints))
        #expect(ClassHints.unlikely.matches(ClassAndID(className: "sidebar", id: nil)))
    }

    @Test func tokenHintsFireOnWholeTokensOnly() {
        #expect(ClassHints.unlikely.matches(ClassAndID(className: "ad-slot", id: nil)))
        #expect(ClassHints.unlikely.matches(ClassAndID(className: "topAd", id: nil)))
        #expect(!ClassHints.unlikely.matches(ClassAndID(className: "header shadow", id: nil)))
    }

    @Test func aSetOfSetsMatchesWhatAnyOfThemMatches() {
        let sets = [ClassHints.comments, ClassHints.consentBox, ClassHints.pageHeader]
        let any = HintSet(anyOf: sets)
        for (className, id) in [("comment-list", nil), ("cmp-banner", nil), ("topCmp", nil), (nil, "site-header"),
                                ("story-body", "main"), ("cmpx", nil), (nil, nil)] as [(String?, String?)] {
            let hints = ClassAndID(className: className, id: id)
            #expect(any.matches(hints) == sets.contains { $0.matches(hints) })
        }
    }

    @Test func substringHintsFireAnywhereInClassOrID() {
        #expect(ClassHints.negative.matches(ClassAndID(className: nil, id: "commentlist")))
        #expect(ClassHints.storyBody.matches(ClassAndID(className: "Entry-Content", id: nil)))
        #expect(!ClassHints.storyBody.matches(ClassAndID(className: nil, id: nil)))
    }

    @Test func leadsByTheirThemeWordsInMoreLanguages() {
        #expect(ClassHints.lead.matches(ClassAndID(className: "news-detail-spot", id: nil)))
        #expect(ClassHints.lead.matches(ClassAndID(className: "art_header_sub_title", id: nil)))
        #expect(!ClassHints.lead.matches(ClassAndID(className: "hotspot-map", id: nil)))
    }

    @Test func aPageBuildersLayoutPrefixesSayNothingOfTheBox() {
        let container = ClassAndID(className: "elementor-widget-container", id: nil)
        #expect(!ClassHints.negative.matches(container))
        let body = ClassAndID(className: "elementor-element elementor-element-7a8b9c0 elementor-widget elementor-widget-theme-post-content",
                              id: nil)
        #expect(ClassHints.positive.matches(body) && !ClassHints.negative.matches(body))
        #expect(ClassHints.negative.matches(ClassAndID(className: "elementor-widget-share-buttons", id: nil)))
        // Elsewhere "widget" stays a furniture word.
        #expect(ClassHints.negative.matches(ClassAndID(className: "sidebar-widget-container", id: nil)))
    }
}
