import MorgueFeeds

/// What archiving a feed did: the feed as read, and the tally of its items
/// (items already in the archive count as already archived, unfetched).
public struct FeedRun: Sendable {
    /// The feed's URL as given.
    public let url: String
    public let feed: Feed
    public let report: BatchReport
}
