import MorgueDOM
import MorgueModel

/// Turns the story's containers into the body tree: paragraphs, subheads,
/// lists, block quotes, tables (a data table's `<caption>` a paragraph before its rows) and
/// preformatted text, with emphasis, code and absolute links inside them.
///
/// Keeps: the text of every visible block, split where the page splits it
/// (block elements, and `<br><br>` in old pages); links made absolute; a
/// drop cap set apart before its paragraph, joined to it.
/// Notes: the paragraphs set flush right (a closing signature's alignment, which the block tree does not keep).
/// Drops: images, figure captions (they go to `captions`), a figure's other text but its quotations, tables,
/// listings and lists (a chart's or map's labels: `contentInFigure`), footnotes' back-links ("↩︎"), footnote markers
/// (a link within the page whose text is a number: "meeting.<sup><a href="#fn1">1</a></sup>"),
/// the "pic.twitter.com/…" link an embedded tweet prints for its picture, the nodes the
/// caller names in `skip` (the byline element or line, captured captions). A heading
/// repeating the headline is kept here and dropped by `DropBoilerplateBlocks`,
/// which also sees the kickers above it.
struct CollectBlocks {
    let resolver: URLResolver
    let skip: Set<Node>

    /// A data table's cells are short; longer cells mean a layout table.
    static let maxDataCellCharacters = 300

    init(resolver: URLResolver, skip: Set<Node>) {
        self.resolver = resolver
        self.skip = skip
    }

    func run(_ roots: [Node]) -> [Block] {
        collect(roots).blocks
    }

    /// The body's blocks, and what the page sets apart among them.
    struct Collected {
        var blocks: [Block]
        /// The content of the paragraphs set flush right (`text-align: right`, `align=right`), as a
        /// story's closing signature is ("Hoài Thu - Minh Khang"); the block tree keeps no alignment.
        var rightAligned: [[Inline]]
    }

    func collect(_ roots: [Node]) -> Collected {
        var builder = Builder(collector: self)
        for root in roots { builder.visit(root) }
        builder.flush()
        return Collected(blocks: builder.blocks, rightAligned: builder.rightAligned)
    }

    /// Whether a block element is set flush right: `align=right`, or `text-align: right` in its style.
    static func isRightAligned(_ node: Node) -> Bool {
        if let align = node.attributeBytes("align"), ASCIIText.lowercased(String(decoding: align, as: UTF8.self)) == "right" {
            return true
        }
        guard let style = node.attributeBytes("style") else { return false }
        let compact = style.filter { !ASCIIText.isSpace($0) }.map(ASCIIText.lower)
        return ByteSearch.contains(compact, alignRightBytes)
    }

    private static let alignRightBytes = Array("text-align:right".utf8)

    /// A link back up the page whose text is only an arrow ("↩︎", "↑"): a
    /// footnote's way back to its marker, not a word of it. (Wikipedia's
    /// caret, "^", reads as the reference's mark and stays.)
    static func isBackLink(_ node: Node) -> Bool {
        guard let href = node.attributeBytes("href"), href.first == 0x23 else { return false }
        let text = TextNormalization.collapse(node.textContent)
        guard !text.isEmpty, text.count <= 3, text.unicodeScalars.allSatisfy({ backLinkMarks.contains($0) }) else {
            return false
        }
        // "[↩]": an arrow the page sets in brackets stays, or the brackets would be left empty.
        return !opensBracket(before: node)
    }

    /// Whether the text before a link, or before the `<sup>` the link opens, ends with "(" or "[":
    /// the page brackets the link itself ("[<a>4</a>]", "<sup>[<a>5</a>]</sup>").
    static func opensBracket(before node: Node) -> Bool {
        var before = node.previousSibling
        if before == nil, let parent = node.parent, parent.isElement("sup") { before = parent.previousSibling }
        guard let before, before.isText, let last = before.content?.utf8.last(where: { $0 > 0x20 }) else { return false }
        return last == 0x28 || last == 0x5B
    }

    /// Arrows and carets of footnote back-links, with the variation selector that shows "↩" as an emoji.
    static let backLinkMarks: Set<Unicode.Scalar> = ["↩", "↑", "⤴", "⬆", "\u{FE0E}", "\u{FE0F}"]

    /// Longest text of a footnote marker ("1", "12").
    static let maxFootnoteMarkerDigits = 3

