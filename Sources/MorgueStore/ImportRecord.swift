/// A file as an import saw it: its absolute path, its size and its
/// modification time. When all three match on a later import, the file is
/// taken to be unchanged.
public struct ImportedFile: Equatable, Hashable, Sendable {
    /// The absolute path, as captures record it.
    public var path: String
    public var size: Int64
    /// Modification time, nanoseconds since 1970.
    public var modifiedNanoseconds: Int64

    public init(path: String, size: Int64, modifiedNanoseconds: Int64) {
        self.path = path
        self.size = size
        self.modifiedNanoseconds = modifiedNanoseconds
    }
}

/// Which page of an imported file an entry is about: `member` is 0 for a
/// page file, the record's offset for a record of a WARC file.
public struct ImportEntryKey: Equatable, Hashable, Sendable {
    public var path: String
    public var member: Int64

    public init(path: String, member: Int64 = 0) {
        self.path = path
        self.member = member
    }
}

/// Failures that belong to a page's bytes, so reading the same bytes again
/// would fail the same way.
public enum ImportFailureKind: String, Equatable, Sendable, CaseIterable {
    case empty
    case binary
    case notHTML = "not_html"
    case badGzip = "bad_gzip"
    case badWARC = "bad_warc"
    case tooLarge = "too_large"
}

/// What became of one page of an imported file.
public enum ImportEntryOutcome: Equatable, Sendable {
    /// The page's bytes are a capture of this article (stored now or before).
    case stored(articleID: Int64)
    /// The page holds no story.
    case notArticle(reason: String)
    /// The page's bytes cannot be archived; `detail` says more where there is more to say.
    case failed(ImportFailureKind, detail: String?)
    /// A WARC record that is not a page (a request, metadata, an image).
    case ignored(reason: String)
}

/// One recorded page outcome, with the extractor version that decided it.
public struct ImportEntry: Equatable, Sendable {
    public var member: Int64
    public var outcome: ImportEntryOutcome
    public var extractorVersion: String

    public init(member: Int64, outcome: ImportEntryOutcome, extractorVersion: String) {
        self.member = member
        self.outcome = outcome
        self.extractorVersion = extractorVersion
    }
}

/// What the archive remembers of an imported file: the details it had, whether
/// every page in it was recorded, and the entries, by member.
public struct ImportRecord: Equatable, Sendable {
    public var file: ImportedFile
    /// True once every page of the file has its entry.
    public var finished: Bool
    /// The entries, ordered by member.
    public var entries: [ImportEntry]

    public init(file: ImportedFile, finished: Bool, entries: [ImportEntry]) {
        self.file = file
        self.finished = finished
        self.entries = entries
    }

    /// The entry for `member`, if recorded.
    public func entry(member: Int64) -> ImportEntry? {
        entries.first { $0.member == member }
    }
}

/// One write of an import, applied with others in one transaction by
/// `Archive.applyImport(_:)`.
public enum ImportStep: Sendable {
    /// Starts (or continues) the record of a file. When the archive holds the
    /// file with another size or modification time, its old entries are
    /// dropped: the file changed and is read afresh.
    case beginFile(ImportedFile)
    /// Archives an article with its capture (as `Archive.archive(_:)` does),
    /// and records the outcome under `entry`. `sha256` is the SHA-256 (hex) of
    /// the capture's raw bytes, computed by the caller.
    case archive(ArchiveItem, sha256: String, entry: ImportEntryKey?)
    /// Records an outcome without storing anything else, with the version of
    /// the extractor that decided it.
    case record(ImportEntryKey, ImportEntryOutcome, extractorVersion: String)
    /// Marks the file as read to its end.
    case finishFile(path: String)
}
