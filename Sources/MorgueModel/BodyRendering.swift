/// Renders a body tree as plain text or Markdown. Both renderings are made
/// from the same blocks, so they always tell the same story.
public enum BodyRendering {
    /// Plain text: one paragraph per block (each list item and table row is
    /// its own paragraph), separated by one blank line.
    public static func plainText(_ blocks: [Block]) -> String {
        var paragraphs: [String] = []
        appendPlain(blocks, to: &paragraphs)
        return paragraphs.joined(separator: "\n\n")
    }

    /// Markdown: `##` subheads, `-` and `1.` lists, `>` quotes, pipe tables,
    /// `*emphasis*`, `**strong**` and `[links](url)`.
    public static func markdown(_ blocks: [Block]) -> String {
        blocks.map(markdownBlock).filter { !$0.isEmpty }.joined(separator: "\n\n")
    }

    /// The plain text of a run of inlines, trimmed.
    public static func plainText(_ inlines: [Inline]) -> String {
        var out = ""
        appendPlain(inlines, to: &out)
        return trimmed(out)
    }

    // MARK: Plain text

    private static func appendPlain(_ blocks: [Block], to paragraphs: inout [String]) {
        for block in blocks {
            switch block {
            case .paragraph(let inlines), .heading(_, let inlines):
                append(plainText(inlines), to: &paragraphs)
            case .list(_, let items):
                for item in items { append(plainText(item), to: &paragraphs) }
            case .quote(let inner):
                appendPlain(inner, to: &paragraphs)
            case .table(let rows, _):
                for row in rows {
                    append(row.filter { !$0.isEmpty }.joined(separator: " | "), to: &paragraphs)
                }
            case .preformatted(let text):
                append(text, to: &paragraphs)
            }
        }
    }

    private static func append(_ paragraph: String, to paragraphs: inout [String]) {
        if !paragraph.isEmpty { paragraphs.append(paragraph) }
    }

    private static func appendPlain(_ inlines: [Inline], to out: inout String) {
        for inline in inlines {
            switch inline {
            case .text(let s), .code(let s): out += s
            case .emphasis(let inner), .strong(let inner), .link(_, let inner): appendPlain(inner, to: &out)
            case .lineBreak: out += "\n"
            }
        }
    }

    // MARK: Markdown

    /// A paragraph line that opens like a Markdown block ("+ 10", "1. FC
    /// Köln siegt", "> quoted", "# 1 hit") keeps reading as a paragraph: the
    /// marker is escaped.
    static func escapingBlockStart(_ text: String) -> String {
        // Most paragraphs open with a letter or a quote: only a marker's first byte asks for more.
        guard let first = text.utf8.first, first < 0x40, first != 0x20 else { return text }
        let bytes = Array(text.utf8.prefix(12))
        func isSpaceOrEnd(_ index: Int) -> Bool { index >= bytes.count || bytes[index] == 0x20 || bytes[index] == 0x09 }
        switch first {
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            return isSpaceOrEnd(1) ? "\\" + text : text
        case UInt8(ascii: ">"):
            return "\\" + text
        case UInt8(ascii: "#"):
            let hashes = bytes.prefix(while: { $0 == UInt8(ascii: "#") }).count
            return hashes <= 6 && isSpaceOrEnd(hashes) ? "\\" + text : text
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            let digits = bytes.prefix(while: { (0x30...0x39).contains($0) }).count
            guard digits <= 9, digits < bytes.count, bytes[digits] == UInt8(ascii: ".") || bytes[digits] == UInt8(ascii: ")"),
                  isSpaceOrEnd(digits + 1) else { return text }
            let index = text.utf8.index(text.utf8.startIndex, offsetBy: digits)
            return String(text[..<index]) + "\\" + String(text[index...])
        default:
            return text
        }
    }

