import MorgueDOM

/// The visible text of a small element with a space at every element
/// boundary, so that `<span>By</span><a>Jane Doe</a>` reads "By Jane Doe"
/// (`textContent` would give "ByJane Doe"). For bylines, captions and
/// dates, not for running text.
enum ElementText {
    static func spaced(_ node: Node) -> String {
        var buffer: [UInt8] = []
        append(node, to: &buffer)
        var text = TextNormalization.collapse(String(decoding: buffer, as: UTF8.self))
        for mark in [",", ".", ";", ":", ")", "!", "?"] {
            text = text.replacingOccurrences(of: " " + mark, with: mark)
        }
        return text.replacingOccurrences(of: "( ", with: "(")
    }

    private static func append(_ node: Node, to buffer: inout [UInt8]) {
        for child in node.children {
            if child.isText {
                child.appendText(to: &buffer)
            } else if child.isElement {
                if child.isElement("script") || child.isElement("style") || child.isElement("noscript") { continue }
                if child.isElement("br") { buffer.append(0x20); continue }
                buffer.append(0x20)
                append(child, to: &buffer)
                buffer.append(0x20)
            }
        }
    }
}
