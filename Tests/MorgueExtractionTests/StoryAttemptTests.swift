import Testing
import MorgueModel
@testable import MorgueExtraction

@Suite struct StoryAttemptTests {
    private func attempt(_ level: CleaningLevel, characters: Int) -> StoryAttempt {
        let text = String(repeating: "a", count: characters)
        return StoryAttempt(level: level, blocks: characters == 0 ? [] : [.paragraph([.text(text)])],
                            contentRoots: [], log: RemovalLog(enabled: false))
    }

    @Test func aLongStoryIsEnough() {
        #expect(attempt(.full, characters: StoryAttempt.enoughCharacters).isEnough)
        #expect(!attempt(.full, characters: StoryAttempt.enoughCharacters - 1).isEnough)
    }

    @Test func aSparingPassReplacesOneThatFoundNoStory() {
        let chosen = StoryAttempt.better(attempt(.full, characters: 20), attempt(.sparingClassHints, characters: 900))
        #expect(chosen.level == .sparingClassHints)
    }

    @Test func aShortStoryStandsAgainstAPassThatAddsFurniture() {
        let chosen = StoryAttempt.better(attempt(.full, characters: 300), attempt(.sparingClassHints, characters: 1200))
        #expect(chosen.level == .full)
    }

    @Test func aShortStoryGivesWayToOneFarLonger() {
        let chosen = StoryAttempt.better(attempt(.full, characters: 200), attempt(.sparingLayout, characters: 4000))
        #expect(chosen.level == .sparingLayout)
    }

    @Test func noStoryStandsAgainstNoStory() {
        let chosen = StoryAttempt.better(attempt(.full, characters: 0), attempt(.sparingClassHints, characters: 0))
        #expect(chosen.level == .full)
    }

    @Test func aPassThatDroppedAWallsBoxEndsTheSearch() {
        var log = RemovalLog(enabled: false)
        log.droppedWall = .login
        let walled = StoryAttempt(level: .full, blocks: [.paragraph([.text("A short preview.")])], contentRoots: [], log: log)
        #expect(walled.isEnough)
        #expect(!attempt(.full, characters: 16).isEnough)
    }
}
