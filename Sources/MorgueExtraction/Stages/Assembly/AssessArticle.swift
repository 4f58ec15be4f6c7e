import MorgueDOM
import MorgueModel

/// Decides whether the page is a story at all.
///
/// Keeps: pages whose body reads as prose: enough words in paragraphs of
/// some length.
/// Drops: nothing; it marks a shop's product page (its metadata declares a
/// product: `PageMetadata.declaresProduct`), section fronts and indexes (many short teasers,
/// mostly headings, a good share of them links to other pages; or containers made of teaser
/// `<article>`s, each a linked headline and a few lines: `isTeaserList`, which outweighs an
/// article type the page declares, as SEO plugins declare one on their archives too), pages
/// with no story text, and walls as
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
    /// A teaser `<article>` holds at most this much text (non-space characters): a headline, a
    /// dek, a byline, a date. A story, or a live blog's entry, is longer.
    static let maxTeaserCharacters = 600
    /// A teaser's headline has at least this many words (a writer's name heading a forum post has fewer).
    static let minTeaserHeadlineWords = 3
    /// Containers are a list of teasers when at least `minIndexBlocks` teasers hold this share of their text.
    static let minTeaserTextShare = 0.6
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
    /// `teaserList`: the story's containers are made of teasers (`isTeaserList`).
    static func run(
        _ blocks: [Block], wordCount: Int, declaredArticle: Bool, declaredProduct: Bool = false,
        walls: WallEvidence = .init(), droppedLinkTeasers: Int = 0, teaserList: Bool = false
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
        if teaserList || (!declaredArticle && looksLikeIndex(blocks, droppedLinkTeasers: droppedLinkTeasers)) {
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

    /// Whether the story's containers are made of teasers: at least `minIndexBlocks` `<article>`
    /// elements that each hold a headline (`minTeaserHeadlineWords`) linking to a page of its own
    /// and little else (`maxTeaserCharacters`), together holding most of the containers' text
    /// (`minTeaserTextShare`): a tag, category or archive page's list of stories. A story's rail
    /// of teasers holds a small share of the text beside it; a live blog's entries link to no
    /// other page, and are longer; a forum's posts are headed by their writers' names.
    static func isTeaserList(_ roots: [Node], measures: [UInt: TextMeasure]) -> Bool {
        var targets: Set<[UInt8]> = []
        var teaserCharacters = 0
        var total = 0
        func visit(_ node: Node) -> Bool {
            guard node.isElement else { return false }
            guard node.isElement("article") else { return true }
            guard let target = teaserTarget(node, measures: measures) else { return true }
            if targets.insert(target).inserted { teaserCharacters += measures[node.key]?.characters ?? 0 }
            return false
        }
        for root in roots {
            total += measures[root.key]?.characters ?? 0
            if visit(root) { root.walk(visit) }
        }
        return targets.count >= minIndexBlocks && Double(teaserCharacters) >= minTeaserTextShare * Double(max(total, 1))
    }

    /// The page a teaser leads to: the link of a short `<article>`'s first heading, when the
    /// heading reads as a headline and is mostly that link.
    private static func teaserTarget(_ article: Node, measures: [UInt: TextMeasure]) -> [UInt8]? {
        guard let measure = measures[article.key], measure.characters > 0,
              measure.characters <= maxTeaserCharacters else { return nil }
        var heading: Node?
        article.walk { node in
            if heading != nil || !node.isElement { return false }
            if HTMLTags.headings.contains(node.name) { heading = node; return false }
            return true
        }
        guard let heading, let headline = measures[heading.key], headline.characters > 0,
              headline.wordBreaks >= minTeaserHeadlineWords, headline.linkCharacters * 2 >= headline.characters,
              let href = heading.firstDescendant(named: "a")?.attributeBytes("href"),
              !href.isEmpty, href.first != 0x23 else { return nil }
        return href
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
