/// What archiving one (article, capture) pair did. Nothing stored is ever
/// overwritten: each outcome only adds rows, or adds none.
public enum ArchiveOutcome: Equatable, Hashable, Sendable {
    /// A new article row (with its capture) was written. This includes a
    /// changed version of a URL already archived: the older article stays.
    case archived(articleID: Int64)
    /// The story was already archived (same content hash) but these bytes were
    /// not: they were recorded as another capture of that article.
    case newCapture(articleID: Int64)
    /// These exact bytes were already archived; nothing was written.
    case alreadyArchived(articleID: Int64)

    /// The article the capture belongs to.
    public var articleID: Int64 {
        switch self {
        case .archived(let id), .newCapture(let id), .alreadyArchived(let id):
            return id
        }
    }

    /// True when the write added any row.
    public var wroteAnything: Bool {
        switch self {
        case .archived, .newCapture: return true
        case .alreadyArchived: return false
        }
    }
}
