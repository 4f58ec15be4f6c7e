import Foundation
import MorgueFeeds
import MorgueFetch
import MorgueStore

extension URLBatch {
    /// Fetches the feed at `url`, reads its items, and archives every item
    /// whose URL is not in the archive yet, with the item's title, date and
    /// authors as hints. Items run as a batch (same limits as `run`), after
    /// the feed's own fetch as far as its host's delay goes; a failing item
    /// never stops the others. Throws only when the feed itself cannot be
    /// fetched or read.
    public func archiveFeed(_ url: String, progress: Progress = { _ in }) async throws(ArchivingError) -> FeedRun {
        var feedOptions = fetcher.options
        feedOptions.accepts = .feed
        let fetchStarted = ContinuousClock.now
        let page: FetchedPage
        do {
            page = try await Fetcher(options: feedOptions).fetch(url)
        } catch {
            throw .fetch(error)
        }
        let feed: Feed
        do {
            feed = try Feed.parse(page.body, url: page.finalURL)
        } catch {
            throw .feed(error)
        }
        var report = BatchReport()
        var jobs: [Job] = []
        for item in feed.items {
            let known: [ArticleSummary]
            do {
                known = try archiver.archive.articles(url: item.link)
            } catch {
                throw .store(error)
            }
            if let article = known.first {
                let result = ArchiveResult.alreadyArchived(articleID: article.id)
                report.record(result, source: item.link)
                progress(Outcome(url: item.link, result: .success(result)))
            } else {
                jobs.append(Job(url: item.link, hints: ArticleHints(item)))
            }
        }
        var earliestStarts: [String: ContinuousClock.Instant] = [:]
        for feedURL in [url, page.finalURL] {
            if let host = Self.hostKey(feedURL) { earliestStarts[host] = fetchStarted + options.perHostDelay }
        }
        report = await run(jobs, into: report, earliestStarts: earliestStarts, progress: progress)
        return FeedRun(url: url, feed: feed, report: report)
    }
}
