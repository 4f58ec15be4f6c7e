import MorgueDOM

/// Removes the page's furniture before the story is looked for.
///
/// Keeps: the containers of the story, even when their class names also
/// carry a furniture word ("article-sidebar-layout"), anything that holds an
/// `<article>`, `<main>` or schema.org `articleBody`, and big text blocks.
/// Drops: `nav`, `aside`, `footer`, `header` and `menu` elements; small
/// forms (comment forms, newsletter boxes; a page-wide ASP.NET `<form>` is
/// kept); elements whose ARIA role is navigation, complementary, banner and
/// the like; and elements whose class or id is an "unlikely candidate"
/// (comments, share bars, related links, sign-up boxes, ad slots); for the
/// weaker words ("header", "extra"), only when the element holds little prose.
enum DropPageChrome {
    /// An element with this much text (non-space characters)...
    static let proseCharacters = 1500
    /// ...and at most this share of it in links is prose, whatever its class says.
    static let proseLinkDensity = 0.25

    /// A form holding more than this share of the page's text is a page wrapper, not a form.
    static let wrapperFormShare = 0.5

    static func run(_ body: Node, protected: Set<Node>, log: inout RemovalLog) {
        let measures = body.measureSubtree()
        let pageCharacters = max(measures[body.key]?.characters ?? 0, 1)
        var doomed: [(Node, String)] = []
        body.walk { node in
            guard node.isElement else { return false }
            if protected.contains(node) { return true }
            if let rule = furnitureRule(node, pageCharacters: pageCharacters, measures: measures) {
                doomed.append((node, rule))
                return false
            }
            return true
        }
        for (node, rule) in doomed {
            log.dropped(node, by: rule)
            node.remove()
        }
    }

    static func furnitureRule(_ node: Node, pageCharacters: Int, measures: [UInt: TextMeasure]) -> String? {
        let name = node.name
        switch name {
        case "nav", "aside", "footer", "header", "menu":
            return "chrome:\(name)"
        case "form":
            let share = Double(measures[node.key]?.characters ?? 0) / Double(pageCharacters)
            if share < wrapperFormShare { return "chrome:form" }
        default:
            break
        }
        if let role = node.attribute("role")?.lowercased(), ClassHints.unlikelyRoles.contains(role) {
            return "chrome:role=\(role)"
        }
        if name == "body" || name == "article" || name == "main" || name == "a" { return nil }
        let hints = ClassAndID(className: node.attribute("class"), id: node.attribute("id"))
        if hints.isEmpty || ClassHints.maybeContent.matches(hints) { return nil }
        if ClassHints.unlikely.matches(hints) { return "chrome:class" }
        if ClassHints.unlikelyUnlessProse.matches(hints) {
            if let measure = measures[node.key], measure.characters >= proseCharacters,
               measure.linkDensity <= proseLinkDensity {
                return nil
            }
            return "chrome:class"
        }
        return nil
    }

    /// The story's likely containers and all their ancestors: never dropped as furniture.
    static func protectedNodes(_ body: Node) -> Set<Node> {
        var result: Set<Node> = []
        body.walk { node in
            guard node.isElement else { return false }
            let name = node.name
            let itemprop = node.attribute("itemprop")?.lowercased()
            if name == "article" || name == "main" || itemprop == "articlebody" || itemprop == "text" {
                result.insert(node)
                for ancestor in node.ancestors { result.insert(ancestor) }
            }
            return true
        }
        return result
    }
}
