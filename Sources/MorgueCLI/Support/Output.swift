import Foundation
import MorgueExtraction
import MorgueModel

/// Writes `extract --explain` output.
enum Output {
    static func printExplained(_ explained: Explained) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        Console.raw(String(decoding: try encoder.encode(ExplainedJSON(explained)), as: UTF8.self) + "\n")
    }
}

/// An article's JSON with two more fields: what was dropped and where the story was found.
private struct ExplainedJSON: Encodable {
    let explained: Explained

    init(_ explained: Explained) { self.explained = explained }

    enum Keys: String, CodingKey { case removed, contentRoots = "content_roots" }

    func encode(to encoder: Encoder) throws {
        try explained.article.encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(explained.removals, forKey: .removed)
        try container.encode(explained.contentRoots, forKey: .contentRoots)
    }
}
