import MorgueModel

/// The YAML front matter of an exported Markdown file: the article's
/// metadata, one key per line, keys without a value left out.
///
/// Keys, in order: title, authors (a list), organization, dateline (its
/// text), published, modified, site, section, url, canonical_url, language,
/// archived (ISO 8601, UTC), extractor_version, archive_id, content_hash.
/// `archive_id` and `content_hash` identify the article, so a later export
/// can tell its own file from someone else's (see `MarkdownExporter`).
public struct FrontMatter: Equatable, Sendable {
    /// A front matter entry: one scalar, or a list of scalars.
    public enum Value: Equatable, Sendable {
        case text(String)
        case number(Int64)
        case list([String])
    }

    /// A key and its value, in the order they are written.
    public struct Entry: Equatable, Sendable {
        public var key: String
        public var value: Value
    }

    public var entries: [Entry]

    public init(_ record: ExportRecord) {
        let a = record.article
        var entries: [Entry] = []
        func add(_ key: String, _ text: String?) {
            if let text, !text.isEmpty { entries.append(Entry(key: key, value: .text(text))) }
        }
        add("title", a.title)
        if !a.authors.isEmpty { entries.append(Entry(key: "authors", value: .list(a.authors))) }
        add("organization", a.organization)
        add("dateline", a.dateline?.text)
        add("published", a.published)
        add("modified", a.modified)
        add("site", a.siteName)
        add("section", a.section)
        add("url", a.url)
        add("canonical_url", a.canonicalURL)
        add("language", a.language)
        add("archived", record.archivedAtText)
        add("extractor_version", a.extractorVersion)
        if let id = record.id { entries.append(Entry(key: "archive_id", value: .number(id))) }
        add("content_hash", a.contentHash)
        self.entries = entries
    }

    /// The front matter between its `---` fences, ending in a newline.
    public var yaml: String {
        var out = "---\n"
        for entry in entries {
            switch entry.value {
            case .text(let text):
                out += entry.key + ": " + YAMLScalar.quote(text) + "\n"
            case .number(let n):
                out += entry.key + ": " + String(n) + "\n"
            case .list(let items):
                out += entry.key + ":\n"
                for item in items { out += "  - " + YAMLScalar.quote(item) + "\n" }
            }
        }
        return out + "---\n"
    }

    /// The value of a top-level scalar `key` in the front matter that opens
    /// `document`, as written by `yaml`; nil when there is none.
    static func scalar(_ key: String, in document: Substring) -> String? {
        var lines = document.split(separator: "\n", omittingEmptySubsequences: false).makeIterator()
        guard lines.next() == "---" else { return nil }
        let prefix = key + ": "
        while let line = lines.next(), line != "---" {
            if line.hasPrefix(prefix) {
                return YAMLScalar.unquote(String(line.dropFirst(prefix.count)))
            }
        }
        return nil
    }
}