    /// A link to a place on the same page whose text is a bare number ("1"): a footnote
    /// marker, which would glue its number to the word before it ("meeting.1"). A number the
    /// page sets in brackets itself ("[4]", "(1)", "[17]") stays: it reads as a reference.
    static func isFootnoteMarker(_ node: Node) -> Bool {
        guard let href = node.attributeBytes("href"), href.first == 0x23, href.count > 1 else { return false }
        var text: [UInt8] = []
        node.appendText(to: &text)
        var digits = 0
        for byte in text {
            switch byte {
            case 0x30...0x39: digits += 1
            case 0x20, 0x09, 0x0A, 0x0D: continue
            default: return false
            }
        }
        guard digits > 0, digits <= maxFootnoteMarkerDigits else { return false }
        return !opensBracket(before: node)
    }

    /// Elements whose text a figure holds as content, not as a graphic's labels.
    static let figureContent: Set<String> = ["blockquote", "table", "pre", "ul", "ol", "dl"]

    /// The outermost quotations, tables, listings and lists in a figure (outside its caption), in page order.
    static func contentInFigure(_ figure: Node) -> [Node] {
        var found: [Node] = []
        figure.walk { node in
            guard node.isElement, node != figure else { return node == figure }
            if node.isElement("figcaption") { return false }
            if figureContent.contains(node.name) {
                found.append(node)
                return false
            }
            return true
        }
        return found
    }

    /// Twitter's embed code prints a tweet's picture as a "pic.twitter.com/…" link.
    static func isTweetPictureLink(_ inner: [Inline]) -> Bool {
        BodyRendering.plainText(inner).hasPrefix("pic.twitter.com/")
    }

    static func key(_ text: String) -> String {
        ASCIIText.lowercased(TextNormalization.collapse(text))
    }

    /// Accumulates blocks, and a stack of inline runs: the paragraph being
    /// built at the bottom, open emphasis and links above it.
    struct Builder {
        let collector: CollectBlocks
        var blocks: [Block] = []
        var stack: [[Inline]] = [[]]
        /// Whether the text emitted last ended in white space (or nothing was emitted yet).
        var afterSpace = true
        var pendingBreaks = 0
        /// The content of the paragraphs made from elements set flush right.
        var rightAligned: [[Inline]] = []

        init(collector: CollectBlocks) { self.collector = collector }

        /// Notes the one paragraph made from a right-aligned element since `count` blocks were made.
        mutating func noteAlignment(of node: Node, since count: Int) {
            guard blocks.count == count + 1, case .paragraph(let inlines) = blocks[count],
                  CollectBlocks.isRightAligned(node) else { return }
            rightAligned.append(inlines)
        }

        /// True at paragraph level, where block elements start new blocks.
        var atBlockLevel: Bool { stack.count == 1 }

        mutating func emit(_ inline: Inline) {
            stack[stack.count - 1].append(inline)
        }

        /// Ends the paragraph being built.
        mutating func flush() {
            guard atBlockLevel else { return }
            var inlines = stack[0]
            while let last = inlines.last, last == .lineBreak { inlines.removeLast() }
            if !inlines.isEmpty, !BodyRendering.plainText(inlines).isEmpty {
                blocks.append(.paragraph(inlines))
            }
            stack[0] = []
            afterSpace = true
            pendingBreaks = 0
        }

        /// Longest text read as a drop cap.
        static let maxDropCapCharacters = 2

        /// `run` when it is a drop cap left before a paragraph: one or two letters, the first a capital,
        /// with no space after them.
        static func dropCap(_ run: [Inline]) -> [Inline]? {
            let text = BodyRendering.plainText(run)
            guard (1...maxDropCapCharacters).contains(text.count), text.allSatisfy(\.isLetter),
                  text.first?.isUppercase == true else { return nil }
            if case .text(let last) = run.last, last.last?.isWhitespace == true { return nil }
            return run
        }

        /// Collects the inlines of `node`'s children into a fresh run.
        mutating func inlineContent(of node: Node) -> [Inline] {
            stack.append([])
            for child in node.children { visit(child) }
            return stack.removeLast()
        }

        mutating func separateWords() {
            if !afterSpace {
                appendText(" ")
            }
        }

