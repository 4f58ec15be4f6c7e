import Testing
@testable import MorgueExtraction

@Suite struct CorrectionNotesTests {
    @Test func findsCorrectionsAndNotes() {
        let paragraphs = [
            "The council voted on Tuesday to close the library.",
            "Correction: An earlier version of this article misstated the date of the vote.",
            "Editor’s note: This story has been corrected.",
            "This article has been updated to include comment from the mayor.",
            "Update: The library reopened on Friday.",
            "An earlier version of this story misstated the mayor's name.",
            "Anmerkung der Redaktion: Der Text wurde ergänzt.",
            "[Update: The vote was postponed.]",
            "Korrektur, 05.03.2025: In einer früheren Fassung stand ein falscher Betrag.",
            "Rectificatif (13/03/2025) : une version précédente indiquait une mauvaise date.",
            "Correction, March 5, 2024: An earlier version of this column overstated the nightly riders.",
            "Correction, Feb. 26, 2025: An earlier version of this story misstated the year.",
        ]
        #expect(CorrectionNotes.detect(in: paragraphs) == [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
    }

    @Test func leavesStoryTextThatMentionsUpdates() {
        let paragraphs = [
            "The company will update its software next week.",
            "Officials said a correction to the budget was overdue.",
            "She asked for an update on the investigation.",
            "Update 2025 brought new rules for the market.",
            "Correction, the mayor said, is needed: the budget is wrong.",
            "Update, 29.04.2020, 17:15 Uhr: Die Gerüchte um den Gesundheitszustand reißen nicht ab.",
        ]
        #expect(CorrectionNotes.detect(in: paragraphs).isEmpty)
    }

    @Test func findsCorrectionsLabelledInOtherLanguages() {
        let paragraphs = [
            "De brug gaat maandag weer open, meldt de gemeente.",
            "Correctie 25 februari: In een eerdere versie stond een verkeerde datum.",
            "Sprostowanie: We wcześniejszej wersji podaliśmy błędną kwotę.",
            "Düzeltme: Haberin ilk halinde tarih yanlış yazılmıştı.",
            "Исправление: В первоначальной версии была указана неверная дата.",
            "תיקון: בגרסה קודמת נפלה טעות בשם.",
        ]
        #expect(CorrectionNotes.detect(in: paragraphs) == [1, 2, 3, 4, 5])
    }

    @Test func anUpdateDatedWithItsYearIsANoteButALiveStorysTimedUpdateIsStory() {
        let paragraphs = [
            "The council voted on Tuesday to close the library.",
            "Update, Feb. 7, 2024: This article was updated to add a statement from the mayor's office.",
            "Update, 13:17 Uhr: Die Feuerwehr hat den Brand inzwischen unter Kontrolle gebracht, teilte ein Sprecher mit.",
        ]
        #expect(CorrectionNotes.detect(in: paragraphs) == [1])
    }

    @Test func aDatedUpdateOrAWireDesksNoteAtTheStorysEdgesIsANoteButNotWithinTheText() {
        let story = "The company cut its outlook again on Wednesday, and its shares fell."
        let paragraphs = [
            "The second-generation slate gets a color panel.",
            "Update, Nov 12th: Lumetra confirmed that existing owners will also stop being charged.",
            story,
            "Update, Nov 12, 3:15 p.m.: Firefighters reached the second floor.",
            story,
            "(Updates with closing share price in fifth paragraph.)",
            "(Corrects name of analyst’s firm in ninth paragraph of story published Nov. 12.)",
        ]
        #expect(CorrectionNotes.detect(in: paragraphs) == [1, 5, 6])
        // A dated update at the foot stays in the text.
        #expect(CorrectionNotes.detect(in: [story, story, "Update July 3rd, 8:05AM ET: Added ARKit explanation and tweet."]).isEmpty)
        // Not at an edge, or not the whole paragraph in parentheses: story text.
        let within = [
            story,
            story,
            "(Adds details) was the only note, the editor said, and the story ran.",
            "Updated November 12th: the committee met again.",
            story,
        ]
        #expect(CorrectionNotes.detect(in: within).isEmpty)
        #expect(CorrectionNotes.detect(in: ["(Adds details)"]).isEmpty)
    }
}
