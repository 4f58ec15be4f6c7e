/// Story pages written by the tests, for titles no fixture has.
enum Pages {
    /// A plain news story: `title` as the document title, the Open Graph
    /// title and the headline, so it is the headline whichever a page's
    /// metadata reader prefers; then prose enough to be a story. `seed`
    /// varies the text, so two pages are two different stories.
    static func story(title: String, seed: Int = 0) -> String {
        let paragraphs = [
            "Members of the county board met on Tuesday evening to settle the budget for the coming year, after a public hearing that ran for more than three hours.",
            "Residents spoke about the library's opening hours, the state of rural roads and the swimming pool that the board promised to repair two summers ago.",
            "The budget passed by four votes to one. The member who voted against it said the board had again put off the repairs that matter most to families.",
            "A second hearing, on the plan for the old mill site, is set for next month at the community hall, and the board said it would publish the plans first.",
        ]
        let body = paragraphs.map { "<p>\($0) (Report \(seed).)</p>" }.joined(separator: "\n")
        return """
            <!doctype html>
            <html lang="en">
            <head><meta charset="utf-8"><title>\(title)</title><meta property="og:title" content="\(title)"></head>
            <body>
            <article>
            <h1>\(title)</h1>
            \(body)
            </article>
            </body>
            </html>
            """
    }
}
