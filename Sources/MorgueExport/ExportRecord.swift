import Foundation
import MorgueModel

/// What the exporters take: an article, and — for an article read back from
/// the archive — its archive id and the moment it was archived.
///
/// In JSON, `id` and `archived_at` come first when present, followed by the
/// article's own fields; a record without them prints exactly as its article.
public struct ExportRecord: Equatable, Sendable {
    public var article: Article
    /// The archive's id of the article.
    public var id: Int64?
    /// When the article was archived; exported in UTC to the second.
    public var archivedAt: Date?

    public init(_ article: Article, id: Int64? = nil, archivedAt: Date? = nil) {
        self.article = article
        self.id = id
        self.archivedAt = archivedAt
    }

    /// `archivedAt` as ISO 8601 in UTC ("2024-05-01T12:00:00Z").
    public var archivedAtText: String? {
        archivedAt.map { $0.formatted(.iso8601) }
    }
}

extension ExportRecord: Codable {
    enum EnvelopeKeys: String, CodingKey {
        case id
        case archivedAt = "archived_at"
    }

    public func encode(to encoder: Encoder) throws {
        var envelope = encoder.container(keyedBy: EnvelopeKeys.self)
        if let id { try envelope.encode(id, forKey: .id) }
        if let archivedAtText { try envelope.encode(archivedAtText, forKey: .archivedAt) }
        try article.encode(to: encoder)
    }

    public init(from decoder: Decoder) throws {
        let envelope = try decoder.container(keyedBy: EnvelopeKeys.self)
        id = try envelope.decodeIfPresent(Int64.self, forKey: .id)
        if let text = try envelope.decodeIfPresent(String.self, forKey: .archivedAt) {
            do {
                archivedAt = try Date(text, strategy: .iso8601)
            } catch {
                throw DecodingError.dataCorruptedError(
                    forKey: .archivedAt, in: envelope, debugDescription: "not an ISO 8601 date: \(text)")
            }
        } else {
            archivedAt = nil
        }
        article = try Article(from: decoder)
    }
}
