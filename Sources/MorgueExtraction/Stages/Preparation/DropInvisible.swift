import MorgueDOM

/// Removes what a reader never sees as text.
///
/// Keeps: every visible element, and images (captions need them).
/// Drops: scripts, styles, `noscript`, templates, embedded media and form
/// controls, comments, elements hidden by the `hidden` attribute,
/// `aria-hidden="true"`, an inline `display:none` / `visibility:hidden`, or a
/// screen-reader-only class.
enum DropInvisible {
    static func run(_ root: Node, log: inout RemovalLog) {
        var doomed: [(Node, String)] = []
        root.walk { node in
            switch node.kind {
            case .comment:
                doomed.append((node, ""))
                return false
            case .element:
                let name = node.name
                if HTMLTags.neverContent.contains(name) {
                    doomed.append((node, "invisible:\(name)"))
                    return false
                }
                if isHidden(node) {
                    doomed.append((node, "invisible:hidden"))
                    return false
                }
                return true
            default:
                return false
            }
        }
        for (node, rule) in doomed {
            if !rule.isEmpty, rule != "invisible:script", rule != "invisible:style" { log.dropped(node, by: rule) }
            node.remove()
        }
    }

    static func isHidden(_ node: Node) -> Bool {
        if node.hasAttribute("hidden") { return true }
        if let aria = node.attribute("aria-hidden"), aria.lowercased() == "true" {
            // Icons and decorative images are often aria-hidden inside real text; only whole blocks count.
            return HTMLTags.block.contains(node.name)
        }
        if let style = node.attribute("style") {
            let compact = style.lowercased().filter { !$0.isWhitespace }
            if compact.contains("display:none") || compact.contains("visibility:hidden") { return true }
        }
        if let className = node.attribute("class") {
            let lowered = className.lowercased()
            for marker in screenReaderOnly where lowered.contains(marker) { return true }
        }
        return false
    }

    /// Classes that hide text from sighted readers (WordPress, Bootstrap, news themes).
    private static let screenReaderOnly = ["screen-reader-text", "sr-only", "visually-hidden", "visuallyhidden",
                                           "element-invisible", "offscreen"]
}
