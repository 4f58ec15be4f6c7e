import Testing
import MorgueModel
@testable import MorgueExtraction

/// Date rows and furniture of wire copy and European portals: rules of `DropBoilerplateBlocks` and the
/// tables of `BoilerplatePhrases` and `DateHints` they read.
@Suite struct WireAndEuropeanFurnitureTests {
    static let prose = "The council voted on the budget after a long debate, and the mayor said the city would now "
        + "hire more teachers, repair the old bridge and open two libraries before the end of the year."
    static let standfirst = "A magnitude 7.1 earthquake has struck off the coast of northern Chile, prompting a tsunami "
        + "warning and the evacuation of coastal areas."

    private func paragraph(_ text: String) -> Block { .paragraph([.text(text)]) }

    private func run(_ blocks: [Block]) -> [String] {
        var log = RemovalLog(enabled: false)
        return DropBoilerplateBlocks.run(blocks, headline: nil, log: &log).map { BodyRendering.plainText([$0]) }
    }

    @Test func twoTimeElementsPrintedAgainstEachOtherAreADateRow() {
        let row = "November 29, 2026 at 8:15 a.m.Updated November 29, 2026 at 10:02 a.m."
        #expect(DropBoilerplateBlocks.isDateRow(row))
        #expect(run([paragraph(Self.prose), paragraph(row), paragraph(Self.prose)]) == [Self.prose, Self.prose])
    }

