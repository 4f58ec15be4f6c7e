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
    /// (ruby annotations, `rt`/`rp`, are pronunciation guides over the text).
    static let neverContent: Set<String> = [
        "script", "style", "noscript", "template", "svg", "canvas", "iframe", "object", "embed", "applet",
        "select", "option", "button", "input", "textarea", "link", "meta", "base", "frame", "frameset", "dialog",
        "audio", "video", "source", "track", "map", "area", "head", "rt", "rp",
    ]

    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]
}
