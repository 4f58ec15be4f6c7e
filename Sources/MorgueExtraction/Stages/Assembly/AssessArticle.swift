import MorgueDOM
import MorgueModel

/// Decides whether the page is a story at all.
///
/// Keeps: pages whose body reads as prose: enough words in paragraphs of
/// some length.
/// Drops: nothing; it marks a shop's product page (its metadata declares a
/// product: `PageMetadata.declaresProduct`), section fronts and indexes (many short teasers,
/// mostly headings, a good share of them links to other pages), pages with no story text, and walls as
/// `isArticle == false` with a note saying why: a short text that is a
/// cookie-consent or login prompt ("consent wall", "login wall"), and a story
/// that ends in a subscription prompt ("paywalled: body truncated"). A
/// consent or login prompt of any length is the wall when the text found
/// stands inside a dialog over the page; a short story whose wall box (a
/// paywall's, a registration wall's) was dropped as furniture is that wall's
/// preview. The text found is kept either way.
enum AssessArticle {
    /// Fewer words than this is no story.
    static let minStoryWords = 40
    /// An index is made of at least this many blocks...
    static let minIndexBlocks = 8
    /// ...most of them teasers (headings, link paragraphs, or one short sentence)...
    static let teaserShare = 0.6
    /// ...with paragraphs this short on average...
    static let maxIndexParagraphWords = 30
    /// ...and at least this share of the blocks links to other pages (a story told in short
    /// paragraphs, or a page of short lines in Chinese or Japanese, is not an index).
    static let minIndexLinkedShare = 0.25
    /// ...and at least this many of them (a story's few "read more" links are no index).
    static let minIndexLinked = 8
    /// A text this short that speaks of cookies or logging in is the wall, not a story.
    static let maxWallWords = 150
    /// A subscription prompt in one of the last blocks marks a truncated story.
    static let paywallTailBlocks = 3
    /// A story shorter than this whose wall box was dropped is the wall's free preview; a longer
    /// one is all there (the page also printed a wall that scripts show or hide).
    static let maxPreviewWords = 400

    struct Verdict: Equatable {
        var isArticle: Bool
        var notes: [String]
    }

    /// What the page's markup says of a wall in front of its story.
    struct WallEvidence: Equatable {
        /// A paywall notice in the story's blocks cut it (and was dropped from it).
        var endedAtPaywall = false
        /// The wall whose box was dropped as furniture (`DropPageChrome`, `ClassHints.storyWall`).
        var droppedWall: BoilerplatePhrases.Wall?
        /// The text found stands inside a dialog over the page (`standsInDialog`).
        var storyInDialog = false
    }

    /// `walls`: what the cleaning saw of a wall.
    /// `droppedLinkTeasers`: blocks linking elsewhere that the story's cleaning dropped (they count as
    /// the index's linked teasers).
    /// `declaredProduct`: the page's metadata says it sells a product.
    static func run(
        _ blocks: [Block], wordCount: Int, declaredArticle: Bool, declaredProduct: Bool = false,
        walls: WallEvidence = .init(), droppedLinkTeasers: Int = 0
    ) -> Verdict {
        if wordCount < maxWallWords || walls.storyInDialog,
           let wall = BoilerplatePhrases.wall(in: BodyRendering.plainText(blocks)), wall != .paywall {
            return Verdict(isArticle: false, notes: [wall.rawValue])
        }
        if let wall = walls.droppedWall, wordCount < maxPreviewWords {
            return Verdict(isArticle: false, notes: [wall.rawValue])
        }
        let tail = BodyRendering.plainText(Array(blocks.suffix(paywallTailBlocks)))
        if walls.endedAtPaywall || BoilerplatePhrases.wall(in: tail) == .paywall {
            return Verdict(isArticle: false, notes: [BoilerplatePhrases.Wall.paywall.rawValue])
        }
        if declaredProduct {
            return Verdict(isArticle: false, notes: ["product page"])
        }
        if wordCount < minStoryWords {
            return Verdict(isArticle: false, notes: [wordCount == 0 ? "no story text found" : "too little text for a story"])
        }
        if !declaredArticle, looksLikeIndex(blocks, droppedLinkTeasers: droppedLinkTeasers) {
            return Verdict(isArticle: false, notes: ["index page: many short teasers"])
        }
        return Verdict(isArticle: true, notes: [])
    }

    /// Whether every one of the story's containers stands inside a dialog over
    /// the page: a `<dialog>`, an element whose ARIA role is dialog or
    /// alertdialog or that is `aria-modal`, or (below `<body>`) a box whose
    /// class names a consent platform (`ClassHints.consentBox`).
    static func standsInDialog(_ roots: [Node]) -> Bool {
        !roots.isEmpty && roots.allSatisfy { root in
            var current: Node? = root
            while let node = current, !node.isElement("body") {
                if isDialog(node) { return true }
                current = node.parent
            }
            return false
        }
    }

    private static func isDialog(_ node: Node) -> Bool {
        if node.isElement("dialog") { return true }
        if let role = node.attribute("role")?.lowercased(), role == "dialog" || role == "alertdialog" { return true }
        if node.attribute("aria-modal")?.lowercased() == "true" { return true }
        let hints = ClassAndID(node)
        return !hints.isEmpty && ClassHints.consentBox.matches(hints)
    }

    /// Words are counted as `CountWords` counts them (each ideograph a word).
    static func looksLikeIndex(_ blocks: [Block], droppedLinkTeasers: Int = 0) -> Bool {
        guard blocks.count + droppedLinkTeasers >= minIndexBlocks else { return false }
        var teasers = droppedLinkTeasers
        var linked = droppedLinkTeasers
        var paragraphWords = 0
        var paragraphs = 0
        for block in blocks {
            switch block {
            case .heading(_, let inlines):
                teasers += 1
                if LinkShare(inlines).share > 0.5 { linked += 1 }
            case .paragraph(let inlines):
                let links = LinkShare(inlines)
                let words = CountWords.run(BodyRendering.plainText([block]))
                paragraphs += 1
                paragraphWords += words
                if links.share > 0.5 { linked += 1 }
                if links.share > 0.5 || words < 25 { teasers += 1 }
            default:
                break
            }
        }
        let average = paragraphs == 0 ? 0 : paragraphWords / paragraphs
        let count = Double(blocks.count + droppedLinkTeasers)
        return Double(teasers) / count >= teaserShare && average <= maxIndexParagraphWords
            && linked >= minIndexLinked && Double(linked) / count >= minIndexLinkedShare
    }
}
