import MorgueModel

/// What one cleaning pass found as the story, and whether it is enough to
/// stop there.
///
/// Keeps: the first pass whose story has at least `enoughCharacters` of text,
/// or that dropped a wall's box (a paywall's, a registration wall's): the
/// story is short because the wall stands in for the rest of it, and a more
/// sparing pass would only bring the wall back.
/// When no pass reaches it, a more sparing pass replaces a stricter one when
/// the stricter one found next to nothing (under `noStoryCharacters`: a date,
/// a "skip to content" link) and the sparing one clearly more, or when the
/// sparing one found `farLonger` times as much. Otherwise the stricter pass's
/// short story stands: what a sparing pass adds to a short story is mostly
/// the furniture the stricter one dropped.
/// Drops: the other passes' results.
struct StoryAttempt {
    /// A story with this much text (non-space characters) ends the search (Readability's threshold).
    static let enoughCharacters = 500
    /// Less text than this is no story at all.
    static let noStoryCharacters = 150
    /// A more sparing pass replaces a stricter one that found no story when it finds this many times more text...
    static let clearlyLonger = 1.5
    /// ...and one that found a short story when it finds this many times more.
    static let farLonger = 10.0

    var level: CleaningLevel
    var blocks: [Block]
    var contentRoots: [String]
    var log: RemovalLog
    /// The story's containers stand inside a dialog over the page (`AssessArticle.standsInDialog`).
    var inDialog: Bool
    /// The story's containers are made of teasers (`AssessArticle.isTeaserList`).
    var teaserList: Bool
    /// The content of the paragraphs set flush right (`CollectBlocks.Collected.rightAligned`).
    var rightAligned: [[Inline]]
    /// The lead picture's caption printed at the story's end (`LeadImageCaption`).
    var leadCaption: Caption?
    let characters: Int

    init(level: CleaningLevel, blocks: [Block], contentRoots: [String], log: RemovalLog, inDialog: Bool = false,
         teaserList: Bool = false, rightAligned: [[Inline]] = [], leadCaption: Caption? = nil) {
        self.leadCaption = leadCaption
        self.level = level
        self.blocks = blocks
        self.contentRoots = contentRoots
        self.log = log
        self.inDialog = inDialog
        self.teaserList = teaserList
        self.rightAligned = rightAligned
        characters = StoryAttempt.characters(in: blocks)
    }

    var isEnough: Bool { characters >= StoryAttempt.enoughCharacters || log.droppedWall != nil }

    /// The better of a stricter pass's result and a more sparing one's.
    static func better(_ stricter: StoryAttempt?, _ sparing: StoryAttempt) -> StoryAttempt {
        guard let stricter else { return sparing }
        let ratio = Double(sparing.characters) / Double(max(stricter.characters, 1))
        if stricter.characters < noStoryCharacters { return ratio > clearlyLonger ? sparing : stricter }
        return ratio >= farLonger ? sparing : stricter
    }

    static func characters(in blocks: [Block]) -> Int {
        BodyRendering.plainText(blocks).unicodeScalars.reduce(0) { $0 + (TextNormalization.isSpace($1) ? 0 : 1) }
    }
}
