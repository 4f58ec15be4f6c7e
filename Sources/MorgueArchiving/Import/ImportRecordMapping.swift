import MorgueStore

/// Between outcomes as an import sees them and as the archive's import
/// records keep them.
enum ImportRecordMapping {
    /// The recorded form of a failure, for failures that belong to the
    /// bytes (reading them again would fail the same way); nil for the others
    /// (a missing file, a permission, the archive itself).
    static func recorded(_ error: ArchivingError) -> ImportEntryOutcome? {
        switch error {
        case .emptyFile: return .failed(.empty, detail: nil)
        case .binaryFile: return .failed(.binary, detail: nil)
        case .feedFile: return .failed(.notHTML, detail: feedDetail)
        case .notHTML: return .failed(.notHTML, detail: nil)
        case .compressed(_, let reason): return .failed(.badGzip, detail: reason)
        case .badWARC(_, let reason): return .failed(.badWARC, detail: reason)
        case .unreadable(_, let reason) where reason == PageFile.tooLargeReason: return .failed(.tooLarge, detail: nil)
        default: return nil
        }
    }

    /// A feed is recorded as not HTML, with this detail.
    static let feedDetail = "feed"

    /// A recorded failure as the error it was, naming `source`.
    static func error(_ kind: ImportFailureKind, detail: String?, source: String) -> ArchivingError {
        switch kind {
        case .empty: return .emptyFile(source: source)
        case .binary: return .binaryFile(source: source)
        case .notHTML: return detail == feedDetail ? .feedFile(source: source) : .notHTML(source: source)
        case .badGzip: return .compressed(path: source, reason: detail ?? "corrupt")
        case .badWARC: return .badWARC(source: source, reason: detail ?? "unreadable")
        case .tooLarge: return PageFile.tooLarge(source)
        }
    }

    /// A recorded entry as an outcome, when it still holds: a page once
    /// found not to be an article is looked at again when non-articles are
    /// now kept, or when another extractor version decided it.
    static func recall(
        _ entry: ImportEntry, source: String, keepNonArticles: Bool, extractorVersion: String
    ) -> ImportUnit.Recalled? {
        switch entry.outcome {
        case .stored(let id):
            return .page(.success(.alreadyArchived(articleID: id)))
        case .notArticle(let reason):
            guard !keepNonArticles, entry.extractorVersion == extractorVersion else { return nil }
            return .page(.success(.notAnArticle(reason: reason)))
        case .failed(let kind, let detail):
            return .page(.failure(error(kind, detail: detail, source: source)))
        case .ignored(let reason):
            return .ignored(reason: reason)
        }
    }
}
