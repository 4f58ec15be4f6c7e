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
}