        mutating func visit(_ node: Node) {
            if node.isText {
                // A byline line inside a paragraph is skipped as a text of its own.
                if !collector.skip.isEmpty, collector.skip.contains(node) { return }
                appendText(node.content ?? "")
                return
            }
            guard node.isElement, !collector.skip.contains(node) else { return }
            let name = node.name
            if name != "br" { pendingBreaks = 0 }
            guard atBlockLevel else {
                visitInside(node, name: name)
                return
            }
            switch name {
            case "p":
                // A drop cap set before the paragraph ("<span>T</span><p>urkey, Poland…") joins it.
                let cap = Self.dropCap(stack[0])
                if cap == nil { flush() } else { stack[0] = []; afterSpace = true; pendingBreaks = 0 }
                for child in node.children { visit(child) }
                if let cap {
                    if BodyRendering.plainText(stack[0]).first?.isLowercase == true {
                        stack[0].insert(contentsOf: cap, at: 0)
                    } else {
                        blocks.append(.paragraph(cap))
                    }
                }
                let count = blocks.count
                flush()
                noteAlignment(of: node, since: count)
            case "h1", "h2", "h3", "h4", "h5", "h6":
                flush()
                let content = inlineContent(of: node)
                let text = BodyRendering.plainText(content)
                if !text.isEmpty {
                    let level = max(2, Int(String(name.dropFirst())) ?? 2)
                    blocks.append(.heading(level: level, content))
                }
                afterSpace = true
            case "ul", "ol":
                flush()
                var items: [[Inline]] = []
                collectItems(node, into: &items)
                if !items.isEmpty { blocks.append(.list(ordered: name == "ol", items: items)) }
            case "blockquote":
                flush()
                var inner = Builder(collector: collector)
                for child in node.children { inner.visit(child) }
                inner.flush()
                if !inner.blocks.isEmpty { blocks.append(.quote(inner.blocks)) }
            case "pre":
                flush()
                let text = node.textContent.trimmingNewlines()
                if !text.isEmpty { blocks.append(.preformatted(text)) }
            case "table":
                flush()
                if let code = numberedCode(node) {
                    blocks.append(.preformatted(code))
                } else if let table = dataTable(node) {
                    // A data table's caption is its title: a paragraph before its rows.
                    if let caption = node.elementChildren.first(where: { $0.isElement("caption") }),
                       !collector.skip.contains(caption) {
                        let title = inlineContent(of: caption)
                        if !BodyRendering.plainText(title).isEmpty { blocks.append(.paragraph(title)) }
                        afterSpace = true
                    }
                    blocks.append(table)
                } else {
                    for child in node.children { visit(child) }
                    flush()
                }
            case "br":
                pendingBreaks += 1
                if pendingBreaks >= 2 {
                    flush()
                } else {
                    emit(.lineBreak)
                    afterSpace = true
                }
            case "hr", "figcaption":
                flush()
            case "figure":
                // A figure's text outside its caption is a graphic's labelling (a chart's axis, a map's
                // place names, a scrolly's year label); a quotation, table, listing or list in it is the story's.
                flush()
                for island in CollectBlocks.contentInFigure(node) { visit(island) }
                flush()
            default:
                if HTMLTags.block.contains(name) || containsBlock(node) {
                    flush()
                    let count = blocks.count
                    for child in node.children { visit(child) }
                    flush()
                    noteAlignment(of: node, since: count)
                } else {
                    visitInside(node, name: name)
                }
            }
        }

        /// Visits an element inside a paragraph: inline markup, and block
        /// elements flattened to words separated by spaces.
        mutating func visitInside(_ node: Node, name: String) {
            switch name {
            case "br":
                pendingBreaks += 1
                emit(.lineBreak)
                afterSpace = true
            case "img", "figcaption", "picture":
                return
            case "em", "i", "cite", "dfn", "var":
                let inner = inlineContent(of: node)
                if !inner.isEmpty { emit(.emphasis(inner)) }
            case "strong", "b":
                let inner = inlineContent(of: node)
                if !inner.isEmpty { emit(.strong(inner)) }
            case "code", "kbd", "samp", "tt":
                let text = TextNormalization.collapse(node.textContent)
                if !text.isEmpty {
                    emit(.code(text))
                    afterSpace = false
                }
            case "a":
                if CollectBlocks.isFootnoteMarker(node) || CollectBlocks.isBackLink(node) { return }
                let inner = inlineContent(of: node)
                if inner.isEmpty { return }
                if CollectBlocks.isTweetPictureLink(inner) { return }
                if let url = collector.resolver.resolve(node.attribute("href")), !url.hasPrefix("#") {
                    emit(.link(url: url, inner))
                } else {
                    for inline in inner { emit(inline) }
                }
            default:
                let isBlock = HTMLTags.block.contains(name)
                if isBlock { separateWords() }
                for child in node.children { visit(child) }
                if isBlock { separateWords() }
            }
        }

