/// The outcome of an import: the batch tally (what was archived, skipped,
/// failed and why), and what only imports have: files, WARC records that
/// were not pages, outcomes recalled without reading, and whether the
/// import was stopped early.
public struct ImportReport: Equatable, Sendable {
    public var batch = BatchReport()
    public var filesTotal = 0
    public var filesDone = 0
    /// Pages whose outcome was recalled from an earlier import of the unchanged file.
    public var recalled = 0
    /// WARC records that are not pages, counted by reason ("request record": 12).
    public private(set) var ignoredRecords: [String: Int] = [:]
    /// True when the import was stopped (Ctrl-C) before every file was read.
    public var interrupted = false
    public var seconds = 0.0

    public init() {}

    public var hasFailures: Bool { batch.hasFailures }
    public var ignoredRecordCount: Int { ignoredRecords.values.reduce(0, +) }

    mutating func ignore(reason: String) {
        ignoredRecords[reason, default: 0] += 1
    }

    /// The batch's summary line, with the WARC records passed over when there were any:
    /// "archived 12, ..., failed 0, WARC records not pages 30 (request record: 15, ...)".
    public var summaryLine: String {
        var line = batch.summaryLine
        if !ignoredRecords.isEmpty {
            let counts = ignoredRecords.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            line += ", WARC records not pages \(ignoredRecordCount) ("
                + counts.map { "\($0.key): \($0.value)" }.joined(separator: ", ") + ")"
        }
        return line
    }

    /// The summary line, a line per skipped and failed page with its reason,
    /// and, when stopped early, how far the import got.
    public var lines: [String] {
        var lines = batch.lines
        lines[0] = summaryLine
        if interrupted {
            lines.append("interrupted after \(filesDone) of \(filesTotal) files; run the same import again to finish it")
        }
        return lines
    }
}

extension ImportReport: Encodable {
    enum CodingKeys: String, CodingKey {
        case filesTotal = "files_total", filesDone = "files_done", interrupted, seconds
        case archived, newCaptures = "new_captures", alreadyArchived = "already_archived"
        case skippedCount = "skipped_count", failedCount = "failed_count", recalled
        case warcRecordsNotPages = "warc_records_not_pages", skipped, failed
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(filesTotal, forKey: .filesTotal)
        try container.encode(filesDone, forKey: .filesDone)
        try container.encode(interrupted, forKey: .interrupted)
        try container.encode((seconds * 1000).rounded() / 1000, forKey: .seconds)
        try container.encode(batch.archived, forKey: .archived)
        try container.encode(batch.newCaptures, forKey: .newCaptures)
        try container.encode(batch.alreadyArchived, forKey: .alreadyArchived)
        try container.encode(batch.skipped.count, forKey: .skippedCount)
        try container.encode(batch.failed.count, forKey: .failedCount)
        try container.encode(recalled, forKey: .recalled)
        try container.encode(ignoredRecords, forKey: .warcRecordsNotPages)
        try container.encode(batch.skipped, forKey: .skipped)
        try container.encode(batch.failed, forKey: .failed)
    }
}
