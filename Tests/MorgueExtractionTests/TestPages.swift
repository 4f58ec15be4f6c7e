import MorgueDOM
import MorgueModel
@testable import MorgueExtraction

/// Small helpers shared by the content-stage tests.
enum TestPages {
    /// The `<body>` of a snippet, with its document kept alive by the node.
    static func body(_ html: String) throws -> Node {
        let document = try HTMLDocument(html: "<html><body>" + html + "</body></html>")
        guard let body = document.body else { throw TestPageError.noBody }
        return body
    }

    /// The body's text with white space collapsed.
    static func text(_ node: Node) -> String {
        TextNormalization.collapse(node.textContent)
    }

    /// What FindByline files for a whole page, with the page's metadata read first.
    static func byline(_ html: String) throws -> BylineFinding? {
        let document = try HTMLDocument(html: html)
        return FindByline.run(document: document, metadata: ReadMetadata.run(document: document, pageURL: nil))
    }

    /// What FindDates files for a whole page (and the URL it came from), with its metadata read first.
    static func dates(_ html: String, pageURL: String? = nil) throws -> PublicationDates {
        let document = try HTMLDocument(html: html)
        return FindDates.run(document: document, metadata: ReadMetadata.run(document: document, pageURL: pageURL), pageURL: pageURL)
    }

    /// What ReadMetadata files for a page made of `head` and `body` (`html` opens it: "<html lang=…>").
    static func metadata(_ head: String, body: String = "<p>Text</p>", html: String = "<html>") throws -> PageMetadata {
        ReadMetadata.run(document: try HTMLDocument(html: html + "<head>" + head + "</head><body>" + body + "</body></html>"),
                         pageURL: nil)
    }

    /// The captions FindCaptions files for a whole page served from `base`.
    static func captions(_ html: String, base: String = "https://planet.example/news/story.html") throws -> [Caption] {
        try FindCaptions.run(document: HTMLDocument(html: html), resolver: URLResolver(base: base)).map(\.caption)
    }

    /// The first element with the given id.
    static func element(id: String, in root: Node) -> Node? {
        var found: Node?
        root.walk { node in
            if found != nil { return false }
            if node.attribute("id") == id { found = node; return false }
            return true
        }
        return found
    }
}

enum TestPageError: Error { case noBody }
