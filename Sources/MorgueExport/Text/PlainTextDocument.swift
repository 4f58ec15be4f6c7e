import MorgueModel

/// An article as plain text for reading in a terminal (`morgue show
/// --format text`): the headline, the byline, a line with the site and
/// dates, a blank line, the story (which opens with its dateline as
/// printed), then captions and corrections.
///
/// The text is the page's own; pass it through `TerminalSafe.sanitize(_:)`
/// before printing it.
public enum PlainTextDocument {
    /// The rendering, ending in one newline.
    public static func render(_ record: ExportRecord) -> String {
        let a = record.article
        var head: [String] = [line(a.title) ?? "(untitled)"]
        if let byline = line(a.byline) { head.append("By " + byline) }
        var facts: [String] = []
        if let site = line(a.siteName) { facts.append(site) }
        if let published = line(a.published) { facts.append("Published " + published) }
        if let modified = line(a.modified), modified != a.published { facts.append("Updated " + modified) }
        if !facts.isEmpty { head.append(facts.joined(separator: " · ")) }

        var sections = [head.joined(separator: "\n")]
        if let text = a.text, text.contains(where: { !$0.isWhitespace }) {
            sections.append(trimmed(text))
        }
        let captions = a.captions.compactMap(caption)
        if !captions.isEmpty { sections.append(captions.joined(separator: "\n")) }
        let corrections = a.corrections.compactMap(line).map { "Correction: " + $0 }
        if !corrections.isEmpty { sections.append(corrections.joined(separator: "\n")) }
        return sections.joined(separator: "\n\n") + "\n"
    }

    private static func caption(_ caption: Caption) -> String? {
        let words = [line(caption.text), line(caption.credit)].compactMap { $0 }
        return words.isEmpty ? nil : "Photo: " + words.joined(separator: " — ")
    }

    /// `text` on one line with runs of whitespace collapsed; nil when blank.
    private static func line(_ text: String?) -> String? {
        guard let text else { return nil }
        let words = text.split(whereSeparator: { $0.isWhitespace || $0.isNewline })
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    private static func trimmed(_ s: String) -> String {
        var sub = Substring(s)
        while let f = sub.first, f.isWhitespace { sub.removeFirst() }
        while let l = sub.last, l.isWhitespace { sub.removeLast() }
        return String(sub)
    }
}
