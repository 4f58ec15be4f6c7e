/// How hard a batch of URLs may press on the web: how many fetches run at
/// once in all, how many at once against one host, and the least time
/// between two fetches from the same host starting.
public struct BatchOptions: Equatable, Sendable {
    /// The most URLs fetched and archived at the same time.
    public var jobs: Int
    /// The most fetches from one host at the same time.
    public var perHost: Int
    /// The least time between the starts of two fetches from the same host.
    public var perHostDelay: Duration

    public init(jobs: Int = 8, perHost: Int = 2, perHostDelay: Duration = .milliseconds(500)) {
        self.jobs = max(1, jobs)
        self.perHost = max(1, perHost)
        self.perHostDelay = max(.zero, perHostDelay)
    }
}
