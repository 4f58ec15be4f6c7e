import MorgueStore

/// What happened to one page.
public enum ArchiveResult: Equatable, Sendable {
    /// Stored as a new article.
    case archived(articleID: Int64, title: String?)
    /// The same story was archived before; these bytes were added as another capture of it.
    case newCapture(articleID: Int64, title: String?)
    /// These exact bytes were archived before; nothing changed.
    case alreadyArchived(articleID: Int64)
    /// The page holds no story (a section front, a wall) and was not stored.
    case notAnArticle(reason: String)

    init(_ outcome: ArchiveOutcome, title: String?) {
        switch outcome {
        case .archived(let id): self = .archived(articleID: id, title: title)
        case .newCapture(let id): self = .newCapture(articleID: id, title: title)
        case .alreadyArchived(let id): self = .alreadyArchived(articleID: id)
        }
    }
}
