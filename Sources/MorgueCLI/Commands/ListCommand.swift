import ArgumentParser
import Foundation
import MorgueExport
import MorgueStore

/// `morgue list`: the archive's articles, newest first.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List archived articles, newest first: id, date, site, title.",
        discussion: """
            Examples:
              morgue list
              morgue list --limit 20 --search "tech firms"
            """)

    @OptionGroup var archiveOption: ArchiveOption

    @Option(help: "How many articles to show.")
    var limit: Int = 50

    @Option(help: "Only articles whose title or text holds every word of this query.")
    var search: String?

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit must be at least 1.") }
    }

    func run() throws {
        let archive = try archiveOption.open()
        let rows: [ArticleSummary]
        do {
            rows = try search.map { try archive.search($0, limit: limit) } ?? archive.list(limit: limit)
        } catch let error as StoreError {
            throw UserFacingError(error.description)
        }
        for row in rows { Console.out(Self.line(row)) }
    }

    /// One row: every field is made terminal-safe and kept to one line
    /// before it is padded, so columns line up and a row stays one line.
    static func line(_ row: ArticleSummary) -> String {
        let date = row.published.map { String(Self.field($0).prefix(10)) } ?? "—"
        let site = Self.field(row.siteName ?? row.url.flatMap { URL(string: $0)?.host } ?? "—")
        let title = Self.field(row.title ?? "(untitled)")
        return "\(String(row.id).leftPadded(to: 5))  \(date.padded(to: 10))  \(site.truncated(to: 24).padded(to: 24))  \(title)"
    }
}

extension ListCommand {
    /// Page text as one terminal-safe line.
    static func field(_ text: String) -> String {
        TerminalSafe.sanitize(text, keepingLineBreaks: false)
    }
}

extension String {
    func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }

    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: " ", count: width - count) + self
    }

    func truncated(to width: Int) -> String {
        count <= width ? self : String(prefix(width - 1)) + "…"
    }
}
