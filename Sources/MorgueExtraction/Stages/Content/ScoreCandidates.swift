import MorgueDOM

/// Scores the blocks that might hold the story.
///
/// Every paragraph-like element (a `<p>`, `<pre>`, `<td>`, or a container
/// holding text of its own) with at least `minParagraphCharacters` of text
/// gives points for its length and commas to a candidate (in full), the
/// candidate's parent (half) and further ancestors (less with each level).
/// The candidate is the paragraph's parent for a `<p>`, a list item, or a
/// `<div>` holding only text and inline elements (a paragraph written as a
/// div); a container with blocks of its own is its own candidate. Each
/// candidate starts from a base for its tag and its class/id hints (a furniture
/// word does not count against a block named for who may read it:
/// `ClassHints.gatedStoryText`), and its total is discounted by its link density.
///
/// Keeps: a score for each candidate container.
/// Drops: nothing; it only measures.
enum ScoreCandidates {
    /// Paragraphs shorter than this (non-space characters) are not evidence of a story.
    static let minParagraphCharacters = 22
    /// Characters per point of length, and the cap on length points.
    static let charactersPerPoint = 100
    static let maxLengthPoints = 3
    /// How many ancestors a paragraph's score reaches.
    static let ancestorLevels = 5
    /// Weight of a positive or negative class/id hint.
    static let classHintWeight = 25.0
    /// Extra weight of an element marked as the article body by schema.org microdata.
    static let articleBodyWeight = 30.0

    /// List items with more of their text in links than this are menu entries, not prose.
    static let maxListItemLinkDensity = 0.5
    /// List items count for less than paragraphs: teaser lists are made of them too.
    static let listItemWeight = 0.5
    /// Elements whose points go to their parent (the container that holds them).
    static let scoresForParent: Set<String> = ["p", "pre", "td", "li", "dd"]

    struct Scores {
        var byNode: [Node: Double] = [:]
        /// Candidates in the order they were first scored (document order of their paragraphs).
        var order: [Node] = []
    }

    static func run(_ body: Node, measures: [UInt: TextMeasure]) -> Scores {
        var scores = Scores()
        body.walk { node in
            guard node.isElement else { return false }
            guard let points = paragraphPoints(node, measures: measures) else { return true }
            var level = 0
            // A <p> or list item scores for its parent; a container with text of its own scores for itself.
            var ancestor: Node? = scoresForParent.contains(node.name) || isParagraphDiv(node) ? node.parent : node
            while let current = ancestor, level < ancestorLevels {
                if scores.byNode[current] == nil {
                    scores.byNode[current] = baseScore(current)
                    scores.order.append(current)
                }
                let divider: Double = level == 0 ? 1 : (level == 1 ? 2 : Double(level) * 3)
                scores.byNode[current, default: 0] += points / divider
                if current.name == "body" { break }
                ancestor = current.parent
                level += 1
            }
            // Text of its own is scored; its children may still be paragraphs.
            return true
        }
        for (node, score) in scores.byNode {
            let density = measures[node.key]?.linkDensity ?? 0
            scores.byNode[node] = score * (1 - density)
        }
        return scores
    }

    /// The points a paragraph-like element gives, or nil when it is not one.
    static func paragraphPoints(_ node: Node, measures: [UInt: TextMeasure]) -> Double? {
        let measure: TextMeasure
        switch node.name {
        case "p", "pre", "td":
            guard let m = measures[node.key] else { return nil }
            measure = m
        case "li", "dd":
            // List items are prose only when they are not mostly links (menus, related lists).
            guard let m = measures[node.key], m.linkDensity < maxListItemLinkDensity else { return nil }
            measure = m
        case "div", "section", "article", "main", "center", "blockquote":
            // Text that sits directly in a container (old pages separate paragraphs with <br>).
            measure = directTextMeasure(node)
        default:
            return nil
        }
        guard measure.characters >= minParagraphCharacters else { return nil }
        let points = 1 + Double(measure.commas) + Double(min(measure.characters / charactersPerPoint, maxLengthPoints))
        return node.name == "li" || node.name == "dd" ? points * listItemWeight : points
    }

    /// The text of a node's own text children and inline children, without its block children.
    static func directTextMeasure(_ node: Node) -> TextMeasure {
        var total = TextMeasure()
        var child = node.firstChild
        while let current = child {
            if current.isText {
                let m = current.textMeasure
                total.characters += m.characters
                total.commas += m.commas
            } else if current.isElement, isInline(current) {
                let m = current.textMeasure
                total.characters += m.characters
                total.linkCharacters += m.linkCharacters
                total.commas += m.commas
            }
            child = current.nextSibling
        }
        // Runs of links (menus) are not paragraphs.
        if total.linkDensity > 0.5 { return TextMeasure() }
        return total
    }

    /// A `<div>` holding only text and inline elements is a paragraph written as a div: it scores
    /// for its parent, like a `<p>`.
    static func isParagraphDiv(_ node: Node) -> Bool {
        guard node.isElement("div") else { return false }
        var child = node.firstChild
        while let current = child {
            if current.isElement, !isInline(current) { return false }
            child = current.nextSibling
        }
        return true
    }

    static func isInline(_ node: Node) -> Bool {
        let name = node.name
        return !HTMLTags.block.contains(name) && name != "br" && name != "img"
    }

    /// The starting score of a candidate: its tag and its class/id hints.
    static func baseScore(_ node: Node) -> Double {
        var score: Double
        switch node.name {
        case "div", "article", "main", "section": score = 5
        case "pre", "td", "blockquote": score = 3
        case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": score = -3
        case "h1", "h2", "h3", "h4", "h5", "h6", "th": score = -5
        default: score = 0
        }
        score += classWeight(node)
        return score
    }

    static func classWeight(_ node: Node) -> Double {
        var weight = 0.0
        if ElementClues.attribute(node, "itemprop", is: "articlebody") { weight += articleBodyWeight }
        let hints = ClassAndID(node)
        if hints.isEmpty { return weight }
        // A part of the story named for who may read it ("subscriber-only") is no sign-up box.
        if ClassHints.negative.matches(hints), !ClassHints.gatedStoryText.matches(hints) { weight -= classHintWeight }
        if ClassHints.positive.matches(hints) { weight += classHintWeight }
        return weight
    }
}