    private static func markdownBlock(_ block: Block) -> String {
        switch block {
        case .paragraph(let inlines):
            // Each line after a line break too: a list item may interrupt a paragraph.
            let text = markdownInlines(inlines)
            guard text.utf8.contains(0x0A) else { return escapingBlockStart(text) }
            return text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { escapingBlockStart(String($0)) }.joined(separator: "\n")
        case .heading(let level, let inlines):
            let text = markdownInlines(inlines)
            return text.isEmpty ? "" : String(repeating: "#", count: min(max(level, 1), 6)) + " " + text
        case .list(let ordered, let items):
            var lines: [String] = []
            for item in items {
                let text = markdownInlines(item)
                if text.isEmpty { continue }
                let marker = ordered ? "\(lines.count + 1). " : "- "
                lines.append(marker + text.replacingNewlines(with: "\n" + String(repeating: " ", count: marker.count)))
            }
            return lines.joined(separator: "\n")
        case .quote(let inner):
            let text = markdown(inner)
            if text.isEmpty { return "" }
            return text.split(separator: "\n", omittingEmptySubsequences: false)
                .map { $0.isEmpty ? ">" : "> " + $0 }
                .joined(separator: "\n")
        case .table(let rows, let hasHeader):
            return markdownTable(rows, hasHeader: hasHeader)
        case .preformatted(let text):
            return "```\n" + text + "\n```"
        }
    }

    private static func markdownTable(_ rows: [[String]], hasHeader: Bool) -> String {
        let width = rows.map(\.count).max() ?? 0
        if width == 0 { return "" }
        func line(_ cells: [String]) -> String {
            let padded = cells + Array(repeating: "", count: width - cells.count)
            return "| " + padded.map { escapeMarkdown($0).replacingOccurrencesOfPipe() }.joined(separator: " | ") + " |"
        }
        var lines: [String] = []
        var body = rows[...]
        if hasHeader, let header = body.first {
            lines.append(line(header))
            body = body.dropFirst()
        } else {
            lines.append(line(Array(repeating: "", count: width)))
        }
        lines.append("|" + Array(repeating: " --- |", count: width).joined())
        for row in body { lines.append(line(row)) }
        return lines.joined(separator: "\n")
    }

    private static func markdownInlines(_ inlines: [Inline]) -> String {
        var out = ""
        appendMarkdown(inlines, to: &out)
        return trimmed(out)
    }

    /// Where the inlines stand: inside strong and emphasis markers already open.
    private struct Marks {
        var strong = false
        var emphasis = false
    }

    /// The inlines with runs of the same kind joined ("**a****b**" would break
    /// the Markdown) and strong inside strong, or emphasis inside emphasis,
    /// unwrapped (a `<b>` inside a `<strong>` is printed "**…**", not "****…****").
    /// Emphasis wrapping only strong, beside strong, is turned inside out first so it can join.
    private static func joiningMarks(_ inlines: [Inline], _ marks: Marks) -> [Inline] {
        let hasMarks = inlines.contains { inline in
            switch inline {
            case .strong, .emphasis: return true
            default: return false
            }
        }
        guard hasMarks else { return inlines }
        var result: [Inline] = []
        for (index, original) in inlines.enumerated() {
            // Emphasis around nothing but strong, beside a strong run, is strong around emphasis, so that it
            // joins the run ("**Keynote „*Neuland*“**", not "**Keynote „*****Neuland***").
            var inline = original
            if case .emphasis(let inner) = original, inner.count == 1, case .strong(let core) = inner[0],
               isStrong(result.last) || isStrong(index + 1 < inlines.count ? inlines[index + 1] : nil) {
                inline = .strong([.emphasis(core)])
            }
            switch inline {
            case .strong(let inner) where marks.strong:
                result += joiningMarks(inner, marks)
            case .emphasis(let inner) where marks.emphasis:
                result += joiningMarks(inner, marks)
            case .strong(let inner):
                if case .strong(let previous)? = result.last {
                    result[result.count - 1] = .strong(previous + inner)
                } else {
                    result.append(inline)
                }
            case .emphasis(let inner):
                if case .emphasis(let previous)? = result.last {
                    result[result.count - 1] = .emphasis(previous + inner)
                } else {
                    result.append(inline)
                }
            default:
                result.append(inline)
            }
        }
        return result
    }

