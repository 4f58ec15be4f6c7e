import Testing
import MorgueModel
@testable import MorgueExtraction

@Suite struct DropBoilerplateBlocksTests {
    static let prose = "The council voted on the budget after a long debate, and the mayor said the city would now "
        + "hire more teachers, repair the old bridge and open two libraries before the end of the year."

    private func paragraph(_ text: String) -> Block { .paragraph([.text(text)]) }
    private func link(_ text: String) -> Block { .paragraph([.link(url: "https://example.com/x", [.text(text)])]) }

    private func run(_ blocks: [Block]) -> [String] {
        var log = RemovalLog(enabled: false)
        return DropBoilerplateBlocks.run(blocks, headline: nil, log: &log).map { BodyRendering.plainText([$0]) }
    }

    @Test func boldInitialsAfterTheLastSentenceSignTheStoryOff() throws {
        let signed: Block = .paragraph([.text("“You will die of thirst.” "), .strong([.text("DJ")])])
        let found = try #require(DropBoilerplateBlocks.droppingInitialsSignOff(signed))
        #expect(found.initials == "DJ")
        #expect(found.kept.map { BodyRendering.plainText([$0]) } == "“You will die of thirst.”")
        let alone = try #require(DropBoilerplateBlocks.droppingInitialsSignOff(.paragraph([.strong([.text("DM")])])))
        #expect(alone.kept == nil)
        // A bold word of the sentence, a bold word of four capitals, or one in lower case is no sign-off.
        #expect(DropBoilerplateBlocks.droppingInitialsSignOff(.paragraph([.text("Funding went to the "), .strong([.text("NHS")])])) == nil)
        #expect(DropBoilerplateBlocks.droppingInitialsSignOff(.paragraph([.text("It ended. "), .strong([.text("NASA")])])) == nil)
        #expect(DropBoilerplateBlocks.droppingInitialsSignOff(.paragraph([.text("It ended. "), .strong([.text("Dj")])])) == nil)
    }

    @Test func dropsPhraseBlocksAndLinkTeasers() {
        let kept = run([paragraph(Self.prose), paragraph("Advertisement"), link("Ten other stories you will like"),
                        paragraph("Foto: dpa"), paragraph(Self.prose)])
        #expect(kept == [Self.prose, Self.prose])
    }

    @Test func aHeadingPrintingAKickerBeforeTheHeadlineRepeatsIt() {
        let headline = "Deich bei Hollmersund auf 200 Metern beschädigt"
        var log = RemovalLog(enabled: false)
        let kept = DropBoilerplateBlocks.run(
            [.heading(level: 1, [.text("Sturmflut an der Ostsee " + headline)]), paragraph(Self.prose)],
            headline: headline, log: &log)
        #expect(kept.map { BodyRendering.plainText([$0]) } == [Self.prose])
        // A paragraph ending with the headline's words is story.
        let sentence = "Wie der Landkreis mitteilte, gilt: " + headline
        let paragraphs = DropBoilerplateBlocks.run([paragraph(sentence), paragraph(Self.prose)], headline: headline,
                                                   log: &log)
        #expect(paragraphs.map { BodyRendering.plainText([$0]) } == [sentence, Self.prose])
    }