    @Test func aLongRowOfTwoLabelledDatesWithZonesIsADateRow() {
        let row = "Published November 28, 2026 at 6:00 a.m. EST | Updated November 29, 2026 at 10:45 a.m. EST"
        #expect(DropBoilerplateBlocks.isDateRow(row))
        #expect(run([paragraph(Self.standfirst), paragraph(row), paragraph(Self.prose)]) == [Self.standfirst, Self.prose])
        // A sentence with a label and a date has words besides.
        #expect(!DropBoilerplateBlocks.isDateRow(
            "The report was published November 28, 2026 at 6:00 a.m. EST, a day before the vote."))
    }

    @Test func labelledClockTimesWithoutADayAreADateRow() {
        #expect(DropBoilerplateBlocks.isDateRow("15.42 GMT Updated at 15.50 GMT"))
        #expect(DropBoilerplateBlocks.isDateRow("Updated at 15:50 GMT"))
        #expect(!DropBoilerplateBlocks.isDateRow("Updated at 15:50 GMT with the minister's statement"))
        #expect(!DropBoilerplateBlocks.isDateRow("Talks resume at 15.50 GMT"))
    }

    @Test func aDateWithTheZoneOrRegionOfItsTimeIsABareDate() {
        let stamp = "Sunday 29 November 2026 17:32, UK"
        #expect(DropBoilerplateBlocks.isBareDate(stamp))
        #expect(DropBoilerplateBlocks.isBareDate("29 November 2026 17:32 local time"))
        #expect(!DropBoilerplateBlocks.isBareDate("29 November 2026 in the UK"))
        // Under the standfirst, the stamp still goes.
        #expect(run([paragraph(Self.standfirst), paragraph(stamp), paragraph(Self.prose)]) == [Self.standfirst, Self.prose])
    }

    @Test func aDateRowClosedByItsSourceIsADateRow() {
        let row = "29. November 2026, 10:15 Uhr Aktualisiert am 29. November 2026, 14:02 Uhr Quelle: dpa"
        #expect(DropBoilerplateBlocks.isDateRow(row))
        #expect(run([paragraph(Self.prose), paragraph(row), paragraph(Self.prose)]) == [Self.prose, Self.prose])
        #expect(!DropBoilerplateBlocks.isDateRow("Aktualisiert am 29. November 2026 Quelle: die Stadtverwaltung von Berlin-Mitte"))
    }

    @Test func aLabelledTimeRelativeToNowIsADateRow() {
        for row in ["Publicado há 2 horas", "Aktualisiert vor 3 Stunden", "Mis à jour il y a 5 minutes",
                    "Actualizado hace 2 horas", "Bijgewerkt 2 uur geleden", "Aktualizacja 3 godziny temu",
                    "Обновлено 2 часа назад", "Updated 3 hours ago"] {
            #expect(DropBoilerplateBlocks.isDateRow(row), "\(row)")
        }
        #expect(!DropBoilerplateBlocks.isDateRow("Publicado há 2 horas, o relatório já causa polêmica"))
    }

    @Test func aRowOfFieldsBetweenBulletsWithATimeAboveTheStoryIsMetadata() {
        let row = "Binnenland • gisteren, 18:40 • Aangepast vandaag, 07:12"
        #expect(DropBoilerplateBlocks.isLabelledMetaLine(row, beforeStory: true))
        #expect(run([paragraph(row), paragraph(Self.prose)]) == [Self.prose])
        // Inside the story, an event's times between bullets are story.
        let program = "Doors 7:30 • Show 8:00 • Tickets at the box office"
        #expect(!DropBoilerplateBlocks.isLabelledMetaLine(program, beforeStory: false))
        #expect(run([paragraph(Self.prose), paragraph(program)]) == [Self.prose, program])
    }

    @Test func wireDeskCodesAndAnAgencysMarkCloseTheStory() {
        #expect(run([paragraph(Self.prose), paragraph(Self.prose), paragraph("cr/mdp/des")]) == [Self.prose, Self.prose])
        #expect(run([paragraph(Self.prose), paragraph("mzi/ pad/"), paragraph("Więcej informacji z kraju i ze świata znajdziesz na stronie głównej.")])
                == [Self.prose])
        #expect(run([paragraph(Self.prose), paragraph(Self.prose), paragraph("(ANSA).")]) == [Self.prose, Self.prose])
        #expect(!BoilerplatePhrases.isWireDeskCodes("CR/MDP"))
        #expect(!BoilerplatePhrases.isWireDeskCodes("see page 4/5"))
        #expect(!BoilerplatePhrases.isAgencyMark("(Vantage Dispatch)"))
        #expect(!BoilerplatePhrases.isAgencyMark("(ANSA) Roma"))
    }

    @Test func theWiresReportingAndEditingCreditsAreNoStory() {
        let credits = "Reporting by Aroha Mitchell in Wellington and Lucy Tran in Sydney; Editing by Kenji Sato"
        #expect(run([paragraph(Self.prose), paragraph(Self.prose), paragraph(credits)]) == [Self.prose, Self.prose])
        let additional = "Additional reporting by Lucy Tran in Sydney"
        #expect(run([paragraph(Self.prose), paragraph(Self.prose), paragraph(additional)])
                == [Self.prose, Self.prose, additional])
    }

    @Test func aStandfirstLeavesTheHeaderOpenForTheBlockUnderIt() {
        let row = "14. Januar 2020, 9:21 Uhr 571 Kommentare"
        #expect(run([paragraph(Self.standfirst), paragraph(row), paragraph(Self.prose)]) == [Self.standfirst, Self.prose])
        // A first paragraph followed by the story's own dated lines keeps them.
        let lines = ["Die Termine im Überblick", "Termin: 21.02.2020, 19 Uhr"]
        #expect(run([paragraph(Self.standfirst)] + lines.map(paragraph) + [paragraph(Self.prose)])
                == [Self.standfirst] + lines + [Self.prose])
        // A long first paragraph is the story's.
        #expect(run([paragraph(Self.prose + " " + Self.prose), paragraph(row)]).count == 2)
    }

    @Test func aBareNumberAboveTheStoryIsACounterButATablesFiguresAreNot() {
        let commentLink = Block.paragraph([.link(url: "https://example.com/#comments", [.text("4")])])
        #expect(run([paragraph(Self.standfirst), commentLink, paragraph("1352"), paragraph(Self.prose)])
                == [Self.standfirst, Self.prose])
        #expect(run([paragraph("Kalorien:"), paragraph("434"), paragraph("kcal"), paragraph(Self.prose)])
                == ["Kalorien:", "434", "kcal", Self.prose])
        #expect(run([paragraph("1"), paragraph("243.8"), paragraph(Self.prose)]) == ["1", "243.8", Self.prose])
    }

    @Test func aBareNumberAboveTheStoryIsACounter() {
        #expect(run([paragraph("1352"), paragraph(Self.prose), paragraph("2481")]) == [Self.prose, "2481"])
    }

    @Test func tipAppealsTranscriptNotesLiveNoticesAndFundingDisclosuresGo() {
        let furniture = [
            "Have a tip? Contact the Star’s data team at data@example.com.",
            "Transcripts are generated with the help of automated tools and reviewed by Clarion staff. They may contain errors.",
            "This is a developing story and will be updated. Please refresh the page for the latest version.",
            "The Associated Press’ climate and environmental coverage receives financial support from multiple private "
                + "foundations. AP is solely responsible for all content.",
            "Dieser Artikel stammt aus dem Nachrichtenticker der Deutschen Presse-Agentur und wurde von der Redaktion nicht bearbeitet.",
            "Riproduzione riservata © Copyright ANSA",
            "Keep up with all the latest news from the UK and around the world by following Vantage News",
            "Video by Noor Haddad and Elliot Brandt",
        ]
        #expect(run([paragraph(Self.prose)] + furniture.map(paragraph) + [paragraph(Self.prose)]) == [Self.prose, Self.prose])
        let story = "“Have a tip?” the officer asked the driver, who said nothing."
        #expect(run([paragraph(Self.prose), paragraph(story)]) == [Self.prose, story])
    }

    @Test func europeanPromptsAndAuthorBoxesGo() {
        let prompts = ["Más información", "Compartilhe: WhatsApp Facebook X E-mail", "VÍDEOS: tudo sobre São Paulo",
                       "Comentarios214Normas", "Para comentar, inicia sesión o suscríbete."]
        for prompt in prompts { #expect(BoilerplatePhrases.match(prompt) != nil, "\(prompt)") }
        let bio = "Redactora de la sección de Economía, especializada en vivienda y mercado inmobiliario. Licenciada en "
            + "Periodismo por la Universidad de Sevilla, antes trabajó en otros medios."
        let story = Array(repeating: paragraph(Self.prose), count: 4)
        #expect(run(story + [.heading(level: 2, [.text("Sobre la firma")]), paragraph(bio), paragraph("Archivado En")])
                == Array(repeating: Self.prose, count: 4))
        #expect(run([paragraph(Self.prose), .heading(level: 2, [.text("Recommended Stories")]),
                     .list(ordered: false, items: [[.link(url: "https://example.com/a", [.text("Another story")])]]),
                     paragraph(Self.prose), paragraph(Self.prose)]) == [Self.prose, Self.prose, Self.prose])
    }
}
