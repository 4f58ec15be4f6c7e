import ArgumentParser
import Foundation
import MorgueArchiving
import MorgueExport
import MorgueExtraction
import MorgueModel

/// `morgue extract FILE...`: extract and print, store nothing.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the article from a saved page and print it; nothing is stored.",
        discussion: """
            With --format ndjson, any number of pages and folders of pages are extracted
            in one run, one JSON object a line, in the order of the files; a page that
            cannot be extracted is named on stderr and the rest go on (exit code 1 at the end).

            Example:
              morgue extract page.html --format json
              morgue extract page.html --url https://example.com/story --format markdown
              morgue extract saved/ more.html --format ndjson > articles.ndjson
            """)

    @Argument(help: ArgumentHelp("A saved HTML page (with --format ndjson: pages and folders).", valueName: "file"))
    var files: [String]

    @Option(help: "The URL the page came from (links resolve against it).")
    var url: String?

    @Option(help: "json, markdown, text, or ndjson (one line per page, for many pages).")
    var format: ExtractFormat = .json

    @Flag(help: "Also list what was dropped as boilerplate, and why (JSON only).")
    var explain = false

    func validate() throws {
        if let url, !InputKind.isWebURL(url) { throw ValidationError("--url must be an http or https URL, not '\(url)'.") }
        if files.isEmpty { throw ValidationError("Give a saved page to extract.") }
        if files.count > 1, format != .ndjson {
            throw ValidationError("Give one page, or use --format ndjson to extract several.")
        }
    }

    func run() throws {
        if format == .ndjson {
            try ExtractNDJSON(url: url).run(files)
            return
        }
        let file = files[0]
        let bytes: [UInt8]
        do {
            bytes = try PageFile.read(file)
        } catch {
            throw UserFacingError(error.description)
        }
        let input = PageInput(bytes: bytes, url: url)
        let explained: Explained
        do {
            explained = try Extractor().explain(input)
        } catch {
            throw UserFacingError(ArchivingError.extraction(error, source: file).description)
        }
        switch format {
        case .json:
            if explain {
                try Output.printExplained(explained)
            } else {
                Console.raw(try JSONExport.pretty(ExportRecord(explained.article)))
            }
        case .markdown:
            Console.out(MarkdownDocument.render(ExportRecord(explained.article)))
        case .text:
            Console.out(PlainTextDocument.render(ExportRecord(explained.article)))
        case .ndjson:
            break
        }
    }
}

/// What `extract` prints.
enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
    case json, markdown, text, ndjson
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, markdown, text
}
