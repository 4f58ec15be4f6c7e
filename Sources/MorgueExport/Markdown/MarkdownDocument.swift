import MorgueModel

/// One article as a Markdown file: YAML front matter, the headline, the
/// byline in italics, the body (which opens with the dateline as printed),
/// the photos with their captions, and any corrections.
///
/// ```
/// ---
/// title: Protesters fill the streets
/// ...
/// ---
///
/// # Protesters fill the streets
///
/// *By Jane Doe*
///
/// HONG KONG (AP) – Thousands marched...
///
/// ![Crowds on Nathan Road.](https://example.com/crowd.jpg)
/// *Crowds on Nathan Road. — AP Photo/Ng Han Guan*
///
/// ## Corrections
///
/// - An earlier version misstated the date.
/// ```
public enum MarkdownDocument {
    /// The whole file, ending in one newline.
    public static func render(_ record: ExportRecord) -> String {
        let a = record.article
        var sections: [String] = []
        if let title = nonEmpty(a.title) {
            sections.append("# " + MarkdownText.inline(title))
        }
        if let byline = nonEmpty(a.byline) {
            sections.append("*By " + MarkdownText.inline(byline) + "*")
        }
        if let body = body(of: a) {
            sections.append(body)
        }
        sections += a.captions.compactMap(caption)
        let corrections = a.corrections.compactMap(nonEmpty)
        if !corrections.isEmpty {
            sections.append("## Corrections")
            sections.append(corrections.map { "- " + MarkdownText.inline($0) }.joined(separator: "\n"))
        }
        var out = FrontMatter(record).yaml
        for section in sections { out += "\n" + section + "\n" }
        return out
    }

    /// The body Markdown; the plain text, escaped paragraph by paragraph,
    /// when an article has no Markdown.
    private static func body(of article: Article) -> String? {
        if let markdown = nonEmpty(article.markdown) {
            return trimmingBlankLines(markdown)
        }
        guard let text = nonEmpty(article.text) else { return nil }
        let paragraphs = text.split(separator: "\n", omittingEmptySubsequences: true)
            .map { MarkdownText.inline(String($0)) }
            .filter { !$0.isEmpty }
        return paragraphs.isEmpty ? nil : paragraphs.joined(separator: "\n\n")
    }

    /// A photo line (when the caption has an http(s) image) and an italic
    /// line with the caption and its credit.
    private static func caption(_ caption: Caption) -> String? {
        let text = MarkdownText.inline(caption.text)
        let credit = MarkdownText.inline(caption.credit ?? "")
        let words = [text, credit].filter { !$0.isEmpty }.joined(separator: " — ")
        var lines: [String] = []
        if let url = caption.imageURL.flatMap(MarkdownText.destination) {
            lines.append("![" + text + "](" + url + ")")
        }
        if !words.isEmpty { lines.append("*" + words + "*") }
        return lines.isEmpty ? nil : lines.joined(separator: "\n")
    }

    private static func nonEmpty(_ s: String?) -> String? {
        guard let s, s.contains(where: { !$0.isWhitespace }) else { return nil }
        return s
    }

    private static func trimmingBlankLines(_ s: String) -> String {
        var sub = Substring(s)
        while let f = sub.first, f.isNewline { sub.removeFirst() }
        while let l = sub.last, l.isWhitespace { sub.removeLast() }
        return String(sub)
    }
}
