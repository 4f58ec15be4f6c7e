import MorgueDOM

/// Picks the block that holds the story, and the siblings that belong to it.
///
/// Starts from the best-scored candidate; climbs to a common ancestor when
/// several strong candidates share one (a story split into several
/// containers), or to a parent that scores higher; then widens to siblings
/// that score close to it, that share its first class word and hold a
/// candidate scoring close to it (a story split over several blocks of one
/// kind), or that are plain paragraphs of prose; never a box about the
/// author (`isAuthorBox`). Then adds the prose blocks
/// elsewhere in the story's `<article>` or `<main>` that score close to it
/// (a video's summary beside its transcript), and, when the story's
/// containers sit in several branches of one article, the subheads, prose
/// paragraphs and notes between and after them (a scrollytelling story's
/// chapter titles, scroll steps and footnotes).
///
/// Keeps: the story's containers, in document order.
/// Drops: everything else on the page (returned nodes are all that later
/// stages read).
enum FindMainContent {
    /// How many runners-up are compared with the top candidate.
    static let runnersUp = 5
    /// A runner-up this close to the top (as a share of its score) counts as part of the story.
    static let closeScoreShare = 0.75
    /// How many close runners-up must share an ancestor to climb to it.
    static let closeRunnersToClimb = 3
    /// A sibling joins when it scores at least this share of the top (and at least `minSiblingScore`).
    static let siblingScoreShare = 0.2
    static let minSiblingScore = 10.0
    /// A sibling of at most this many characters that is a correction note joins.
    static let maxCorrectionCharacters = 800
    /// A plain paragraph sibling joins when it is long prose with few links.
    static let siblingParagraphCharacters = 80
    static let siblingParagraphLinkDensity = 0.25
    /// How far above the top candidate its kin (blocks of the same class) are looked for.
    static let kinScopeLevels = 3

    struct Content {
        /// The story's containers, in document order.
        var roots: [Node]
        /// The candidate the roots were grown from.
        var top: Node
        var topScore: Double
    }

    static func run(_ body: Node, scores: ScoreCandidates.Scores, measures: [UInt: TextMeasure]) -> Content {
        let ranked = scores.order.sorted { (scores.byNode[$0] ?? 0) > (scores.byNode[$1] ?? 0) }
        guard var top = ranked.first, let bestScore = scores.byNode[top], bestScore > 0 else {
            return Content(roots: [body], top: body, topScore: 0)
        }
        top = climbToSharedAncestor(top, ranked: ranked, scores: scores)
        top = climbToStrongerParent(top, scores: scores, body: body)
        top = climbOutOfOnlyChild(top, body: body)
        top = descendIntoLayoutCell(top, measures: measures)
        let topScore = scores.byNode[top] ?? bestScore
        guard top != body, let parent = top.parent else {
            return Content(roots: [top], top: top, topScore: topScore)
        }
        var roots = siblings(of: top, in: parent, topScore: topScore, scores: scores, measures: measures)
        roots = withKin(roots, top: top, topScore: topScore, scores: scores, body: body)
        roots = withAreaBlocks(roots, top: top, topScore: topScore, ranked: ranked, scores: scores,
                               measures: measures, body: body)
        return Content(roots: withTextBetween(roots, measures: measures, body: body), top: top, topScore: topScore)
    }

    /// A prose block elsewhere in the story's area scoring at least this share of the top is part of the story.
    static let areaBlockShare = 0.6
    /// ...and holds at least this much text (a class name's weight alone does not make a block prose).
    static let areaBlockCharacters = 250
    /// How far above the top candidate its story area (`<article>`, `<main>`, `articleBody`) is looked for.
    static let areaLevels = 4

    /// The story's area: the nearest `<article>`, `<main>` or schema.org `articleBody` at most `areaLevels` above
    /// `node`.
    static func storyArea(above node: Node, body: Node) -> Node? {
        var current = node.parent
        var level = 0
        while let candidate = current, candidate != body, level < areaLevels {
            if isStoryArea(candidate) { return candidate }
            level += 1
            current = candidate.parent
        }
        return nil
    }

