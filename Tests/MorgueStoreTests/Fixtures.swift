import Foundation
import MorgueModel
@testable import MorgueStore

/// Articles and captures for the store tests, built from their parts so each
/// test states what differs.
enum Fixtures {
    static let extractorVersion = "test-1"

    /// An article with every field set, including CJK text and a dateline.
    static func fullArticle(text: String = "国家统计局 said on Tuesday that industrial output rose.") -> Article {
        Article(
            title: "China's factory output rises",
            siteName: "Example Times",
            section: "World",
            url: "https://example.com/2015/09/17/output.html",
            canonicalURL: "https://example.com/output",
            language: "zh-CN",
            published: "2015-09-17T10:30:00-04:00",
            modified: "2015-09-17T14:30:00Z",
            byline: "Jane Doe and 李明 for Reuters",
            authors: ["Jane Doe", "李明"],
            organization: "Reuters",
            dateline: Dateline(text: "BEIJING (Reuters) –", location: "BEIJING", agency: "Reuters", date: "Sept 16"),
            captions: [
                Caption(text: "Workers at a plant.", credit: "AP Photo/Ng Han Guan", imageURL: "https://example.com/a.jpg"),
                Caption(text: "A second photo, no credit."),
                Caption(text: "Third", credit: "Jane Doe/Reuters", imageURL: nil),
            ],
            corrections: ["An earlier version misstated the month."],
            text: text,
            markdown: "**\(text)**",
            wordCount: 9,
            isArticle: true,
            notes: ["paywall hint"],
            contentHash: Digest.sha256Hex("China's factory output rises\n" + text),
            extractorVersion: extractorVersion
        )
    }

    /// A small article whose identity is `title` + `text`.
    static func article(title: String, text: String, url: String? = nil) -> Article {
        Article(
            title: title, url: url, text: text, wordCount: text.split(separator: " ").count,
            contentHash: Digest.sha256Hex(title + "\n" + text), extractorVersion: extractorVersion)
    }

    static func capture(_ html: String, url: String = "https://example.com/page") -> CaptureInput {
        CaptureInput(
            raw: Data(html.utf8), source: .url(url), requestedURL: url, finalURL: url,
            fetchedAt: Date(timeIntervalSince1970: 1_442_500_000), httpStatus: 200,
            contentType: "text/html; charset=utf-8", etag: "\"abc\"", lastModified: "Thu, 17 Sep 2015 14:30:00 GMT")
    }

    static func item(title: String, text: String, html: String) -> ArchiveItem {
        ArchiveItem(article: article(title: title, text: text), capture: capture(html))
    }
}

/// A clock that moves one second forward on every reading, so archive
/// times are distinct and ordered.
final class SteppingClock: Sendable {
    private let start = Date(timeIntervalSince1970: 1_700_000_000)
    private let ticks = Counter()

    var now: @Sendable () -> Date {
        { [start, ticks] in start.addingTimeInterval(TimeInterval(ticks.next())) }
    }
}

/// A thread-safe counter for the clock.
final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
