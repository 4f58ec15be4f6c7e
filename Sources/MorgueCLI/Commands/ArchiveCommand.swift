import ArgumentParser
import Foundation
import MorgueArchiving
import MorgueExtraction
import MorgueFetch

/// `morgue archive PAGE... [--url URL]`: archive saved pages or live URLs.
struct ArchiveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Archive saved pages or live URLs.",
        discussion: """
            Each page's article is extracted and stored with the page's exact bytes.
            Archiving the same page twice changes nothing; a changed page at the same URL is kept as a new article.

            Examples:
              morgue archive page.html --url https://example.com/story
              morgue archive https://example.com/story https://example.org/other
            Exit code 1 when any page failed or held no article.
            """)

    @OptionGroup var archiveOption: ArchiveOption

    @Argument(help: ArgumentHelp("Saved HTML files (.html, .htm, .gz) or http(s) URLs.", valueName: "page-or-url"))
    var inputs: [String]

    @Option(help: "Where a single saved file came from (its provenance; links resolve against it).")
    var url: String?

    @Flag(help: "Store pages that hold no article (section fronts, walls) anyway.")
    var keepNonArticles = false

    @Option(help: "Seconds to wait for a silent server.")
    var timeout: Int = 30

    func validate() throws {
        if inputs.isEmpty { throw ValidationError("Give at least one saved page or URL.") }
        if url != nil, inputs.count != 1 || InputKind.isURL(inputs[0]) {
            throw ValidationError("--url goes with exactly one saved file.")
        }
        if let url, !InputKind.isWebURL(url) { throw ValidationError("--url must be an http or https URL, not '\(url)'.") }
        if timeout < 1 { throw ValidationError("--timeout must be at least 1 second.") }
    }

    func run() async throws {
        let archiver = Archiver(archive: try archiveOption.open(), keepNonArticles: keepNonArticles)
        var options = FetchOptions()
        options.timeout = .seconds(timeout)
        options.userAgent = FetchOptions.userAgent(version: Extractor.version)
        let fetcher = Fetcher(options: options)
        var report = BatchReport()
        var troubled = false
        for input in inputs {
            do throws(ArchivingError) {
                let result = InputKind.isURL(input)
                    ? try await archiver.archiveURL(input, fetcher: fetcher)
                    : try archiver.archiveFile(input, url: url)
                report.record(result, source: input)
                if case .notAnArticle = result {
                    Console.error(ResultLines.describe(result, source: input))
                    troubled = true
                } else {
                    Console.out(ResultLines.describe(result, source: input))
                }
            } catch {
                report.record(error, source: input)
                Console.error(error.description)
                troubled = true
            }
        }
        if inputs.count > 1 { Console.error(report.summaryLine) }
        if troubled { throw ExitCode(1) }
    }
}

/// Tells URLs from file paths.
enum InputKind {
    /// Anything with a scheme ("https://", "ftp://", "file://") is a URL; the fetcher refuses all but http(s).
    static func isURL(_ input: String) -> Bool {
        guard let colon = input.range(of: "://") else { return false }
        let scheme = input[..<colon.lowerBound]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == "." }
    }

    /// An absolute http(s) URL with a host: what `--url` must be for links to resolve against it.
    static func isWebURL(_ text: String) -> Bool {
        guard let components = URLComponents(string: text), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else { return false }
        return true
    }
}
