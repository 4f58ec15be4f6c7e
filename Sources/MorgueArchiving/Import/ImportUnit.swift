import MorgueStore

/// One step of an import on its way to the writer: a page (or a WARC record,
/// or the end of a file) with what became of it and what to record.
struct ImportUnit: Sendable {
    /// The page as named to the user.
    var source: String
    /// The position (1-based) of its file among the files of the import.
    var fileNumber: Int
    /// Where the outcome is recorded for later imports; nil when it is not.
    var key: ImportEntryKey?
    /// The file's record starts here (first unit of a file read afresh).
    var begins: ImportedFile?
    /// The file's record is complete after this unit.
    var finishes: String?
    /// This unit ends its file, for progress.
    var endsFile: Bool
    var result: Result

    enum Result: Sendable {
        /// Extracted, to be stored; `sha256` is the hash of the capture's bytes.
        case store(ArchiveItem, sha256: String)
        /// Decided without storing: bytes already archived, or not an article.
        case decided(ArchiveResult)
        case failed(ArchivingError)
        /// A WARC record that is not a page.
        case ignored(reason: String)
        /// Recalled from an earlier import of the unchanged file: nothing to write.
        case recalled(Recalled)
        /// Nothing but the markers (the end of a WARC file).
        case marker
    }

    enum Recalled: Sendable {
        case page(Swift.Result<ArchiveResult, ArchivingError>)
        case ignored(reason: String)
    }

    /// The bytes the unit holds until it is written, for batch limits.
    var pendingBytes: Int {
        if case .store(let item, _) = result { return item.capture.raw.count }
        return 0
    }
}
