import Foundation
import MorgueExtraction
import MorgueModel

/// Writes results to stdout.
enum Output {
    static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func printJSON(_ article: Article, removals: [Removal]?) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .withoutEscapingSlashes]
        var data = try encoder.encode(article)
        if let removals {
            // Append the removals as one more field of the object.
            let extra = try encoder.encode(["removed": removals])
            var object = String(decoding: data, as: UTF8.self)
            let tail = String(decoding: extra, as: UTF8.self)
            object.removeLast() // "}"
            object = object.trimmingCharacters(in: .whitespacesAndNewlines) + ",\n" + tail.dropFirst(2)
            data = Data(object.utf8)
        }
        FileHandle.standardOutput.write(data + Data("\n".utf8))
    }
}
