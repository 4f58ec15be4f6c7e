import ArgumentParser
import Foundation
import MorgueArchiving
import MorgueExport
import MorgueExtraction
import MorgueModel

/// `morgue extract FILE`: extract and print, store nothing.
struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the article from a saved page and print it; nothing is stored.",
        discussion: """
            Example:
              morgue extract page.html --format json
              morgue extract page.html --url https://example.com/story --format markdown
            """)

    @Argument(help: "A saved HTML page.")
    var file: String

    @Option(help: "The URL the page came from (links resolve against it).")
    var url: String?

    @Option(help: "json, markdown or text.")
    var format: OutputFormat = .json

    @Flag(help: "Also list what was dropped as boilerplate, and why (JSON only).")
    var explain = false

    func validate() throws {
        if let url, !InputKind.isWebURL(url) { throw ValidationError("--url must be an http or https URL, not '\(url)'.") }
    }

    func run() throws {
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
        }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, markdown, text
}
