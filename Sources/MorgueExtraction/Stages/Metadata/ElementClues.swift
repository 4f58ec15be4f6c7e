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
    /// dates and captions belong to something else.
    static func isForeign(_ node: Node) -> Bool {
        if node.isElement("nav") || node.isElement("footer") || node.isElement("aside") { return true }
        let names = classAndID(node)
        return names.count > 1 && HeadlineHints.foreignContainer.matches(names)
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
