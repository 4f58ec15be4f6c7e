import ArgumentParser
import Foundation
import MorgueArchiving

/// `morgue feed FEED-URL...`: archive every item of RSS or Atom feeds that
/// is not archived yet.
struct FeedCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feed",
        abstract: "Archive every story of an RSS or Atom feed that is not archived yet.",
        discussion: """
            Reads RSS 2.0, Atom 1.0 and RSS 1.0 (RDF) feeds. Item links are resolved against the feed's URL;
            items whose URL is already in the archive are not fetched again. The item's title, date and
            author fill the article's fields when the page itself does not give them.
            Items are fetched like `morgue archive` URLs: --jobs at a time, --per-host at once per host,
            --delay seconds between two fetches from one host.

            Example:
              morgue feed https://example.com/rss.xml
            Exit code 1 when a feed could not be read or any of its items failed.
            """)

    @OptionGroup var archiveOption: ArchiveOption

    @Argument(help: ArgumentHelp("RSS or Atom feed URLs.", valueName: "feed-url"))
    var feeds: [String] = []

    @Flag(help: "Store pages that hold no article (section fronts, walls) anyway.")
    var keepNonArticles = false

    @OptionGroup(title: "Fetching")
    var fetching: FetchFlags

    func validate() throws {
        if feeds.isEmpty { throw ValidationError("Give at least one feed URL.") }
    }

    func run() async throws {
        let archiver = Archiver(archive: try archiveOption.open(), keepNonArticles: keepNonArticles)
        let batch = URLBatch(archiver: archiver, fetchOptions: fetching.fetchOptions, options: fetching.batchOptions)
        var failed = false
        for feedURL in feeds {
            do throws(ArchivingError) {
                let run = try await batch.archiveFeed(feedURL) { outcome in BatchLines.print(outcome) }
                Console.error("\(feedURL): \(Self.describe(run)); \(run.report.summaryLine)")
                if run.report.hasFailures { failed = true }
            } catch {
                Console.error(error.description)
                failed = true
            }
        }
        if failed { throw ExitCode(1) }
    }

    /// "Example news (RSS, 12 items, 1 without a link)".
    static func describe(_ run: FeedRun) -> String {
        let feed = run.feed
        var parts = [feed.format.rawValue, feed.items.count == 1 ? "1 item" : "\(feed.items.count) items"]
        if feed.itemsWithoutLink > 0 { parts.append("\(feed.itemsWithoutLink) without a link") }
        return "\(feed.title ?? "untitled feed") (\(parts.joined(separator: ", ")))"
    }
}
