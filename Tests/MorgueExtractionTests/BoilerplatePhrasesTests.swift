import Testing
@testable import MorgueExtraction

@Suite struct BoilerplatePhrasesTests {
    @Test func matchesWholeFurnitureBlocksInSeveralLanguages() {
        #expect(BoilerplatePhrases.match("Read more »") == .callToAction)
        #expect(BoilerplatePhrases.match("Artikel teilen") == .socialPrompt)
        #expect(BoilerplatePhrases.match("Kommentieren") == .commentPrompt)
        #expect(BoilerplatePhrases.match("War der Artikel nützlich?") == .feedback)
        #expect(BoilerplatePhrases.match("War der Artikel nützlich? (95 Stimmen: 4,73 von 5)") == .feedback)
        #expect(BoilerplatePhrases.match("Gefällt mir Lade...") == .socialPrompt)
        #expect(BoilerplatePhrases.isPublicationNote(
            "We want to hear what you think about this article. Submit a letter to the editor or write to letters@example.com."))
        #expect(BoilerplatePhrases.match("ANZEIGE") == .adLabel)
        #expect(BoilerplatePhrases.match("Key events") == .navigation)
        #expect(BoilerplatePhrases.isContactLine(.init("Investor Contact: Marcus Lee, Hollis Street Partners, kstb@hollis.example")))
        #expect(!BoilerplatePhrases.isContactLine(.init("Investor contact with the board was rare, Lee said.")))
    }

    @Test func everyMembershipButtonHoldsAPrefilterWord() {
        // The prefilter turns links away before their text is read: it must let every button through.
        for button in BoilerplatePhrases.membershipButtons {
            #expect(BoilerplatePhrases.membershipButtonWords.occurs(in: button.uppercased()), "\(button)")
        }
        #expect(!BoilerplatePhrases.membershipButtonWords.occurs(in: "Home"))
    }

    @Test func matchesPictureCreditsAndPostMetadataLines() {
        #expect(BoilerplatePhrases.match("Foto: Jane Doe / dpa") == .credit)
        #expect(BoilerplatePhrases.match("Photograph by John Smith") == .credit)
        #expect(BoilerplatePhrases.match("Tags: python, testing") == .postMeta)
        #expect(BoilerplatePhrases.match("Abgelegt unter: Allgemein") == .postMeta)
        #expect(BoilerplatePhrases.match("This entry was posted in News on May 3.") == .postMeta)
    }

    @Test func italianAdLabelsAreAdLabels() {
        #expect(BoilerplatePhrases.match("Pubblicità") == .adLabel)
        #expect(BoilerplatePhrases.match("SPONSORIZZATO") == .adLabel)
    }

    @Test func aCallToInstallTheNewsAppIsOneButAHowTosStepIsNot() {
        #expect(BoilerplatePhrases.isAppPrompt(.init(
            "Download the WKVX 8 News app for the latest updates on this story and alerts when the advisory is lifted.")))
        #expect(BoilerplatePhrases.isAppPrompt(.init("Download our free app")))
        #expect(BoilerplatePhrases.isAppPrompt(.init("Get the Daily Courier app for breaking news alerts.")))
        #expect(!BoilerplatePhrases.isAppPrompt(.init("Download the Google Authenticator app on your phone and open it.")))
        #expect(!BoilerplatePhrases.isAppPrompt(.init("Download the latest OpenSSL source tarball from the project's site.")))
    }

    @Test func wiresLinksToTheReleaseAsIssuedArePublicationNotes() {
        #expect(BoilerplatePhrases.isPublicationNote(
            "View source version on businesswire.com: https://www.businesswire.com/news/home/20250304005123/en/"))
        #expect(BoilerplatePhrases.isPublicationNote("View original content to download multimedia: https://www.prnewswire.com/x"))
        #expect(BoilerplatePhrases.isPublicationNote(
            "A photo accompanying this announcement is available at https://www.globenewswire.com/NewsRoom/AttachmentNg/3f1a9c2e"))
        #expect(!BoilerplatePhrases.isPublicationNote("A photo of the plant was released on Tuesday."))
    }

    @Test func readAlsoPhrasesEndAtAWordBoundary() {
        #expect(BoilerplatePhrases.opensWithReadAlso(.init("Lesen Sie auch: Der Streit um die Brücke")))
        #expect(BoilerplatePhrases.opensWithReadAlso(.init("Related: the budget vote")))
        #expect(!BoilerplatePhrases.opensWithReadAlso(.init("Relatedly, the council met again on Monday")))
        #expect(!BoilerplatePhrases.opensWithReadAlso(.init(String(repeating: "Read also this very long story ", count: 8))))
    }

    @Test func countsOfCommentsAreTrailerHeadings() {
        #expect(BoilerplatePhrases.opensTrailer("12 Comments"))
        #expect(BoilerplatePhrases.opensTrailer("0 Kommentare"))
        #expect(!BoilerplatePhrases.opensTrailer("12 council members"))
    }

    @Test func normalisesASCIIAndOtherTextAlike() {
        #expect(BoilerplatePhrases.normalise("  Read MORE »  ") == "read more")
        #expect(BoilerplatePhrases.normalise("(Continue Reading...)") == "continue reading")
        #expect(BoilerplatePhrases.normalise("“Weiterlesen” →") == "weiterlesen")
        #expect(BoilerplatePhrases.normalise("Editors’ Picks:") == "editors' picks")
        #expect(BoilerplatePhrases.normalise("# # #") == "# # #")
        #expect(BoilerplatePhrases.normalise("-30-") == "-30-")
        #expect(BoilerplatePhrases.normalise("...") == "")
    }

    @Test func countsWordsBetweenSpacesAsSplittingWould() {
        for text in ["", " ", "one", "one two", "  one   two  ", "über die brücke", "a|b c"] {
            #expect(BoilerplatePhrases.wordCount(text) == text.split(separator: " ").count, "\(text)")
        }
    }

    @Test func neverMatchesInsideAStorySentence() {
        #expect(BoilerplatePhrases.match("The minister said she would read more of the report before deciding.") == nil)
        #expect(BoilerplatePhrases.match("Das Foto: ein Beweis, sagte der Anwalt.") == nil)
        let long = "Foto: " + String(repeating: "word ", count: BoilerplatePhrases.maxWords + 1)
        #expect(BoilerplatePhrases.match(long) == nil)
    }

    @Test func recognisesHeadingsThatOpenTheAfterStorySections() {
        #expect(BoilerplatePhrases.opensTrailer("Related Stories"))
        #expect(BoilerplatePhrases.opensTrailer("Lesen Sie auch:"))
        #expect(BoilerplatePhrases.opensTrailer("Über den Autor"))
        #expect(!BoilerplatePhrases.opensTrailer("Related stories of the flood, told by survivors"))
    }

    @Test func aWallsBoxThatAsksForASubscriptionIsAPaywall() {
        #expect(BoilerplatePhrases.wallOfBox("Subscribe to continue reading. Already a subscriber? Sign in to continue.") == .paywall)
        #expect(BoilerplatePhrases.wallOfBox("Sign in to read this article. Create a free account.") == .login)
        #expect(BoilerplatePhrases.wallOfBox("Menu") == nil)
    }

    @Test func adLabelsAndReadAlsoTeasersInMoreLanguages() {
        for label in ["PUBLICIDADE", "Реклама", "Advertentie", "Reklam", "פרסומת"] {
            #expect(BoilerplatePhrases.match(label) == .adLabel, "\(label)")
        }
        #expect(BoilerplatePhrases.opensWithReadAlso(.init("Читайте также: Тарифы на тепло вырастут с июля")))
        #expect(BoilerplatePhrases.opensWithReadAlso(.init("Lees ook: Kanaalbrug weken dicht")))
        // The label left alone when its links were dropped, and a newsroom's call for tips.
        #expect(BoilerplatePhrases.match("LEIA TAMBÉM:") == .callToAction)
        #expect(BoilerplatePhrases.appeal(.init("Tip de redactie Heb je een tip of zie je een fout in dit artikel? Laat het ons weten."))
            == .feedback)
        #expect(BoilerplatePhrases.appeal(.init("Masz informacje w tej sprawie? Napisz do nas: kontakt24@example.pl")) == .feedback)
        #expect(BoilerplatePhrases.appeal(.init("Transcripts are produced on a rush deadline by a contractor. This text may not be in its final form.")) == .disclaimer)
        #expect(BoilerplatePhrases.appeal(.init("Public radio depends on you. Support public radio with a gift today.")) == .supportAppeal)
    }

    @Test func channelPromptsAndSyndicationNoticesAreNotStory() {
        #expect(BoilerplatePhrases.appeal(.init("(You can now subscribe to our Sutlej Times WhatsApp channel)")) == .socialPrompt)
        #expect(BoilerplatePhrases.appeal(.init(
            "Stay informed with the latest India news, updates and breaking stories. Follow The Sutlej Times on WhatsApp"))
            == .socialPrompt)
        // An author's note that follows a person, and a story sentence naming a channel, are not prompts.
        #expect(BoilerplatePhrases.appeal(.init("Jane Doe covers technology. Follow her on Twitter @janedoe.")) == nil)
        #expect(BoilerplatePhrases.appeal(.init("The ministry launched a WhatsApp channel for complaints on Monday.")) == nil)
        #expect(BoilerplatePhrases.isPublicationNote(
            "(Except for the headline, this story has not been edited by NewsDesh staff and is published from a syndicated feed.)"))
        #expect(BoilerplatePhrases.isPublicationNote("(Only the headline and picture of this report may have been reworked by "
            + "the Business Standard staff; the rest of the content is auto-generated from a syndicated feed.)"))
        #expect(!BoilerplatePhrases.isPublicationNote("Except for the headline act, the festival's line-up was local."))
    }

    @Test func aLeadPicturesCaptionPrintedAtTheEndIsACaption() {
        #expect(BoilerplatePhrases.isLabelledCaption(.init(
            "Header image: Women pick cotton on a farm outside Sanghar in late October. — Photo by author")))
        #expect(BoilerplatePhrases.isLabelledCaption(.init("Cover photo: The old mill at dusk.")))
        #expect(!BoilerplatePhrases.isLabelledCaption(.init("Header images of the site were replaced in May.")))
    }
}
