import MorgueDOM

/// Picks the block that holds the story, and the siblings that belong to it.
///
/// Starts from the best-scored candidate; climbs to a common ancestor when
/// several strong candidates share one (a story split into several
/// containers), or to a parent that scores higher; then widens to siblings
/// that score close to it, that share its first class word and hold a
/// candidate scoring close to it (a story split over several blocks of one
/// kind), or that are plain paragraphs of prose.
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
        let roots = siblings(of: top, in: parent, topScore: topScore, scores: scores, measures: measures)
        return Content(roots: withKin(roots, top: top, topScore: topScore, scores: scores, body: body),
                       top: top, topScore: topScore)
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
