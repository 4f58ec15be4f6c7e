/// Story pages written by the tests: each seed is a different story.
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
}
