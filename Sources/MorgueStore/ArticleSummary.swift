import Foundation

/// One line of a listing or a search result: enough to show and pick an
/// article, without decoding it.
public struct ArticleSummary: Equatable, Sendable {
    public var id: Int64
    public var title: String?
    public var siteName: String?
    /// As extracted (ISO 8601), nil when the page gave none.
    public var published: String?
    public var url: String?
    /// When the article was written to the archive.
    public var archivedAt: Date

    public init(id: Int64, title: String?, siteName: String?, published: String?, url: String?, archivedAt: Date) {
        self.id = id
        self.title = title
        self.siteName = siteName
        self.published = published
        self.url = url
        self.archivedAt = archivedAt
    }
}
