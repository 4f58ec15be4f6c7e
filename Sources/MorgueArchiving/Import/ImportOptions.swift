import Foundation

/// How a parallel import runs.
public struct ImportOptions: Sendable {
    /// Extraction threads; at least 1.
    public var jobs: Int
    /// Store pages that hold no story (section fronts, walls) anyway.
    public var keepNonArticles: Bool
    /// Articles written per transaction, at most.
    public var batchSize: Int
    /// Page bytes held for one transaction, at most (large pages make smaller batches).
    public var batchBytes: Int
    /// The longest a finished page waits to be written, in seconds, so a slow
    /// import still commits (and reports) as it goes.
    public var maxBatchDelay: TimeInterval

    public init(
        jobs: Int = ProcessInfo.processInfo.activeProcessorCount, keepNonArticles: Bool = false,
        batchSize: Int = 200, batchBytes: Int = 64 * 1024 * 1024, maxBatchDelay: TimeInterval = 2
    ) {
        self.jobs = max(jobs, 1)
        self.keepNonArticles = keepNonArticles
        self.batchSize = max(batchSize, 1)
        self.batchBytes = max(batchBytes, 1)
        self.maxBatchDelay = maxBatchDelay
    }
}

/// A request to stop an import early (Ctrl-C): no new file is started, the
/// pages already read are finished and written, and the import returns its
/// report. Safe to set from any thread, or from a signal handler's queue.
public final class ImportStop: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false

    public init() {}

    public func stop() {
        lock.withLock { stopped = true }
    }

    public var isStopped: Bool {
        lock.withLock { stopped }
    }
}
