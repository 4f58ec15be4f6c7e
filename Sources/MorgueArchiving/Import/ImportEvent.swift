/// Where an import stands: what a progress display shows.
public struct ImportProgress: Equatable, Sendable {
    /// Files (pages and WARC files) the import will look at; grows if files appear while it runs.
    public var filesTotal: Int
    /// Files finished.
    public var filesDone: Int
    /// Pages with an outcome (a WARC file holds many).
    public var pages: Int
    /// New articles and new captures written.
    public var stored: Int
    /// Pages and files that failed.
    public var failures: Int
    /// Seconds since the import started.
    public var elapsed: Double

    public init(filesTotal: Int = 0, filesDone: Int = 0, pages: Int = 0, stored: Int = 0, failures: Int = 0, elapsed: Double = 0) {
        self.filesTotal = filesTotal
        self.filesDone = filesDone
        self.pages = pages
        self.stored = stored
        self.failures = failures
        self.elapsed = elapsed
    }
}

/// The outcome of one page of an import, reported in the order of the files.
public struct ImportedPage: Sendable {
    /// How the page is named to the user: the path as found, or `crawl.warc.gz#offset`.
    public var source: String
    /// The position (1-based) of the page's file among the files of the import.
    public var fileNumber: Int
    public var outcome: Result<ArchiveResult, ArchivingError>
    /// True when the outcome was recalled from an earlier import of the
    /// unchanged file, without reading it.
    public var recalled: Bool
}

/// What an import tells its caller as it goes, always on the calling thread.
public enum ImportEvent: Sendable {
    /// The files were counted; nothing was read yet.
    case started(ImportProgress)
    /// A page has its outcome (and, if stored, it is committed).
    case page(ImportedPage, ImportProgress)
    /// Progress without a page of its own: a file finished, a WARC record passed over.
    case progress(ImportProgress)
}
