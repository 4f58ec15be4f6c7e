import Testing
import MorgueModel
@testable import MorgueExtraction

/// The lines around a story's top and end that are not story: date lines,
/// kickers above the headline, publication notes, dated teaser lists, named
/// trailer headings — and the dateline that may follow a lead.
@Suite struct HeaderLinesTests {
    static let prose = "The council voted on the budget after a long debate, and the mayor said the city would now "
        + "hire more teachers, repair the old bridge and open two libraries before the end of the year."

    private func paragraph(_ text: String) -> Block { .paragraph([.text(text)]) }

    private func run(_ blocks: [Block], headline: String? = nil) -> [String] {
        var log = RemovalLog(enabled: false)
        return DropBoilerplateBlocks.run(blocks, headline: headline, log: &log).map { BodyRendering.plainText([$0]) }
    }

    @Test func dateLinesAboveTheStoryAreDropped() {
        let kept = run([paragraph("Published on September 17, 2015"), paragraph("June 14, 2022 4 min read"),
                        paragraph(Self.prose)])
        #expect(kept == [Self.prose])
    }

    @Test func dateLinesInsideTheStoryAndDatedSentencesAreKept() {
        let sentence = "The hearing is set for March 3, 2024."
        let kept = run([paragraph(Self.prose), paragraph("Termin: 29.02.2020, 19 Uhr"), paragraph(sentence)])
        #expect(kept == [Self.prose, "Termin: 29.02.2020, 19 Uhr", sentence])
        #expect(run([paragraph(sentence), paragraph(Self.prose)]) == [sentence, Self.prose])
    }

    @Test func theHeadlineHeadingGoesWithTheKickersAboveIt() {
        let kept = run([.heading(level: 2, [.text("News Flash")]), .heading(level: 2, [.text("Leaf pickup begins")]),
                        paragraph(Self.prose)], headline: "Leaf pickup begins")
        #expect(kept == [Self.prose])
    }

    @Test func proseAboveTheHeadlineHeadingIsKept() {
        let kept = run([paragraph(Self.prose), .heading(level: 2, [.text("Leaf pickup begins")]), paragraph(Self.prose)],
                       headline: "Leaf pickup begins")
        #expect(kept == [Self.prose, Self.prose])
    }

    @Test func publicationNotesAreDroppedWholeBlocksOnly() {
        let note = "A version of this article appears in print on April 22, 2019, Section A, Page 8 of the New York edition."
        let wire = "This article was supplied by a wire service and has not been edited by our staff."
        #expect(run([paragraph(Self.prose), paragraph(note), paragraph(wire)]) == [Self.prose])
        let quoted = "She said a version of this article appears in print in her memoir, which she finished last year."
        #expect(run([paragraph(Self.prose), paragraph(quoted)]) == [Self.prose, quoted])
    }

    @Test func namedTrailerHeadingsAndDatedTeaserListsEndTheStory() {
        let teasers: Block = .list(ordered: false, items: [
            [.text("Hydrant flushing next week Posted on: September 27, 2023")],
            [.text("Maple Avenue resurfacing complete Posted on: September 15, 2023")],
        ])
        #expect(run([paragraph(Self.prose), .heading(level: 2, [.text("Other News in Public Works")]), teasers])
            == [Self.prose])
        #expect(run([paragraph(Self.prose), teasers]) == [Self.prose])
    }

    @Test func aBareDateWithATimeInHoursIsNoStory() {
        #expect(DropBoilerplateBlocks.isBareDate("Nov. 12, 2024 3 AM PT"))
        #expect(!DropBoilerplateBlocks.isBareDate("Nov. 12, 2024 at 3 AM the council met"))
    }

    @Test func aDatelineMayFollowALead() {
        let lead = paragraph("In a lane of aging workshops, a bookbinder is now filling orders for wedding albums.")
        let story = paragraph("KABUL, Afghanistan — In a narrow lane off the old booksellers’ bazaar, a man binds books.")
        #expect(FirstStoryParagraph.dateline(in: [lead, story])?.location == "KABUL, Afghanistan")
        #expect(FirstStoryParagraph.dateline(in: [lead, paragraph(Self.prose), story]) == nil)
        // A counter left from the header's meta row does not count as a paragraph.
        #expect(FirstStoryParagraph.dateline(in: [paragraph("1,204"), lead, story])?.location == "KABUL, Afghanistan")
    }
}

/// Notices and labelled lines that close or stamp a story.
@Suite struct NoticeLinesTests {
    private func paragraph(_ text: String) -> Block { .paragraph([.text(text)]) }

    @Test func aPaywallNoticeEndsTheStoryAndIsRecorded() {
        var log = RemovalLog(enabled: false)
        let notice = "To view the full story, please subscribe to The Courier."
        let kept = DropBoilerplateBlocks.run(
            [paragraph(HeaderLinesTests.prose), paragraph(HeaderLinesTests.prose), paragraph(notice),
             paragraph("Join now to get instant access.")], headline: nil, log: &log)
        #expect(kept.count == 2)
        #expect(log.endedAtPaywall)
    }

    @Test func labelledMetaLinesAreFurnitureButBarsInProseAreNot() {
        #expect(DropBoilerplateBlocks.isLabelledMetaLine("Aufrufe: 1120 | Hinzugefügt von: Posh | Tags: Denken, Bilder"))
        #expect(!DropBoilerplateBlocks.isLabelledMetaLine("Revenue rose | costs fell | margins held"))
        #expect(!DropBoilerplateBlocks.isLabelledMetaLine("Note: the vote | was close"))
    }

    @Test func sourceCreditsAndDisclaimersAreShortFurniture() {
        #expect(BoilerplatePhrases.match("Quelle: Landesregierung") != nil)
        #expect(BoilerplatePhrases.match("Alle Angaben ohne Gewähr") != nil)
        #expect(BoilerplatePhrases.match("Quelle: Das Landesamt meldete am Montag einen neuen Rekord bei den Zahlen, die es seit vielen Jahren erhebt.") == nil)
    }

    @Test func rightsLinesAreFurniture() {
        #expect(BoilerplatePhrases.isRightsLine("© 2017 Luigi Lavazza SpA, alle Rechte vorbehalten"))
        #expect(BoilerplatePhrases.isRightsLine("Copyright 2021 The Courier. All rights reserved."))
        #expect(!BoilerplatePhrases.isRightsLine("The court said the copyright claim had no merit and dismissed the case on Monday."))
    }

    @Test func namedOpenersStartTrailersButSubheadsThatMerelyBeginWithMoreDoNot() {
        #expect(BoilerplatePhrases.opensTrailer("Weitere Tourentipps"))
        #expect(BoilerplatePhrases.opensTrailer("Lesen Sie auch die folgenden Beiträge:"))
        #expect(BoilerplatePhrases.opensTrailer("Artículos relacionados"))
        #expect(!BoilerplatePhrases.opensTrailer("More than just CPU profiling"))
        #expect(BoilerplatePhrases.match("War der Artikel nützlich?") != nil)
        #expect(BoilerplatePhrases.match("Keine Kommentare") != nil)
    }
}
