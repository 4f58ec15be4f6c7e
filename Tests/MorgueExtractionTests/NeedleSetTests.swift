import Testing
@testable import MorgueExtraction

@Suite struct NeedleSetTests {
    @Test func findsAnyNeedleInOnePass() {
        let set = NeedleSet(["share", "related", "ad-"])
        #expect(set.occurs(in: "post-related-links"))
        #expect(set.occurs(in: "top ad-slot"))
        #expect(!set.occurs(in: "entry-content"))
        #expect(!set.occurs(in: ""))
    }

    @Test func aNeedleAtTheVeryEndIsFoundAndOneCutShortIsNot() {
        let set = NeedleSet(["menu"])
        #expect(set.occurs(in: "main-menu"))
        #expect(!set.occurs(in: "main-men"))
    }

    @Test func ignoringASCIICaseFoldsTheTextNotOtherBytes() {
        let set = NeedleSet(["cookie", "für"], ignoringASCIICase: true)
        #expect(set.occurs(in: "We use COOKIES"))
        #expect(set.occurs(in: "Nur FüR Abonnenten"))
        #expect(!set.occurs(in: "NUR FÜR ABONNENTEN"))
        #expect(!NeedleSet(["cookie"]).occurs(in: "COOKIE"))
    }

    @Test func reportsEveryNeedleFound() {
        let set = NeedleSet(["we use cookies", "please log in", "subscribe to read"])
        #expect(set.occurrences(in: "we use cookies. please log in, or subscribe to read.") == [0, 1, 2])
        #expect(set.occurrences(in: "please log in") == [1])
        #expect(set.occurrences(in: "nothing here").isEmpty)
    }

    @Test func aOneByteNeedleIsFoundAnywhereEvenLast() {
        let set = NeedleSet(["x", "ab"], ignoringASCIICase: true)
        #expect(set.occurs(in: "zzX"))
        #expect(set.occurs(in: "xzz"))
        #expect(set.occurs(in: "zAB"))
        #expect(!set.occurs(in: "zzA"))
        #expect(!set.occurs(in: "ba"))
    }

    @Test func anEmptyNeedleIsInEveryText() {
        #expect(NeedleSet([""]).occurs(in: "anything"))
    }

    @Test func worksOnBytes() {
        #expect(NeedleSet(["sr-only"]).occurs(in: Array("x sr-only".utf8)))
    }
}
