import Foundation

/// The saved news pages in the package's `fixtures/` folder.
enum FixturePages {
    /// The package's `fixtures/` folder, found from this file's place in `Tests/`.
    static let folder: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.appendingPathComponent("fixtures").path
    }()

    /// Story pages: each holds one article.
    static let stories = ["ap-wire-story", "reuters-dateline", "no-byline"]
    /// A section front with many teasers: no article.
    static let sectionFront = "section-front-not-article"

    static func path(_ name: String) -> String { folder + "/" + name + ".html" }

    static func bytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: URL(fileURLWithPath: path(name))))
    }
}
