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
/// (comments, share bars, related links, sign-up boxes, ad slots).
enum DropPageChrome {
    /// A form holding more than this share of the page's text is a page wrapper, not a form.
    static let wrapperFormShare = 0.5

    static func run(_ body: Node, protected: Set<Node>, log: inout RemovalLog) {
        let pageCharacters = max(body.textMeasure.characters, 1)
        var doomed: [(Node, String)] = []
        body.walk { node in
            guard node.isElement else { return false }
            if protected.contains(node) { return true }
            if let rule = furnitureRule(node, pageCharacters: pageCharacters) {
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

    static func furnitureRule(_ node: Node, pageCharacters: Int) -> String? {
        let name = node.name
        switch name {
        case "nav", "aside", "footer", "header", "menu":
            return "chrome:\(name)"
        case "form":
            let share = Double(node.textMeasure.characters) / Double(pageCharacters)
            if share < wrapperFormShare { return "chrome:form" }
        default:
            break
        }
        if let role = node.attribute("role")?.lowercased(), ClassHints.unlikelyRoles.contains(role) {
            return "chrome:role=\(role)"
        }
        if name == "body" || name == "article" || name == "main" || name == "a" { return nil }
        let hints = ClassAndID(className: node.attribute("class"), id: node.attribute("id"))
        if !hints.isEmpty, ClassHints.unlikely.matches(hints), !ClassHints.maybeContent.matches(hints) {
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
