import ArgumentParser
import Foundation
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

    func run() throws {
        let bytes = try InputFile.read(file)
        let input = PageInput(bytes: bytes, url: url)
        let extractor = Extractor()
        let explained: Explained
        do {
            explained = try extractor.explain(input)
        } catch {
            throw UserFacingError("\(file): \(ExtractionMessages.describe(error))")
        }
        switch format {
        case .json:
            try Output.printJSON(explained.article, explanation: explain ? explained : nil)
        case .markdown:
            Output.print(explained.article.markdown ?? "")
        case .text:
            Output.print(explained.article.text ?? "")
        }
    }
}

enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case json, markdown, text
}
