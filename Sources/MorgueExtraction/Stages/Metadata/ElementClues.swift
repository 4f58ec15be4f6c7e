import MorgueDOM

/// What an element's tag, class and id say about its role on the page,
/// shared by the stages that look for headlines, bylines, dates and
/// captions.
enum ElementClues {
    /// The element's class and id, lower-cased, as one string.
    static func classAndID(_ node: Node) -> String {
        ((node.attribute("class") ?? "") + " " + (node.attribute("id") ?? "")).lowercased()
    }

    /// Navigation, footers, asides, and containers classed as menus,
    /// related stories, comments or the like: their headings, bylines,
    /// dates and captions belong to something else. A classed container
    /// that holds the page's `<main>`, an `<article>` (not itself classed
    /// as a comment or teaser), or an `<h1>` amid a page's worth of text is
    /// a page wrapper named for its layout ("navigation-container",
    /// "with-sidebar"), not furniture.
    static func isForeign(_ node: Node) -> Bool {
        if node.isElement("nav") || node.isElement("footer") || node.isElement("aside") { return true }
        let names = classAndID(node)
        guard names.count > 1, HeadlineHints.foreignContainer.matches(names) else { return false }
        return !wrapsMainContent(node)
    }

    /// Least text around an `<h1>` for its container to count as a page wrapper.
    static let minWrapperText = 1000

    /// True when a `<main>`, an `<article>` not classed as furniture, or an
    /// `<h1>` amid at least `minWrapperText` characters lies inside `node`.
    static func wrapsMainContent(_ node: Node) -> Bool {
        var found = false, hasHeadline = false
        node.walk { child in
            if found { return false }
            if child.isElement("main")
                || (child.isElement("article") && !HeadlineHints.foreignContainer.matches(classAndID(child))) {
                found = true
            }
            if child.isElement("h1") { hasHeadline = true }
            return !found && child.isElement
        }
        return found || (hasHeadline && node.textContent.count >= minWrapperText)
    }

    /// Elements whose content is never shown as text.
    static func isInvisible(_ node: Node) -> Bool {
        node.isElement("script") || node.isElement("style") || node.isElement("noscript") || node.isElement("template")
    }

    /// Phrasing elements, which continue a line rather than start one.
    static func isInline(_ node: Node) -> Bool {
        ["a", "span", "em", "i", "b", "strong", "abbr", "q", "sub", "sup", "u", "mark", "time", "small", "cite"]
            .contains(node.name)
    }

    /// True when the space-separated `attribute` ("rel", "itemprop") holds
    /// `token`, in any case.
    static func hasToken(_ node: Node, _ attribute: String, _ token: String) -> Bool {
        node.attribute(attribute)?.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
            .contains(Substring(token)) ?? false
    }
}
