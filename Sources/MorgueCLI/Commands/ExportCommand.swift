import ArgumentParser
import Foundation
import MorgueExport
import MorgueStore

/// `morgue export`: every archived article as Markdown files, JSON or NDJSON.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export archived articles as Markdown files, a JSON array or NDJSON.",
        discussion: """
            Markdown writes one file per article (YYYY-MM-DD-slug.md, front matter on top) into --out.
            JSON and NDJSON go to stdout, or to the file --out names.

            Examples:
              morgue export --format markdown --out ./clips/
              morgue export --format json > archive.json
              morgue export --format ndjson --out archive.ndjson
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, json, ndjson
    }

    @OptionGroup var archiveOption: ArchiveOption

    @Option(help: "markdown, json or ndjson.")
    var format: Format = .json

    @Option(help: "The folder (markdown) or file (json, ndjson) to write.")
    var out: String?

    /// Articles read from the archive per round.
    static let pageSize = 200

    func validate() throws {
        if format == .markdown, out == nil { throw ValidationError("--format markdown needs --out FOLDER.") }
    }

    func run() throws {
        let archive = try archiveOption.open()
        do {
            switch format {
            case .markdown:
                let folder = URL(fileURLWithPath: out!)
                var written = 0
                try forEachPage(archive) { records throws in
                    written += try MarkdownExporter().export(records, to: folder).count
                }
                Console.error("exported \(written) article\(written == 1 ? "" : "s") to \(folder.path)")
            case .json, .ndjson:
                let sink = try sink()
                if format == .json {
                    var writer = JSONArrayWriter(sink)
                    try forEachPage(archive) { records throws in for r in records { try writer.write(r) } }
                    try writer.finish()
                } else {
                    var writer = NDJSONWriter(sink)
                    try forEachPage(archive) { records throws in for r in records { try writer.write(r) } }
                }
            }
        } catch let error as ExportError {
            throw UserFacingError(error.description)
        } catch let error as StoreError {
            throw UserFacingError(error.description)
        }
    }

    /// Reads the archive a page at a time, so memory stays flat for large archives.
    private func forEachPage(_ archive: Archive, _ body: ([ExportRecord]) throws -> Void) throws {
        var articles = archive.allArticles(pageSize: Self.pageSize)
        var page: [ExportRecord] = []
        while let stored = try articles.next() {
            page.append(ExportRecord(stored.article, id: stored.id, archivedAt: stored.archivedAt))
            if page.count == Self.pageSize {
                try body(page)
                page.removeAll(keepingCapacity: true)
            }
        }
        if !page.isEmpty { try body(page) }
    }

    private func sink() throws -> FileHandleSink {
        guard let out else { return FileHandleSink(.standardOutput, displayName: "stdout") }
        guard FileManager.default.createFile(atPath: out, contents: nil),
              let handle = FileHandle(forWritingAtPath: out) else {
            throw UserFacingError("\(out): cannot be written")
        }
        return FileHandleSink(handle, displayName: out)
    }
}
