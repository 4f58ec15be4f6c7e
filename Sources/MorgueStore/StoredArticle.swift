import Foundation
import MorgueModel

/// An article as the archive holds it: the extracted `Article`, its id, when
/// it was archived, and the captures it was extracted from (oldest first).
///
/// The `Article` is decoded from the JSON written at archive time, so every
/// field of the JSON contract comes back exactly. Its `body` block tree is not
/// part of that contract and comes back empty; `text` and `markdown` hold the
/// renderings made from it.
public struct StoredArticle: Equatable, Sendable {
    public var id: Int64
    public var archivedAt: Date
    public var article: Article
    public var captures: [CaptureSummary]

    public init(id: Int64, archivedAt: Date, article: Article, captures: [CaptureSummary]) {
        self.id = id
        self.archivedAt = archivedAt
        self.article = article
        self.captures = captures
    }
}
