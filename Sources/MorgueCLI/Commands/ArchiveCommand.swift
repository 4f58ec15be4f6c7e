import ArgumentParser
import Foundation
import MorgueArchiving

/// `morgue archive PAGE... [--url URL] [--from FILE]`: archive saved pages
/// or live URLs; URLs are fetched several at a time, politely per host.
struct ArchiveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "archive",
        abstract: "Archive saved pages or live URLs.",
        discussion: """
            Each page's article is extracted and stored with the page's exact bytes.
            Archiving the same page twice changes nothing; a changed page at the same URL is kept as a new article.
            URLs are fetched --jobs at a time, at most --per-host at once from one host, with --delay
            seconds between two fetches from the same host; each prints a line as it finishes.

            Examples:
              morgue archive page.html --url https://example.com/story
              morgue archive https://example.com/story https://example.org/other
              morgue archive --from urls.txt          # one URL a line, '#' comments; '-' reads stdin
            Exit code 1 when any page failed or held no article.
            """)

    @OptionGroup var archiveOption: ArchiveOption

    @Argument(help: ArgumentHelp("Saved HTML files (.html, .htm, .gz) or http(s) URLs.", valueName: "page-or-url"))
    var inputs: [String] = []

    @Option(help: ArgumentHelp(
        "A file listing URLs (or saved pages), one a line; '#' starts a comment; '-' reads standard input.",
        valueName: "file"))
    var from: String?

    @Option(help: "Where a single saved file came from (its provenance; links resolve against it).")
    var url: String?

    @Flag(help: "Store pages that hold no article (section fronts, walls) anyway.")
    var keepNonArticles = false

    @OptionGroup(title: "Fetching")
    var fetching: FetchFlags

    func validate() throws {
        if inputs.isEmpty, from == nil { throw ValidationError("Give at least one saved page or URL, or --from FILE.") }
        if url != nil, inputs.count != 1 || InputKind.isURL(inputs[0]) || from != nil {
            throw ValidationError("--url goes with exactly one saved file.")
        }
        if let url, !InputKind.isWebURL(url) { throw ValidationError("--url must be an http or https URL, not '\(url)'.") }
    }

    func run() async throws {
        let listed = try from.map(URLListFile.read) ?? []
        let all = inputs + listed
        if all.isEmpty {
            Console.error("morgue: no URLs in \(from ?? "the list")")
            return
        }
        let archiver = Archiver(archive: try archiveOption.open(), keepNonArticles: keepNonArticles)
        var report = BatchReport()
        var troubled = false
        for input in all where !InputKind.isURL(input) {
            do throws(ArchivingError) {
                let result = try archiver.archiveFile(input, url: url)
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
        let urls = all.filter(InputKind.isURL)
        if !urls.isEmpty {
            let batch = URLBatch(archiver: archiver, fetchOptions: fetching.fetchOptions, options: fetching.batchOptions)
            report = await batch.run(urls, after: report) { outcome in
                let told = BatchLines.print(outcome)
                if told.failed || told.notAnArticle { troubled = true }
            }
        }
        if all.count > 1 { Console.error(report.summaryLine) }
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