    private static func isStrong(_ inline: Inline?) -> Bool {
        if case .strong? = inline { return true }
        return false
    }

    private static func appendMarkdown(_ inlines: [Inline], to out: inout String, marks: Marks = Marks()) {
        for inline in joiningMarks(inlines, marks) {
            switch inline {
            case .text(let s):
                out += escapeMarkdown(s)
            case .code(let s):
                out += "`" + s + "`"
            case .emphasis(let inner):
                var inside = marks
                inside.emphasis = true
                wrap(inner, in: "*", to: &out, marks: inside)
            case .strong(let inner):
                var inside = marks
                inside.strong = true
                wrap(inner, in: "**", to: &out, marks: inside)
            case .link(let url, let inner):
                var label = ""
                appendMarkdown(inner, to: &label, marks: marks)
                let text = trimmed(label)
                if text.isEmpty { continue }
                out += "[" + text + "](" + url.replacingSpaces() + ")"
            case .lineBreak:
                out += "  \n"
            }
        }
    }

    /// Emphasis markers must touch the words they wrap: move surrounding
    /// spaces outside the markers.
    private static func wrap(_ inner: [Inline], in marker: String, to out: inout String, marks: Marks) {
        var content = ""
        appendMarkdown(inner, to: &content, marks: marks)
        let core = trimmed(content)
        if core.isEmpty { out += content; return }
        if content.first?.isWhitespace == true { out += " " }
        out += marker + core + marker
        if content.last?.isWhitespace == true { out += " " }
    }

    /// Escapes the characters that would otherwise start Markdown syntax
    /// (all ASCII, so the text is scanned as UTF-8 bytes).
    static func escapeMarkdown(_ s: String) -> String {
        func isSyntax(_ byte: UInt8) -> Bool {
            switch byte {
            case 0x5C, 0x2A, 0x5F, 0x60, 0x5B, 0x5D, 0x3C: return true  // \ * _ ` [ ] <
            default: return false
            }
        }
        guard s.utf8.contains(where: isSyntax) else { return s }
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count + 8)
        for byte in s.utf8 {
            if isSyntax(byte) { out.append(0x5C) }
            out.append(byte)
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func trimmed(_ s: String) -> String {
        // A Character is white space when its first scalar is. A text opening with a visible ASCII
        // character keeps its start, and one ending with one (which opens its Character, or follows a
        // prepended mark) keeps its end: most texts keep both, and are returned as they are.
        var sub = Substring(s)
        if let first = s.utf8.first, !isVisibleASCII(first) {
            while let f = sub.first, f.isWhitespace { sub.removeFirst() }
        }
        if let last = s.utf8.last, !isVisibleASCII(last) {
            while let l = sub.last, l.isWhitespace { sub.removeLast() }
        }
        return sub.startIndex == s.startIndex && sub.endIndex == s.endIndex ? s : String(sub)
    }

    /// An ASCII byte other than white space (tab to carriage return, and space).
    static func isVisibleASCII(_ byte: UInt8) -> Bool {
        byte < 0x80 && byte != 0x20 && !(byte >= 0x09 && byte <= 0x0D)
    }
}

// Each replacement splits on a Character; a string without the separator's
// byte holds no such Character and is returned as it is, unscanned.
private extension String {
    func replacingNewlines(with replacement: String) -> String {
        guard utf8.contains(0x0A) else { return self }
        return split(separator: "\n", omittingEmptySubsequences: false).joined(separator: replacement)
    }

    func replacingOccurrencesOfPipe() -> String {
        guard utf8.contains(0x7C) else { return self }
        return split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|")
    }

    func replacingSpaces() -> String {
        guard utf8.contains(0x20) else { return self }
        return split(separator: " ", omittingEmptySubsequences: false).joined(separator: "%20")
    }
}
