import MorgueDOM

/// What HTML elements are, for the stages that walk the tree.
enum HTMLTags {
    /// Elements that start a new block of text (a paragraph break in plain text).
    static let block: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "center", "dd", "details", "dialog", "dir", "div", "dl",
        "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
        "hgroup", "hr", "html", "li", "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "tbody",
        "td", "tfoot", "th", "thead", "tr", "ul", "caption", "legend", "noscript", "output", "video", "audio",
        "picture", "iframe", "map",
    ]

    /// Elements whose content is never story text and is removed outright
    /// (ruby annotations, `rt`/`rp`, are pronunciation guides over the text),
    /// with AMP's frames, ads, players, menus, consent and share bars, whose
    /// placeholder text ("Get the Morning Briefing") stands in for what loads.
    static let neverContent: Set<String> = [
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "applet",
        "select", "option", "button", "input", "textarea", "link", "meta", "base", "frame", "frameset", "dialog",
        "audio", "video", "source", "track", "map", "area", "head", "rt", "rp",
        "amp-iframe", "amp-ad", "amp-embed", "amp-sticky-ad", "amp-auto-ads", "amp-analytics", "amp-pixel",
        "amp-sidebar", "amp-consent", "amp-user-notification", "amp-social-share", "amp-video", "amp-youtube",
        "amp-install-serviceworker", "amp-web-push", "amp-geo",
    ]

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    /// `neverContent`, asked of an element without building its name.
    static let neverContentTags = TagSet(neverContent)
}

/// A set of lower-case tag names that answers for an element from its
/// name's bytes: a name of at most eight bytes is compared packed
/// (`Node.packedName`), so only a longer one ("amp-iframe") becomes a String.
struct TagSet: Sendable {
    private let packed: Set<UInt64>
    private let long: Set<String>

    init(_ names: Set<String>) {
        packed = Set(names.filter { $0.utf8.count <= 8 }.map { Node.packedName(utf8: $0.utf8) })
        long = names.filter { $0.utf8.count > 8 }
    }

    /// Whether `node` is an element named in the set.
    func contains(_ node: Node) -> Bool {
        let key = node.packedName
        if key != 0 { return packed.contains(key) }
        return node.isElement && !long.isEmpty && long.contains(node.name)
    }
}
