import MorgueTestSupport
import Foundation
@testable import MorgueArchiving
import MorgueFetch
import MorgueStore

/// Story pages and feeds written by the tests: each seed or slug is a different story.
enum StoryPages {
    static let paragraphs = [
        "Members of the county board met on Tuesday evening to settle the budget for the coming year, after a public hearing that ran for more than three hours.",
        "Residents spoke about the library's opening hours, the state of rural roads and the swimming pool that the board promised to repair two summers ago.",
        "The budget passed by four votes to one. The member who voted against it said the board had again put off the repairs that matter most to families.",
        "A second hearing, on the plan for the old mill site, is set for next month at the community hall, and the board said it would publish the plans first.",
    ]

    /// A plain news story titled `title`; `head` goes into `<head>` (a canonical link, say).
    static func story(_ seed: Int, title: String? = nil, head: String = "", prefix: String = "") -> String {
        let title = title ?? "County board passes budget, report \(seed)"
        let body = paragraphs.map { "<p>\($0) (Report \(seed).)</p>" }.joined(separator: "\n")
        return prefix + """
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>\(title)</title>\(head)</head>
            <body>
            <article>
            <h1>\(title)</h1>
            \(body)
            </article>
            </body>
            </html>
            """
    }

    static func bytes(_ seed: Int, title: String? = nil, head: String = "", prefix: String = "") -> [UInt8] {
        Array(story(seed, title: title, head: head, prefix: prefix).utf8)
    }

    /// A story page extraction takes for an article: a title (unless nil)
    /// and six paragraphs that mention `slug`, so each story is its own.
    static func html(title: String?, slug: String, extra: String = "") -> String {
        let paragraphs = (0..<6).map { index in
            "<p>Paragraph \(index) of the \(slug) story tells how the river rose through the night, how the "
                + "volunteers filled sandbags in the rain, and how the council met at dawn to decide about the bridge.</p>"
        }.joined()
        let head = title.map { "<title>\($0)</title>" } ?? ""
        return "<!doctype html><html><head>\(head)</head><body><article>\(extra)\(paragraphs)</article></body></html>"
    }

    static func reply(title: String?, slug: String) -> LoopbackReply {
        .html(html(title: title, slug: slug))
    }

    /// An RSS 2.0 feed of `(link, title)` items, links written as given.
    static func rss(_ items: [(link: String, title: String)], extra: String = "") -> LoopbackReply {
        let body = items.map { "<item><title>\($0.title)</title><link>\($0.link)</link>\(extra)</item>" }.joined()
        let xml = "<?xml version=\"1.0\"?><rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
            + "<channel><title>Loopback news</title>\(body)</channel></rss>"
        return .response(status: 200, headers: [("Content-Type", "application/rss+xml")], body: Array(xml.utf8))
    }
}

/// A batch whose politeness delay does not slow the tests down unless asked.
func makeBatch(
    _ archive: Archive, jobs: Int = 8, perHost: Int = 2, delay: Duration = .zero
) -> URLBatch {
    URLBatch(
        archiver: Archiver(archive: archive),
        fetchOptions: FetchTestOptions.quick,
        options: BatchOptions(jobs: jobs, perHost: perHost, perHostDelay: delay))
}

enum FetchTestOptions {
    /// Short timeouts and no retry waits, so a failing test fails fast.
    static let quick = FetchOptions(timeout: .seconds(5), totalTimeout: .seconds(20), retries: 0)
}