        /// Appends a text node's words, collapsing white space across node boundaries.
        mutating func appendText(_ raw: String) {
            var text = TextNormalization.collapseKeepingEdges(raw)
            if afterSpace, text.first == " " { text.removeFirst() }
            if text.isEmpty { return }
            pendingBreaks = 0
            afterSpace = text.last == " "
            let top = stack.count - 1
            if case .text(let previous)? = stack[top].last {
                stack[top][stack[top].count - 1] = .text(previous + text)
            } else {
                stack[top].append(.text(text))
            }
        }

        /// List items in order; items of nested lists follow their parent item.
        mutating func collectItems(_ list: Node, into items: inout [[Inline]]) {
            for child in list.children where child.isElement && !collector.skip.contains(child) {
                let name = child.name
                if name == "ul" || name == "ol" {
                    collectItems(child, into: &items)
                    continue
                }
                guard name == "li" else { continue }
                afterSpace = true
                stack.append([])
                var nested: [Node] = []
                for part in child.children {
                    if part.isElement, part.name == "ul" || part.name == "ol" {
                        nested.append(part)
                    } else {
                        visit(part)
                    }
                }
                let item = stack.removeLast()
                if !BodyRendering.plainText(item).isEmpty { items.append(item) }
                for list in nested { collectItems(list, into: &items) }
            }
            afterSpace = true
        }

        /// The code of a listing set as a table of one row, its line numbers in
        /// a `<pre>` of the first cell and the code in a `<pre>` of the last (the
        /// syntax highlighters of static-site generators: Chroma's "lntable",
        /// Pygments' "highlighttable", Rouge's "rouge-table"); nil for any other table.
        func numberedCode(_ table: Node) -> String? {
            let rows = table.descendants(named: "tr")
            guard rows.count == 1, let row = rows.first else { return nil }
            let cells = row.children.filter { $0.isElement("td") || $0.isElement("th") }
            guard cells.count >= 2, let numbers = cells.first?.firstDescendant(named: "pre"),
                  let code = cells.last?.firstDescendant(named: "pre"),
                  numbers.textContent.allSatisfy({ $0.isNumber || $0.isWhitespace }) else { return nil }
            let text = code.textContent.trimmingNewlines()
            return text.isEmpty ? nil : text
        }

        /// A table of data (short cells, no nested tables) as a table block; nil for a layout table.
        func dataTable(_ table: Node) -> Block? {
            var rows: [[String]] = []
            var hasHeader = false
            var layout = false
            func visitRows(_ node: Node, inHead: Bool) {
                for child in node.children where child.isElement {
                    switch child.name {
                    case "thead": visitRows(child, inHead: true)
                    case "tbody", "tfoot": visitRows(child, inHead: false)
                    case "tr":
                        var cells: [String] = []
                        var allHeader = true
                        for cell in child.children where cell.isElement && (cell.name == "td" || cell.name == "th") {
                            if cell.firstDescendant(named: "table") != nil { layout = true }
                            let text = TextNormalization.collapse(cell.textContent)
                            if text.count > CollectBlocks.maxDataCellCharacters { layout = true }
                            if cell.name != "th" { allHeader = false }
                            cells.append(text)
                        }
                        if cells.contains(where: { !$0.isEmpty }) {
                            if rows.isEmpty, inHead || allHeader { hasHeader = true }
                            rows.append(cells)
                        }
                    default:
                        break
                    }
                }
            }
            visitRows(table, inHead: false)
            guard !layout, !rows.isEmpty else { return nil }
            // A one-column table is a layout box, not data.
            guard (rows.map(\.count).max() ?? 0) >= 2 else { return nil }
            return .table(rows: rows, hasHeader: hasHeader)
        }

        func containsBlock(_ node: Node) -> Bool {
            var found = false
            node.walk { descendant in
                if found { return false }
                if descendant.isElement, HTMLTags.block.contains(descendant.name) { found = true; return false }
                return descendant.isElement
            }
            return found
        }
    }
}

extension String {
    func trimmingNewlines() -> String {
        var sub = Substring(self)
        while let f = sub.first, f == "\n" || f == "\r" { sub.removeFirst() }
        while let l = sub.last, l.isWhitespace { sub.removeLast() }
        return String(sub)
    }
}
