import ArgumentParser
import Foundation
import MorgueExport
import MorgueStore

/// `morgue show ID`: one archived article.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one archived article.",
        discussion: """
            Examples:
              morgue show 42
              morgue show 42 --format json
            """)

    @OptionGroup var archiveOption: ArchiveOption

    @Argument(help: "The article's id, as `morgue list` shows it.")
    var id: Int64

    @Option(help: "text, markdown or json.")
    var format: OutputFormat = .text

    func run() throws {
        let archive = try archiveOption.open()
        let stored: StoredArticle?
        do {
            stored = try archive.article(id: id)
        } catch {
            throw UserFacingError(error.description)
        }
        guard let stored else { throw UserFacingError("no article #\(id) in \(archiveOption.path)") }
        let record = ExportRecord(stored.article, id: stored.id, archivedAt: stored.archivedAt)
        switch format {
        case .text: Console.out(PlainTextDocument.render(record))
        case .markdown: Console.out(MarkdownDocument.render(record))
        case .json: Console.raw(try JSONExport.pretty(record))
        }
    }
}
