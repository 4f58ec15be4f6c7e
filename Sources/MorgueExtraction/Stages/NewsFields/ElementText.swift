import MorgueDOM

/// The visible text of a small element with a space at every element
/// boundary, so that `<span>By</span><a>Jane Doe</a>` reads "By Jane Doe"
/// (`textContent` would give "ByJane Doe"). For bylines, captions and
/// dates, not for running text.
enum ElementText {
    static func spaced(_ node: Node) -> String {
        var buffer: [UInt8] = []
        append(node, to: &buffer)
        return tightenPunctuation(TextNormalization.collapse(String(decoding: buffer, as: UTF8.self)))
    }

    /// `spaced(node)`, or nil when that text is surely longer than `limit`
    /// characters (then it is not tightened at all, which costs most for
    /// long text). Tightening takes out spaces only, so the collapsed text's
    /// characters other than spaces bound it from below.
    /// `skippingHidden`: leave out children hidden from sight (`hidden`,
    /// `display:none`, screen-reader text), as a byline's rating widget, and
    /// an author's job title beside the name (`BylineHints.jobTitleClass`).
    /// `commaAtLineBreaks`: read a `<br>` as a comma, for a byline whose
    /// lines are its parts ("By Kelli Miller<br>WebMD Health News").
    static func spaced(_ node: Node, ifAtMost limit: Int, skippingHidden: Bool = false,
                       commaAtLineBreaks: Bool = false) -> String? {
        var buffer: [UInt8] = []
        append(node, to: &buffer, skippingHidden: skippingHidden, commaAtLineBreaks: commaAtLineBreaks)
        return bounded(buffer, limit: limit)
    }

    /// The texts of the items of an element printed as separate elements
    /// without separators, as `spaced` reads each, in page order: list items
    /// (an author card each), and sibling elements of the same tag and class
    /// with no text between them (`<span class=author>` twice), without a
    /// separator printed after them; nil when the whole text is surely longer
    /// than `limit` characters.
    static func items(_ node: Node, ifAtMost limit: Int, skippingHidden: Bool = false) -> [String]? {
        var buffer: [UInt8] = []
        var pending = false
        var starts: [Int] = []
        appendItems(node, to: &buffer, skippingHidden: skippingHidden, pendingItem: &pending, starts: &starts)
        guard bounded(buffer, limit: limit) != nil else { return nil }
        var texts: [String] = []
        for (index, start) in ([0] + starts).enumerated() {
            let end = index < starts.count ? starts[index] : buffer.count
            var text = tightenPunctuation(TextNormalization.collapse(String(decoding: buffer[start..<end], as: UTF8.self)))
            // A separator the page prints after an item ("Jane Doe, PhD,") is not the item's.
            while let last = text.last, last == "," || last == ";" || last == " " { text.removeLast() }
            if !text.isEmpty { texts.append(text) }
        }
        return texts
    }

    /// The collapsed, tightened text of `buffer`, or nil when it is surely longer than `limit` characters.
    private static func bounded(_ buffer: [UInt8], limit: Int) -> String? {
        let collapsed = TextNormalization.collapse(String(decoding: buffer, as: UTF8.self))
        let spaces = collapsed.utf8.reduce(0) { $0 + ($1 == 0x20 ? 1 : 0) }
        if collapsed.utf8.count - spaces > limit {
            let isASCII = collapsed.utf8.allSatisfy { $0 < 0x80 }
            if (isASCII ? collapsed.utf8.count : collapsed.count) - spaces > limit { return nil }
        }
        return tightenPunctuation(collapsed)
    }

    /// Marks that a space before them is taken from.
    private static let closingMarks: [String] = [",", ".", ";", ":", ")", "!", "?"]

    /// Takes out the space before a closing mark ("Jane Doe , AP" → "Jane
    /// Doe, AP") and after an opening parenthesis, in collapsed text.
    static func tightenPunctuation(_ collapsed: String) -> String {
        var text = collapsed
        let plan = text.withUTF8 { PunctuationScan($0) }
        switch plan {
        case .nothingToDo:
            return text
        case .asciiOnly:
            // ASCII text: one pass over the bytes does what the replacements below do.
            return text.withUTF8 { bytes in
                var out: [UInt8] = []
                out.reserveCapacity(bytes.count)
                for i in bytes.indices {
                    if bytes[i] == 0x20, i + 1 < bytes.count, PunctuationScan.isClosingMark(bytes[i + 1]) { continue }
                    if bytes[i] == 0x20, i > 0, bytes[i - 1] == UInt8(ascii: "(") { continue }
                    out.append(bytes[i])
                }
                return String(decoding: out, as: UTF8.self)
            }
        case .needsFoundation:
            for mark in closingMarks {
                text = text.replacingOccurrences(of: " " + mark, with: mark)
            }
            return text.replacingOccurrences(of: "( ", with: "(")
        }
    }

    /// What `tightenPunctuation` must do for a text, read from its bytes.
    /// Foundation's replacements compare by canonical equivalence, so text
    /// with non-ASCII characters next to a candidate space (or the Greek
    /// question mark, which is canonically ";") is left to Foundation.
    private enum PunctuationScan {
        case nothingToDo, asciiOnly, needsFoundation

