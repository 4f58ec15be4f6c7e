import Foundation
import MorgueModel

/// The JSON coders used for the article column and the JSON array columns,
/// configured once so every row is written the same way.
enum ArticleEncoding {
    static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func article(fromJSON json: String) throws -> Article {
        try JSONDecoder().decode(Article.self, from: Data(json.utf8))
    }
}