    static func isStoryArea(_ node: Node) -> Bool {
        node.isElement("article") || node.isElement("main") || ElementClues.attribute(node, "itemprop", is: "articlebody")
    }

    /// Adds the prose blocks of the story's area that score close to the top (`areaBlockShare`) but sit in
    /// another branch of it: a video page's summary under the player beside its transcript, both under
    /// `<main>`. Blocks holding or inside a root are left out; so is a block holding one already added
    /// (the summary's wrapper, with the headline and date, is not added after the summary), and one holding
    /// the `<h1>` (the story's header: its lead is `AddLead`'s). Document order.
    static func withAreaBlocks(_ roots: [Node], top: Node, topScore: Double, ranked: [Node],
                               scores: ScoreCandidates.Scores, measures: [UInt: TextMeasure], body: Node) -> [Node] {
        guard let area = storyArea(above: top, body: body) else { return roots }
        let threshold = max(minSiblingScore, topScore * areaBlockShare)
        var taken = roots
        var added = false
        for candidate in ranked {
            guard let score = scores.byNode[candidate], score >= threshold else { break }
            guard let measure = measures[candidate.key], measure.characters >= areaBlockCharacters,
                  measure.linkDensity < siblingParagraphLinkDensity else { continue }
            let ancestors = candidate.ancestors
            guard ancestors.contains(area), candidate.firstDescendant(named: "h1") == nil,
                  !taken.contains(where: { $0 == candidate || ancestors.contains($0) || $0.ancestors.contains(candidate) })
            else { continue }
            taken.append(candidate)
            added = true
        }
        guard added else { return roots }
        return inDocumentOrder(taken, below: area.parent ?? area)
    }

    /// `nodes` (none inside another) in the order they stand on the page.
    static func inDocumentOrder(_ nodes: [Node], below scope: Node) -> [Node] {
        let wanted = Set(nodes)
        var ordered: [Node] = []
        scope.walk { node in
            guard node.isElement else { return false }
            if wanted.contains(node) {
                ordered.append(node)
                return false
            }
            return true
        }
        return ordered.count == nodes.count ? ordered : nodes
    }

    /// A story whose containers sit in several branches of its article (a scrollytelling story's chapters,
    /// each a `<section>` of a subhead, prose and scroll steps; a video's summary and transcript) leaves
    /// out what stands between them. Under the containers' closest common ancestor inside the story's
    /// area, between the first container and the last, this adds what a branch holding a container (a
    /// chapter) holds besides it: the subheads that stand over a container or a paragraph of the story,
    /// and the prose paragraphs and scroll steps (`isProseParagraph`, `isScrollStep`); after the last container, the
    /// story's notes (`isNotes`). A block between the branches holding no container (an info box, a
    /// promotion, a heading of its own) adds nothing;
    /// figures, lists, tables and forms are not read (captions are their own field; a list of links is
    /// furniture). Containers in separate `<article>`s (an endless page's next stories) are left as they are.
    /// Document order.
    static func withTextBetween(_ roots: [Node], measures: [UInt: TextMeasure], body: Node) -> [Node] {
        guard roots.count >= 2, let scope = commonAncestor(of: roots), scope != body,
              isStoryArea(scope) || scope.ancestors.contains(where: isStoryArea) else { return roots }
        // The branches of the scope that hold a container, and every element on the way down to one.
        var holding: Set<Node> = []
        for root in roots {
            for ancestor in root.ancestors {
                if ancestor == scope { break }
                if ancestor.isElement("article") { return roots }
                holding.insert(ancestor)
            }
        }
        let rootSet = Set(roots)
        var paragraphs: [Node] = []
        var headings: [Node] = []
        var notes: [Node] = []
        var seen = 0
        func visit(_ node: Node, inBranch: Bool) {
            var child = node.firstChild
            while let current = child {
                child = current.nextSibling
                guard current.isElement else { continue }
                if rootSet.contains(current) {
                    seen += 1
                    continue
                }
                if seen == 0 {
                    if holding.contains(current) { visit(current, inBranch: true) }
                    continue
                }
                if seen == roots.count {
                    if isNotes(current) { notes.append(current) } else { visit(current, inBranch: false) }
                    continue
                }
                switch current.name {
                case "figure", "ul", "ol", "table", "form", "dl":
                    continue
                case "h2", "h3", "h4", "h5", "h6":
                    if inBranch { headings.append(current) }
                default:
                    let branch = inBranch || holding.contains(current)
                    if branch, isProseParagraph(current, measures: measures) || isScrollStep(current, measures: measures) {
                        paragraphs.append(current)
                    } else {
                        visit(current, inBranch: branch)
                    }
                }
            }
        }
        visit(scope, inBranch: false)
        // A subhead joins when the next block with text after it is part of the story or leads to it.
        let story = Set(roots + paragraphs)
        for paragraph in paragraphs {
            for ancestor in paragraph.ancestors {
                if ancestor == scope || !holding.insert(ancestor).inserted { break }
            }
        }
        let subheads = headings.filter { heading in
            var next = heading.nextSibling
            while let current = next, !current.isElement || (measures[current.key]?.characters ?? 0) == 0 {
                next = current.nextSibling
            }
            guard let next else { return false }
            return story.contains(next) || holding.contains(next)
        }
        guard !(paragraphs.isEmpty && subheads.isEmpty && notes.isEmpty) else { return roots }
        return inDocumentOrder(roots + paragraphs + subheads + notes, below: scope)
    }