    @Test func dropsAPressReleasesClosingSourceLineButNotOneInsideTheStory() {
        let kept = run([paragraph("SOURCE Brightwater Analytics, Inc."), paragraph(Self.prose), paragraph(Self.prose),
                        paragraph(Self.prose), paragraph(Self.prose), paragraph("SOURCE  Brightwater Analytics, Inc.")])
        #expect(kept == ["SOURCE Brightwater Analytics, Inc.", Self.prose, Self.prose, Self.prose, Self.prose])
        #expect(run([paragraph(Self.prose), paragraph("Source: the city's budget office")])
                == [Self.prose, "Source: the city's budget office"])
    }

    @Test func aDateRowAboveTheStoryInAnyScriptsDigitsIsADateLine() {
        let arabic = "الثلاثاء، ٤ مارس ٢٠٢٥ ٠٦:٤٢ م آخر تحديث: الثلاثاء، ٤ مارس ٢٠٢٥ ٠٨:١٥ م"
        #expect(DropBoilerplateBlocks.isClockedDateStamp(arabic))
        #expect(DropBoilerplateBlocks.isClockedDateStamp("postado em 04/05/2022 05:49 / atualizado em 04/05/2022 05:50"))
        #expect(DropBoilerplateBlocks.isClockedDateStamp("Publicado 12/03/2025 07h45 Atualizado há 2 horas"))
        #expect(!DropBoilerplateBlocks.isClockedDateStamp("Publicado 12/03/2025, durou 2h"))
        #expect(!DropBoilerplateBlocks.isClockedDateStamp("The plant opened at 10:30 on 4 March 2025."))
        #expect(!DropBoilerplateBlocks.isClockedDateStamp("Doors open at 10:30"))
        #expect(run([paragraph(arabic), paragraph(Self.prose)]) == [Self.prose])
        #expect(run([paragraph(Self.prose), paragraph("Termine 2025: Treffen um 19:30")])
                == [Self.prose, "Termine 2025: Treffen um 19:30"])
    }

    @Test func dropsAReadAlsoTeaserWithItsLinkButNotASentenceWithoutOne() {
        let teaser = Block.paragraph([.strong([.text("LE PUEDE INTERESAR: "),
                                               .link(url: "https://example.com/x", [.text("La ficha del expresidente en la cárcel de Nueva York")])])])
        let sentence = "Read also the council's own report, which the mayor published on Monday."
        let kept = run([paragraph(Self.prose), teaser, paragraph(Self.prose), paragraph(sentence)])
        #expect(kept == [Self.prose, Self.prose, sentence])
    }

    @Test func aReadAlsoTeaserInOtherLanguagesGoesWhateverItsLinksLength() {
        // A short link fails the link share; the label names the teaser.
        func teaser(_ label: String) -> Block {
            .paragraph([.strong([.text(label + " ")]), .link(url: "https://example.com/x", [.text("Slik kartlegges kvikkleire i Norge")])])
        }
        let labels = ["Les også:", "Läs också:", "Læs også:", "Baca juga:", "Xem thêm:", "อ่านข่าว :", "Читайте також:"]
        let kept = run([paragraph(Self.prose)] + labels.map(teaser) + [paragraph(Self.prose)])
        #expect(kept == [Self.prose, Self.prose])
    }

    @Test func aPagersLabelGoesWithItsPageLinks() {
        let kept = run([paragraph(Self.prose), paragraph("Halaman:"), link("1"), link("2"), link("Selanjutnya"),
                        paragraph(Self.prose), paragraph("Page:"), link("1"), paragraph(Self.prose)])
        #expect(kept == [Self.prose, Self.prose, Self.prose])
        // A page word before a story line stays.
        let story = run([paragraph(Self.prose), paragraph("Seite"), paragraph(Self.prose)])
        #expect(story == [Self.prose, "Seite", Self.prose])
    }

    @Test func aThaiRelatedNewsHeadingGoesWithTheLinksUnderIt() {
        let kept = run([paragraph(Self.prose), paragraph(Self.prose), .paragraph([.strong([.text("อ่านข่าวที่เกี่ยวข้อง")])]),
                        link("ลำน้ำทองอ่วม ฝนถล่ม 3 วัน น้ำป่าไหลหลากท่วม 2 ตำบล")])
        #expect(kept == [Self.prose, Self.prose])
    }

    @Test func aCommentCountHeadingOrATypographicApostropheOpensTheTrailer() {
        let kept = run([paragraph(Self.prose), paragraph(Self.prose), .heading(level: 2, [.text("0 Kommentare")]),
                        paragraph("Keine Kommentare")])
        #expect(kept == [Self.prose, Self.prose])
        let picks = run([paragraph(Self.prose), paragraph(Self.prose), .heading(level: 4, [.text("Editors’ Recommendations:")]),
                         link("Another story")])
        #expect(picks == [Self.prose, Self.prose])
    }

    @Test func aTrailerHeadingEndsTheStoryWhenLittleFollows() {
        let kept = run([paragraph(Self.prose), paragraph(Self.prose), .heading(level: 2, [.text("Lesen Sie auch")]),
                        link("Another story"), paragraph("A short teaser for another story.")])
        #expect(kept == [Self.prose, Self.prose])
    }

    @Test func aRelatedBoxInsideTheStoryIsCutOutAndTheStoryGoesOn() {
        let kept = run([paragraph(Self.prose), .heading(level: 3, [.text("Related")]), link("Another story"),
                        .list(ordered: false, items: [[.text("A third story")]]), paragraph(Self.prose),
                        paragraph(Self.prose)])
        #expect(kept == [Self.prose, Self.prose, Self.prose])
    }

    @Test func dropsSignUpBoxesWrittenAsSentences() {
        let boxes = ["Never miss the latest news by signing up to our newsletter today!",
                     "Lust auf mehr? Lass dir die besten Storys jede Woche in deinen Posteingang liefern. Melde dich hier an!",
                     "Then sign up for our email newsletter to get the latest updates straight to your inbox."]
        let story = "The newsletter, which the council sent to every household, said the bridge would close in May."
        #expect(run([paragraph(Self.prose)] + boxes.map(paragraph) + [paragraph(story)]) == [Self.prose, story])
    }

    @Test func dropsAppealsDisclosuresDisclaimersSocialInvitationsAndReviewNotes() {
        let furniture = [
            "If you enjoyed reading this post – would you consider supporting our work? Just click here. Thanks!",
            "Darum: Hilf mit und unterstütze unser Magazin mit einem kleinen Beitrag.",
            "This post may contain affiliate links. If you purchase something through the link, I may receive a small commission.",
            "Bei den Verlinkungen handelt es sich um Affiliate Links",
            "Follow The Gleaner on Twitter and Instagram @JamaicaGleaner and on Facebook @GleanerJamaica.",
            "¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular en este enlace.",
            "SUGGESTED CITATION Doe, Jane: Experts in the crisis, Example Blog, 2020/4/09.",
            "Example News is not responsible for the opinions, statements or media content presented by contributors.",
            "Namentlich gekennzeichnete Beiträge geben die Meinung des Autors wieder.",
            "Reviewed by Jane Doe, MD on March 04, 2017",
            // Indonesian and Ukrainian follow prompts, and a typo notice, inside the story as under it.
            "Simak berita dan artikel lainnya di Google News",
            "Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita "
                + "KabarNusa.com WhatsApp Channel: https://www.whatsapp.com/channel/0029VaKabarNusa.",
            "Dapatkan update berita pilihan dari KabarNusa.com. Mari bergabung di Grup Telegram \"KabarNusa.com News Update\".",
            "Підписуйтеся на наш Telegram-канал, щоб першими дізнаватися головні новини.",
            "Помітили помилку? Виділіть її та натисніть Ctrl+Enter",
        ]
        // Story sentences with the same words: a quoted plea, a network named without an invitation,
        // support in the indicative, an affiliate network that is not a link disclosure.
        let story = [
            "“They just want to help us with burial and not medicine,” he said.",
            "The draw can be followed live on the federation's Instagram channel on Monday at noon.",
            "Die Stadt unterstützt unsere Arbeit seit Jahren, sagte die Vorsitzende des Vereins.",
            "The Creative Commons affiliate network includes over 500 researchers in 85 countries.",
            "The plan was reviewed by the council's lawyers, who found nothing wrong with it, the mayor said.",
            "Polisi meminta warga yang kehilangan keluarga melapor lewat WhatsApp posko di balai desa.",
        ]
        let kept = run([paragraph(Self.prose)] + furniture.map(paragraph) + story.map(paragraph) + [paragraph(Self.prose)])
        #expect(kept == [Self.prose] + story + [Self.prose])
    }

    @Test func aChineseParagraphHoldingADateIsNoDateLine() {
        let dated = "新华社武汉2020年1月23日电，武汉市疫情防控指挥部发布通告，全市城市公交暂停运营。"
        let later = "2020年1月23日10时起，全市城市公交暂停运营，市民出行请提前做好安排，感谢大家的理解和支持"
        #expect(run([paragraph(dated), paragraph(later)]) == [dated, later])
        // A bare date line above the story still goes.
        #expect(run([paragraph("2020年1月23日"), paragraph(dated)]) == [dated])
    }

    @Test func aLabelledPublicationDateLineGoesWhereverItStands() {
        let kept = run([paragraph(Self.prose), paragraph("Publiziert: 03.04.2020, 12:35"),
                        paragraph("Pubblicato il 19 Febbraio 2020 Ultima modifica 19 Febbraio 2020 12:02"),
                        paragraph(Self.prose), paragraph("Termin: 29.02.2020, 19 Uhr")])
        // An unlabelled date line inside the story (an event's date) is story.
        #expect(kept == [Self.prose, Self.prose, "Termin: 29.02.2020, 19 Uhr"])
        // Norwegian, Swedish and Danish labels.
        let nordic = run([paragraph(Self.prose), paragraph("Publisert: 12.11.2025 06:41 Oppdatert: 12.11.2025 14:05"),
                          paragraph("Uppdaterad 12.11.2025 14:05"), paragraph("Publiceret 12.11.2025 06:41"),
                          paragraph(Self.prose)])
        #expect(nordic == [Self.prose, Self.prose])
    }

    @Test func aBareEmailAddressRelatedHeadingsAndKoreanRightsLinesGo() {
        // (A short line under the related heading goes with it, as a teaser: the tip line stands above it.)
        let kept = run([paragraph(Self.prose), paragraph("seojun@yna.co.kr"),
                        paragraph("<저작권자(c) 연합뉴스, 무단 전재-재배포, AI 학습 및 활용 금지>"),
                        paragraph("Write to tips@example.com with your story."), paragraph("관련 기사"),
                        paragraph("Discover more from Tidewrack")])
        #expect(kept == [Self.prose, "Write to tips@example.com with your story."])
    }

    @Test func aReleasesEmbargoLineAndPressContactGo() {
        let contact = "Contact: Sgt. Dana Ruiz, Public Information Officer, 555-010-0147, druiz@cfpd.example"
        let kept = run([paragraph("FOR IMMEDIATE RELEASE"), paragraph(contact), paragraph(Self.prose),
                        paragraph("Contact the council if you have questions about the closure, officials said.")])
        #expect(kept == [Self.prose, "Contact the council if you have questions about the closure, officials said."])
        // A release's press-contact card closes it.
        #expect(BoilerplatePhrases.opensTrailer("Media enquiries"))
        #expect(BoilerplatePhrases.opensTrailer("Pressekontakt:"))
    }

    @Test func aRowOfLabelledDatesGoesButADatedSentenceStays() {
        let dated = "Am 04.03.2025 beschloss das Kabinett das Paket, das ab Juli gilt."
        let kept = run([paragraph(Self.prose), paragraph("| 04.03.2025, 18:42 Uhr Aktualisiert: 05.03.2025, 07:15 Uhr"),
                        paragraph("Posted: Thursday, April 21, 2022. 10:11 pm CST."),
                        paragraph("Started January 14, 2025 6:05 am Last updated 3:42 pm"),
                        paragraph("5 March 2025 — See all updates"), paragraph("Posted on Jan 14 • Edited on Jan 15"),
                        paragraph(dated), paragraph("Posted on the council's website on Jan 14")])
        #expect(kept == [Self.prose, dated, "Posted on the council's website on Jan 14"])
    }

    @Test func dropsCreditedCaptionsBareDatesAndDatedMetaLines() {
        let kept = run([paragraph(Self.prose), paragraph("Declan Rice after the win. | Foto: Reuters"),
                        paragraph("July 30, 2018"), paragraph("Le Monde | 04.05.2015 à 13h36 | Par Jane Doe"),
                        paragraph("Termin: 21.02.2020, 19 Uhr"), paragraph(Self.prose)])
        #expect(kept == [Self.prose, "Termin: 21.02.2020, 19 Uhr", Self.prose])
    }

    @Test func aListCitingOtherSitesIsStoryButARelatedListIsNot() {
        func item(_ before: String, _ linked: String, _ url: String) -> [Inline] {
            [.text(before), .link(url: url, [.text(linked)])]
        }
        let citations = Block.list(ordered: false, items: [
            item("Neil has patches up to ", "improve the behaviour of the tab unloader", "https://bugzilla.mozilla.org/1682442"),
            item("", "Key, B. (2016): Why fish do not feel pain. Animal Sentience", "https://animalstudiesrepository.org/x"),
        ])
        let related = Block.list(ordered: false, items: [
            item("", "Council approves the new budget after a long debate", "https://www.daily.example/2024/budget"),
            item("", "Mayor opens two libraries before the end of the year", "https://daily.example/2024/libraries"),
        ])
        var log = RemovalLog(enabled: false)
        let kept = DropBoilerplateBlocks.run([paragraph(Self.prose), citations, related, paragraph(Self.prose)], headline: nil,
                                             pageHost: "daily.example", log: &log)
        #expect(kept.count == 3)
        #expect(kept[1] == citations)
        // Without the page's address no link is known to lead elsewhere: the linked list goes.
        #expect(run([paragraph(Self.prose), citations, paragraph(Self.prose)]) == [Self.prose, Self.prose])
    }

    @Test func aParagraphWithoutAWordGoes() {
        let kept = run([paragraph(Self.prose), paragraph("×"), paragraph("‌‌‌"), paragraph("★★★★★"),
                        paragraph("—————————"), paragraph(Self.prose), paragraph("2 + 2")])
        #expect(kept == [Self.prose, Self.prose, "2 + 2"])
    }

    @Test func aHeadingThatIsADateIsAStamp() {
        let stamp = Block.heading(level: 5, [.text("June 8, 2015")])
        let day = Block.heading(level: 2, [.text("Donnerstag, 03. Februar 2022")])
        let kept = run([stamp, paragraph(Self.prose), day, paragraph(Self.prose)])
        #expect(kept == [Self.prose, "Donnerstag, 03. Februar 2022", Self.prose])
    }

    @Test func dropsReadingTimesViewCountsBrowserNoticesAndLoneLabels() {
        let kept = run([paragraph("Lesezeit: ca. 3 Minuten"), paragraph("Estimated reading time: 6 minutes"),
                        paragraph("Views: 184"), paragraph("Dein Browser ist leider veraltet."), paragraph("Publicado:"),
                        paragraph(Self.prose), paragraph("Tempo di lettura: 3 minuti"), paragraph(Self.prose)])
        #expect(kept == [Self.prose, Self.prose])
    }

    @Test func dropsAListOfTheStorysMetaFieldsWithItsDate() {
        let meta = Block.list(ordered: false, items: [[.text("Gospodarka")],
                                                      [.text("opublikowano: 2021-04-29 17:13:04.031886+02:00")]])
        let stamp = Block.list(ordered: false, items: [[.text("28. September 2018")]])
        // A list of steps with a date among them is story.
        let steps = Block.list(ordered: true, items: [[.text("Anmeldung bis 3. März 2024")], [.text("Zahlung der Gebühr")]])
        let kept = run([paragraph(Self.prose), meta, stamp, paragraph(Self.prose), steps])
        #expect(kept == [Self.prose, Self.prose, "Anmeldung bis 3. März 2024\n\nZahlung der Gebühr"])
    }

    @Test func dropsCaptionsLeftInTheStoryAndWidgetStates() {
        let kept = run([paragraph(Self.prose),
                        paragraph("The company will train air force pilots in Bremen on DA42 aircraft. © CAE"),
                        paragraph("Abbildung: Vergleich auf dem Aletschgletscher. Unsere quantifizierten Variationen der "
                                  + "Schneehöhe passen optisch sehr gut mit beobachteten Variationen des Schneeaufkommens."),
                        paragraph("Vergrößern Eine kleine runde Aussparung für die Kamera."), paragraph("Copyright: Gisele Wender"),
                        paragraph("(Noch keine Bewertungen) Loading..."), paragraph("3:59 PM"), paragraph(Self.prose)])
        #expect(kept == [Self.prose, Self.prose])
    }

    @Test func aPaywallNoticeGoesEvenWhenTheStoryGoesOn() {
        let notice = "To view the full story, please subscribe to The Daily Planet. You can choose an annual subscription."
        #expect(run([paragraph(Self.prose), paragraph(notice), paragraph(Self.prose), paragraph(Self.prose)])
            == [Self.prose, Self.prose, Self.prose])
    }

    @Test func aFeaturedBoxOrASpanishRelatedHeadingEndsTheStory() {
        let trailers: [[Block]] = [
            [.heading(level: 2, [.text("Featured")]), paragraph("Read Article"), paragraph("How to Make a Ballet Tutu")],
            [.heading(level: 3, [.text("Temas relacionados")]), link("Otra noticia"), paragraph("07:15 p. m.")],
        ]
        for trailer in trailers {
            #expect(run([paragraph(Self.prose), paragraph(Self.prose)] + trailer) == [Self.prose, Self.prose])
        }
    }

    @Test func aTrailerPhraseInsideProseIsKept() {
        let sentence = "Related stories were told by survivors of the flood, who spoke at the town hall on Monday."
        let kept = run([paragraph(Self.prose), paragraph(sentence)])
        #expect(kept == [Self.prose, sentence])
    }

    @Test func anEndMarkEndsTheStory() {
        let kept = run([paragraph(Self.prose), paragraph(Self.prose), paragraph("###"), paragraph("Contact: press office")])
        #expect(kept == [Self.prose, Self.prose])
    }

    @Test func dropsReadingTimeStampsButNotASentenceNamingOne() {
        let sentence = "The report is a 7 min read, and every page of it matters."
        let kept = run([paragraph(Self.prose), paragraph("Feb 25, 2025 — 7 min read"), paragraph("1.284 Lectura de 3 minutos"),
                        paragraph("February 11, 2025 · Updated February 13, 2025 · 12 min read"), paragraph(sentence)])
        #expect(kept == [Self.prose, sentence])
    }

    @Test func aHeadingLeftWithoutItsSectionAtTheEndGoes() {
        let heading = Block.heading(level: 3, [.text("More spring baking")])
        let links = Block.list(ordered: false, items: [[.link(url: "https://example.com/a", [.text("Rhubarb galette")])],
                                                       [.link(url: "https://example.com/b", [.text("Lemon bars")])]])
        #expect(run([paragraph(Self.prose), heading, links]) == [Self.prose])
        // Inside the story, and over a section that stays, a heading stays.
        #expect(run([paragraph(Self.prose), heading, links, .heading(level: 3, [.text("Method")]), paragraph(Self.prose)])
                == [Self.prose, "More spring baking", "Method", Self.prose])
        #expect(run([paragraph(Self.prose), heading, paragraph(Self.prose)]) == [Self.prose, "More spring baking", Self.prose])
    }

    @Test func dropsEngagementCountersButNotASentenceWithACount() {
        let sentence = "The video got 37 views"
        let kept = run([paragraph(Self.prose), paragraph("🙌 🤯 🦄 ❤ 141 reactions"), paragraph("Post Views: 1.432"),
                        paragraph("5 from 13 votes"), paragraph("Kommentare insgesamt: 0"), paragraph(sentence),
                        paragraph("2.1k likes"), paragraph("Переглядів: 18 402"), paragraph("Dilihat 1.204 kali"),
                        paragraph("อ่าน 3,412 ครั้ง"), paragraph("12.044 lượt xem")])
        #expect(kept == [Self.prose, sentence])
    }

    @Test func dropsALoneTagLabelAndAGoogleNewsPrompt() {
        let kept = run([paragraph(Self.prose), paragraph("Síguenos en Google News y mantente informado con las noticias más recientes."),
                        paragraph("Suivez-nous sur Google Actualités"), paragraph("Etiquetas")])
        #expect(kept == [Self.prose])
    }

    @Test func dropsALineAboveTheStoryThatIsOnlyTheSitesName() {
        let blocks: [Block] = [
            .paragraph([.text("Port Ashford Dispatch")]),
            .paragraph([.text("The city council voted on Tuesday to close three bus lines on the east side, a decision riders called rushed.")]),
            .paragraph([.text("The Port Ashford Dispatch")]),
        ]
        var log = RemovalLog(enabled: true)
        let kept = DropBoilerplateBlocks.run(blocks, headline: nil, siteName: "The Port Ashford Dispatch", log: &log)
        // Once the story has begun, the name is a line of it.
        #expect(kept == Array(blocks.dropFirst()))
        #expect(log.removals().map(\.rule) == ["site-name-line"])
    }

    @Test func aSlideCounterGoesButALoneFractionIsARecipes() {
        #expect(run([paragraph("1 / 10"), paragraph(Self.prose), paragraph("3 of 10"), paragraph(Self.prose)])
            == [Self.prose, Self.prose])
        // "1/5" … "2/5": a gallery's counters; a lone "1/4" over "cup butter" is a quantity.
        #expect(run([paragraph("1/5"), paragraph(Self.prose), paragraph("2/5"), paragraph(Self.prose)]) == [Self.prose, Self.prose])
        #expect(run([paragraph(Self.prose), paragraph("1/4"), paragraph("cup butter"), paragraph("2 / 1")])
            == [Self.prose, "1/4", "cup butter", "2 / 1"])
        #expect(BoilerplatePhrases.slideCounter("10 of 12") == .init(number: 10, count: 12, bare: false))
        #expect(BoilerplatePhrases.slideCounter("1 of the 12") == nil)
    }

    @Test func aMachineTranscriptsNoteAndAGalleryEndCardGo() {
        #expect(run([paragraph("This transcript was generated automatically and edited for clarity. It may contain errors. "
                               + "Please check the audio before quoting."), paragraph(Self.prose),
                     paragraph("Transcript provided by NPR, Copyright NPR."), paragraph("Gallery continues after this ad"),
                     paragraph(Self.prose), paragraph("More galleries")]) == [Self.prose, Self.prose])
    }
}
