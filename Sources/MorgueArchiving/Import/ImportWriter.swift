import Foundation
import MorgueExtraction
import MorgueStore

/// The writing side of an import: takes the units of an import in order,
/// and commits them in batches (one transaction per batch: the articles,
/// their captures and the import records together, so a crash never leaves
/// a page stored without its record or the other way round). One batch at a
/// time is written, on a thread of its own, while the next one gathers.
/// Reports each page, in order, once its batch is committed.
struct ImportWriter {
    let archive: Archive
    let options: ImportOptions
    let started: Date
    private(set) var report: ImportReport
    private(set) var progress: ImportProgress
    private let events: (ImportEvent) -> Void

    private var pending: [ImportUnit] = []
    private var pendingStores = 0
    private var pendingBytes = 0
    private var oldestPending: Date?
    /// The batch being committed on the committing thread.
    private var inFlight: BatchCommit?

    /// Units held back at most, even when none of them stores anything.
    static let maxPendingUnits = 1000

    init(archive: Archive, options: ImportOptions, report: ImportReport, progress: ImportProgress,
         started: Date, events: @escaping (ImportEvent) -> Void) {
        self.archive = archive
        self.options = options
        self.report = report
        self.progress = progress
        self.started = started
        self.events = events
    }

    /// Takes the next unit in order; commits when a batch is full or has waited long enough.
    mutating func accept(_ unit: ImportUnit) {
        if inFlight?.isDone == true { finishCommit() }
        let steps = Self.steps(for: unit)
        if pending.isEmpty && inFlight == nil && steps.isEmpty {
            complete(unit, outcome: nil)
            return
        }
        pending.append(unit)
        if case .store = unit.result { pendingStores += 1 }
        pendingBytes += unit.pendingBytes
        let now = Date()
        if oldestPending == nil { oldestPending = now }
        if pendingStores >= options.batchSize || pendingBytes >= options.batchBytes
            || pending.count >= Self.maxPendingUnits
            || now.timeIntervalSince(oldestPending ?? now) >= options.maxBatchDelay {
            flush()
        }
    }

    /// Hands what is pending to the committing thread, once the batch before
    /// it is committed and reported: while one batch commits, the next one
    /// gathers, so the extraction threads never wait on the disk.
    mutating func flush() {
        defer {
            pending = []
            pendingStores = 0
            pendingBytes = 0
            oldestPending = nil
        }
        guard !pending.isEmpty else { return }
        finishCommit()
        let units = pending
        inFlight = BatchCommit(units: units) { [archive] in Self.commit(units, to: archive) }
    }

    /// Commits what is pending and reports every page: the end of an import.
    mutating func finish() {
        flush()
        finishCommit()
    }

    /// Waits for the batch being committed, if any, and reports its pages.
    mutating func finishCommit() {
        guard let commit = inFlight else { return }
        inFlight = nil
        for committed in commit.wait() {
            complete(committed.unit, outcome: committed.outcome)
        }
    }

    /// Writes `units` in one transaction; returns each unit as written, with
    /// its archive outcome. When one page spoils the batch (or the archive
    /// fails), each page is written alone, so only the bad one fails.
    private static func commit(_ units: [ImportUnit], to archive: Archive) -> [CommittedUnit] {
        var steps: [ImportStep] = []
        var archiveSteps: [Int?] = []
        for unit in units {
            let own = Self.steps(for: unit)
            archiveSteps.append(own.firstIndex(where: Self.isArchive).map { steps.count + $0 })
            steps += own
        }
        do {
            let outcomes = try archive.applyImport(steps)
            return zip(units, archiveSteps).map { CommittedUnit(unit: $0, outcome: $1.flatMap { outcomes[$0] }) }
        } catch {
            var written: [CommittedUnit] = []
            for unit in units {
                let own = Self.steps(for: unit)
                do {
                    let outcomes = try archive.applyImport(own)
                    written.append(CommittedUnit(unit: unit, outcome: own.firstIndex(where: Self.isArchive).flatMap { outcomes[$0] }))
                } catch {
                    var failed = unit
                    failed.result = .failed(.store(error))
                    written.append(CommittedUnit(unit: failed, outcome: nil))
                }
            }
            return written
        }
    }

    /// The report as it stands, with the time taken.
    func finalReport(interrupted: Bool) -> ImportReport {
        var final = report
        final.filesTotal = progress.filesTotal
        final.filesDone = progress.filesDone
        final.interrupted = interrupted
        final.seconds = Date().timeIntervalSince(started)
        return final
    }

    // MARK: Units

    private mutating func complete(_ unit: ImportUnit, outcome: ArchiveOutcome?) {
        var page: Result<ArchiveResult, ArchivingError>?
        var recalled = false
        switch unit.result {
        case .store(let item, _):
            if let outcome { page = .success(ArchiveResult(outcome, title: item.article.title)) }
        case .decided(let result):
            page = .success(result)
        case .failed(let error):
            page = .failure(error)
        case .ignored(let reason):
            report.ignore(reason: reason)
        case .recalled(.page(let result)):
            page = result
            recalled = true
            report.recalled += 1
        case .recalled(.ignored(let reason)):
            report.ignore(reason: reason)
        case .marker:
            break
        }
        if unit.endsFile { progress.filesDone += 1 }
        progress.elapsed = Date().timeIntervalSince(started)
        guard let page else {
            events(.progress(progress))
            return
        }
        progress.pages += 1
        switch page {
        case .success(let result):
            report.batch.record(result, source: unit.source)
            switch result {
            case .archived, .newCapture: progress.stored += 1
            case .alreadyArchived, .notAnArticle: break
            }
        case .failure(let error):
            report.batch.record(error, source: unit.source)
            progress.failures += 1
        }
        events(.page(ImportedPage(source: unit.source, fileNumber: unit.fileNumber, outcome: page, recalled: recalled), progress))
    }

    /// The writes a unit needs: its file's record begun, its page stored or
    /// its outcome recorded, its file's record finished.
    static func steps(for unit: ImportUnit) -> [ImportStep] {
        var steps: [ImportStep] = []
        if let file = unit.begins { steps.append(.beginFile(file)) }
        let version = Extractor.version
        switch unit.result {
        case .store(let item, let sha256):
            steps.append(.archive(item, sha256: sha256, entry: unit.key))
        case .decided(let result):
            if let key = unit.key {
                switch result {
                case .archived(let id, _), .newCapture(let id, _), .alreadyArchived(let id):
                    steps.append(.record(key, .stored(articleID: id), extractorVersion: version))
                case .notAnArticle(let reason):
                    steps.append(.record(key, .notArticle(reason: reason), extractorVersion: version))
                }
            }
        case .failed(let error):
            if let key = unit.key, let outcome = ImportRecordMapping.recorded(error) {
                steps.append(.record(key, outcome, extractorVersion: version))
            }
        case .ignored(let reason):
            if let key = unit.key { steps.append(.record(key, .ignored(reason: reason), extractorVersion: version)) }
        case .recalled, .marker:
            break
        }
        if let path = unit.finishes { steps.append(.finishFile(path: path)) }
        return steps
    }

    private static func isArchive(_ step: ImportStep) -> Bool {
        if case .archive = step { return true }
        return false
    }
}