    /// The closest element holding every one of `nodes`.
    static func commonAncestor(of nodes: [Node]) -> Node? {
        guard let first = nodes.first else { return nil }
        var chain = first.ancestors
        for node in nodes.dropFirst() {
            let ancestors = Set(node.ancestors)
            chain.removeAll { !ancestors.contains($0) }
        }
        return chain.first
    }

    /// A paragraph (a `<p>`, or a `<div>` of text) of prose: long, with few links. (A short line beside the story's
    /// column is a rail's: "Most read: five other stories.")
    static func isProseParagraph(_ node: Node, measures: [UInt: TextMeasure]) -> Bool {
        guard node.isElement("p") || ScoreCandidates.isParagraphDiv(node), let measure = measures[node.key] else {
            return false
        }
        return measure.characters > siblingParagraphCharacters && measure.linkDensity < siblingParagraphLinkDensity
    }

    /// A scrollytelling story's step: an element marked `data-step` (the convention of Scrollama's and other
    /// scroll libraries' pages) or `data-scrollama-index` (set by Scrollama on each step), holding text with
    /// few links, however short ("1994.").
    static func isScrollStep(_ node: Node, measures: [UInt: TextMeasure]) -> Bool {
        guard node.hasAttribute(named: "data-step") || node.hasAttribute(named: "data-scrollama-index"),
              let measure = measures[node.key] else { return false }
        return measure.characters > 0 && measure.linkDensity < siblingParagraphLinkDensity
    }

    /// A story's notes: a block whose class or id names footnotes or endnotes (`ClassHints.notes`: Pandoc's,
    /// markdown-it's and kramdown's "footnotes"), or a list whose every item leads back to its marker in the
    /// text (a "↩" link: `CollectBlocks.isBackLink`).
    static func isNotes(_ node: Node) -> Bool {
        if node.isElement("ol") || node.isElement("ul") {
            let items = node.elementChildren
            return !items.isEmpty && items.allSatisfy { item in
                item.isElement("li") && item.descendants(named: "a").contains(where: CollectBlocks.isBackLink)
            }
        }
        guard node.isElement("section") || node.isElement("div") else { return false }
        let hints = ClassAndID(node)
        return !hints.isEmpty && ClassHints.notes.matches(hints)
    }

    /// When several runners-up score close to the top and share an ancestor with it, the story spans them.
    static func climbToSharedAncestor(_ top: Node, ranked: [Node], scores: ScoreCandidates.Scores) -> Node {
        let topScore = scores.byNode[top] ?? 0
        let close = ranked.dropFirst().prefix(runnersUp).filter { (scores.byNode[$0] ?? 0) / topScore >= closeScoreShare }
        guard close.count >= closeRunnersToClimb else { return top }
        let closeAncestors = close.map { Set($0.ancestors) }
        var current = top.parent
        while let candidate = current, candidate.name != "body" {
            let sharing = closeAncestors.filter { $0.contains(candidate) }.count
            if sharing >= closeRunnersToClimb { return candidate }
            current = candidate.parent
        }
        return top
    }

