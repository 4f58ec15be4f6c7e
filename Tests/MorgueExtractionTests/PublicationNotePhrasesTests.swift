import MorgueDOM
import MorgueModel
import Testing
@testable import MorgueExtraction

/// Furniture phrase families under and around a story (contact taglines, syndication, live, licence and
/// print-edition notes, a newsletter's thanks, a post header's label): each on a small page of the kind
/// that prints it, with the story sentences the rule must leave alone.
@Suite struct PublicationNotePhrasesTests {
    static let prose = [
        "The council voted 5-2 on Tuesday night to require landlords to register every rental unit in the city.",
        "Inspectors will visit each registered building at least once every three years, the ordinance says.",
        "Landlords who fail an inspection will have 60 days to make repairs before the city issues a fine.",
    ]

    private func extract(_ body: String, head: String = "") throws -> Article {
        let html = "<html><head><title>Council approves rental registry</title>\(head)</head><body><article>"
            + "<h1>Council approves rental registry</h1>\(body)</article></body></html>"
        return try Extractor().extract(PageInput(bytes: Array(html.utf8)))
    }

    private func story(around block: String) -> String {
        "<p>\(Self.prose[0])</p><p>\(Self.prose[1])</p>\(block)<p>\(Self.prose[2])</p>"
    }

    private func paragraphs(_ article: Article) -> [String] {
        (article.text ?? "").components(separatedBy: "\n\n")
    }

    // MARK: Boilerplate phrases

    @Test func aReportersContactTaglineIsDroppedButAServiceNoteIsStory() throws {
        let tagline = "Contact Mark Ellison at mellison@gazette.example or 555-0138. Follow him on X @MarkEllisonHCG."
        let article = try extract(story(around: "<p><em>\(tagline)</em></p>"))
        #expect(paragraphs(article) == Self.prose)
        #expect(BoilerplatePhrases.isContactLine(.init("Reach Jane Doe at jdoe@herald.example.")))
        #expect(BoilerplatePhrases.isContactLine(.init("Email Jane Doe at jdoe@herald.example or follow her on Twitter.")))
        let service = "Contact the Lakeview Humane Society at 555-0100 to adopt one of the dogs."
        #expect(!BoilerplatePhrases.isContactLine(.init(service)))
        #expect(paragraphs(try extract(story(around: "<p>\(service)</p>"))).contains(service))
    }

    @Test func aSyndicatedNoticesPublicationNoteIsDropped() throws {
        let note = "Published by The Daily Sentinel from Mar. 12 to Mar. 16, 2025."
        #expect(paragraphs(try extract(story(around: "<p class=\"obit__published\">\(note)</p>"))) == Self.prose)
        #expect(BoilerplatePhrases.isPublicationNote("Published in The Ledger on January 4, 2024."))
        #expect(!BoilerplatePhrases.isPublicationNote("Published by Penguin in 1998, the memoir sold 40,000 copies."))
    }

    @Test func aLiveStorysNoticeIsDroppedButAQuoteOfItIsNot() throws {
        let notice = "This is a developing story. Refresh for the latest updates."
        #expect(paragraphs(try extract(story(around: "<div class=\"live-banner\">\(notice)</div>"))) == Self.prose)
        #expect(BoilerplatePhrases.isPublicationNote("Check back for updates."))
        #expect(BoilerplatePhrases.isPublicationNote("This story will be updated."))
        #expect(!BoilerplatePhrases.isPublicationNote("“This is a developing story,” the sheriff said, “and we ask for patience.”"))
    }

    @Test func aCreativeCommonsRepublishingNoteIsDropped() throws {
        let note = "The Sandhill Current is a nonprofit newsroom. This story may be republished for free under a "
            + "<a href=\"https://creativecommons.org/licenses/by-nd/4.0/\">Creative Commons Attribution-NoDerivatives 4.0 "
            + "International License</a>. See our republishing guidelines."
        #expect(paragraphs(try extract(story(around: "<p><em>\(note)</em></p>"))) == Self.prose)
        #expect(!BoilerplatePhrases.isPublicationNote("Creative Commons licenses let artists decide how their work is shared."))
    }

    @Test func aPrintEditionNoteIsDroppedButAStudysJournalIsStory() throws {
        let note = "Published in the print edition of the <a href=\"/magazine/2024/03/18\">March 18, 2024</a>, issue, "
            + "with the headline “Last Pour.”"
        #expect(paragraphs(try extract(story(around: "<p><em>\(note)</em></p>"))) == Self.prose)
        #expect(BoilerplatePhrases.isPublicationNote("This article appears in the June 2024 issue with the headline “Tidewater.”"))
        #expect(BoilerplatePhrases.isPublicationNote("This article appeared in the print edition on page B3."))
        #expect(!BoilerplatePhrases.isPublicationNote("Published in the March issue of Pediatrics, the study followed 900 children."))
    }

    @Test func aNewslettersThanksAskingForASubscriptionIsASignUpBox() throws {
        let thanks = "Thanks for reading Low Tide Ledger! Subscribe for free to receive new posts and support my work."
        #expect(paragraphs(try extract(story(around: "<p>\(thanks)</p>"))) == Self.prose)
        #expect(!BoilerplatePhrases.isSignUpBox(.init("Thanks for reading, and see you next week.")))
    }

    @Test func aPostHeadersPublishedInLabelIsPostMeta() {
        #expect(BoilerplatePhrases.match("Published in") == .postMeta)
        #expect(BoilerplatePhrases.match("Published in 1998 by a small press in Ohio.") == nil)
    }
}
