import Foundation
import MorgueExtraction
import MorgueModel

/// Writes `extract --explain` output.
enum Output {
    static func printExplained(_ explained: Explained) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(ExplainedJSON(explained)), as: UTF8.self)
        Console.raw(escapingInvisibles(json) + "\n")
    }

    /// The encoder escapes C0 controls only; DEL, the C1 controls (U+009B
    /// starts an escape sequence on some terminals) and the line and paragraph
    /// separators are escaped here as well. Outside strings JSON holds none of
    /// them, so the document reads back the same.
    static func escapingInvisibles(_ json: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            switch scalar.value {
            case 0x7F...0x9F, 0x2028, 0x2029:
                let hex = String(scalar.value, radix: 16)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).unicodeScalars)
            default:
                out.append(scalar)
            }
        }
        return String(out)
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
