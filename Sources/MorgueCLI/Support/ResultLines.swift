import MorgueArchiving

/// How a page's outcome is told to the user.
enum ResultLines {
    static func describe(_ result: ArchiveResult, source: String) -> String {
        switch result {
        case .archived(let id, let title):
            return "archived #\(id): \(title ?? "(untitled)")"
        case .newCapture(let id, let title):
            return "already archived as #\(id) (same story, new capture stored): \(title ?? "(untitled)")"
        case .alreadyArchived(let id):
            return "\(source): already archived as #\(id)"
        case .notAnArticle(let reason):
            return "\(source): not an article (\(reason)); nothing stored (use --keep-non-articles to store it)"
        }
    }
}