        init(_ bytes: UnsafeBufferPointer<UInt8>) {
            var candidate = false, ascii = true, greekQuestionMark = false
            for i in bytes.indices {
                let b = bytes[i]
                if b >= 0x80 {
                    ascii = false
                    if b == 0xCD, i + 1 < bytes.count, bytes[i + 1] == 0xBE { greekQuestionMark = true }
                } else if b == 0x20 {
                    if i + 1 < bytes.count, Self.isClosingMark(bytes[i + 1]) { candidate = true }
                    if i > 0, bytes[i - 1] == UInt8(ascii: "(") { candidate = true }
                }
            }
            if !candidate && !greekQuestionMark { self = .nothingToDo }
            else if ascii { self = .asciiOnly }
            else { self = .needsFoundation }
        }

        static func isClosingMark(_ b: UInt8) -> Bool {
            b == UInt8(ascii: ",") || b == UInt8(ascii: ".") || b == UInt8(ascii: ";") || b == UInt8(ascii: ":")
                || b == UInt8(ascii: ")") || b == UInt8(ascii: "!") || b == UInt8(ascii: "?")
        }
    }

    /// Utility classes that hide an element ("hide", Bootstrap's "d-none").
    private static let hidingClasses: Set<Substring> = ["hide", "hidden", "d-none", "is-hidden", "invisible"]

    /// An author's job title beside the name (`BylineHints.jobTitleClass`).
    private static func isJobTitle(_ node: Node) -> Bool {
        guard let names = node.attribute("class") else { return false }
        return BylineHints.jobTitleClass.matches(names.lowercased())
    }

    private static func hasHidingClass(_ node: Node) -> Bool {
        guard let names = node.attribute("class") else { return false }
        return names.split(separator: " ").contains { hidingClasses.contains($0) }
    }

    /// Elements whose text is never read: code, vector graphics (an icon's `<title>`), and form controls
    /// (a rating widget's "1 2 3 4 5").
    private static let unread: Set<String> = ["script", "style", "noscript", "template", "svg", "form", "select", "option",
                                              "button", "textarea"]

    /// Whether an element holds items read apart: two list items, or two
    /// sibling elements of the same tag and class with no text between them.
    static func holdsItems(_ node: Node) -> Bool {
        var items = 0
        var stack = [node]
        while let current = stack.popLast() {
            var previous: Node?
            var textBetween = false
            for child in current.children {
                if child.isText {
                    if child.content?.contains(where: { !$0.isWhitespace }) == true { textBetween = true }
                    continue
                }
                guard child.isElement, !unread.contains(child.name) else { continue }
                if child.isElement("li") {
                    items += 1
                    if items == 2 { return true }
                } else if let previous, !textBetween, sameKind(previous, child) {
                    return true
                }
                previous = child
                textBetween = false
                stack.append(child)
            }
        }
        return false
    }

    /// Two elements of one tag and one class attribute: two classed
    /// elements, or two links ("<span>By</span><span>Jane Doe</span>" are no items).
    private static func sameKind(_ a: Node, _ b: Node) -> Bool {
        guard a.name == b.name else { return false }
        let names = a.attribute("class")
        return names == b.attribute("class") && (names != nil || a.isElement("a"))
    }

    /// `append` for `items`: a new item is owed at each item element and
    /// begins (its offset in `starts`) only once text follows, so no item is empty.
    private static func appendItems(_ node: Node, to buffer: inout [UInt8], skippingHidden: Bool,
                                    pendingItem: inout Bool, starts: inout [Int]) {
        var previous: Node?
        var textBetween = false
        for child in node.children {
            if child.isText {
                let start = buffer.count
                child.appendText(to: &buffer)
                guard buffer[start...].contains(where: { !ASCIIText.isSpace($0) }) else { continue }
                textBetween = true
                if pendingItem {
                    pendingItem = false
                    if buffer[..<start].contains(where: { !ASCIIText.isSpace($0) }) { starts.append(start) }
                }
                continue
            }
            guard child.isElement, !unread.contains(child.name) else { continue }
            if child.isElement("br") {
                buffer.append(0x20)
                continue
            }
            if skippingHidden, DropInvisible.isHidden(child) || hasHidingClass(child) || isJobTitle(child) { continue }
            if child.isElement("li") || previous.map({ !textBetween && sameKind($0, child) }) == true {
                pendingItem = true
            }
            previous = child
            textBetween = false
            buffer.append(0x20)
            appendItems(child, to: &buffer, skippingHidden: skippingHidden, pendingItem: &pendingItem, starts: &starts)
            buffer.append(0x20)
        }
    }

    private static func append(_ node: Node, to buffer: inout [UInt8], skippingHidden: Bool = false,
                               commaAtLineBreaks: Bool = false) {
        for child in node.children {
            if child.isText {
                child.appendText(to: &buffer)
            } else if child.isElement {
                if unread.contains(child.name) { continue }
                if child.isElement("br") {
                    // A comma only after text: a leading or doubled break adds nothing.
                    let afterText = buffer.last(where: { !ASCIIText.isSpace($0) }).map { $0 != UInt8(ascii: ",") } ?? false
                    buffer += commaAtLineBreaks && afterText ? [0x20, UInt8(ascii: ","), 0x20] : [0x20]
                    continue
                }
                if skippingHidden, DropInvisible.isHidden(child) || hasHidingClass(child) || isJobTitle(child) { continue }
                buffer.append(0x20)
                append(child, to: &buffer, skippingHidden: skippingHidden, commaAtLineBreaks: commaAtLineBreaks)
                buffer.append(0x20)
            }
        }
    }
}