    /// Climbs while a parent scores higher than the candidate (the story's real container).
    static func climbToStrongerParent(_ top: Node, scores: ScoreCandidates.Scores, body: Node) -> Node {
        var candidate = top
        var lastScore = scores.byNode[top] ?? 0
        let threshold = lastScore / 3
        var parent = top.parent
        while let current = parent, current != body {
            guard let parentScore = scores.byNode[current] else {
                parent = current.parent
                continue
            }
            if parentScore < threshold { break }
            if parentScore > lastScore {
                candidate = current
                break
            }
            lastScore = parentScore
            parent = current.parent
        }
        return candidate
    }

    /// A cell holding at least this share of its layout row's text holds the story.
    static let layoutCellShare = 0.6

    /// A layout table's row (or the table) is never the story's container:
    /// the page's columns are its cells. The cell holding most of its text
    /// is, when it holds `layoutCellShare` of it (a 2004 page's story cell
    /// beside its navigation and rail columns).
    static func descendIntoLayoutCell(_ top: Node, measures: [UInt: TextMeasure]) -> Node {
        var candidate = top
        while ["table", "tbody", "tr"].contains(candidate.name), let total = measures[candidate.key]?.characters, total > 0 {
            let children = candidate.elementChildren
            guard let largest = children.max(by: {
                (measures[$0.key]?.characters ?? 0) < (measures[$1.key]?.characters ?? 0)
            }), Double(measures[largest.key]?.characters ?? 0) >= layoutCellShare * Double(total) else { break }
            candidate = largest
        }
        return candidate
    }

    /// A candidate that is its parent's only element child stands for the parent.
    static func climbOutOfOnlyChild(_ top: Node, body: Node) -> Node {
        var candidate = top
        while let parent = candidate.parent, parent != body, parent.elementChildren.count == 1 {
            candidate = parent
        }
        return candidate
    }

    static func siblings(of top: Node, in parent: Node, topScore: Double, scores: ScoreCandidates.Scores,
                         measures: [UInt: TextMeasure]) -> [Node] {
        let threshold = max(minSiblingScore, topScore * siblingScoreShare)
        let topClass = top.attribute("class") ?? ""
        var roots: [Node] = []
        for sibling in parent.elementChildren {
            if sibling == top {
                roots.append(sibling)
                continue
            }
            // A box about the author scores like prose when a shared class prefix names the article.
            if isAuthorBox(sibling) { continue }
            var bonus = 0.0
            if !topClass.isEmpty, sibling.attribute("class") == topClass { bonus = topScore * siblingScoreShare }
            if let score = scores.byNode[sibling], score + bonus >= threshold {
                roots.append(sibling)
                continue
            }
            // A story split over several blocks of one kind, too deep for their paragraphs to score them.
            if scores.byNode[sibling] == nil, sharesFirstClass(sibling, topClass),
               let measure = measures[sibling.key], measure.linkDensity < siblingParagraphLinkDensity,
               bestScore(below: sibling, scores: scores) >= threshold {
                roots.append(sibling)
                continue
            }
            // A correction note set beside the story's text ("Correction, March 12, 2025: An earlier version …").
            if let measure = measures[sibling.key], measure.characters <= maxCorrectionCharacters,
               measure.linkDensity < siblingParagraphLinkDensity, CorrectionNotes.isNote(sibling.textContent) {
                roots.append(sibling)
                continue
            }
            guard sibling.name == "p", let measure = measures[sibling.key] else { continue }
            if measure.characters > siblingParagraphCharacters, measure.linkDensity < siblingParagraphLinkDensity {
                roots.append(sibling)
            } else if measure.characters > 0, measure.characters <= siblingParagraphCharacters,
                      measure.linkCharacters == 0, endsLikeSentence(sibling) {
                roots.append(sibling)
            }
        }
        return roots
    }

