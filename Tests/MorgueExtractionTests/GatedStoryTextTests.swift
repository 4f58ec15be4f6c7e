import Testing
import MorgueDOM
@testable import MorgueExtraction

/// A block named for who may read it ("subscriber-only") is the story's text, not a sign-up box
/// (`ClassHints.gatedStoryText`, saved through `ClassHints.maybeContent`).
@Suite struct GatedStoryTextTests {
    static let preview = "On a Tuesday morning in February, before the doors of the branch library had been unlocked, "
        + "I watched a retired welder fill out an unemployment appeal, and a teenager print a college essay."
    static let gated = "That building, and two others like it, would close next year if the county commission approves "
        + "a proposal to cut the library levy, which it votes on in March, after a single public hearing."

    @Test func subscriberAndMemberOnlyBlocksAreStoryText() throws {
        for name in ["subscriber-only", "subscriber-preview", "subscriber-premium", "members-only", "premium-content"] {
            let hints = ClassAndID(className: name, id: nil)
            #expect(ClassHints.maybeContent.matches(hints), "\(name)")
        }
        // Sign-up boxes keep their furniture word.
        for name in ["subscribe-box", "subscriber-cta", "sailthru-add-subscriber-form", "newsletter-subscribe"] {
            let hints = ClassAndID(className: name, id: nil)
            #expect(!ClassHints.maybeContent.matches(hints) && ClassHints.unlikely.matches(hints), "\(name)")
        }
    }

    @Test func cleaningKeepsTheGatedPartAndDropsTheSignUpBox() throws {
        let body = try TestPages.body("""
            <article><h1>Rural libraries are our last public living rooms</h1>
            <div class="asset-body"><div id="article-body" class="asset-content subscriber-premium">
            <div id="preview" class="subscriber-preview"><p>\(Self.preview)</p><p>\(Self.preview)</p></div>
            <div id="gated" class="subscriber-only"><p>\(Self.gated)</p><p>\(Self.gated)</p><p>\(Self.gated)</p></div>
            </div>
            <div id="box" class="subscribe-box"><p>Subscribe now for unlimited digital access, starting at $1.</p></div>
            </div></article>
            """)
        let measures = body.measureSubtree()
        let characters = measures[body.key]?.characters ?? 1
        let rules = try ["preview", "gated", "box"].map { id in
            DropPageChrome.furnitureRule(try #require(TestPages.element(id: id, in: body)), pageCharacters: characters,
                                         measures: measures)
        }
        #expect(rules == [nil, nil, "chrome:class"])
    }

    @Test func aGatedBlockIsNotScoredAsFurniture() throws {
        let body = try TestPages.body("""
            <div id="gated" class="subscriber-only"></div><div id="box" class="subscribe-box"></div>
            """)
        let gated = try #require(TestPages.element(id: "gated", in: body))
        let box = try #require(TestPages.element(id: "box", in: body))
        #expect(ScoreCandidates.classWeight(gated) == 0)
        #expect(ScoreCandidates.classWeight(box) == -ScoreCandidates.classHintWeight)
    }
}
