import MorgueDOM

/// Puts the story's lead in front of its body when the page sets it apart.
///
/// News and magazine themes print the lead (standfirst, dek, "Vorspann")
/// in the article's header, above the container that scores as the story,
/// so the scoring leaves it out. This stage looks in the story's article (the
/// nearest `<article>`, `<main>` or `articleBody` above the first container,
/// at most `scopeLevels` up) for elements before the story whose class or id
/// names a lead (`ClassHints.lead`) or whose microdata is `description`.
///
/// Keeps: such a lead, when it holds at least `minCharacters` of text and few links.
/// Drops: nothing; it only adds containers.
enum AddLead {
    /// How far above the first container the story's article is looked for.
    static let scopeLevels = 5
    /// Without an article element, the lead is looked for this many levels up.
    static let fallbackScopeLevels = 2
    /// A lead has at least this much text (non-space characters)...
    static let minCharacters = 40
    /// ...and at most this share of it in links.
    static let maxLinkDensity = 0.3

    static func run(_ roots: [Node], body: Node, measures: [UInt: TextMeasure]) -> [Node] {
        guard let first = roots.first, first != body, let scope = scope(above: first, body: body) else { return roots }
        let rootSet = Set(roots)
        var leads: [Node] = []
        var reachedStory = false
        scope.walk { node in
            if reachedStory || !node.isElement { return false }
            // Captions describe a picture, not the story.
            if node.isElement("figure") || node.isElement("figcaption") { return false }
            if rootSet.contains(node) {
                reachedStory = true
                return false
            }
            guard isLead(node), let measure = measures[node.key], measure.characters >= minCharacters,
                  measure.linkDensity <= maxLinkDensity else { return true }
            // A lead-named wrapper around the story itself is not a lead.
            if roots.contains(where: { $0.ancestors.contains(node) }) { return true }
            leads.append(node)
            return false
        }
        guard reachedStory, !leads.isEmpty else { return roots }
        return leads + roots
    }

    /// The story's article: the nearest article-like ancestor, or a near ancestor.
    static func scope(above node: Node, body: Node) -> Node? {
        var level = 0
        var fallback: Node?
        var current = node.parent
        while let candidate = current, candidate != body, level < scopeLevels {
            level += 1
            if level == fallbackScopeLevels { fallback = candidate }
            if candidate.isElement("article") || candidate.isElement("main")
                || candidate.attribute("itemprop")?.lowercased() == "articlebody" {
                return candidate
            }
            current = candidate.parent
        }
        return fallback
    }

    static func isLead(_ node: Node) -> Bool {
        if let itemprop = node.attribute("itemprop")?.lowercased(), itemprop == "description" || itemprop == "abstract" {
            return true
        }
        let hints = ClassAndID(node)
        return !hints.isEmpty && ClassHints.lead.matches(hints)
    }
}