    /// A box about the story's author, by its class or id (`ClassHints.authorBoxes`, `authorBoxNames`,
    /// `personCard`): "ArticlePage-authorInfo" beside "ArticlePage-articleBody" scores for its biography
    /// and its name's "article", but is no part of the story.
    static func isAuthorBox(_ node: Node) -> Bool {
        let hints = ClassAndID(node)
        return !hints.isEmpty && authorBoxHints.matches(hints)
    }

    static let authorBoxHints = HintSet(anyOf: [ClassHints.authorBoxes, ClassHints.authorBoxNames, ClassHints.personCard])

    /// Adds the top's kin: candidates a few levels around it whose first class word is the top's, scoring
    /// close to it, when that word names a story container ("story-body-1", "story-body-2" in two
    /// wrappers) or the kin share another class word that does ("container__column
    /// container__column--story" in two layout rows). Document order.
    static func withKin(_ roots: [Node], top: Node, topScore: Double, scores: ScoreCandidates.Scores,
                        body: Node) -> [Node] {
        guard let topClass = top.attribute("class"), let first = topClass.split(separator: " ").first else { return roots }
        // The kin's class words must name a story container: the first one, or one the kin shares with the top.
        let firstIsPositive = ClassHints.positive.matches(ClassAndID(className: String(first), id: nil))
        let positiveWords = Set(topClass.split(separator: " ").filter {
            ClassHints.positive.matches(ClassAndID(className: String($0), id: nil))
        })
        guard firstIsPositive || !positiveWords.isEmpty else { return roots }
        func isKin(_ node: Node) -> Bool {
            guard sharesFirstClass(node, topClass) else { return false }
            if firstIsPositive { return true }
            return node.attribute("class")?.split(separator: " ").contains(where: positiveWords.contains) == true
        }
        var scope = top
        for _ in 0..<kinScopeLevels {
            guard let parent = scope.parent, parent != body else { break }
            scope = parent
        }
        let threshold = max(minSiblingScore, topScore * siblingScoreShare)
        let rootSet = Set(roots)
        let topAncestors = Set(top.ancestors)
        var ordered: [Node] = []
        var foundKin = false
        scope.walk { node in
            guard node.isElement else { return false }
            if rootSet.contains(node) {
                ordered.append(node)
                return false
            }
            if !topAncestors.contains(node), isKin(node),
               let score = scores.byNode[node], score >= threshold {
                ordered.append(node)
                foundKin = true
                return false
            }
            return true
        }
        return foundKin && ordered.count > roots.count ? ordered : roots
    }

    static func sharesFirstClass(_ node: Node, _ className: String) -> Bool {
        guard let otherName = node.attribute("class") else { return false }
        if className.utf8.allSatisfy({ $0 < 0x80 }), otherName.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII names (nearly all): a byte is a Character, and equal words are equal bytes.
            let first = firstWord(className.utf8), other = firstWord(otherName.utf8)
            return !first.isEmpty && first.elementsEqual(other)
        }
        guard let first = className.split(separator: " ", maxSplits: 1).first,
              let other = otherName.split(separator: " ", maxSplits: 1).first else { return false }
        return first == other
    }

    /// The bytes of the first word of an ASCII class list, between spaces.
    static func firstWord(_ bytes: String.UTF8View) -> Substring.UTF8View {
        bytes.drop(while: { $0 == 0x20 }).prefix(while: { $0 != 0x20 })
    }

    /// The best score of a candidate inside `node`.
    static func bestScore(below node: Node, scores: ScoreCandidates.Scores) -> Double {
        var best = 0.0
        node.walk { descendant in
            guard descendant.isElement else { return false }
            if let score = scores.byNode[descendant], score > best { best = score }
            return true
        }
        return best
    }

    static func endsLikeSentence(_ node: Node) -> Bool {
        let text = TextNormalization.collapse(node.textContent)
        guard let last = text.last else { return false }
        return ".!?。！？\"”".contains(last)
    }
}
