import Foundation

/// The base name of an exported Markdown file, without suffix or extension:
/// `YYYY-MM-DD-slug`.
///
/// The date is the published date as the page prints it, else the day the
/// article was archived (UTC), else `undated`. The slug comes from the
/// title; a title without usable letters gives `article-<archive id>`, else
/// `article-<first 12 hex digits of the content hash>`, else `article`.
public enum ExportFileName {
    public static func base(for record: ExportRecord) -> String {
        date(of: record) + "-" + Slug.make(from: record.article.title, fallback: fallback(for: record))
    }

    /// The file name for the `n`th candidate (1 = no suffix, 2 = `-2`, …).
    public static func name(base: String, attempt n: Int) -> String {
        (n <= 1 ? base : base + "-\(n)") + ".md"
    }

    static func date(of record: ExportRecord) -> String {
        if let published = record.article.published, let day = leadingDay(published) {
            return day
        }
        if let archived = record.archivedAt {
            return archived.formatted(.iso8601.year().month().day().dateSeparator(.dash))
        }
        return "undated"
    }

    /// "2015-09-17" from "2015-09-17T10:30:00-04:00" or "2015-09-17".
    private static func leadingDay(_ text: String) -> String? {
        let day = text.unicodeScalars.prefix(10)
        guard day.count == 10 else { return nil }
        for (index, scalar) in day.enumerated() {
            let ok = (index == 4 || index == 7) ? scalar == "-" : ("0"..."9").contains(scalar)
            if !ok { return nil }
        }
        return String(String.UnicodeScalarView(day))
    }

    private static func fallback(for record: ExportRecord) -> String {
        if let id = record.id { return "article-\(id)" }
        if let hash = record.article.contentHash {
            let hex = hash.lowercased().unicodeScalars.filter { ("0"..."9").contains($0) || ("a"..."f").contains($0) }
            if !hex.isEmpty { return "article-" + String(String.UnicodeScalarView(hex.prefix(12))) }
        }
        return "article"
    }
}
