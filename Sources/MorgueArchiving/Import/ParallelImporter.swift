import Foundation
import MorgueExtraction
import MorgueStore

/// Imports saved pages and WARC files at archive scale: pages are extracted
/// on `jobs` threads while one writer commits them in batches, in the order
/// of the files, so the outcomes are those of a one-page-at-a-time import.
///
/// Memory stays flat whatever the size of the import: files are walked one
/// folder at a time, WARC files are read record by record, and only a
/// bounded number of pages is in flight. Every outcome is recorded in the
/// archive with the file's size and modification time, so importing the
/// same files again recalls the outcomes without reading unchanged files,
/// and an import that was stopped (or killed) goes on where it left off.
public struct ParallelImporter: Sendable {
    public let archive: Archive
    public let extractor: Extractor
    public let options: ImportOptions

    public init(archive: Archive, extractor: Extractor = Extractor(), options: ImportOptions = ImportOptions()) {
        self.archive = archive
        self.extractor = extractor
        self.options = options
    }

    /// Imports every page file and WARC file below `paths` (files given by
    /// name are taken as they are), reporting each page on the calling
    /// thread as its batch is committed. Stops early, with every page read so
    /// far written, when `stop` is set.
    public func run(
        _ paths: [String], stop: ImportStop = ImportStop(), events: (ImportEvent) -> Void = { _ in }
    ) -> ImportReport {
        let started = Date()
        var report = ImportReport()
        var total = 0
        var roots: [String] = []
        // Counting first names the paths that are missing or hold nothing, and gives the total.
        for path in paths {
            do throws(ArchivingError) {
                var walker = try PageWalker(root: path, accepts: ImportFeeder.accepts)
                var count = 0
                while walker.next() != nil { count += 1 }
                for folder in walker.unreadableFolders {
                    report.batch.record(.unreadable(path: folder, reason: "cannot list the folder"), source: folder)
                }
                if count == 0 { throw .noHTMLFiles(folder: path) }
                total += count
                roots.append(path)
            } catch {
                report.batch.record(error, source: path)
            }
        }
        let progress = ImportProgress(
            filesTotal: total, failures: report.batch.failed.count, elapsed: Date().timeIntervalSince(started))
        events(.started(progress))
        return withoutActuallyEscaping(events) { events in
            write(roots: roots, total: total, report: report, progress: progress, started: started, stop: stop, events: events)
        }
    }

    /// Starts the feeder and the extraction threads, and writes on this thread.
    private func write(
        roots: [String], total: Int, report: ImportReport, progress: ImportProgress, started: Date,
        stop: ImportStop, events: @escaping (ImportEvent) -> Void
    ) -> ImportReport {
        var writer = ImportWriter(
            archive: archive, options: options, report: report, progress: progress, started: started, events: events)

        let channel = OrderedChannel<ImportUnit>(window: options.jobs * 4 + 16)
        let jobs = BlockingQueue<ImportJob>()
        let pages = PageImport(archive: archive, extractor: extractor, keepNonArticles: options.keepNonArticles)
        let feeder = ImportFeeder(roots: roots, pages: pages, channel: channel, jobs: jobs, stop: stop)
        let done = DispatchGroup()
        Self.start(done) { feeder.run() }
        for _ in 0..<options.jobs {
            Self.start(done) {
                while let job = jobs.pop() {
                    switch job {
                    case .pageFile(let sequence, let fileNumber, let path):
                        channel.put(pages.pageFile(path, fileNumber: fileNumber), sequence: sequence)
                    case .warcPage(let sequence, let unit, let page):
                        channel.put(pages.warcPage(page, unit: unit), sequence: sequence)
                    }
                }
            }
        }
        while let unit = channel.take() {
            writer.accept(unit)
        }
        writer.finish()
        done.wait()
        return writer.finalReport(interrupted: stop.isStopped && writer.progress.filesDone < total)
    }

    /// Runs `body` on a thread of its own, with room for deep pages on its stack.
    private static func start(_ group: DispatchGroup, _ body: @escaping @Sendable () -> Void) {
        group.enter()
        let thread = Thread {
            body()
            group.leave()
        }
        thread.stackSize = 8 * 1024 * 1024
        thread.start()
    }
}
