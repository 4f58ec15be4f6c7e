import Foundation
import MorgueFetch

/// Archives many live URLs at once, politely: at most `options.jobs` at a
/// time, at most `options.perHost` from one host, and never two fetches
/// from one host starting closer than `options.perHostDelay`. One failing
/// URL never stops the others. Each page is stored in its own transaction,
/// so the archive stays consistent whatever order the fetches finish in.
public struct URLBatch: Sendable {
    public let archiver: Archiver
    public let options: BatchOptions
    /// The fetcher for pages (HTML only).
    public let fetcher: Fetcher

    /// - Parameter fetchOptions: the limits of every fetch (timeout,
    ///   redirects, size, user agent); `accepts` is set per fetch.
    public init(archiver: Archiver, fetchOptions: FetchOptions = FetchOptions(), options: BatchOptions = BatchOptions()) {
        self.archiver = archiver
        self.options = options
        var pageOptions = fetchOptions
        pageOptions.accepts = .htmlPage
        self.fetcher = Fetcher(options: pageOptions)
    }

    /// A URL to archive, with what is known about it beforehand.
    public struct Job: Equatable, Sendable {
        public var url: String
        public var hints: ArticleHints?

        public init(url: String, hints: ArticleHints? = nil) {
            self.url = url
            self.hints = hints
        }
    }

    /// What happened to one URL of a batch.
    public struct Outcome: Sendable {
        public let url: String
        public let result: Result<ArchiveResult, ArchivingError>
    }

    /// Called once per URL, as each one finishes (not in list order), on
    /// the task that runs the batch.
    public typealias Progress = (Outcome) -> Void

    /// Archives each URL once (repeats in the list are dropped) and tallies
    /// the results, added to `report` (the tally of what came before, such
    /// as saved files given with the URLs).
    public func run(
        _ urls: [String], after report: BatchReport = BatchReport(), progress: Progress = { _ in }
    ) async -> BatchReport {
        await run(urls.map { Job(url: $0) }, after: report, progress: progress)
    }

    /// Archives each job's URL once (a repeated URL keeps its first job).
    public func run(
        _ jobs: [Job], after report: BatchReport = BatchReport(), progress: Progress = { _ in }
    ) async -> BatchReport {
        await run(jobs, into: report, earliestStarts: [:], progress: progress)
    }

    func run(
        _ jobs: [Job], into report: BatchReport, earliestStarts: [String: ContinuousClock.Instant],
        progress: Progress
    ) async -> BatchReport {
        var report = report
        var seen: Set<String> = []
        let jobs = jobs.filter { seen.insert($0.url).inserted }
        guard !jobs.isEmpty else { return report }
        let scheduler = HostScheduler(
            hosts: jobs.map { Self.hostKey($0.url) }, perHost: options.perHost, delay: options.perHostDelay,
            earliestStarts: earliestStarts)
        let (results, sink) = AsyncStream.makeStream(of: (Int, Result<ArchiveResult, ArchivingError>).self)
        let workers = min(options.jobs, jobs.count)
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                await withTaskGroup(of: Void.self) { pool in
                    for _ in 0..<workers {
                        pool.addTask {
                            while !Task.isCancelled, let slot = await scheduler.next() {
                                let wait = ContinuousClock.now.duration(to: slot.startAt)
                                if wait > .zero { try? await Task.sleep(for: wait) }
                                let result = await archive(jobs[slot.index])
                                await scheduler.finished(slot)
                                sink.yield((slot.index, result))
                            }
                        }
                    }
                }
                sink.finish()
            }
            for await (index, result) in results {
                let url = jobs[index].url
                switch result {
                case .success(let archived): report.record(archived, source: url)
                case .failure(let error): report.record(error, source: url)
                }
                progress(Outcome(url: url, result: result))
            }
        }
        return report
    }

    /// Fetches the job's page, then extracts and stores it on a Dispatch
    /// thread: extraction is CPU work and the SQLite write may wait for a
    /// lock, and neither should hold one of the few cooperative threads the
    /// other fetches need to carry on.
    private func archive(_ job: Job) async -> Result<ArchiveResult, ArchivingError> {
        let page: FetchedPage
        do {
            page = try await fetcher.fetch(job.url)
        } catch {
            return .failure(.fetch(error))
        }
        let archiver = self.archiver
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                do throws(ArchivingError) {
                    continuation.resume(returning: .success(try archiver.archivePage(page, hints: job.hints)))
                } catch {
                    continuation.resume(returning: .failure(error))
                }
            }
        }
    }

    /// The host politeness applies to: the URL's host name, lower-cased
    /// (every port of a host counts as that host); nil when there is none.
    static func hostKey(_ url: String) -> String? {
        guard let host = URL(string: url)?.host, !host.isEmpty else { return nil }
        return host.lowercased()
    }
}
