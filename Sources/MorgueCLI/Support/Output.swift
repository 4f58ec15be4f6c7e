import Foundation
import MorgueExtraction
import MorgueExport
import MorgueModel

/// Writes `extract --explain` output.
enum Output {
    static func printExplained(_ explained: Explained) throws {
        let name = explained.article.url ?? explained.article.title ?? "article"
        // Keys in the order of the article's contract, then the explanation's; controls escaped as in `--format json`.
        Console.raw(try JSONExport.pretty(encoding: ExplainedJSON(explained), name: name))
    }
}

/// An article's JSON with two more fields: what was dropped and where the story was found.
private struct ExplainedJSON: Encodable {
    let explained: Explained

    init(_ explained: Explained) { self.explained = explained }

    enum Keys: String, CodingKey { case removed, contentRoots = "content_roots" }

    func encode(to encoder: Encoder) throws {
        try ExportRecord(explained.article).encode(to: encoder)
        var container = encoder.container(keyedBy: Keys.self)
        try container.encode(explained.removals, forKey: .removed)
        try container.encode(explained.contentRoots, forKey: .contentRoots)
    }
}
