import Foundation
import MorgueModel
@testable import MorgueExport

/// Articles the export tests share.
enum Fixtures {
    /// A wire story with a dateline, two captions (one without an image) and a correction.
    static let wireStory = Article(
        title: "Protesters fill Hong Kong streets",
        siteName: "The New York Times",
        section: "World",
        url: "https://www.nytimes.com/2015/09/17/world/asia/hong-kong.html",
        canonicalURL: "https://www.nytimes.com/2015/09/17/world/asia/hong-kong.html",
        language: "en",
        published: "2015-09-17T10:30:00-04:00",
        modified: nil,
        byline: "Jane Doe and John Roe",
        authors: ["Jane Doe", "John Roe"],
        organization: "The New York Times",
        dateline: Dateline(text: "HONG KONG (The New York Times) –", location: "HONG KONG", agency: "The New York Times"),
        captions: [
            Caption(text: "Crowds on Nathan Road.", credit: "AP Photo/Ng Han Guan", imageURL: "https://static.example.com/img/crowd 1.jpg"),
            Caption(text: "A police line.", credit: nil, imageURL: nil),
        ],
        corrections: ["An earlier version misstated the date of the march."],
        text: "HONG KONG (The New York Times) – Thousands marched.\n\nPolice watched.",
        markdown: "HONG KONG (The New York Times) – Thousands marched.\n\nPolice *watched*.",
        wordCount: 9,
        contentHash: "3f2a9c0d7e1b4a5f8c6d2e0b9a7f1c3e5d4b2a0f9e8d7c6b5a4f3e2d1c0b9a8f",
        extractorVersion: "1.0.0"
    )

    /// An article with every optional left out.
    static let bare = Article(title: nil, extractorVersion: "1.0.0")

    static let archivedAt = Date(timeIntervalSince1970: 1_714_564_800) // 2024-05-01T12:00:00Z

    static func article(title: String?, hash: String? = nil, published: String? = nil) -> Article {
        Article(title: title, published: published, text: "Body.", markdown: "Body.", contentHash: hash, extractorVersion: "1.0.0")
    }

    /// A fresh, empty folder under the temporary directory.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("morgue-export-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
