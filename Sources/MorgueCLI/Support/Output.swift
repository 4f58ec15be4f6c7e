import Foundation
import MorgueExtraction
import MorgueModel

/// Writes results to stdout.
enum Output {
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func printJSON(_ article: Article, explanation: Explained?) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        if let explanation {
            try FileHandle.standardOutput.write(encoder.encode(ExplainedJSON(explanation)) + Data("\n".utf8))
        } else {
            try FileHandle.standardOutput.write(encoder.encode(article) + Data("\n".utf8))
        }
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
